"""Mask national ids (fødselsnummer, D-nummer) in every text the store derives."""
from __future__ import annotations

import re
from typing import Any

_CANDIDATE = re.compile(r"(?<!\d)(\d{6})[ .]?(\d{5})(?!\d)")


def _fallback_mask(text: str) -> str:
    # Used only until rules.personal_data lands: valid check digits only,
    # so FLR list ids and HPR numbers are left alone.
    from stdnum.no import fodselsnummer

    def repl(m: re.Match[str]) -> str:
        return "***********" if fodselsnummer.is_valid(m.group(1) + m.group(2)) else m.group(0)

    return _CANDIDATE.sub(repl, text)


def _masker():  # type: ignore[no-untyped-def]
    try:
        from rules.personal_data import mask_national_ids

        return mask_national_ids
    except ImportError:
        return _fallback_mask


def mask(text: str | None) -> str | None:
    """`text` with every national id masked; None stays None."""
    if not text:
        return text
    return _masker()(text)


def mask_value(value: Any) -> Any:
    """Mask strings inside JSON-like values (dicts, lists), leave the rest."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: mask_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_value(v) for v in value]
    return value
