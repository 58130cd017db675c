"""What every rule shares: its context, the registry of rules by finding code."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Protocol

from parsers.models import Finding, Order, Result
from rules.calendar import BusinessCalendar
from rules.snapshot import Registry

SEVERITIES = ("info", "warning", "error")


class History(Protocol):
    """Earlier messages, for rules that refer back (a new GP after a notice)."""

    def termination_for(self, hpr_number: str | None, flr_list_id: str | None,
                        municipality: str | None, gp_name: str | None = None) -> Order | None: ...

    def distribution_mode(self, municipality: str) -> str | None: ...


@dataclass
class RuleContext:
    """What a rule may look at besides the message: time, calendar, registry."""

    received: datetime
    calendar: BusinessCalendar
    registry: Registry | None = None
    history: History | None = None


Check = Callable[[Result, RuleContext], list[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    summary: str
    check: Check


RULES: dict[str, Rule] = {}


def rule(code: str, severity: str, summary: str) -> Callable[[Check], Check]:
    """Register `check` under its finding code; a second rule for a code fails at import."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for {code}")

    def register(check: Check) -> Check:
        if code in RULES:
            raise RuntimeError(f"finding code {code!r} registered twice")
        RULES[code] = Rule(code, severity, summary, check)
        return check

    return register


def finding(code: str, detail: str, order: int | None = None) -> Finding:
    """A finding with the severity its rule was registered with."""
    return Finding(code=code, severity=RULES[code].severity, detail=detail, order=order)

