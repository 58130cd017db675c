"""The poller against a real Dovecot: IDLE, a server restart mid-batch, one broken account of two, TLS."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from mailhelpers import Synced, make_message, wait_for
from sqlalchemy import func
from sqlmodel import select

from ingest.account import sync_account
from ingest.errors import AccountError
from ingest.poller import Poller, read_heartbeat, run_once
from ingest.status import folder_rows
from ingest.worker import AccountWorker, backoff_delay
from store.models import IngestRun, RawMessageRow


def _count(store) -> int:
    with store.session() as s:
        return s.exec(select(func.count()).select_from(RawMessageRow)).one()


@pytest.fixture
def worker_factory(store, opts):
    started: list[tuple[AccountWorker, threading.Event]] = []

    def _make(cfg, **kw):
        stop = threading.Event()
        synced = Synced()
        worker = AccountWorker(cfg, replace(opts, poll_interval_seconds=600), store, stop, synced, **kw)
        started.append((worker, stop))
        worker.start()
        return worker, synced

    yield _make
    for worker, stop in started:
        stop.set()
        worker.join(timeout=15)


def test_poller_mail_arriving_during_idle_is_ingested(worker_factory, store, mailbox_cfg, imap_user, deliver):
    deliver(imap_user, make_message(1))
    worker, synced = worker_factory(mailbox_cfg())
    synced.wait(1)
    assert _count(store) == 1
    wait_for(lambda: worker.state == "idle")
    deliver(imap_user, make_message(2))
    synced.wait(2, timeout=20)  # the poll interval is 10 minutes: only IDLE can have woken it
    assert _count(store) == 2


def test_poller_server_restart_mid_batch_reconnects_and_loses_nothing(
        worker_factory, store, mailbox_cfg, imap_user, deliver, dovecot):
    sent = [make_message(i) for i in range(35)]
    for data in sent:
        deliver(imap_user, data)
    restarted = []

    def restart_once(event: str, count: int) -> None:
        if event == "committed" and not restarted:
            restarted.append(count)
            dovecot.restart()  # the worker's connection dies between two batches of one run
    worker, synced = worker_factory(mailbox_cfg(action="move"), progress=restart_once)
    synced.wait(1, timeout=40)
    assert restarted == [10] and _count(store) == 35
    with store.session() as s:
        runs = list(s.exec(select(IngestRun).order_by(IngestRun.id)))
    assert not runs[0].reconciled and "errors" in runs[0].notes and runs[0].stored == 10
    assert runs[-1].reconciled


def test_poller_one_wrong_password_does_not_stop_the_other(store, mailbox_cfg, imap_user, deliver, opts,
                                                            tmp_path, monkeypatch):
    deliver(imap_user, make_message(1))
    monkeypatch.setenv("PM_WRONG", "not-the-password")
    good = mailbox_cfg(name="good")
    bad = mailbox_cfg(name="bad", password_env="PM_WRONG")
    results = run_once(replace(opts, mailboxes=(bad, good)), store, tmp_path / "locks", parse=False)
    by_name = {r.name: r for r in results}
    assert by_name["bad"].config_error and "refused" in by_name["bad"].error
    assert by_name["good"].error is None and by_name["good"].reports[0].stored == 1
    rows = {r["mailbox"]: r for r in folder_rows(store, replace(opts, mailboxes=(bad, good)), tmp_path)}
    assert rows["bad"]["problem"].startswith("error:") and rows["good"]["problem"] is None


def test_poller_overlapping_runs_take_turns(store, mailbox_cfg, imap_user, deliver, opts, tmp_path):
    from ingest.lock import MailboxLock

    deliver(imap_user, make_message(1))
    cfg = mailbox_cfg(name="shared")
    with MailboxLock(tmp_path / "locks", "shared") as held:
        assert held
        (skipped,) = run_once(replace(opts, mailboxes=(cfg,)), store, tmp_path / "locks", parse=False)
    assert skipped.locked and skipped.error is None and _count(store) == 0
    run_once(replace(opts, mailboxes=(cfg,)), store, tmp_path / "locks", parse=False)
    assert _count(store) == 1


def test_poller_tls_with_ca_file(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    if dovecot.cert is None:
        pytest.skip("openssl not available to make a test certificate")
    deliver(imap_user, make_message(1))
    cfg = mailbox_cfg(security="tls", port=dovecot.tls_port, ca_file=str(dovecot.cert))
    assert sync_account(cfg, opts, store).reports[0].stored == 1
    starttls = mailbox_cfg(security="starttls", port=dovecot.port, ca_file=str(dovecot.cert))
    assert sync_account(starttls, opts, store).error is None


def test_poller_tls_untrusted_certificate_is_an_account_error(store, mailbox_cfg, dovecot, opts):
    if dovecot.cert is None:
        pytest.skip("openssl not available to make a test certificate")
    result = sync_account(mailbox_cfg(security="tls", port=dovecot.tls_port), opts, store)
    assert result.config_error and "not trusted" in result.error


def test_poller_watch_writes_heartbeat_and_flags_stale(store, mailbox_cfg, opts, tmp_path, caplog):
    poller = Poller(replace(opts, mailboxes=(mailbox_cfg(name="hb"),), stale_after_seconds=60),
                    store, tmp_path)
    poller.workers["hb"] = AccountWorker(poller.boxes[0], opts, store, poller.stop)  # never started
    poller._start_worker = lambda cfg: None  # the dead worker would be restarted; not here
    with caplog.at_level("WARNING", logger="postmottak.ingest"):
        poller.watch()
    beat = read_heartbeat(tmp_path / "poller-heartbeat.json")
    assert beat["mailboxes"]["hb"]["alive"] is False
    assert "last successful sync never" in caplog.text


def test_poller_backoff_grows_and_is_capped():
    import random

    rng = random.Random(1)
    delays = [backoff_delay(a, 60, rng) for a in range(1, 12)]
    assert delays[0] <= 2 and max(delays) <= 60 and delays[-1] >= 30


def test_poller_missing_password_variable_is_an_account_error(mailbox_cfg, monkeypatch):
    from ingest.secrets import password

    monkeypatch.delenv("PM_NOT_SET", raising=False)
    with pytest.raises(AccountError, match="PM_NOT_SET is not set"):
        password(mailbox_cfg(password_env="PM_NOT_SET"))


def test_poller_run_ingests_parses_and_beats_until_stopped(store, mailbox_cfg, imap_user, deliver, opts,
                                                           tmp_path):
    from store.models import ParsedMessageRow

    deliver(imap_user, make_message(1))
    poller = Poller(replace(opts, mailboxes=(mailbox_cfg(name="live"),), heartbeat_seconds=1,
                            poll_interval_seconds=600), store, tmp_path)
    thread = threading.Thread(target=poller.run)
    thread.start()
    try:
        wait_for(lambda: _count(store) == 1)
        deliver(imap_user, make_message(2))
        wait_for(lambda: _count(store) == 2)  # through IDLE: the poll interval is 10 minutes
        wait_for(lambda: (read_heartbeat(tmp_path / "poller-heartbeat.json") or {}).get("mailboxes"))

        def parsed() -> int:
            with store.session() as s:
                return s.exec(select(func.count()).select_from(ParsedMessageRow)).one()
        wait_for(lambda: parsed() == 2, timeout=60)
    finally:
        poller.stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert read_heartbeat(tmp_path / "poller-heartbeat.json")["mailboxes"]["live"]["last_success"]


def test_poller_server_crash_during_idle_reconnects(worker_factory, store, mailbox_cfg, imap_user, deliver,
                                                    dovecot):
    deliver(imap_user, make_message(1))
    worker, synced = worker_factory(mailbox_cfg())
    synced.wait(1)
    wait_for(lambda: worker.state == "idle")
    dovecot.restart()  # SIGKILL of every Dovecot process, then a fresh start on the same port
    synced.wait(2, timeout=30)  # noticed the dead connection, backed off, reconnected, synced
    assert worker.error is None
    wait_for(lambda: worker.state == "idle")
    deliver(imap_user, make_message(2))
    synced.wait(3, timeout=20)
    assert _count(store) == 2


def test_poller_xoauth2_login_with_token_from_command_and_file(store, mailbox_cfg, imap_user, deliver, opts,
                                                                token_endpoint, tmp_path):
    deliver(imap_user, make_message(1))
    token_file = tmp_path / "token"
    token_file.write_text(token_endpoint.issue(imap_user) + "\n")
    by_file = mailbox_cfg(auth="xoauth2", password_env=None, token_file=str(token_file))
    assert sync_account(by_file, opts, store).reports[0].stored == 1
    by_command = mailbox_cfg(auth="xoauth2", password_env=None,
                             token_command=f"echo {token_endpoint.issue(imap_user)}")
    assert sync_account(by_command, opts, store).error is None
    expired = mailbox_cfg(auth="xoauth2", password_env=None, token_command="echo tok-expired")
    result = sync_account(expired, opts, store)
    assert result.config_error and "refused" in result.error
