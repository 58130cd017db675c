"""The same FLR list on two rows of one distribution order; both rows stay orders."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import orders_with_list


@rule("duplicate_list", "warning", "the same FLR list on two rows of one order")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    first: dict[str, int] = {}
    out = []
    for i, order, list_id in orders_with_list(result, ("distribution",)):
        if list_id in first:
            earlier = result.orders[first[list_id]]
            out.append(finding("duplicate_list",
                               f"FLR list {list_id} is on order rows {first[list_id] + 1} and {i + 1} "
                               f"(citizens {earlier['citizens']} and {order['citizens']}); not summed", i))
        else:
            first[list_id] = i
    return out
