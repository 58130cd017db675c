"""Whether a caseworker must look before the orders can be queued as ready: decided once, here."""
from __future__ import annotations

from parsers.models import Result
from parsers.municipality import is_municipal_sender


def review_reasons(result: Result) -> list[str]:
    """Why the message needs review; empty when its orders can go straight to the queue."""
    reasons = [f"error finding {f.code}" for f in result.findings if f.severity == "error"]
    for i, order in enumerate(result.orders):
        reasons += [f"order {i}: {name} uncertain" for name in sorted(order.uncertain)]
    msg = result.message
    if result.kind == "other" and is_municipal_sender(msg.sender) and not msg.is_automatic:
        reasons.append("kind other from a municipal sender")
    if result.kind != "other" and not result.orders:
        reasons.append(f"no orders found in a {result.kind}")
    return reasons
