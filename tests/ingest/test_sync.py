"""sync_folder against a real Dovecot: first sync, read flags, UIDVALIDITY, size, move, cut-off."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from mailhelpers import imap_client, make_message
from sqlmodel import select

from ingest.account import sync_account
from ingest.connect import connect
from ingest.sync import sync_folder
from store.models import IngestRun, RawLocation, RawMessageRow


def _raws(store) -> list[RawMessageRow]:
    with store.session() as s:
        return list(s.exec(select(RawMessageRow).order_by(RawMessageRow.id)))


def test_sync_first_run_stores_every_message_once(any_store, mailbox_cfg, imap_user, deliver, opts):
    store = any_store
    sent = [make_message(i) for i in range(25)]
    for data in sent:
        deliver(imap_user, data)
    cfg = mailbox_cfg()
    result = sync_account(cfg, opts, store)
    assert result.error is None
    (report,) = result.reports
    assert (report.server_uids, report.stored, report.failed, report.reconciled) == (25, 25, 0, True)
    assert sorted(r.sha256 for r in _raws(store)) == sorted(hashlib.sha256(d).hexdigest() for d in sent)
    again = sync_account(cfg, opts, store).reports[0]
    assert (again.fetched, again.stored, again.already_known, again.reconciled) == (0, 0, 25, True)
    with store.session() as s:
        runs = list(s.exec(select(IngestRun)))
    assert [r.stored for r in runs] == [25, 0] and all(r.reconciled for r in runs)


def test_sync_message_marked_read_by_someone_else_is_still_ingested(store, mailbox_cfg, imap_user,
                                                                     deliver, dovecot, opts):
    deliver(imap_user, make_message(1))
    other = imap_client(dovecot, imap_user)
    other.select_folder("INBOX")
    other.add_flags(other.search(["ALL"]), [b"\\Seen"])
    deliver(imap_user, make_message(2), flags=(b"\\Seen",))
    report = sync_account(mailbox_cfg(), opts, store).reports[0]
    assert report.stored == 2
    other.select_folder("INBOX")
    assert other.search(["UNSEEN"]) == []  # we did not touch the flags either way
    other.logout()


def test_sync_never_sets_seen(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    deliver(imap_user, make_message(1))
    sync_account(mailbox_cfg(), opts, store)
    other = imap_client(dovecot, imap_user)
    other.select_folder("INBOX", readonly=True)
    assert len(other.search(["UNSEEN"])) == 1
    other.logout()


def test_sync_uidvalidity_change_resyncs_without_duplicates(store, mailbox_cfg, imap_user, deliver,
                                                             dovecot, opts):
    for i in range(5):
        deliver(imap_user, make_message(i))
    cfg = mailbox_cfg()
    first = sync_account(cfg, opts, store).reports[0]
    dovecot.doveadm("mailbox", "update", "-u", imap_user, "--uid-validity",
                    str(first.uidvalidity + 1000), "INBOX")
    deliver(imap_user, make_message(99))
    second = sync_account(cfg, opts, store).reports[0]
    assert second.uidvalidity_changed and second.uidvalidity == first.uidvalidity + 1000
    assert second.stored == 1 and second.skipped["duplicate_content"] == 5 and second.reconciled
    assert len(_raws(store)) == 6
    third = sync_account(cfg, opts, store).reports[0]
    assert (third.fetched, third.already_known) == (0, 6)


def test_sync_large_message_is_stored_raw_and_flagged(store, mailbox_cfg, imap_user, deliver, opts):
    big = make_message(1, size=20 * 1024 * 1024)
    deliver(imap_user, big)
    deliver(imap_user, make_message(2))
    report = sync_account(mailbox_cfg(), opts, store).reports[0]
    assert (report.stored, report.oversized) == (2, 1)
    rows = {r.size: r for r in _raws(store)}
    assert rows[len(big)].oversized and rows[len(big)].data == big


def test_sync_moves_only_after_commit(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    for i in range(12):
        deliver(imap_user, make_message(i))
    cfg = mailbox_cfg(action="move", move_to="Behandlet")
    seen_in_store = []

    def progress(event: str, count: int) -> None:
        if event == "committed":
            seen_in_store.append(len(_raws(store)))
    client = connect(cfg)
    report = sync_folder(client, store, cfg, "INBOX", opts, progress)
    client.logout()
    assert report.acted == 12 and seen_in_store == [10, 12]
    other = imap_client(dovecot, imap_user)
    assert other.select_folder("INBOX")[b"EXISTS"] == 0
    assert other.select_folder("Behandlet")[b"EXISTS"] == 12
    other.logout()


def test_sync_copy_expunge_when_move_not_used(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    for i in range(3):
        deliver(imap_user, make_message(i))
    other = imap_client(dovecot, imap_user)
    other.select_folder("INBOX")
    deliver(imap_user, make_message(50))
    cfg = mailbox_cfg(action="move", move_to="Behandlet", use_move=False)
    assert sync_account(cfg, opts, store).reports[0].acted == 4
    assert other.select_folder("INBOX")[b"EXISTS"] == 0
    assert other.select_folder("Behandlet")[b"EXISTS"] == 4
    other.logout()


def test_sync_crash_between_commit_and_move_is_healed(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    for i in range(3):
        deliver(imap_user, make_message(i))
    sync_account(mailbox_cfg(action="none"), opts, store)  # stored, never moved: as after a crash
    report = sync_account(mailbox_cfg(action="move"), opts, store).reports[0]
    assert (report.fetched, report.acted) == (0, 3)
    other = imap_client(dovecot, imap_user)
    assert other.select_folder("Behandlet")[b"EXISTS"] == 3
    other.logout()


def test_sync_keyword_action_marks_each_message_once(store, mailbox_cfg, imap_user, deliver, dovecot, opts):
    deliver(imap_user, make_message(1))
    cfg = mailbox_cfg(action="keyword", keyword="$Postmottak")
    assert sync_account(cfg, opts, store).reports[0].acted == 1
    assert sync_account(cfg, opts, store).reports[0].acted == 0
    other = imap_client(dovecot, imap_user)
    other.select_folder("INBOX")
    assert other.search(["KEYWORD", "$Postmottak"]) == [1]
    other.logout()


def test_sync_cutoff_skips_old_mail_and_says_so(store, mailbox_cfg, imap_user, dovecot, opts):
    client = imap_client(dovecot, imap_user)
    client.append("INBOX", make_message(1), msg_time=datetime(2019, 5, 1, tzinfo=timezone.utc))
    client.append("INBOX", make_message(2))
    client.logout()
    report = sync_account(mailbox_cfg(since=date(2024, 1, 1)), opts, store).reports[0]
    assert (report.stored, report.skipped["before_cutoff"], report.reconciled) == (1, 1, True)


def test_sync_skip_senders_filters_decoded_address(store, mailbox_cfg, imap_user, deliver, opts):
    deliver(imap_user, make_message(1, sender="=?utf-8?q?Nyhetsbrev_=C3=86?= <noreply@nyheter.no>"))
    deliver(imap_user, make_message(2))
    report = sync_account(mailbox_cfg(skip_senders=("*@nyheter.no",)), opts, store).reports[0]
    assert (report.stored, report.skipped["sender_filtered"], report.reconciled) == (1, 1, True)


def test_sync_locations_are_recorded_per_uid(store, mailbox_cfg, imap_user, deliver, opts):
    uids = [deliver(imap_user, make_message(i)) for i in range(3)]
    sync_account(mailbox_cfg(), opts, store)
    with store.session() as s:
        assert sorted(s.exec(select(RawLocation.uid))) == uids
