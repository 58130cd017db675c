"""A distribution order hands out more citizens than the municipality has without a list."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import distribution_orders, sender_municipality


def order_municipality(result: Result, ctx: RuleContext) -> str | None:
    """The sender's municipality, else the one every ordered list belongs to."""
    sender = sender_municipality(result)
    if sender or ctx.registry is None:
        return sender
    owners = {ctx.registry.lists[o["flr_list_id"]].municipality
              for _, o in distribution_orders(result) if o["flr_list_id"] in ctx.registry.lists}
    return owners.pop() if len(owners) == 1 else None


@rule("exceeds_unassigned", "error", "the order distributes more citizens than the municipality has without a list")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    orders = distribution_orders(result)
    if ctx.registry is None or not orders:
        return []
    municipality = order_municipality(result, ctx)
    entry = ctx.registry.unassigned.get(municipality or "")
    if entry is None:
        return []
    total = sum(o["citizens"] or 0 for _, o in orders)
    if total <= entry.unassigned:
        return []
    counts = " + ".join(str(o["citizens"] or 0) for _, o in orders)
    return [finding("exceeds_unassigned",
                    f"ordered {total} ({counts}) > unassigned {entry.unassigned} in kommune {municipality}")]
