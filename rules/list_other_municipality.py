"""An order names a list that belongs to another municipality than the sender's."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import ID_ORDERS, orders_with_list, sender_municipality


@rule("list_other_municipality", "error", "the list belongs to another municipality than the sender's")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    sender = sender_municipality(result)
    if ctx.registry is None or sender is None:
        return []
    out = []
    for i, _order, list_id in orders_with_list(result, ID_ORDERS):
        entry = ctx.registry.lists.get(list_id)
        if entry is not None and entry.municipality != sender:
            out.append(finding("list_other_municipality",
                               f"FLR list {list_id} belongs to kommune {entry.municipality}, "
                               f"the sender is kommune {sender}", i))
    return out
