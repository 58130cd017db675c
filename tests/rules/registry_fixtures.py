"""Builders for the registry rule tests: a message's Result, a context, a small snapshot."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from parsers.models import Municipality, Order, ParsedMessage, Result
from rules.base import RuleContext
from rules.calendar import BusinessCalendar
from rules.snapshot import ListEntry, Registry, UnassignedEntry


def entry(list_id: str, municipality: str, status: str, ceiling: int, size: int) -> ListEntry:
    return ListEntry(list_id, municipality, f"Lege {list_id}", None, status, ceiling, size)


# Volda's lists in Helfo's worked example, plus one list in another municipality.
REGISTRY = Registry(
    lists={
        "10": entry("10", "1577", "locked", 1000, 980),   # 20 free
        "11": entry("11", "1577", "closed", 900, 900),    # full
        "12": entry("12", "1577", "closed", 1100, 1098),  # 2 free
        "13": entry("13", "1577", "closed", 1000, 985),   # closed with 15 free
        "20": entry("20", "3411", "open", 1000, 990),
    },
    unassigned={
        "1577": UnassignedEntry("1577", 20, "manual"),
        "3411": UnassignedEntry("3411", 7, "automatic"),
    },
)


def distribution(list_id: str | None, citizens: int, increase: int = 0) -> Order:
    return Order("distribution", {"flr_list_id": list_id, "gp_name": None, "citizens": citizens,
                                  "ceiling_increase": increase})


def result(orders: list[Order], municipality: str | None = "1577", **message: str) -> Result:
    msg = ParsedMessage(source="test.eml", raw=b"", **message)
    muni = Municipality(municipality, "Kommune") if municipality else None
    return Result(message=msg, kind="distribution_order", municipality=muni, orders=orders)


def context(registry: Registry | None = REGISTRY, history: object = None) -> RuleContext:
    return RuleContext(received=datetime(2024, 9, 10, 10, 0, tzinfo=ZoneInfo("Europe/Oslo")),
                       calendar=BusinessCalendar(), registry=registry, history=history)


def codes(findings: list) -> list[tuple[str, int | None]]:
    return [(f.code, f.order) for f in findings]
