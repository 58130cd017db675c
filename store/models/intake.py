"""Tables for what arrives: mailbox sync state, raw bytes, their locations, parsed messages."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import JSONType, UTCDateTime, utcnow


class MailboxState(SQLModel, table=True):
    """One folder of one mailbox and how far we have synced it."""

    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("mailbox", "folder", name="uq_mailbox_state"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=200)
    folder: str = Field(max_length=500)
    uidvalidity: int | None = Field(default=None, sa_type=BigInteger)
    last_attempt: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_success: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = None


class RawMessageRow(SQLModel, table=True):
    """A message exactly as received, content-addressed by SHA-256; never altered.

    `data` becomes NULL only when retention purges a finished case; the hash
    stays so the same message is still recognised if it arrives again.
    """

    __tablename__ = "raw_message"
    __table_args__ = (UniqueConstraint("mailbox", "message_id", name="uq_raw_mailbox_message_id"),)

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True)
    data: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    size: int
    source: str
    mailbox: str | None = Field(default=None, max_length=200)
    message_id: str | None = Field(default=None, max_length=998)
    oversized: bool = False
    stored_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    purged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RawLocation(SQLModel, table=True):
    """Where a raw message sits on a server: (mailbox, folder, UIDVALIDITY, UID)."""

    __tablename__ = "raw_location"
    __table_args__ = (
        UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_raw_location"),
    )

    id: int | None = Field(default=None, primary_key=True)
    raw_id: int = Field(sa_column=Column(ForeignKey("raw_message.id"), nullable=False, index=True))
    mailbox: str = Field(max_length=200)
    folder: str = Field(max_length=500)
    uidvalidity: int = Field(sa_type=BigInteger)
    uid: int = Field(sa_type=BigInteger)
    seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class IngestRun(SQLModel, table=True):
    """One pass over one mailbox folder: the ledger behind `mailboxes status`."""

    __tablename__ = "ingest_run"
    __table_args__ = (Index("ix_ingest_run_folder", "mailbox", "folder", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=200)
    folder: str = Field(max_length=500)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fetched: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    server_uids: int | None = None
    reconciled: bool = False
    notes: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)


class ParsedMessageRow(SQLModel, table=True):
    """What the parser made of one raw message; texts are masked of national ids."""

    __tablename__ = "parsed_message"

    id: int | None = Field(default=None, primary_key=True)
    raw_id: int = Field(sa_column=Column(ForeignKey("raw_message.id"), nullable=False, unique=True))
    parser_version: str = Field(max_length=50)
    parsed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    message_id: str | None = Field(default=None, max_length=998)
    kind: str = Field(max_length=40)
    municipality_number: str | None = Field(default=None, max_length=4, index=True)
    municipality_name: str | None = None
    subject: str | None = None
    sender: str | None = None
    sender_name: str | None = None
    received: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    needs_review: bool = False
    text: str | None = None
    quoted: str | None = None
    attachments: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    errors: list[str] = Field(default_factory=list, sa_type=JSONType)
    purged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
