"""When a list change reaches the citizens: in time, too late for letters, or after the month shift.

Registration is estimated as the receipt day (Europe/Oslo) plus two business
days, the receipt day not counted. The citizens move on the transfer date:
the order's start date, or the matched termination's transfer date. Letters
must reach them 14 days before it so they can still use their right to
change GP.
"""
from __future__ import annotations

from datetime import date, timedelta

from parsers.models import Finding, Order, Result
from rules.base import RuleContext, finding, rule
from rules.deadlines import LETTER_DAYS, registration_date

LIST_CHANGES = ("new_gp", "unassigned_list")


def transfer_day(order: Order, ctx: RuleContext, municipality: str | None) -> tuple[date | None, str]:
    """(transfer date, where it came from) for a list change."""
    if order["start_date"]:
        return order["start_date"], "start date"
    if ctx.history is not None:
        matched = ctx.history.termination_for(order["previous_hpr_number"], order["flr_list_id"], municipality,
                                              order["previous_gp_name"])
        if matched is not None and matched["transfer_date"]:
            return matched["transfer_date"], f"transfer date of {matched['gp_name'] or 'the'} termination"
    return None, ""


def verdict(order: Order, result: Result, ctx: RuleContext) -> tuple[str, str] | None:
    """(code, detail) of the timing verdict, or None when there is no transfer date."""
    municipality = result.municipality.number if result.municipality else None
    transfer, source = transfer_day(order, ctx, municipality)
    if transfer is None:
        return None
    received = ctx.received.date()
    registered = registration_date(received, ctx.calendar)
    detail = (f"received {received}, registered {registered} (+2 business days); "
              f"transfer {transfer} ({source}); letters due by {transfer - timedelta(days=LETTER_DAYS)}")
    if registered > transfer:
        return "timing_after_transfer", detail
    if registered <= transfer - timedelta(days=LETTER_DAYS):
        return "timing_in_time", detail
    return "timing_late_letters", detail


def _check(code: str):
    def check(result: Result, ctx: RuleContext) -> list[Finding]:
        out = []
        for i, order in enumerate(result.orders):
            if order.type in LIST_CHANGES:
                v = verdict(order, result, ctx)
                if v and v[0] == code:
                    out.append(finding(code, v[1], i))
        return out
    return check


rule("timing_in_time", "info", "registered at least 14 days before the transfer date")(_check("timing_in_time"))
rule("timing_late_letters", "warning", "registered less than 14 days before the transfer date")(
    _check("timing_late_letters"))
rule("timing_after_transfer", "error", "registered after the transfer date")(_check("timing_after_transfer"))
