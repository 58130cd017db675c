"""Which orders the registry rules look at, and the sender's municipality they compare with."""
from __future__ import annotations

from collections.abc import Iterator

from parsers.models import Order, Result

# Orders that act on an existing list (capacity, status, lock state matter).
LIST_ORDERS = ("distribution", "ceiling_change", "list_lock")
# Orders whose list ID can be checked for existence and owner.
ID_ORDERS = LIST_ORDERS + ("new_gp", "unassigned_list")


def orders_with_list(result: Result, types: tuple[str, ...] = LIST_ORDERS) -> Iterator[tuple[int, Order, str]]:
    """(index into result.orders, order, flr_list_id) for orders of `types` that name a list."""
    for index, order in enumerate(result.orders):
        if order.type in types and order.fields.get("flr_list_id"):
            yield index, order, str(order.fields["flr_list_id"])


def distribution_orders(result: Result) -> list[tuple[int, Order]]:
    return [(i, o) for i, o in enumerate(result.orders) if o.type == "distribution"]


def sender_municipality(result: Result) -> str | None:
    """The sender's kommunenummer, as the pipeline resolved it (None when unknown)."""
    return result.municipality.number if result.municipality else None
