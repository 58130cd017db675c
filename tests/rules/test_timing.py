"""Timing verdicts of list changes, each firing and not firing on its boundary."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from parsers.models import Order, ParsedMessage, Result
from postmottak.history import RunHistory
from rules.base import RuleContext
from rules.calendar import BusinessCalendar
from rules.catalog import run_rules

OSLO = ZoneInfo("Europe/Oslo")


def codes(received: datetime, order: Order, history: RunHistory | None = None) -> set[str]:
    result = Result(message=ParsedMessage(source="x", raw=b""), kind="list_change", orders=[order])
    ctx = RuleContext(received=received, calendar=BusinessCalendar(), history=history)
    return {f.code for f in run_rules(result, ctx)}


@pytest.mark.parametrize("received, start, expected", [
    (datetime(2024, 2, 14, 11, tzinfo=OSLO), date(2024, 3, 1), "timing_in_time"),       # exactly 14 days
    (datetime(2023, 2, 14, 11, tzinfo=OSLO), date(2023, 3, 1), "timing_late_letters"),   # 13 days
    (datetime(2025, 4, 15, 14, tzinfo=OSLO), date(2025, 5, 1), "timing_late_letters"),   # Easter
    (datetime(2023, 12, 28, 10, tzinfo=OSLO), date(2024, 1, 1), "timing_after_transfer"),
    (datetime(2025, 8, 28, 10, tzinfo=OSLO), date(2025, 9, 1), "timing_late_letters"),   # registered on the day
])
def test_timing_verdicts(received, start, expected):
    found = codes(received, Order("unassigned_list", {"start_date": start}))
    timing = {c for c in found if c.startswith("timing_")}
    assert timing == {expected}


def test_timing_uses_matched_termination_without_start_date():
    history = RunHistory()
    earlier = Result(message=ParsedMessage(source="t", raw=b""), kind="termination_notice",
                     orders=[Order("termination", {"hpr_number": "4782231", "transfer_date": date(2024, 12, 1)})])
    history.record(earlier)
    order = Order("new_gp", {"previous_hpr_number": "4782231"})
    assert "timing_late_letters" in codes(datetime(2024, 11, 20, 12, tzinfo=OSLO), order, history)
    assert not {c for c in codes(datetime(2024, 11, 20, 12, tzinfo=OSLO), order) if c.startswith("timing_")}


@pytest.mark.parametrize("received, start, fires", [
    (datetime(2024, 8, 26, 9, tzinfo=OSLO), date(2024, 10, 1), True),    # 36 days
    (datetime(2024, 8, 20, 9, tzinfo=OSLO), date(2024, 10, 1), False),   # 42 days
])
def test_timing_helsenorge_six_weeks(received, start, fires):
    assert ("helsenorge_not_visible_early" in codes(received, Order("new_gp", {"start_date": start}))) is fires
