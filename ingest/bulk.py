"""record_raw for a whole batch in a few statements (the store has only the per-message call).

Same rules as `store.raw.record_raw`, applied to many messages at once: a
message is the stored one with the same SHA-256, else the one with the same
Message-ID in the same mailbox, else new; each complete server location
gets its row once. Any unique-key conflict (a concurrent writer) rolls the
savepoint back and the batch falls back to `record_raw`, one by one, which
settles races itself. Kept here, not in store/, because the store belongs to
its own package; it only reads and writes the store's tables.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from ingest import storage as st
from store.models import RawLocation, RawMessageRow
from store.raw import RawRecord
from store.types import utcnow


@dataclass(frozen=True)
class Item:
    """One message to record, with its location on the server when it has one."""

    data: bytes
    source: str
    mailbox: str | None = None
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    message_id: str | None = None
    oversized: bool = False


def record_many(session: Session, items: list[Item]) -> list[RawRecord]:
    """A RawRecord per item, in order; duplicates within the batch resolve to the first."""
    if not items:
        return []
    try:
        with session.begin_nested():
            return _record_many(session, items)
    except IntegrityError:
        return [st.record_raw(session, i.data, source=i.source, mailbox=i.mailbox, folder=i.folder,
                              uidvalidity=i.uidvalidity, uid=i.uid, message_id=i.message_id,
                              oversized=i.oversized) for i in items]


def _record_many(session: Session, items: list[Item]) -> list[RawRecord]:
    t = RawMessageRow.__table__
    shas = [hashlib.sha256(i.data).hexdigest() for i in items]
    mids = [i.message_id.strip() if i.message_id else None for i in items]
    by_sha = dict(session.execute(select(t.c.sha256, t.c.id).where(t.c.sha256.in_(set(shas)))).all())
    pairs = {(i.mailbox, m) for i, m in zip(items, mids) if i.mailbox and m}
    by_mid = {}
    if pairs:
        rows = session.execute(select(t.c.mailbox, t.c.message_id, t.c.id)
                               .where(tuple_(t.c.mailbox, t.c.message_id).in_(list(pairs)))).all()
        by_mid = {(mb, mid): rid for mb, mid, rid in rows}
    new_rows, first = [], {}  # first: the batch index that creates each new sha / (mailbox, mid)
    owner: list[int | None] = []
    for n, (item, sha, mid) in enumerate(zip(items, shas, mids)):
        key = (item.mailbox, mid) if item.mailbox and mid else None
        found = by_sha.get(sha) or (by_mid.get(key) if key else None)
        if found is not None:
            owner.append(None)
            continue
        earlier = first.get(sha) if sha in first else first.get(key) if key else None
        if earlier is not None:
            owner.append(earlier)
            continue
        first[sha] = n
        if key:
            first[key] = n
        owner.append(n)
        new_rows.append({"sha256": sha, "data": item.data, "size": len(item.data), "source": item.source,
                         "mailbox": item.mailbox, "message_id": mid, "oversized": item.oversized,
                         "stored_at": utcnow()})
    if new_rows:
        inserted = session.execute(insert(t).returning(t.c.sha256, t.c.id), new_rows).all()
        by_sha.update(dict(inserted))
    records = []
    for n, (item, sha, mid) in enumerate(zip(items, shas, mids)):
        key = (item.mailbox, mid) if item.mailbox and mid else None
        if owner[n] is None:
            rid = by_sha.get(sha) or by_mid[key]
        else:
            rid = by_sha[shas[owner[n]]]
        records.append(RawRecord(id=rid, sha256=sha, created=owner[n] == n))
    _locations(session, items, records)
    return records


def _locations(session: Session, items: list[Item], records: list[RawRecord]) -> None:
    t = RawLocation.__table__
    wanted = {}
    for item, rec in zip(items, records):
        if item.mailbox and item.folder is not None and item.uidvalidity is not None and item.uid is not None:
            wanted.setdefault((item.mailbox, item.folder, item.uidvalidity, item.uid), rec.id)
    if not wanted:
        return
    have = set(session.execute(select(t.c.mailbox, t.c.folder, t.c.uidvalidity, t.c.uid).where(
        tuple_(t.c.mailbox, t.c.folder, t.c.uidvalidity, t.c.uid).in_(list(wanted)))).all())
    rows = [{"raw_id": rid, "mailbox": k[0], "folder": k[1], "uidvalidity": k[2], "uid": k[3],
             "seen_at": utcnow()} for k, rid in wanted.items() if k not in have]
    if rows:
        session.execute(insert(t), rows)
