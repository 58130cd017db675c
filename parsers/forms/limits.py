"""Bounds on what a form reader will open, so hostile files end in a finding, not an outage."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Limits:
    """Defaults match the [forms] section of postmottak/defaults.toml."""

    max_file_bytes: int = 20_000_000        # the attachment itself
    max_zip_members: int = 2_000
    max_member_bytes: int = 100_000_000     # one uncompressed part (a sheet's XML)
    max_total_bytes: int = 300_000_000      # all uncompressed parts together
    max_shared_strings_bytes: int = 30_000_000  # openpyxl keeps these in memory
    max_ratio: int = 200                    # uncompressed / compressed, for parts over 1 MB
    max_rows: int = 5_000                   # rows scanned per sheet
    max_cols: int = 40                      # columns scanned per row
    max_sheets: int = 20
    header_rows: int = 60                   # rows searched for the table header

    @classmethod
    def from_settings(cls, section: dict[str, Any]) -> "Limits":
        """Limits from the [forms] settings section; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in section.items() if k in names})


DEFAULT_LIMITS = Limits()
