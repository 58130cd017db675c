"""An order names an FLR list that the registry snapshot does not have."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import ID_ORDERS, orders_with_list


@rule("list_unknown", "error", "the FLR list ID is not in the registry snapshot")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    if ctx.registry is None:
        return []
    return [finding("list_unknown", f"FLR list {list_id} is not in the snapshot "
                                    f"({len(ctx.registry.lists)} lists)", i)
            for i, _order, list_id in orders_with_list(result, ID_ORDERS)
            if list_id not in ctx.registry.lists]
