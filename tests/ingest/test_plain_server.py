"""A server without IDLE, MOVE or keywords' luxuries: COPY + UID EXPUNGE, and NOOP instead of IDLE."""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from mailhelpers import PASSWORD, USERS, make_message
from dovecot_server import Dovecot
from imapclient import IMAPClient

from ingest.account import sync_account
from ingest.config import MailboxConfig
from ingest.worker import AccountWorker

#: What an older server offers: UIDPLUS but neither IDLE nor MOVE.
CAPABILITIES = "imap_capability = IMAP4rev1 SASL-IR LITERAL+ ID ENABLE UIDPLUS UNSELECT"


@pytest.fixture(scope="module")
def plain(dovecot: Dovecot) -> Dovecot:
    root = Path(tempfile.mkdtemp(prefix="postmottak-dovecot-plain-"))
    os.chmod(root, 0o755)
    server = Dovecot(root, dovecot.binary, tls=False, extra=CAPABILITIES)
    server.add_users([f"user{i}" for i in range(1, USERS + 1)], PASSWORD)
    server.start()
    yield server
    server.crash()
    shutil.rmtree(root, ignore_errors=True)


def _client(server: Dovecot, user: str) -> IMAPClient:
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=30)
    c.login(user, PASSWORD)
    return c


def _cfg(server: Dovecot, user: str, monkeypatch, **over) -> MailboxConfig:
    monkeypatch.setenv("PM_PLAIN_PW", PASSWORD)
    return MailboxConfig(name=user, host="127.0.0.1", port=server.port, security="none", user=user,
                         password_env="PM_PLAIN_PW", **over)


def test_plain_server_move_falls_back_to_copy_and_uid_expunge(plain, imap_user, store, opts, monkeypatch):
    other = _client(plain, imap_user)
    assert not other.has_capability("MOVE") and other.has_capability("UIDPLUS")
    for i in range(3):
        other.append("INBOX", make_message(i))
    # Someone else's message, flagged \Deleted and older than our cut-off: we never touch it,
    # and a plain EXPUNGE would have removed it.
    other.append("INBOX", make_message(9), flags=[b"\\Deleted"], msg_time=datetime(2019, 1, 1, tzinfo=timezone.utc))
    cfg = _cfg(plain, imap_user, monkeypatch, action="move", since=date(2024, 1, 1))
    report = sync_account(cfg, opts, store).reports[0]
    assert (report.stored, report.acted, report.skipped["before_cutoff"]) == (3, 3, 1)
    other.select_folder("INBOX")
    assert len(other.search(["ALL"])) == 1 and len(other.search(["DELETED"])) == 1
    assert other.select_folder("Behandlet")[b"EXISTS"] == 3
    other.logout()


def test_plain_server_without_idle_notices_new_mail_by_noop(plain, imap_user, store, opts, monkeypatch):
    from mailhelpers import Synced

    deliver = _client(plain, imap_user)
    deliver.append("INBOX", make_message(1))
    stop, synced = threading.Event(), Synced()
    worker = AccountWorker(_cfg(plain, imap_user, monkeypatch),
                           replace(opts, poll_interval_seconds=600, noop_seconds=1), store, stop, synced)
    worker.start()
    try:
        synced.wait(1)
        deliver.append("INBOX", make_message(2))
        synced.wait(2, timeout=20)  # the poll interval is 10 minutes: only NOOP can have noticed
        assert worker.state in ("syncing", "waiting") and worker.error is None
    finally:
        stop.set()
        worker.join(timeout=15)
        deliver.logout()
