"""The rules the pipeline runs, in order: the one place a reader finds them all."""
from __future__ import annotations

import importlib

from parsers.models import Finding, Result
from rules.base import RULES, RuleContext

RULE_MODULES = (
    "malformed_message",
    "personal_data",
    "last_day_from_notice_period",
    "timing",
    "helsenorge_not_visible_early",
    "registry_unavailable",
    "list_unknown",
    "list_other_municipality",
    "capacity_insufficient",
    "list_closed_too_free",
    "exceeds_unassigned",
    "automatic_distribution_active",
    "duplicate_list",
    "children_may_exceed",
)

for _name in RULE_MODULES:
    importlib.import_module(f"rules.{_name}")


def run_rules(result: Result, ctx: RuleContext) -> list[Finding]:
    """Every registered rule's findings for one message, in registration order."""
    findings: list[Finding] = []
    for rule in RULES.values():
        findings.extend(rule.check(result, ctx))
    return findings
