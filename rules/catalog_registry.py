"""The registry rules (one module each under rules/), for the catalog to import in this order."""
from __future__ import annotations

REGISTRY_RULE_MODULES = (
    "list_unknown",
    "list_other_municipality",
    "capacity_insufficient",
    "list_closed_too_free",
    "exceeds_unassigned",
    "automatic_distribution_active",
    "duplicate_list",
    "children_may_exceed",
)
