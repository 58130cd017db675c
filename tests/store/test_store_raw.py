"""Raw intake: idempotent by bytes and by Message-ID, locations, unparsed, sync state, ledger."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from sqlmodel import func, select

from store.mailboxes import finish_ingest_run, get_sync_state, ingest_status, set_sync_state, start_ingest_run
from store.models import RawLocation, RawMessageRow
from store.raw import known_uids, record_raw, unparsed_raw
from store.results import save_result
import store_factory as f


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(func.count()).select_from(model)).one()


def test_raw_same_bytes_twice_is_one_record(store) -> None:
    with store.session() as s:
        a = record_raw(s, b"bytes", source="a.eml")
        b = record_raw(s, b"bytes", source="b.eml")
        assert a.created and not b.created
        assert a.id == b.id and a.sha256 == hashlib.sha256(b"bytes").hexdigest()
        assert _count(s, RawMessageRow) == 1
        assert s.get(RawMessageRow, a.id).data == b"bytes"


def test_raw_same_message_id_in_same_mailbox_is_one_record(store) -> None:
    with store.session() as s:
        a = record_raw(s, b"v1", source="imap", mailbox="post", message_id="<x@y>")
        b = record_raw(s, b"v2 with other headers", source="imap", mailbox="post", message_id="<x@y>")
        c = record_raw(s, b"v3", source="imap", mailbox="other", message_id="<x@y>")
        assert b.id == a.id and not b.created
        assert c.created and c.id != a.id
        assert s.get(RawMessageRow, a.id).data == b"v1"


def test_raw_same_bytes_at_two_uids_is_one_message_with_two_locations(store) -> None:
    with store.session() as s:
        a = record_raw(s, b"m", source="imap", mailbox="post", folder="INBOX", uidvalidity=7, uid=1)
        b = record_raw(s, b"m", source="imap", mailbox="post", folder="INBOX", uidvalidity=7, uid=2)
        again = record_raw(s, b"m", source="imap", mailbox="post", folder="INBOX", uidvalidity=7, uid=2)
        assert a.id == b.id == again.id
        assert _count(s, RawLocation) == 2
        assert known_uids(s, "post", "INBOX", 7) == {1, 2}
        assert known_uids(s, "post", "INBOX", 8) == set()


def test_raw_bytes_survive_a_rolled_back_duplicate_in_other_session(store) -> None:
    with store.session() as s:
        first = record_raw(s, b"z", source="a")
    with store.session() as s:
        second = record_raw(s, b"z", source="b")
    assert first.id == second.id and not second.created


def test_raw_unparsed_lists_only_messages_without_a_parse(store) -> None:
    r1, r2 = f.raw(1), f.raw(2)
    with store.session() as s:
        a = record_raw(s, r1.data, source=r1.source)
        b = record_raw(s, r2.data, source=r2.source)
        save_result(s, a.id, f.result(r1, [f.termination()]), "1")
        assert [r.id for r in unparsed_raw(s, 10)] == [b.id]


def test_raw_sync_state_updates_only_what_is_given(store) -> None:
    when = datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc)
    with store.session() as s:
        assert get_sync_state(s, "post", "INBOX") is None
        set_sync_state(s, "post", "INBOX", uidvalidity=42, last_success=when, last_error=None)
        set_sync_state(s, "post", "INBOX", last_error="timeout")
    with store.session() as s:
        state = get_sync_state(s, "post", "INBOX")
        assert (state.uidvalidity, state.last_success, state.last_error) == (42, when, "timeout")


def test_raw_ingest_ledger_feeds_status(store) -> None:
    with store.session() as s:
        set_sync_state(s, "post", "INBOX", uidvalidity=7)
        record_raw(s, b"m", source="imap", mailbox="post", folder="INBOX", uidvalidity=7, uid=1)
        run = start_ingest_run(s, "post", "INBOX")
    with store.session() as s:
        finish_ingest_run(s, run, fetched=3, stored=1, skipped=2, failed=0, server_uids=3, reconciled=True,
                          notes={"moved": 0})
    with store.session() as s:
        [status] = ingest_status(s)
        assert status.stored_uids == 1 and status.uidvalidity == 7
        assert status.last_run.fetched == 3 and status.last_run.reconciled
        assert status.last_run.notes == {"moved": 0} and status.last_run.finished_at is not None


def test_raw_concurrent_writers_of_same_bytes_make_one_record(store) -> None:
    """Four threads store the same messages at once: one row each, no error (SQLITE_BUSY, unique race)."""
    import threading

    start = threading.Barrier(4)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(10):
                with store.session() as s:
                    rec = record_raw(s, b"same %d" % i, source=f"thread{n}", mailbox="post", folder="INBOX",
                                     uidvalidity=1, uid=i)
                    results.append((rec.id, rec.created))
        except BaseException as err:  # collected and asserted below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.session() as s:
        assert _count(s, RawMessageRow) == 10 and _count(s, RawLocation) == 10
    assert sum(created for _, created in results) == 10 and len({i for i, _ in results}) == 10
