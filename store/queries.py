"""The queries other stages need, each backed by an index (see store/models)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import exists
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from store.models import OrderRow, Reminder

LIST_CHANGE_TYPES = ("new_gp", "unassigned_list")


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
    HPR number is the terminating GP's. Nearest deadline first; with
    `deadline_before`, only those whose deadline is before that day.
    Each "answered" test is its own NOT EXISTS (an anti-join; a NULL key
    matches nothing) so that each can use its index (type, flr_list_id)
    or (type, departing_hpr).
    """
    by_list, by_hpr = aliased(OrderRow), aliased(OrderRow)
    answered_by_list = exists().where(
        by_list.type.in_(LIST_CHANGE_TYPES), by_list.flr_list_id == OrderRow.flr_list_id,
        by_list.status != "rejected",
    )
    answered_by_hpr = exists().where(
        by_hpr.type.in_(LIST_CHANGE_TYPES), by_hpr.departing_hpr == OrderRow.departing_hpr,
        by_hpr.status != "rejected",
    )
    stmt = (
        select(OrderRow)
        .where(OrderRow.type == "termination", OrderRow.status != "rejected",
               ~answered_by_list, ~answered_by_hpr)
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
