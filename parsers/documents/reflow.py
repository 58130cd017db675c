"""Lines that a page layout wrapped are joined again, so "27.\\nfebruar" reads as one date."""
from __future__ import annotations

import re

# A line at least this share of the page's longest line ran into the margin.
FULL_LINE = 0.7
MIN_LONGEST = 40
LIST_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-•*–])\s")


def continues(line: str, nxt: str, longest: int) -> bool:
    """True when `nxt` carries on the sentence of `line`: a full-width line, then a lower-case start.

    Short lines (addresses, a name above a title in a signature) are never
    joined, so "Solveig Vikse" and "spesialist i allmennmedisin" stay apart.
    """
    if longest < MIN_LONGEST or not line.strip() or not nxt.strip():
        return False
    if len(line.rstrip()) < FULL_LINE * longest or line.rstrip().endswith(":"):
        return False
    first = nxt.lstrip()[0]
    if LIST_ITEM.match(nxt):
        return False
    return first.islower() or first.isdigit() or first in "(«\"'"


def reflow(text: str) -> str:
    """Join wrapped lines of `text` (one page) with a space; other line breaks stay."""
    lines = text.split("\n")
    longest = max((len(ln.rstrip()) for ln in lines), default=0)
    out: list[str] = []
    for i, ln in enumerate(lines):
        if out and continues(lines[i - 1], ln, longest):
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln.rstrip())
    return "\n".join(out).strip("\n")
