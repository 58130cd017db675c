"""list_other_municipality: the list belongs to another municipality than the sender's."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from rules.list_other_municipality import check


def test_list_other_municipality_fires_for_foreign_list() -> None:
    findings = check(result([distribution("10", 5), distribution("20", 2)], municipality="1577"), context())
    assert [(f.code, f.order) for f in findings] == [("list_other_municipality", 1)]
    assert "3411" in findings[0].detail and "1577" in findings[0].detail


def test_list_other_municipality_silent_for_own_lists_unknown_sender_or_no_registry() -> None:
    assert check(result([distribution("10", 5)], municipality="1577"), context()) == []
    assert check(result([distribution("20", 5)], municipality=None), context()) == []
    assert check(result([distribution("20", 5)]), context(registry=None)) == []
