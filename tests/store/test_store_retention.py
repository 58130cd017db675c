"""Retention: finished cases lose raw bytes and personal data; the audit skeleton stays."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlmodel import select

from store.lifecycle import edit_field, transition
from store.models import AuditEvent, FindingRow, OrderRow, ParsedMessageRow, RawMessageRow
from store.raw import record_raw
from store.retention import purge
from parsers.models import Finding
import store_factory as f

LATER = datetime.now(timezone.utc) + timedelta(days=400)


def _case(store, n: int, final: str | None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from store.results import store_parsed

    r = f.raw(n)
    res = f.result(r, [f.termination(flr=str(n))], [Finding("list_unknown", "error", "Kari Nordmann", order=0)])
    raw_id = store_parsed(store, r, res, "1.0")
    with store.session() as s:
        oid = s.exec(select(OrderRow.id).where(OrderRow.raw_id == raw_id)).one()
        edit_field(s, oid, "clinic", "Nordre legesenter", "kari")
        if final == "registered":
            transition(s, oid, "approved", "kari")
        if final:
            transition(s, oid, final, "kari")
    return raw_id, oid


def test_retention_purges_finished_cases_and_keeps_skeleton(store) -> None:
    done_raw, done_order = _case(store, 1, "registered")
    open_raw, _ = _case(store, 2, None)
    rejected_raw, _ = _case(store, 3, "rejected")
    with store.session() as s:
        report = purge(s, timedelta(days=365), now=LATER, actor="retention")
    assert (report.messages, report.orders) == (2, 2)
    with store.session() as s:
        raw = s.get(RawMessageRow, done_raw)
        assert raw.data is None and raw.purged_at is not None and len(raw.sha256) == 64
        assert s.get(RawMessageRow, open_raw).data is not None
        parsed = s.exec(select(ParsedMessageRow).where(ParsedMessageRow.raw_id == done_raw)).one()
        assert parsed.text is None and parsed.subject is None and parsed.kind == "termination_notice"
        order = s.get(OrderRow, done_order)
        assert order.fields == {} and order.status == "registered" and order.deadline is not None
        assert {x.detail for x in s.exec(select(FindingRow).where(FindingRow.order_id == done_order))} == {""}
        events = s.exec(select(AuditEvent).where(AuditEvent.order_id == done_order).order_by(AuditEvent.id)).all()
        assert [(e.action, e.actor) for e in events] == [
            ("transition", "postmottak"), ("edit", "kari"), ("transition", "kari"), ("transition", "kari")]
        assert events[1].field == "clinic" and events[1].before is None and events[1].after is None
        assert events[3].after == "registered"
        purges = s.exec(select(AuditEvent.raw_id).where(AuditEvent.action == "purge")).all()
        assert sorted(purges) == sorted([done_raw, rejected_raw])


def test_retention_leaves_recent_cases_and_repeats_as_noop(store) -> None:
    _case(store, 1, "registered")
    with store.session() as s:
        assert purge(s, timedelta(days=365)).messages == 0
        assert purge(s, timedelta(days=365), now=LATER).messages == 1
        assert purge(s, timedelta(days=365), now=LATER).messages == 0


def test_retention_dry_run_changes_nothing(store) -> None:
    raw_id, _ = _case(store, 1, "rejected")
    with store.session() as s:
        assert purge(s, timedelta(days=1), now=LATER, dry_run=True).messages == 1
    with store.session() as s:
        assert s.get(RawMessageRow, raw_id).data is not None


def test_retention_purged_message_arriving_again_is_still_one_record(store) -> None:
    raw_id, _ = _case(store, 1, "rejected")
    with store.session() as s:
        purge(s, timedelta(days=1), now=LATER)
    with store.session() as s:
        rec = record_raw(s, f.raw(1).data, source="again")
        assert rec.id == raw_id and not rec.created


def test_retention_never_purges_unparsed_messages(store) -> None:
    with store.session() as s:
        record_raw(s, b"unparsed", source="x")
    with store.session() as s:
        assert purge(s, timedelta(days=1), now=LATER).messages == 0
