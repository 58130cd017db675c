"""Registry checks skipped because no snapshot was given."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule


@rule("registry_unavailable", "info", "no registry snapshot, list checks skipped")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    if ctx.registry is not None or not any(o.fields.get("flr_list_id") for o in result.orders):
        return []
    return [finding("registry_unavailable", "no lists/unassigned snapshot given: list checks were skipped")]
