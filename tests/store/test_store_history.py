"""StoreHistory: a list change parsed in a later call finds the termination stored earlier.

The pair is from our corpus: termination/s_t12 (Solveig Fedje, HPR 4227301, transfer 1 March 2026)
and list_change/s_l08 (no start date, previous GP HPR 4227301), received 9 Feb 2026: in time.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlmodel import select
from typer.testing import CliRunner

from parsers.models import Municipality, Order, RawMessage
from postmottak.pipeline import process_raw
from store.batch import save_results, store_parsed_many
from store.db import Store
from store.history import StoreHistory
from store.lifecycle import edit_field, transition
from store.models import FindingRow, OrderRow
from store.raw import record_raw
import store_factory as f

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TERMINATION = CORPUS / "termination" / "s_t12_kvinesdal_hard_wrapped_cue_split.eml"
LIST_CHANGE = CORPUS / "list_change" / "s_l08_kvinesdal_no_start_matched.eml"


def _raw(path: Path) -> RawMessage:
    return RawMessage(str(path), path.read_bytes())


def _timing(findings: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(x.code, x.detail) for x in findings if x.code.startswith("timing_")]


def test_history_list_change_in_a_later_call_gets_the_stored_transfer_date(store: Store) -> None:
    [termination] = process_raw([_raw(TERMINATION)])
    store_parsed_many(store, [(_raw(TERMINATION), termination)], "1.0")
    [alone] = process_raw([_raw(LIST_CHANGE)])
    assert _timing(alone.findings) == []  # the run alone cannot see it
    [later] = process_raw([_raw(LIST_CHANGE)], history=StoreHistory.for_store(store))
    [(code, detail)] = _timing(later.findings)
    assert code == "timing_in_time" and "transfer 2026-03-01" in detail


def test_history_parse_pending_one_message_per_batch(store: Store) -> None:
    from ingest.process import parse_pending

    with store.session() as s:
        ids = [record_raw(s, p.read_bytes(), source=str(p)).id for p in (TERMINATION, LIST_CHANGE)]
    assert parse_pending(store, batch=1) == 2
    _assert_stored_in_time(store, ids[1])


def test_history_parse_pending_sees_earlier_days(store: Store) -> None:
    """The termination parsed in one call (another day), the list change in a later call."""
    from ingest.process import parse_pending

    with store.session() as s:
        first = record_raw(s, TERMINATION.read_bytes(), source=str(TERMINATION)).id
    assert parse_pending(store) == 1
    with store.session() as s:
        later = record_raw(s, LIST_CHANGE.read_bytes(), source=str(LIST_CHANGE)).id
    assert parse_pending(store) == 1
    assert first != later
    _assert_stored_in_time(store, later)


def test_history_reparse_finds_a_termination_of_another_batch(store: Store) -> None:
    from store.reparse import reparse

    pairs = [(_raw(p), r) for p, r in zip((TERMINATION, LIST_CHANGE), process_raw([_raw(TERMINATION)]) +
                                          process_raw([_raw(LIST_CHANGE)]))]
    ids = store_parsed_many(store, pairs, "1.0")
    with store.session() as s:
        assert not s.exec(select(FindingRow).where(FindingRow.code.startswith("timing_"))).all()
    report = reparse(store, "2.0", batch=1)
    assert report.saved == 2 and report.failed == []
    _assert_stored_in_time(store, ids[1])


def test_history_parse_db_twice_through_the_cli(store: Store, store_url: str, cli_app) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    assert runner.invoke(cli_app, ["parse", "--db", store_url, str(TERMINATION)]).exit_code == 0
    out = runner.invoke(cli_app, ["parse", "--db", store_url, str(LIST_CHANGE)])
    assert out.exit_code == 0, out.output
    line = json.loads(out.stdout.splitlines()[0])
    assert "timing_in_time" in {x["code"] for x in line["findings"]}


def _assert_stored_in_time(store: Store, raw_id: int) -> None:
    with store.session() as s:
        [order] = s.exec(select(OrderRow).where(OrderRow.raw_id == raw_id)).all()
        found = s.exec(select(FindingRow).where(FindingRow.order_id == order.id)).all()
    assert order.type == "new_gp" and order.fields["start_date"] is None
    [(code, detail)] = _timing(found)
    assert code == "timing_in_time" and "transfer 2026-03-01" in detail


def _save(store: Store, n: int, orders: list[Order], municipality: str | None = "4601") -> int:
    r = f.raw(n)
    res = f.result(r, orders)
    res.municipality = Municipality(municipality, "X") if municipality else None
    with store.session() as s:
        raw_id = record_raw(s, r.data, source=r.source).id
        assert save_results(s, [(raw_id, res)], "1.0").failed == {}
    return raw_id


def test_history_by_hpr_first_then_by_list_within_the_municipality(store: Store) -> None:
    _save(store, 1, [f.termination(flr="100200", hpr="1111111", transfer="2024-03-01")])
    _save(store, 2, [f.termination(flr="100200", hpr="2222222", transfer="2024-04-01")])
    _save(store, 3, [f.termination(flr="300300", hpr="3333333", transfer="2024-05-01")], municipality="0301")
    history = StoreHistory.for_store(store)
    by_hpr = history.termination_for("1111111", "100200", "4601")
    assert by_hpr is not None and by_hpr["transfer_date"] == date(2024, 3, 1)  # a date, as the pipeline gives
    by_list = history.termination_for(None, "100200", "4601")
    assert by_list is not None and by_list["hpr_number"] == "2222222"  # the latest of that list
    assert history.termination_for(None, "300300", "4601") is None  # another municipality's list
    assert history.termination_for(None, "300300", None)["hpr_number"] == "3333333"  # type: ignore[index]
    assert history.termination_for(None, None, "4601") is None


def test_history_run_first_edits_count_rejected_ones_do_not(store: Store) -> None:
    raw_id = _save(store, 1, [f.termination(flr="100200", hpr="1111111", transfer="2024-03-01")])
    history = StoreHistory.for_store(store)
    with store.session() as s:
        [order] = s.exec(select(OrderRow).where(OrderRow.raw_id == raw_id)).all()
        edit_field(s, order.id, "transfer_date", date(2024, 6, 1), "kari")
    assert history.termination_for("1111111", None, None)["transfer_date"] == date(2024, 6, 1)  # type: ignore[index]
    run = f.result(f.raw(9), [f.termination(flr="100200", hpr="1111111", transfer="2024-09-01")])
    history.record(run)
    assert history.termination_for("1111111", None, None)["transfer_date"] == "2024-09-01"  # type: ignore[index]
    with store.session() as s:
        transition(s, order.id, "rejected", "kari")
    assert StoreHistory.for_store(store).termination_for("1111111", "100200", "4601") is None


def test_history_distribution_mode_from_stored_requests(store: Store) -> None:
    history = StoreHistory.for_store(store)
    assert history.distribution_mode("4601") is None
    _save(store, 1, [Order("manual_distribution", {"enable": True})])
    assert history.distribution_mode("4601") == "manual"
    _save(store, 2, [Order("manual_distribution", {"enable": False})])
    assert history.distribution_mode("4601") == "automatic"
    assert history.distribution_mode("0301") is None

