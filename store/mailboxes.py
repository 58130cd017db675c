"""Mailbox sync state and the ingest ledger (one row per pass over a folder)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from store.models import IngestRun, MailboxState, RawLocation
from store.types import utcnow

_UNSET: Any = object()


def get_sync_state(session: Session, mailbox: str, folder: str) -> MailboxState | None:
    """The folder's sync state, or None before its first sync."""
    return session.exec(
        select(MailboxState).where(MailboxState.mailbox == mailbox, MailboxState.folder == folder)
    ).first()


def set_sync_state(
    session: Session,
    mailbox: str,
    folder: str,
    *,
    uidvalidity: int | None = _UNSET,
    last_success: datetime | None = _UNSET,
    last_error: str | None = _UNSET,
) -> MailboxState:
    """Create or update the folder's state; arguments not given are left as they are."""
    state = get_sync_state(session, mailbox, folder)
    if state is None:
        state = MailboxState(mailbox=mailbox, folder=folder)
    if uidvalidity is not _UNSET:
        state.uidvalidity = uidvalidity
    if last_success is not _UNSET:
        state.last_success = last_success
    if last_error is not _UNSET:
        state.last_error = last_error
    state.last_attempt = utcnow()
    session.add(state)
    session.flush()
    return state


def start_ingest_run(session: Session, mailbox: str, folder: str) -> IngestRun:
    run = IngestRun(mailbox=mailbox, folder=folder)
    session.add(run)
    session.flush()
    return run


def finish_ingest_run(
    session: Session,
    run: IngestRun,
    *,
    fetched: int = 0,
    stored: int = 0,
    skipped: int = 0,
    failed: int = 0,
    server_uids: int | None = None,
    reconciled: bool = False,
    notes: dict[str, Any] | None = None,
) -> IngestRun:
    run = session.merge(run)
    run.finished_at = utcnow()
    run.fetched, run.stored, run.skipped, run.failed = fetched, stored, skipped, failed
    run.server_uids = server_uids
    run.reconciled = reconciled
    run.notes = dict(notes or {})
    session.add(run)
    session.flush()
    return run


@dataclass(frozen=True)
class FolderStatus:
    """One line of `postmottak mailboxes status`."""

    mailbox: str
    folder: str
    uidvalidity: int | None
    last_attempt: datetime | None
    last_success: datetime | None
    last_error: str | None
    stored_uids: int
    last_run: IngestRun | None


def ingest_status(session: Session) -> list[FolderStatus]:
    """Every known folder with its sync state, its latest run and how many UIDs we hold."""
    out = []
    for state in session.exec(select(MailboxState).order_by(MailboxState.mailbox, MailboxState.folder)):
        count_stmt = select(func.count()).select_from(RawLocation).where(
            RawLocation.mailbox == state.mailbox, RawLocation.folder == state.folder
        )
        if state.uidvalidity is not None:
            count_stmt = count_stmt.where(RawLocation.uidvalidity == state.uidvalidity)
        last_run = session.exec(
            select(IngestRun)
            .where(IngestRun.mailbox == state.mailbox, IngestRun.folder == state.folder)
            .order_by(IngestRun.started_at.desc(), IngestRun.id.desc())
            .limit(1)
        ).first()
        out.append(FolderStatus(
            mailbox=state.mailbox, folder=state.folder, uidvalidity=state.uidvalidity,
            last_attempt=state.last_attempt, last_success=state.last_success, last_error=state.last_error,
            stored_uids=session.exec(count_stmt).one(), last_run=last_run,
        ))
    return out
