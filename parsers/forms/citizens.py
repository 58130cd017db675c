"""Does a row of the form name a citizen (e.g. a note "Kari Nordmann ønsker samme lege som mor")?

Names are recognised by a common Norwegian first name followed by a
capitalised word; the row's own GP is not a citizen. Precision over recall:
fødselsnummer are caught separately, by their check digits.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_CANDIDATE = re.compile(r"\b([A-ZÆØÅ][a-zæøåéü]+)((?:[ -][A-ZÆØÅ][a-zæøåéü]+){1,3})\b")
_GP_CONTEXT = re.compile(r"(?i)\b(lege|legen|fastlege\w*|vikar\w*|dr\.?|overtar|etter|"
                         r"hjemmel|kollega|legesenter)\b[^.]*$")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    text = resources.files("parsers.forms").joinpath("first_names.csv").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _norm(name: str) -> str:
    return " ".join(name.lower().replace(",", " ").split())


def names_citizen(texts: list[str], gp_name: str | None) -> bool:
    """True when one of `texts` (a row's note and other free-text cells) names a person
    other than the row's GP."""
    gp = set(_norm(gp_name or "").split())
    for text in texts:
        if not text:
            continue
        for m in _CANDIDATE.finditer(text):
            first, rest = m.group(1), m.group(2)
            words = [first.lower()] + _norm(rest.replace("-", " ")).split()
            if first.lower() not in first_names() or set(words) <= gp:
                continue
            if _GP_CONTEXT.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "vikar for Per Olsen": another GP, not a citizen
            return True
    return False
