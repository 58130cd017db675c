"""A distribution order sends more citizens to a list than its free places plus the increase."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import orders_with_list


@rule("capacity_insufficient", "error", "free places plus ceiling_increase are fewer than citizens")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    if ctx.registry is None:
        return []
    out = []
    for i, order, list_id in orders_with_list(result, ("distribution",)):
        entry = ctx.registry.lists.get(list_id)
        citizens = order["citizens"]
        if entry is None or citizens is None:
            continue
        increase = order["ceiling_increase"] or 0
        if entry.free + increase < citizens:
            out.append(finding("capacity_insufficient",
                               f"FLR list {list_id}: free {entry.free} (ceiling {entry.ceiling} - size "
                               f"{entry.size}) + increase {increase} < ordered {citizens}", i))
    return out
