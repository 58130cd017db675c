"""A new GP or unassigned list must reach Helfo six weeks ahead to show on Helsenorge a month early."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.deadlines import HELSENORGE_DAYS


@rule("helsenorge_not_visible_early", "info", "received less than 42 days before the start date")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    received = ctx.received.date()
    out = []
    for i, order in enumerate(result.orders):
        if order.type in ("new_gp", "unassigned_list") and order["start_date"]:
            ahead = (order["start_date"] - received).days
            if ahead < HELSENORGE_DAYS:
                out.append(finding("helsenorge_not_visible_early",
                                   f"received {received}, start {order['start_date']}: {ahead} days < {HELSENORGE_DAYS}", i))
    return out
