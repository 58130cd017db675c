"""automatic_distribution_active: a distribution order while the snapshot says automatic."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from rules.automatic_distribution_active import check


class _History:
    def __init__(self, mode: str | None) -> None:
        self.mode = mode

    def termination_for(self, *args: object) -> None:
        return None

    def distribution_mode(self, municipality: str) -> str | None:
        return self.mode


def test_automatic_distribution_active_fires_from_snapshot() -> None:
    findings = check(result([distribution("20", 3)], municipality="3411"), context())
    assert [(f.code, f.order, f.severity) for f in findings] == [("automatic_distribution_active", None, "warning")]


def test_automatic_distribution_active_snapshot_wins_over_history() -> None:
    # Volda is manual in the snapshot; an earlier message in the run saying otherwise does not count
    assert check(result([distribution("10", 3)]), context(history=_History("automatic"))) == []
    # a municipality missing from the snapshot falls back to the run's history
    assert check(result([distribution("10", 3)], municipality="9999"), context(history=_History("automatic")))
    assert check(result([distribution("10", 3)], municipality="9999"), context(history=_History(None))) == []


def test_automatic_distribution_active_silent_without_orders_or_registry() -> None:
    assert check(result([], municipality="3411"), context()) == []
    assert check(result([distribution("20", 3)], municipality="3411"), context(registry=None)) == []
