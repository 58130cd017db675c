"""The queries other stages need, each backed by an index (see store/models)."""
from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, select

from store.links import LIST_CHANGE_TYPES  # noqa: F401  (re-exported)
from store.models import OrderRow, Reminder


def review_queue(session: Session, limit: int = 50, offset: int = 0) -> list[OrderRow]:
    """Orders awaiting a caseworker: nearest deadline first, then oldest; no deadline last.

    One range scan of ix_orders_queue (in_queue, urgency, created_at, id).
    """
    stmt = (
        select(OrderRow)
        .where(OrderRow.in_queue == True)  # noqa: E712  (SQL expression)
        .order_by(OrderRow.urgency, OrderRow.created_at, OrderRow.id)
        .offset(offset)
        .limit(limit)
    )
    return list(session.exec(stmt))


def open_terminations_without_list_change(session: Session, *, deadline_before: date | None = None,
                                          limit: int | None = None) -> list[OrderRow]:
    """Termination orders not rejected for which no list change has arrived yet.

    A list change (new_gp or unassigned_list, not rejected) answers a
    termination when it names the same FLR list, or when its previous GP's
    HPR number is the terminating GP's (kept up to date by store.links).
    Nearest deadline first; with `deadline_before`, only those whose
    deadline is before that day. One range scan of ix_orders_open_terminations.
    """
    stmt = (
        select(OrderRow)
        .where(OrderRow.type == "termination", OrderRow.awaiting_list_change == True,  # noqa: E712
               OrderRow.status != "rejected")
        .order_by(OrderRow.urgency, OrderRow.created_at, OrderRow.id)
    )
    if deadline_before is not None:
        stmt = stmt.where(OrderRow.urgency < deadline_before)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.exec(stmt))


def due_reminders(session: Session, now: datetime, limit: int | None = None) -> list[Reminder]:
    """Pending reminders due at or before `now`, earliest first (ix_reminder_due)."""
    stmt = (
        select(Reminder)
        .where(Reminder.state == "pending", Reminder.due_at <= now)
        .order_by(Reminder.due_at, Reminder.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.exec(stmt))
