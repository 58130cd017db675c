"""exceeds_unassigned: more citizens ordered than the municipality has without a list."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from rules.exceeds_unassigned import check


def test_exceeds_unassigned_fires_above_the_count() -> None:
    findings = check(result([distribution("10", 15), distribution("11", 6, 10)]), context())
    assert [(f.code, f.order) for f in findings] == [("exceeds_unassigned", None)]
    assert "ordered 21 (15 + 6) > unassigned 20" in findings[0].detail


def test_exceeds_unassigned_silent_at_exactly_the_count() -> None:
    assert check(result([distribution("10", 5), distribution("11", 10, 10), distribution("12", 5, 3)]),
                 context()) == []


def test_exceeds_unassigned_uses_the_lists_owner_when_sender_unknown() -> None:
    assert check(result([distribution("10", 25)], municipality=None), context())
    assert check(result([distribution("10", 25)]), context(registry=None)) == []
