"""Letters inside mail: who wrote them.

A GP's letter is signed with a name line followed by a title ("Kari Nilsen" /
"Fastlege, Majorstuen legesenter"), or a name under the closing ("Med vennlig
hilsen" / "Eirik Løvstad"), perhaps below a scanned scribble that OCR reads as
junk.
"""
from __future__ import annotations

import re

CLOSING = re.compile(r"^\s*(?:med\s+)?(?:vennlig\s+|venleg\s+|beste\s+)?(?:hilsen|helsing|mvh)\b.*$", re.I | re.M)
NAME_LINE = re.compile(r"^\s*([A-ZÆØÅ][\wæøå'-]+(?:\s+[A-ZÆØÅ][\wæøå'-]+){1,3})\s*$")
GP_TITLE_LINE = re.compile(r"^\s*(?:fastlege|lege\b|spesialist|overlege|allmennlege|kommunelege|hpr)", re.I)
WORDS = re.compile(r"[A-Za-zÆØÅæøå]{3,}")

Found = tuple[str, int, int]


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _name(at: int, line: str) -> Found | None:
    m = NAME_LINE.match(line)
    if not m or CLOSING.match(line):
        return None
    return m.group(1), at + m.start(1), at + m.end(1)


def gp_signature(text: str) -> Found | None:
    """A name line right above a GP's title line: the GP signed this letter."""
    lines = _lines(text)
    for (at, line), (_, following) in zip(lines, lines[1:]):
        if GP_TITLE_LINE.match(following) and (found := _name(at, line)):
            return found
    return None


def signature_name(text: str, last_line: bool = False) -> Found | None:
    """The writer of a letter: a GP's signature, else the name under the closing (skipping lines
    without words, such as a scanned signature), else, with `last_line`, a name on the last line."""
    found = gp_signature(text)
    if found:
        return found
    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        if not CLOSING.match(line):
            continue
        for at, after in lines[i + 1:i + 5]:
            if (found := _name(at, after)):
                return found
            if WORDS.search(after) and not re.search(r"[^\w\s.,'-]", after):
                break  # a real line that is not a name: the closing is signed by no one we know
    non_empty = [(at, line) for at, line in lines if line.strip()]
    if last_line and len(non_empty) > 1:
        return _name(*non_empty[-1])
    return None
