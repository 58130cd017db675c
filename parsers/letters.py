"""Letters inside mail: who wrote them, from the name under the closing or alone on the last line."""
from __future__ import annotations

import re

CLOSING = re.compile(r"^\s*(?:med\s+)?(?:vennlig\s+|venleg\s+|beste\s+)?(?:hilsen|helsing|mvh)\b.*$", re.I | re.M)
NAME_LINE = re.compile(r"^\s*([A-ZÆØÅ][\wæøå'-]+(?:\s+[A-ZÆØÅ][\wæøå'-]+){1,3})\s*$")


def signature_name(text: str, last_line: bool = False) -> tuple[str, int, int] | None:
    """The writer of a letter: the name under the closing ("Med vennlig hilsen\nEirik Løvstad"),
    or, with `last_line`, a name alone on the letter's last line."""
    for m in CLOSING.finditer(text):
        for line in text[m.end():].splitlines()[1:3]:
            name = NAME_LINE.match(line)
            if name:
                start = text.index(name.group(1), m.end())
                return name.group(1), start, start + len(name.group(1))
            if line.strip():
                break
    lines = text.rstrip().splitlines()
    last = NAME_LINE.match(lines[-1]) if lines and last_line and not CLOSING.match(lines[-1]) else None
    if last and len(lines) > 1:
        start = text.rindex(last.group(1))
        return last.group(1), start, start + len(last.group(1))
    return None
