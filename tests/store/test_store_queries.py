"""The queries: review queue by urgency, open terminations, due reminders."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlmodel import select

from store.lifecycle import transition
from store.models import OrderRow, Reminder
from store.queries import due_reminders, open_terminations_without_list_change, review_queue
from store.results import store_parsed
import store_factory as f


def _store(store, n: int, orders) -> list[int]:  # type: ignore[no-untyped-def]
    r = f.raw(n)
    raw_id = store_parsed(store, r, f.result(r, orders), "1.0")
    with store.session() as s:
        return list(s.exec(select(OrderRow.id).where(OrderRow.raw_id == raw_id).order_by(OrderRow.position)))


def test_queries_review_queue_nearest_deadline_first_then_oldest(store) -> None:
    [late] = _store(store, 1, [f.termination(flr="1", transfer="2023-09-01")])
    [none] = _store(store, 2, [f.termination(flr="2", transfer=None, last_working_day=None)])
    [soon_old] = _store(store, 3, [f.termination(flr="3", transfer="2023-02-01")])
    [soon_new] = _store(store, 4, [f.termination(flr="4", transfer="2023-02-01")])
    [done] = _store(store, 5, [f.termination(flr="5", transfer="2023-01-01")])
    with store.session() as s:
        transition(s, done, "approved", "kari")
        assert [o.id for o in review_queue(s)] == [soon_old, soon_new, late, none]
        assert [o.id for o in review_queue(s, limit=2, offset=1)] == [soon_new, late]


def test_queries_open_terminations_without_list_change(store) -> None:
    [by_list] = _store(store, 1, [f.termination(flr="100", hpr="1")])
    [by_hpr] = _store(store, 2, [f.termination(flr=None, hpr="2")])
    [open_one] = _store(store, 3, [f.termination(flr="300", hpr="3", transfer="2023-03-01")])
    [rejected_change_only] = _store(store, 4, [f.termination(flr="400", hpr="4", transfer="2023-04-01")])
    [rejected_term] = _store(store, 5, [f.termination(flr="500", hpr="5")])
    _store(store, 6, [f.new_gp(flr="100")])
    _store(store, 7, [f.new_gp(flr=None, previous_hpr="2")])
    [change4] = _store(store, 8, [f.new_gp(flr="400")])
    with store.session() as s:
        transition(s, change4, "rejected", "kari")
        transition(s, rejected_term, "rejected", "kari")
        got = [o.id for o in open_terminations_without_list_change(s)]
    assert got == [open_one, rejected_change_only]
    assert by_list not in got and by_hpr not in got


def test_queries_due_reminders_pending_and_due_only(store) -> None:
    now = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
    with store.session() as s:
        s.add_all([
            Reminder(kind="list_change", due_at=now - timedelta(days=1), note="due"),
            Reminder(kind="list_change", due_at=now, note="due now"),
            Reminder(kind="list_change", due_at=now + timedelta(seconds=1), note="future"),
            Reminder(kind="list_change", due_at=now - timedelta(days=2), state="sent", note="sent"),
        ])
    with store.session() as s:
        assert [r.note for r in due_reminders(s, now)] == ["due", "due now"]
        assert [r.note for r in due_reminders(s, now.astimezone(timezone(timedelta(hours=1))))] == ["due", "due now"]


def test_queries_open_terminations_deadline_window_and_limit(store) -> None:
    [soon] = _store(store, 1, [f.termination(flr="1", hpr="1", transfer="2023-02-01")])
    [later] = _store(store, 2, [f.termination(flr="2", hpr="2", transfer="2023-08-01")])
    with store.session() as s:
        assert [o.id for o in open_terminations_without_list_change(s, deadline_before=date(2023, 3, 1))] == [soon]
        assert [o.id for o in open_terminations_without_list_change(s, limit=1)] == [soon]
        assert len(open_terminations_without_list_change(s)) == 2 and later


def test_queries_open_terminations_follow_edits_rejections_and_reparse(store) -> None:
    from store.lifecycle import edit_field
    from store.results import save_result

    [term] = _store(store, 1, [f.termination(flr="100", hpr="1")])
    [keyless] = _store(store, 2, [f.termination(flr=None, hpr=None)])
    [change] = _store(store, 3, [f.new_gp(flr="100")])

    def open_ids() -> set[int]:
        with store.session() as s:
            return {o.id for o in open_terminations_without_list_change(s)}

    assert open_ids() == {keyless}
    with store.session() as s:
        edit_field(s, change, "flr_list_id", "999", "kari")
    assert open_ids() == {keyless, term}
    with store.session() as s:
        edit_field(s, change, "flr_list_id", "100", "kari")
        transition(s, change, "rejected", "kari")
    assert open_ids() == {keyless, term}
    [change2] = _store(store, 4, [f.new_gp(flr="100")])
    assert open_ids() == {keyless}
    r = f.raw(4)
    with store.session() as s:  # a reparse finds no list change in message 4 any more
        raw_id = s.get(OrderRow, change2).raw_id
        save_result(s, raw_id, f.result(r, [], kind="other"), "2.0")
    assert open_ids() == {keyless, term}


def test_queries_migration_0003_computes_existing_flags(tmp_path) -> None:
    from store.db import open_store

    store = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    store.upgrade("0002")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO raw_message (id, sha256, size, source, oversized, stored_at) "
                             "VALUES (1, 'x', 0, 's', 0, '2024-01-01')")
        conn.exec_driver_sql("INSERT INTO parsed_message (id, raw_id, parser_version, parsed_at, kind, "
                             "needs_review, attachments, errors) VALUES (1, 1, 'v', '2024-01-01', 'k', 0, '[]', '[]')")
        for oid, typ, flr in ((1, "termination", "100"), (2, "termination", "200"), (3, "new_gp", "100")):
            conn.exec_driver_sql(
                "INSERT INTO orders (id, raw_id, parsed_id, position, type, status, in_queue, fields, spans, "
                "uncertain, urgency, flr_list_id, parser_version, edited, created_at, updated_at) VALUES "
                f"({oid}, 1, 1, 0, '{typ}', 'ready', 1, '{{}}', '{{}}', '[]', '2024-05-01', '{flr}', 'v', 0, "
                "'2024-01-01', '2024-01-01')")
    store.upgrade()
    with store.session() as s:
        assert [o.id for o in open_terminations_without_list_change(s)] == [2]
