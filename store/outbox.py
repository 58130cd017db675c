"""Reminders and the outbox: schedule, find what is due, mark done (the outbound loop's side)."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from store.models import Outbox, Reminder
from store.types import utcnow

#: A failed send is retried this many times before the email is marked failed.
MAX_ATTEMPTS = 5


def schedule_reminder(session: Session, kind: str, due_at: datetime, *, order_id: int | None = None,
                      note: str | None = None) -> Reminder:
    """A pending reminder; at most one pending reminder of a kind per order."""
    if order_id is not None:
        existing = session.exec(select(Reminder).where(
            Reminder.order_id == order_id, Reminder.kind == kind, Reminder.state == "pending")).first()
        if existing is not None:
            existing.due_at, existing.note = due_at, note
            session.add(existing)
            session.flush()
            return existing
    reminder = Reminder(kind=kind, due_at=due_at, order_id=order_id, note=note)
    session.add(reminder)
    session.flush()
    return reminder


def finish_reminder(session: Session, reminder_id: int, state: str = "sent", outbox_id: int | None = None) -> None:
    """Close a reminder as "sent" or "cancelled"."""
    if state not in ("sent", "cancelled"):
        raise ValueError(f"a reminder ends as sent or cancelled, not {state!r}")
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise LookupError(f"no reminder {reminder_id}")
    reminder.state, reminder.done_at, reminder.outbox_id = state, utcnow(), outbox_id
    session.add(reminder)
    session.flush()


def queue_email(session: Session, kind: str, to_addr: str, subject: str, body: str, *,
                order_id: int | None = None, cc_addr: str | None = None, message_id: str | None = None,
                send_after: datetime | None = None) -> Outbox:
    """Queue an email; with `message_id`, queuing the same one twice gives one row."""
    if message_id:
        existing = session.exec(select(Outbox).where(Outbox.message_id == message_id)).first()
        if existing is not None:
            return existing
    mail = Outbox(kind=kind, to_addr=to_addr, cc_addr=cc_addr, subject=subject, body=body, order_id=order_id,
                  message_id=message_id, send_after=send_after or utcnow())
    session.add(mail)
    session.flush()
    return mail


def due_outbox(session: Session, now: datetime, limit: int = 50) -> list[Outbox]:
    """Queued emails whose time has come, oldest first (ix_outbox_due)."""
    return list(session.exec(
        select(Outbox).where(Outbox.status == "queued", Outbox.send_after <= now)
        .order_by(Outbox.send_after, Outbox.id).limit(limit)))


def mark_sent(session: Session, outbox_id: int) -> None:
    mail = session.get(Outbox, outbox_id)
    mail.status, mail.sent_at, mail.last_error = "sent", utcnow(), None
    mail.attempts += 1
    session.add(mail)
    session.flush()


def mark_failed(session: Session, outbox_id: int, error: str, *, permanent: bool = False,
                retry_at: datetime | None = None) -> None:
    """A temporary failure is retried at `retry_at` until MAX_ATTEMPTS; a permanent one is final."""
    mail = session.get(Outbox, outbox_id)
    mail.attempts += 1
    mail.last_error = error[:2000]
    if permanent or mail.attempts >= MAX_ATTEMPTS:
        mail.status = "failed"
    elif retry_at is not None:
        mail.send_after = retry_at
    session.add(mail)
    session.flush()
