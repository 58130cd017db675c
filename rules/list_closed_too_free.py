"""A closed list with 10 or more free places: it should have opened by itself (a warning)."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.registry_scope import orders_with_list

# Forskrift om fastlegeordning: a list closed by the GP reopens when free places reach this.
CLOSED_FREE_LIMIT = 10


@rule("list_closed_too_free", "warning", "a closed list with 10 or more free places")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    if ctx.registry is None:
        return []
    out = []
    for i, _order, list_id in orders_with_list(result):
        entry = ctx.registry.lists.get(list_id)
        if entry is not None and entry.status == "closed" and entry.free >= CLOSED_FREE_LIMIT:
            out.append(finding("list_closed_too_free",
                               f"FLR list {list_id} is closed with free {entry.free} (ceiling {entry.ceiling} "
                               f"- size {entry.size}) >= {CLOSED_FREE_LIMIT}", i))
    return out
