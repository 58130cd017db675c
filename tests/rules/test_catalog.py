"""Every finding code of the contract has exactly one registered rule, and none is unknown."""
import re
from pathlib import Path

import pytest

from rules.base import RULES, rule
from rules.catalog import RULE_MODULES  # noqa: F401  (imports every rule)

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "CONTRACT.md"


def contract_codes() -> dict[str, str]:
    text = CONTRACT.read_text("utf-8").split("## Findings", 1)[1].split("## Registry", 1)[0]
    return dict(re.findall(r"^\| `(\w+)` \| (\w+) \|", text, re.M))


def test_catalog_matches_contract():
    codes = contract_codes()
    assert codes, "no codes read from docs/CONTRACT.md"
    assert set(RULES) == set(codes)
    for code, severity in codes.items():
        assert RULES[code].severity == severity, code


def test_catalog_duplicate_code_fails():
    with pytest.raises(RuntimeError):
        rule("list_unknown", "error", "again")(lambda result, ctx: [])
