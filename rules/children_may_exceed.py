"""Children follow their parents, so a list may receive more citizens than ordered."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import distribution_orders


@rule("children_may_exceed", "info", "children follow their parents: a list may receive more than ordered")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    orders = distribution_orders(result)
    if not orders:
        return []
    total = sum(o["citizens"] or 0 for _, o in orders)
    return [finding("children_may_exceed",
                    f"{total} citizens ordered on {len(orders)} list(s); children under 16 follow their "
                    "parents, so a list may receive more than ordered")]
