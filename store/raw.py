"""Raw intake: store exact bytes once (by SHA-256 or Message-ID) and where they were seen."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.models import ParsedMessageRow, RawLocation, RawMessageRow

log = logging.getLogger("postmottak.store")


@dataclass(frozen=True)
class RawRecord:
    """What `record_raw` did: the raw message's id and hash, and whether it is new."""

    id: int
    sha256: str
    created: bool


def _find(session: Session, sha: str, mailbox: str | None, message_id: str | None) -> RawMessageRow | None:
    row = session.exec(select(RawMessageRow).where(RawMessageRow.sha256 == sha)).first()
    if row is None and mailbox and message_id:
        row = session.exec(
            select(RawMessageRow).where(RawMessageRow.mailbox == mailbox, RawMessageRow.message_id == message_id)
        ).first()
    return row


def record_raw(
    session: Session,
    data: bytes,
    *,
    source: str,
    mailbox: str | None = None,
    folder: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
    message_id: str | None = None,
    oversized: bool = False,
) -> RawRecord:
    """Store `data` unless the same bytes (or Message-ID in `mailbox`) are stored already.

    The server location (mailbox, folder, uidvalidity, uid), when complete,
    is recorded as its own row, so one message seen at two UIDs is one raw
    message with two locations. Races with a concurrent writer are settled
    by the unique constraints (a savepoint, then the winner's row).
    """
    sha = hashlib.sha256(data).hexdigest()
    message_id = message_id.strip() if message_id else None
    row = _find(session, sha, mailbox, message_id)
    created = False
    if row is None:
        row = RawMessageRow(
            sha256=sha, data=data, size=len(data), source=source, mailbox=mailbox,
            message_id=message_id, oversized=oversized,
        )
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            row = _find(session, sha, mailbox, message_id)
            if row is None:
                raise
        else:
            created = True
    if mailbox and folder is not None and uidvalidity is not None and uid is not None:
        _record_location(session, row.id, mailbox, folder, uidvalidity, uid)
    return RawRecord(id=row.id, sha256=sha, created=created)


def _record_location(session: Session, raw_id: int, mailbox: str, folder: str, uidvalidity: int, uid: int) -> None:
    exists = session.exec(
        select(RawLocation.id).where(
            RawLocation.mailbox == mailbox, RawLocation.folder == folder,
            RawLocation.uidvalidity == uidvalidity, RawLocation.uid == uid,
        )
    ).first()
    if exists is not None:
        return
    try:
        with session.begin_nested():
            session.add(RawLocation(raw_id=raw_id, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid))
    except IntegrityError:
        log.debug("location %s/%s %s:%s recorded concurrently", mailbox, folder, uidvalidity, uid)


def known_uids(session: Session, mailbox: str, folder: str, uidvalidity: int) -> set[int]:
    """UIDs already stored for this folder and UIDVALIDITY (checked before fetching bodies)."""
    rows = session.exec(
        select(RawLocation.uid).where(
            RawLocation.mailbox == mailbox, RawLocation.folder == folder, RawLocation.uidvalidity == uidvalidity
        )
    )
    return set(rows)


def unparsed_raw(session: Session, limit: int = 100) -> list[RawMessageRow]:
    """Raw messages with bytes but no parsed message yet, oldest first."""
    stmt = (
        select(RawMessageRow)
        .outerjoin(ParsedMessageRow, ParsedMessageRow.raw_id == RawMessageRow.id)
        .where(ParsedMessageRow.id.is_(None), RawMessageRow.data.is_not(None))
        .order_by(RawMessageRow.id)
        .limit(limit)
    )
    return list(session.exec(stmt))
