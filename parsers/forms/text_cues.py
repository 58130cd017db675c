"""Patterns shared by the body-text extractors: list IDs, HPR numbers, GP names, text tables."""
from __future__ import annotations

import re

from parsers.identifiers import FLR as LABELLED_ID
from parsers.identifiers import HPR  # noqa: F401  (re-exported for the extractors)

NAME_WORD = r"[A-ZÆØÅ][a-zæøåéèüöä]+(?:-[A-ZÆØÅ][a-zæøåéèüöä]+)?"
NAME = rf"{NAME_WORD}(?: (?:(?:van|von|de|da|der|den) )?{NAME_WORD}){{1,3}}"
TITLE = r"(?:fastlege(?:n|ne)?|lege(?:n)?|dr\.?|doktor|legespesialist)"

LEADING_ID = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])?\s*(\d{2,9})\b(?![.,:]\d)")

_NOT_NAMES = {
    "hei", "vi", "dere", "de", "det", "den", "kommunen", "listenummer", "helfo", "flr", "med", "til",
    "vennlig", "hilsen", "mvh", "fastlege", "fastlegen", "lege", "lista", "listen", "listene",
    "takk", "god", "ha", "kan", "skal", "ønsker", "ynskjer", "liste", "ber", "som", "no", "nå",
    "antall", "tal", "økning", "auke", "innbyggere", "innbyggarar", "navn", "namn", "sum",
    "skjema", "manuell", "fordeling", "hpr", "id", "legesenter", "legekontor", "kommune",
    "herad", "bydel", "helse", "velferd", "etat",
}
_NAME_RE = re.compile(rf"(?<![\wæøåÆØÅ]){NAME}(?![\wæøåÆØÅ])")


def collapse(text: str) -> str:
    return " ".join(text.split())


def strip_title(name: str) -> str:
    """ "Fastlege Øyvind Tangen" → "Øyvind Tangen"; "dr. Per Olsen" → "Per Olsen"."""
    return collapse(re.sub(rf"(?i)^(?:{TITLE}\s+)+", "", name.strip()))


def names_in(text: str) -> list[re.Match[str]]:
    """Capitalised word runs that can be a person's name (not "Hei", "Kommunen", ...)."""
    out = []
    for m in _NAME_RE.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if len(words) >= 2 and not any(w.lower() in _NOT_NAMES for w in words):
            out.append(m)
    return out


def clean_name(m: re.Match[str]) -> str:
    words = m.group(0).split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words)


_SEGMENT = re.compile(r"[,;\n]|\s(?:og|samt|and)\s")


def name_near(text: str, pos: int, window: int = 60) -> str | None:
    """The person's name nearest to `pos` (an ID's position) within `window` characters,
    preferring one in the same comma/"og"-separated segment ("123 (Per), 456 (Kari)")."""
    cuts = [0] + [m.end() for m in _SEGMENT.finditer(text)] + [len(text) + 1]
    seg = next(((a, b) for a, b in zip(cuts, cuts[1:]) if a <= pos < b), (0, len(text)))
    best, best_key = None, (2, window + 1)
    for m in names_in(text):
        gap = pos - m.end() if m.end() <= pos else m.start() - pos
        key = (0 if seg[0] <= m.start() < seg[1] else 1, gap)
        if 0 <= gap <= window and key < best_key:
            best, best_key = clean_name(m), key
    return best


def split_columns(line: str) -> list[str]:
    """A plain-text table row split on tabs, pipes or semicolons (keeping empty cells),
    else on runs of two or more spaces."""
    line = line.strip()
    for sep in ("\t", "|", ";"):
        if sep in line:
            return [p.strip() for p in line.strip(sep).split(sep)]
    return [p for p in re.split(r"\s{2,}", line) if p]


_PAREN_ID = re.compile(r"(?<!hpr )(?<!hpr: )\((\d{5,7}|\d{2,3})\)", re.I)
_BARE_ID = re.compile(r"(?<![\d.,:/+-])(\d{5,7})(?![\d]|[.,:/-]\d)")
_CHAIN = re.compile(r"\s*(?:,|og|eller|and|&|/)\s*(\d{2,9})\b(?![.,]\d)")


def ids_in(text: str) -> list[tuple[str, int]]:
    """Labelled list IDs with their positions, including chains ("listene 500412 og 500431")."""
    found: list[tuple[str, int]] = []
    for m in LABELLED_ID.finditer(text):
        found.append((m.group(1), m.start(1)))
        end = m.end(1)
        while (c := _CHAIN.match(text, end)):
            found.append((c.group(1), c.start(1)))
            end = c.end(1)
    found += [(m.group(1), m.start(1)) for m in _PAREN_ID.finditer(text)]
    if found:  # "lister: 123456 (Per Hansen), 234567 (Kari Berg)": more IDs of the same length
        lengths = {len(i) for i, _ in found if len(i) >= 5}
        found += [(m.group(1), m.start(1)) for m in _BARE_ID.finditer(text) if len(m.group(1)) in lengths]
    seen: set[int] = set()
    return [(i, p) for i, p in sorted(found, key=lambda x: x[1]) if not (p in seen or seen.add(p))]
