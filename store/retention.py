"""Retention: remove raw bytes and personal data of finished cases, keep the audit skeleton."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, not_, or_, update
from sqlmodel import Session, select

from store.lifecycle import FINISHED_STATUSES, audit
from store.models import AuditEvent, FindingRow, OrderRow, Outbox, ParsedMessageRow, RawMessageRow
from store.types import utcnow

CHUNK = 500


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    messages: int
    orders: int


def purgeable_raw_ids(session: Session, cutoff: datetime) -> list[int]:
    """Raw messages whose case is finished and untouched since `cutoff`.

    Finished: parsed, and every order registered or rejected; a message with
    no orders counts only when it did not need review. Unparsed messages are
    never purged.
    """
    r, p, o = RawMessageRow, ParsedMessageRow, OrderRow
    open_order = exists().where(o.raw_id == r.id, or_(o.status.not_in(FINISHED_STATUSES), o.updated_at >= cutoff))
    any_order = exists().where(o.raw_id == r.id)
    stmt = (
        select(r.id)
        .join(p, p.raw_id == r.id)
        .where(r.purged_at.is_(None), r.stored_at < cutoff, p.parsed_at < cutoff, not_(open_order),
               or_(any_order, p.needs_review == False))  # noqa: E712
        .order_by(r.id)
    )
    return list(session.exec(stmt))


def purge(session: Session, older_than: timedelta, *, actor: str = "postmottak", now: datetime | None = None,
          dry_run: bool = False) -> PurgeReport:
    """Purge finished cases older than `older_than`; one audit event per message."""
    now = now or utcnow()
    cutoff = now - older_than
    ids = purgeable_raw_ids(session, cutoff)
    orders = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        order_ids = list(session.exec(select(OrderRow.id).where(OrderRow.raw_id.in_(chunk))))
        orders += len(order_ids)
        if dry_run:
            continue
        _scrub(session, chunk, order_ids, now)
        for raw_id in chunk:
            audit(session, actor, "purge", raw_id=raw_id, note=f"finished before {cutoff.date().isoformat()}")
        session.flush()
    return PurgeReport(cutoff=cutoff, messages=len(ids), orders=orders)


def _scrub(session: Session, raw_ids: list[int], order_ids: list[int], now: datetime) -> None:
    session.execute(update(RawMessageRow).where(RawMessageRow.id.in_(raw_ids)).values(data=None, purged_at=now))
    session.execute(
        update(ParsedMessageRow).where(ParsedMessageRow.raw_id.in_(raw_ids)).values(
            subject=None, sender=None, sender_name=None, text=None, quoted=None,
            attachments=[], errors=[], purged_at=now)
    )
    parsed_ids = select(ParsedMessageRow.id).where(ParsedMessageRow.raw_id.in_(raw_ids)).scalar_subquery()
    session.execute(update(FindingRow).where(FindingRow.parsed_id.in_(parsed_ids)).values(detail=""))
    if order_ids:
        session.execute(
            update(OrderRow).where(OrderRow.id.in_(order_ids)).values(
                fields={}, spans={}, uncertain=[], departing_hpr=None, purged_at=now)
        )
        session.execute(update(Outbox).where(Outbox.order_id.in_(order_ids)).values(body=None))
    # Field edits carry the values; transitions and reparse events carry only
    # statuses and ids, which are the skeleton we keep.
    session.execute(
        update(AuditEvent)
        .where(AuditEvent.action == "edit",
               or_(AuditEvent.raw_id.in_(raw_ids), and_(AuditEvent.order_id.in_(order_ids or [-1]))))
        .values(before=None, after=None)
    )
