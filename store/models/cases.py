"""Tables for casework: orders, findings, the audit trail, reminders, outbox, users."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index
from sqlmodel import Field, SQLModel

from store.types import JSONType, UTCDateTime, utcnow

#: Sort key for orders without a deadline: after every real date.
NO_DEADLINE = date(9999, 12, 31)


class OrderRow(SQLModel, table=True):
    """One order of a parsed message, with its fields, source spans and status.

    `urgency` is `deadline` or NO_DEADLINE, and `in_queue` is true while the
    status is one a caseworker must act on, so the review queue is one index
    range scan on both backends; `awaiting_list_change` (store.links) does
    the same for open terminations. Only store.lifecycle changes `status`.
    """

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_queue", "in_queue", "urgency", "created_at", "id"),
        Index("ix_orders_type_list", "type", "flr_list_id"),
        Index("ix_orders_open_terminations", "type", "awaiting_list_change", "urgency", "created_at", "id"),
        Index("ix_orders_type_hpr", "type", "departing_hpr"),
        Index("ix_orders_status_updated", "status", "updated_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    raw_id: int = Field(sa_column=Column(ForeignKey("raw_message.id"), nullable=False, index=True))
    parsed_id: int = Field(sa_column=Column(ForeignKey("parsed_message.id"), nullable=False, index=True))
    position: int
    type: str = Field(max_length=40)
    status: str = Field(default="new", max_length=20)
    in_queue: bool = False
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    spans: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    uncertain: list[str] = Field(default_factory=list, sa_type=JSONType)
    deadline: date | None = None
    urgency: date = NO_DEADLINE
    municipality_number: str | None = Field(default=None, max_length=4)
    flr_list_id: str | None = Field(default=None, max_length=20)
    departing_hpr: str | None = Field(default=None, max_length=20)
    parser_version: str = Field(max_length=50)
    edited: bool = False
    awaiting_list_change: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    purged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FindingRow(SQLModel, table=True):
    """A rule's verdict on a message (order_id NULL) or on one of its orders."""

    __tablename__ = "finding"

    id: int | None = Field(default=None, primary_key=True)
    parsed_id: int = Field(sa_column=Column(ForeignKey("parsed_message.id"), nullable=False, index=True))
    order_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("orders.id", ondelete="CASCADE"), nullable=True, index=True)
    )
    code: str = Field(max_length=80, index=True)
    severity: str = Field(max_length=10)
    detail: str = ""


class AuditEvent(SQLModel, table=True):
    """Who did what, when, with the value before and after.

    `order_id` and `raw_id` are plain columns, not foreign keys, so the trail
    outlives the orders a reparse replaces; purge empties `before`/`after`
    of finished cases and keeps the rest (the audit skeleton).
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_order", "order_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    actor: str = Field(max_length=200)
    action: str = Field(max_length=40)
    order_id: int | None = None
    raw_id: int | None = Field(default=None, index=True)
    field: str | None = Field(default=None, max_length=80)
    before: Any = Field(default=None, sa_type=JSONType, nullable=True)
    after: Any = Field(default=None, sa_type=JSONType, nullable=True)
    note: str | None = None


class Reminder(SQLModel, table=True):
    """A reminder to send (or act on) at `due_at`; state pending → sent | cancelled."""

    __tablename__ = "reminder"
    __table_args__ = (Index("ix_reminder_due", "state", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int | None = Field(default=None, index=True)
    kind: str = Field(max_length=40)
    due_at: datetime = Field(sa_type=UTCDateTime)
    state: str = Field(default="pending", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    outbox_id: int | None = None
    note: str | None = None


class Outbox(SQLModel, table=True):
    """An email waiting to be sent by the outbound loop (queued → sent | failed)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "send_after"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)
    order_id: int | None = Field(default=None, index=True)
    to_addr: str
    cc_addr: str | None = None
    subject: str
    body: str | None = None
    message_id: str | None = Field(default=None, max_length=998, unique=True)
    status: str = Field(default="queued", max_length=20)
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    send_after: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class User(SQLModel, table=True):
    """A caseworker or administrator; `username` is what the audit trail records."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=200, unique=True)
    display_name: str | None = None
    email: str | None = None
    role: str = Field(default="caseworker", max_length=20)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
