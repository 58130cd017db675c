"""Tables for registry snapshots: FLR lists and unassigned citizens, each with its date."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime, utcnow


class RegistrySnapshot(SQLModel, table=True):
    """One imported file: `kind` is "lists" or "unassigned", `taken` its date."""

    __tablename__ = "registry_snapshot"
    __table_args__ = (Index("ix_registry_snapshot_latest", "kind", "taken", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    taken: date
    source: str | None = None
    rows: int = 0
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RegistryList(SQLModel, table=True):
    """One FLR list as of its snapshot."""

    __tablename__ = "registry_list"

    id: int | None = Field(default=None, primary_key=True)
    snapshot_id: int = Field(
        sa_column=Column(ForeignKey("registry_snapshot.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    flr_list_id: str = Field(max_length=20)
    municipality: str = Field(max_length=4)
    gp_name: str | None = None
    hpr_number: str | None = Field(default=None, max_length=20)
    status: str = Field(max_length=10)
    ceiling: int
    size: int


class RegistryUnassigned(SQLModel, table=True):
    """One municipality's citizens without a GP, and its distribution mode."""

    __tablename__ = "registry_unassigned"

    id: int | None = Field(default=None, primary_key=True)
    snapshot_id: int = Field(
        sa_column=Column(ForeignKey("registry_snapshot.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    municipality: str = Field(max_length=4)
    unassigned: int
    distribution: str = Field(max_length=10)
