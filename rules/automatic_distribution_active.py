"""A distribution order from a municipality that is still on automatic assignment."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule
from rules.exceeds_unassigned import order_municipality
from rules.registry_scope import distribution_orders


@rule("automatic_distribution_active", "warning", "a distribution order from a municipality on automatic assignment")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    """The snapshot decides (CONTRACT: checks use the snapshot as given). Only a municipality
    missing from the snapshot falls back to an earlier request in the same run."""
    if ctx.registry is None or not distribution_orders(result):
        return []
    municipality = order_municipality(result, ctx)
    if municipality is None:
        return []
    entry = ctx.registry.unassigned.get(municipality)
    if entry is not None:
        mode, source = entry.distribution, "snapshot"
    elif ctx.history is not None and (mode := ctx.history.distribution_mode(municipality)):
        source = "an earlier request in this run"
    else:
        return []
    if mode != "automatic":
        return []
    return [finding("automatic_distribution_active",
                    f"kommune {municipality} has distribution {mode} ({source}); "
                    "manual distribution must be switched on first")]
