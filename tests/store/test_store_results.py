"""save_result / store_parsed: statuses from findings, masking, idempotency, reparse."""
from __future__ import annotations

from sqlmodel import func, select

from parsers.models import Finding
from store.lifecycle import edit_field, transition
from store.models import AuditEvent, FindingRow, OrderRow, ParsedMessageRow, RawMessageRow
from store.raw import record_raw
from store.results import save_result, store_parsed
import store_factory as f


def _orders(s, raw_id: int) -> list[OrderRow]:  # type: ignore[no-untyped-def]
    return list(s.exec(select(OrderRow).where(OrderRow.raw_id == raw_id).order_by(OrderRow.position)))


def test_results_status_follows_findings_and_deadline_from_fields(store) -> None:
    r = f.raw()
    res = f.result(r, [f.termination(), f.termination(flr="100300", transfer=None)],
                   [Finding("list_unknown", "error", "100300 not in snapshot", order=1),
                    Finding("last_day_from_notice_period", "info", "computed", order=0)], needs_review=True)
    raw_id = store_parsed(store, r, res, "1.0")
    with store.session() as s:
        a, b = _orders(s, raw_id)
        assert (a.status, b.status) == ("ready", "needs_review")
        assert str(a.deadline) == "2023-05-01" and str(b.deadline) == "2023-04-30"
        assert a.spans["gp_name"] == {"document": "body", "start": 10, "end": 23, "text": "Kari Nordmann"}
        assert {(x.code, x.order_id) for x in s.exec(select(FindingRow))} == {
            ("list_unknown", b.id), ("last_day_from_notice_period", a.id)}
        parsed = s.exec(select(ParsedMessageRow)).one()
        assert (parsed.kind, parsed.municipality_number, parsed.needs_review) == ("termination_notice", "4601", True)
        events = s.exec(select(AuditEvent).where(AuditEvent.order_id == a.id)).all()
        assert [(e.action, e.before, e.after) for e in events] == [("transition", "new", "ready")]


def test_results_message_level_error_sends_every_order_to_review(store) -> None:
    r = f.raw()
    res = f.result(r, [f.termination()], [Finding("personal_data", "error", "fødselsnummer")], needs_review=True)
    raw_id = store_parsed(store, r, res, "1.0")
    with store.session() as s:
        assert [o.status for o in _orders(s, raw_id)] == ["needs_review"]


def test_results_national_ids_masked_in_derived_text_but_raw_kept(store) -> None:
    r = f.raw(body=f"Pasient {f.FNR}")
    order = f.termination(gp_name=f"Kari {f.FNR}")
    res = f.result(r, [order], [Finding("personal_data", "error", f"found {f.FNR}")], text=f"Pasient {f.FNR}")
    raw_id = store_parsed(store, r, res, "1.0")
    with store.session() as s:
        parsed = s.exec(select(ParsedMessageRow)).one()
        [o] = _orders(s, raw_id)
        finding = s.exec(select(FindingRow)).one()
        for stored in (parsed.text, o.fields["gp_name"], finding.detail):
            assert f.FNR not in stored
        assert f.FNR.encode() in s.get(RawMessageRow, raw_id).data


def test_results_same_message_stored_twice_gives_one_set_of_orders(store) -> None:
    r = f.raw()
    first = store_parsed(store, r, f.result(r, [f.termination()]), "1.0")
    second = store_parsed(store, r, f.result(r, [f.termination()]), "1.0")
    with store.session() as s:
        assert first == second
        assert s.exec(select(func.count()).select_from(OrderRow)).one() == 1
        assert s.exec(select(func.count()).select_from(ParsedMessageRow)).one() == 1


def test_results_reparse_replaces_unreviewed_and_keeps_reviewed(store) -> None:
    r = f.raw()
    res = f.result(r, [f.termination(flr="1"), f.termination(flr="2"), f.termination(flr="3")])
    raw_id = store_parsed(store, r, res, "1.0")
    with store.session() as s:
        o1, o2, o3 = _orders(s, raw_id)
        transition(s, o1.id, "approved", "kari")
        edit_field(s, o2.id, "clinic", "Nordre legesenter", "kari")
    new = f.result(r, [f.termination(flr="1b"), f.termination(flr="2b"), f.termination(flr="3b"),
                       f.termination(flr="4")], [Finding("list_unknown", "error", "x", order=3)])
    with store.session() as s:
        save_result(s, raw_id, new, "2.0")
    with store.session() as s:
        orders = _orders(s, raw_id)
        by_flr = {o.fields["flr_list_id"]: o for o in orders}
        assert set(by_flr) == {"1", "2", "3b", "4"}
        assert by_flr["1"].id == o1.id and by_flr["1"].status == "approved"
        assert by_flr["2"].fields["clinic"] == "Nordre legesenter"
        assert s.get(OrderRow, o3.id) is None
        assert by_flr["4"].status == "needs_review"
        [event] = s.exec(select(AuditEvent).where(AuditEvent.action == "reparse")).all()
        assert event.raw_id == raw_id and event.before["removed"] == [o3.id]
        assert event.after["kept"] == sorted([o1.id, o2.id]) and event.after["parser_version"] == "2.0"
        assert s.exec(select(ParsedMessageRow)).one().parser_version == "2.0"


def test_results_reparse_unchanged_order_keeps_its_id(store) -> None:
    r = f.raw()
    raw_id = store_parsed(store, r, f.result(r, [f.termination()]), "1.0")
    with store.session() as s:
        [before] = _orders(s, raw_id)
        rec = record_raw(s, r.data, source=r.source)
        save_result(s, rec.id, f.result(r, [f.termination()], [Finding("list_unknown", "error", "x", order=0)]),
                    "2.0")
    with store.session() as s:
        [after] = _orders(s, raw_id)
        assert after.id == before.id and after.status == "needs_review"
        assert s.exec(select(FindingRow)).one().order_id == after.id
