"""Registry snapshots: the FLR lists and the municipalities' unassigned citizens."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ListEntry:
    flr_list_id: str
    municipality: str
    gp_name: str | None
    hpr_number: str | None
    status: str  # open | closed | locked
    ceiling: int
    size: int

    @property
    def free(self) -> int:
        return self.ceiling - self.size


@dataclass(frozen=True)
class UnassignedEntry:
    municipality: str
    unassigned: int
    distribution: str  # automatic | manual


@dataclass
class Registry:
    """One snapshot of the registry, as of `taken` (None when unknown)."""

    lists: dict[str, ListEntry] = field(default_factory=dict)
    unassigned: dict[str, UnassignedEntry] = field(default_factory=dict)
    taken: date | None = None
