"""save_results stores exactly what save_result, called once per message, stores."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from parsers.models import Finding, Order, Result
from store.batch import save_results
from store.db import Store, open_store
from store.lifecycle import transition
from store.models import AuditEvent, FindingRow, OrderRow, ParsedMessageRow, RawMessageRow
from store.raw import record_raw
from store.results import save_result
import store_factory as f

#: Columns that hold the time of the write, not data.
CLOCK = {"at", "parsed_at", "created_at", "updated_at"}


def _list_change(flr: str, previous_hpr: str | None = None) -> Order:
    return f.new_gp(flr=flr, previous_hpr=previous_hpr)


def _batch() -> list[tuple[int, Result]]:
    """Results for raws 1..7 (raw n gets id rank n): every case save_result distinguishes."""
    r = {n: f.raw(n, body=f"Pasient {f.FNR}" if n == 3 else "Hei") for n in range(1, 8)}
    res = {
        1: f.result(r[1], [f.termination(flr="100200"), f.termination(flr="100300", transfer=None)],
                    [Finding("list_unknown", "error", "100300 not in snapshot", order=1),
                     Finding("last_day_from_notice_period", "info", "computed", order=0),
                     Finding("timing_in_time", "info", "a finding on an order that is not there", order=5)],
                    needs_review=True),
        2: f.result(r[2], [_list_change("100200")], kind="list_change"),  # answers raw 1's first termination
        3: f.result(r[3], [f.termination(flr="555", gp_name=f"Kari {f.FNR}")],
                    [Finding("personal_data", "error", f"found {f.FNR}")], needs_review=True,
                    text=f"Pasient {f.FNR}"),
        4: f.result(r[4], [], kind="other"),
        5: f.result(r[5], [f.termination(flr="777", hpr="1234567")]),
        6: f.result(r[6], [_list_change("999", previous_hpr="1234567")], kind="list_change"),
        7: f.result(r[7], [f.termination(flr="888")], needs_review=True),  # review with no reason on an order
    }
    res[4].message.errors.append(f"could not read {f.FNR}")
    return [(n, res[n]) for n in sorted(res)]


def _setup(store: Store) -> dict[int, int]:
    """Raws 1..8 recorded; raw 8 parsed once and one of its orders approved (a reparse keeps it)."""
    ids = {}
    with store.session() as s:
        for n in range(1, 9):
            ids[n] = record_raw(s, f.raw(n, body=f"Pasient {f.FNR}" if n == 3 else "Hei").data,
                                source=f"corpus/t{n}.eml").id
        r8 = f.raw(8)
        save_result(s, ids[8], f.result(r8, [f.termination(flr="1"), f.termination(flr="2")]), "1.0")
        first = s.exec(select(OrderRow).where(OrderRow.raw_id == ids[8]).order_by(OrderRow.position)).first()
        transition(s, first.id, "approved", "kari")
    return ids


def _work(ids: dict[int, int]) -> list[tuple[int, Result]]:
    """The batch: fresh messages, a reparse of raw 8, and raw 2 given twice (the second is a reparse)."""
    r8, r2 = f.raw(8), f.raw(2)
    items = [(ids[n], res) for n, res in _batch()]
    items.insert(3, (ids[8], f.result(r8, [f.termination(flr="1b"), f.termination(flr="2b"),
                                           f.termination(flr="3")])))
    items.append((ids[2], f.result(r2, [_list_change("100200")], [Finding("list_unknown", "error", "x", order=0)],
                                   kind="list_change")))
    return items


def _dump(store: Store) -> dict[str, Any]:
    """Every table the save touches, ids replaced by natural keys, clocks left out."""
    with store.session() as s:
        raws = {row.id: row.source for row in s.exec(select(RawMessageRow))}
        parsed = {row.id: raws[row.raw_id] for row in s.exec(select(ParsedMessageRow))}
        orders = list(s.exec(select(OrderRow)))
        # orders by (message, position, parser version); the audit trail may name removed ones
        okey = {o.id: (raws[o.raw_id], o.position, o.parser_version) for o in orders}
        events = list(s.exec(select(AuditEvent)))
        findings = list(s.exec(select(FindingRow)))
        parsed_rows = list(s.exec(select(ParsedMessageRow)))

    def clean(row: Any, **replace: Callable[[Any], Any]) -> dict[str, Any]:
        d = {k: v for k, v in row.model_dump().items() if k not in CLOCK and k != "id"}
        for k, fn in replace.items():
            d[k] = fn(d[k])
        return d

    def ids_in(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: sorted(map(str, (okey.get(v, "removed") for v in x))) if isinstance(x, list) else x
                    for k, x in value.items()}
        return value

    def sort(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(rows, key=repr)

    return {
        "parsed": sort([clean(p, raw_id=raws.get) for p in parsed_rows]),
        "orders": sort([clean(o, raw_id=raws.get, parsed_id=parsed.get) for o in orders]),
        "findings": sort([clean(x, parsed_id=parsed.get, order_id=okey.get) for x in findings]),
        "audit": sort([clean(e, order_id=lambda v: okey.get(v, v and "removed"), raw_id=raws.get,
                             before=ids_in, after=ids_in) for e in events]),
    }


@pytest.fixture
def reference(sqlite_template: Path, tmp_path: Path) -> Store:
    path = tmp_path / "reference.db"
    shutil.copy(sqlite_template, path)
    s = open_store(f"sqlite:///{path}")
    yield s
    s.dispose()


def test_batch_stores_exactly_what_one_by_one_stores(store: Store, reference: Store) -> None:
    ids_ref, ids = _setup(reference), _setup(store)
    with reference.session() as s:
        for raw_id, result in _work(ids_ref):
            save_result(s, raw_id, result, "2.0")
    with store.session() as s:
        report = save_results(s, _work(ids), "2.0")
    assert report.failed == {} and sorted(report.saved) == sorted(raw_id for raw_id, _ in _work(ids))
    expected, got = _dump(reference), _dump(store)
    for table in expected:
        assert got[table] == expected[table], table
    # and the cases are really there: masking, links, review statuses, one audit per first transition
    flat = repr(got)
    assert f.FNR not in flat
    awaiting = {(o["fields"]["flr_list_id"], o["awaiting_list_change"]) for o in got["orders"]
                if o["type"] == "termination"}
    assert {("100200", False), ("100300", True), ("777", False), ("555", True)} <= awaiting
    assert sum(e["action"] == "reparse" for e in got["audit"]) == 2


def test_batch_isolates_a_message_the_database_refuses(store: Store) -> None:
    with store.session() as s:
        ids = [record_raw(s, f.raw(n).data, source=f"corpus/t{n}.eml").id for n in (1, 2, 3)]
    results = [f.result(f.raw(n), [f.termination(flr=str(n))]) for n in (1, 2, 3)]
    results[1].orders[0].type = "x" * 200  # longer than orders.type allows: PostgreSQL refuses it
    results[1].orders[0].fields = {}
    bad = ids[1] if store.dialect == "postgresql" else None
    with store.session() as s:
        report = save_results(s, list(zip(ids, results)), "1.0")
    assert set(report.failed) == ({bad} if bad else set())
    with store.session() as s:
        stored = set(s.exec(select(ParsedMessageRow.raw_id)))
        assert stored == set(ids) - {bad}
        assert len(s.exec(select(OrderRow)).all()) == len(stored)


def test_batch_of_nothing_and_of_reparses_only(store: Store) -> None:
    with store.session() as s:
        assert save_results(s, [], "1.0").saved == []
        raw_id = record_raw(s, f.raw(1).data, source="corpus/t1.eml").id
        save_results(s, [(raw_id, f.result(f.raw(1), [f.termination()]))], "1.0")
        report = save_results(s, [(raw_id, f.result(f.raw(1), [f.termination(flr="2")]))], "2.0")
    assert report.saved == [raw_id]
    with store.session() as s:
        [order] = s.exec(select(OrderRow)).all()
        assert order.fields["flr_list_id"] == "2"
        assert len(s.exec(select(AuditEvent).where(AuditEvent.action == "reparse")).all()) == 1
