"""Helfo's worked example (corpus d01) passes every registry rule clean; the snapshot loaders
and the rule catalogue agree with the contract."""
from __future__ import annotations

from pathlib import Path

from registry_fixtures import context, result

from parsers.forms import read_distribution_form
from parsers.models import Attachment
from rules.base import RULES
from rules.catalog import RULE_MODULES  # noqa: F401  (registers every rule)
from rules.snapshot_io import load_lists, load_registry, load_unassigned

FIXTURES = Path(__file__).parents[1] / "forms" / "fixtures"
CONTRACT_CODES = {"list_unknown", "list_other_municipality", "capacity_insufficient",
                  "list_closed_too_free", "exceeds_unassigned", "automatic_distribution_active",
                  "duplicate_list", "children_may_exceed"}


def _run(res, registry):
    findings = []
    for code in sorted(CONTRACT_CODES):
        findings += RULES[code].check(res, context(registry))
    return findings


def _form(name: str) -> list:
    data = (FIXTURES / name).read_bytes()
    return read_distribution_form(Attachment(name, "application/octet-stream", "", len(data), data)).orders


def _registry():
    return load_registry(load_lists(FIXTURES / "lists.csv"), load_unassigned(FIXTURES / "unassigned.csv"))


def test_worked_example_passes_clean() -> None:
    findings = _run(result(_form("d01_volda.xlsx"), municipality="1577"), _registry())
    assert [f.code for f in findings] == ["children_may_exceed"]


def test_corpus_forms_give_the_gold_registry_findings() -> None:
    registry = _registry()
    cases = {"d05_kristiansand.xlsx": ("4204", {"capacity_insufficient"}),
             "d06_drammen.xlsx": ("3301", {"exceeds_unassigned"}),
             "d07_tromso.xlsx": ("5501", {"list_unknown"}),
             "d08_bodo.xlsx": ("1804", {"list_closed_too_free"}),
             "d09_ringsaker.xlsx": ("3411", {"automatic_distribution_active"}),
             "d13_hamar.xlsx": ("3403", {"list_other_municipality"})}
    for name, (kommune, expected) in cases.items():
        codes = {f.code for f in _run(result(_form(name), municipality=kommune), registry)}
        assert codes - {"children_may_exceed"} == expected, name
