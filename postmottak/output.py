"""A Result as the JSON object CONTRACT.md fixes for `postmottak parse`."""
from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from parsers.models import ORDER_FIELDS, Result

OSLO = ZoneInfo("Europe/Oslo")


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def result_json(result: Result) -> dict[str, Any]:
    msg = result.message
    return {
        "source": msg.source,
        "message_id": msg.message_id,
        "received": msg.received.astimezone(OSLO).isoformat() if msg.received else None,
        "sender": msg.sender,
        "subject": msg.subject,
        "kind": result.kind,
        "municipality": {"number": result.municipality.number, "name": result.municipality.name}
        if result.municipality else None,
        "orders": [
            {"type": o.type, **{name: _value(o.fields.get(name)) for name in ORDER_FIELDS[o.type]}}
            for o in result.orders
        ],
        "findings": [
            {"code": f.code, "severity": f.severity, "order": f.order, "detail": f.detail} for f in result.findings
        ],
        "needs_review": result.needs_review,
    }
