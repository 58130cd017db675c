"""Mask national ids (fødselsnummer, D-nummer) in every text the store derives."""
from __future__ import annotations

from functools import cache
from typing import Any, Callable


@cache
def _masker() -> Callable[[str], str]:
    # Imported on first use: rules.personal_data pulls in the form readers.
    from rules.personal_data import mask_national_ids

    return mask_national_ids


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
