"""Registry snapshots in the store: import a dated file, read back the latest Registry."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from rules.snapshot import ListEntry, Registry, UnassignedEntry
from store.models import RegistryList, RegistrySnapshot, RegistryUnassigned

KINDS = ("lists", "unassigned")


def store_registry_snapshot(
    session: Session,
    kind: str,
    entries: dict[str, ListEntry] | dict[str, UnassignedEntry],
    taken: date,
    source: str | None = None,
) -> RegistrySnapshot:
    """Store one snapshot (`kind` "lists" or "unassigned") as of `taken`."""
    if kind not in KINDS:
        raise ValueError(f"unknown registry snapshot kind {kind!r}; use one of {KINDS}")
    snap = RegistrySnapshot(kind=kind, taken=taken, source=source, rows=len(entries))
    session.add(snap)
    session.flush()
    if kind == "lists":
        rows = [
            {"snapshot_id": snap.id, "flr_list_id": e.flr_list_id, "municipality": e.municipality,
             "gp_name": e.gp_name, "hpr_number": e.hpr_number, "status": e.status,
             "ceiling": e.ceiling, "size": e.size}
            for e in entries.values()
        ]
        table = RegistryList.__table__
    else:
        rows = [
            {"snapshot_id": snap.id, "municipality": e.municipality, "unassigned": e.unassigned,
             "distribution": e.distribution}
            for e in entries.values()
        ]
        table = RegistryUnassigned.__table__
    if rows:
        session.execute(table.insert(), rows)
    session.flush()
    return snap


def import_registry_file(session: Session, kind: str, path: Path, taken: date) -> RegistrySnapshot:
    """Load a CSV/XLSX snapshot with rules.snapshot_io and store it with its date."""
    from rules import snapshot_io

    loader = {"lists": snapshot_io.load_lists, "unassigned": snapshot_io.load_unassigned}.get(kind)
    if loader is None:
        raise ValueError(f"unknown registry snapshot kind {kind!r}; use one of {KINDS}")
    return store_registry_snapshot(session, kind, loader(path), taken, source=str(path))


def _latest(session: Session, kind: str) -> RegistrySnapshot | None:
    return session.exec(
        select(RegistrySnapshot)
        .where(RegistrySnapshot.kind == kind)
        .order_by(RegistrySnapshot.taken.desc(), RegistrySnapshot.id.desc())
        .limit(1)
    ).first()


def latest_registry(session: Session) -> Registry | None:
    """The newest lists and unassigned snapshots as one Registry; None when neither exists.

    `taken` is the older of the two dates, so a check never claims fresher
    data than it had.
    """
    lists_snap, unassigned_snap = _latest(session, "lists"), _latest(session, "unassigned")
    if lists_snap is None and unassigned_snap is None:
        return None
    registry = Registry()
    if lists_snap is not None:
        for r in session.exec(select(RegistryList).where(RegistryList.snapshot_id == lists_snap.id)):
            registry.lists[r.flr_list_id] = ListEntry(
                flr_list_id=r.flr_list_id, municipality=r.municipality, gp_name=r.gp_name,
                hpr_number=r.hpr_number, status=r.status, ceiling=r.ceiling, size=r.size)
    if unassigned_snap is not None:
        for r in session.exec(select(RegistryUnassigned).where(RegistryUnassigned.snapshot_id == unassigned_snap.id)):
            registry.unassigned[r.municipality] = UnassignedEntry(
                municipality=r.municipality, unassigned=r.unassigned, distribution=r.distribution)
    registry.taken = min(s.taken for s in (lists_snap, unassigned_snap) if s is not None)
    return registry
