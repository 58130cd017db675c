"""The reparse service: selection by parser version, results matched by bytes, failures kept."""
from __future__ import annotations

from sqlmodel import select

from parsers.models import RawMessage, Result
from store.models import AuditEvent, OrderRow, ParsedMessageRow
from store.raw import record_raw
from store.reparse import reparse, select_for_reparse
from store.results import store_parsed
import store_factory as f


def _pipeline(flr: str):  # type: ignore[no-untyped-def]
    """A stand-in for postmottak.pipeline.process_raw that returns results in reverse order."""
    def process(raws: list[RawMessage], registry=None, history=None) -> list[Result]:  # type: ignore[no-untyped-def]
        return [f.result(r, [f.termination(flr=flr)]) for r in reversed(raws)]
    return process


def test_reparse_selects_other_versions_and_unparsed_by_default(store) -> None:
    old, current = f.raw(1), f.raw(2)
    a = store_parsed(store, old, f.result(old, [f.termination()]), "1.0")
    store_parsed(store, current, f.result(current, [f.termination()]), "2.0")
    with store.session() as s:
        c = record_raw(s, b"never parsed", source="x").id
        assert select_for_reparse(s, "2.0") == [a, c]
        assert len(select_for_reparse(s, "2.0", everything=True)) == 3


def test_reparse_replaces_unreviewed_orders_with_audit(store) -> None:
    ids = [store_parsed(store, r, f.result(r, [f.termination(flr="1")]), "1.0") for r in (f.raw(1), f.raw(2))]
    report = reparse(store, "2.0", pipeline=_pipeline("99"))
    assert (report.selected, report.saved, report.failed) == (2, 2, [])
    with store.session() as s:
        for raw_id in ids:
            [order] = s.exec(select(OrderRow).where(OrderRow.raw_id == raw_id)).all()
            assert order.fields["flr_list_id"] == "99" and order.parser_version == "2.0"
        assert {p.parser_version for p in s.exec(select(ParsedMessageRow))} == {"2.0"}
        assert sorted(s.exec(select(AuditEvent.raw_id).where(AuditEvent.action == "reparse"))) == sorted(ids)
    assert reparse(store, "2.0", pipeline=_pipeline("99")).selected == 0


def test_reparse_a_failing_message_is_reported_and_kept(store) -> None:
    r = f.raw(1)
    raw_id = store_parsed(store, r, f.result(r, [f.termination()]), "1.0")

    def broken(raws, registry=None, history=None):  # type: ignore[no-untyped-def]
        return []

    report = reparse(store, "2.0", pipeline=broken)
    assert report.failed == [raw_id] and report.saved == 0
    with store.session() as s:
        assert s.exec(select(ParsedMessageRow)).one().parser_version == "1.0"
