"""Sentences of Norwegian mail text: a full stop ends one only before a capital letter or a line end.

"7. oktober", "HPR-nr. 1234567" and "kl. 14" stay inside their sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?![ \t]+[A-ZÆØÅ«\"(]|[ \t]*(?:\n|$)))+[.!?]*")


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, str], ...]:
    """(start, sentence) for each sentence, line breaks ending sentences too (cached: asked per person)."""
    return tuple((m.start(), m.group(0)) for m in SENTENCE.finditer(text) if m.group(0).strip())


def sentences(text: str) -> list[str]:
    return [s for _, s in sentence_spans(text)]
