"""A last working day computed from the six-month notice period, not stated."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule


@rule("last_day_from_notice_period", "info", "last working day computed from the notice period")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    return [
        finding("last_day_from_notice_period",
                f"notice {o['notice_date']} + 6 months from the 1st of the next month = {o['last_working_day']}", i)
        for i, o in enumerate(result.orders)
        if o.type == "termination" and o["last_working_day_basis"] == "notice_period"
    ]
