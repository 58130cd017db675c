"""Which terminations still await a list change: kept in `orders.awaiting_list_change`.

A termination is answered by a list change (new_gp or unassigned_list, not
rejected) that names the same FLR list, or whose previous GP has the
terminating GP's HPR number. The flag is recomputed for the terminations
sharing a list or HPR number whenever an order with those keys is saved,
edited, replaced or rejected, so the open-terminations query is one index
range scan however long the history grows.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, exists, or_, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from store.models import OrderRow

LIST_CHANGE_TYPES = ("new_gp", "unassigned_list")
LINK_TYPES = ("termination", *LIST_CHANGE_TYPES)
#: Fields whose edit can change which termination an order answers.
LINK_FIELDS = ("flr_list_id", "hpr_number", "previous_hpr_number")

Keys = tuple[str | None, str | None]


def order_keys(order: OrderRow) -> Keys:
    return order.flr_list_id, order.departing_hpr


def relink(session: Session, keys: Iterable[Keys]) -> None:
    """Recompute `awaiting_list_change` of the terminations sharing any of `keys`."""
    pairs = list(keys)
    _relink(session, {f for f, _ in pairs if f}, {h for _, h in pairs if h})


def _relink(session: Session, flrs: set[str], hprs: set[str]) -> None:
    if not flrs and not hprs:
        return
    session.flush()
    match = []
    if flrs:
        match.append(OrderRow.flr_list_id.in_(flrs))
    if hprs:
        match.append(OrderRow.departing_hpr.in_(hprs))
    live = (OrderRow.type.in_(LIST_CHANGE_TYPES), OrderRow.status != "rejected")
    answered_flrs = set(session.exec(select(OrderRow.flr_list_id).where(
        *live, OrderRow.flr_list_id.in_(flrs)))) if flrs else set()
    answered_hprs = set(session.exec(select(OrderRow.departing_hpr).where(
        *live, OrderRow.departing_hpr.in_(hprs)))) if hprs else set()
    for term in session.exec(select(OrderRow).where(OrderRow.type == "termination", or_(*match))):
        awaiting = term.status != "rejected" and not (
            (term.flr_list_id and term.flr_list_id in answered_flrs)
            or (term.departing_hpr and term.departing_hpr in answered_hprs))
        if term.awaiting_list_change != awaiting:
            term.awaiting_list_change = awaiting
            session.add(term)
    session.flush()


def relink_all(session: Session) -> None:
    """Recompute the flag for every termination in one statement (bulk loads).

    Two NOT EXISTS, not one with OR, so each uses its index; a NULL key
    matches nothing.
    """
    by_list, by_hpr = aliased(OrderRow), aliased(OrderRow)
    answered_by_list = exists().where(by_list.type.in_(LIST_CHANGE_TYPES), by_list.status != "rejected",
                                      by_list.flr_list_id == OrderRow.flr_list_id)
    answered_by_hpr = exists().where(by_hpr.type.in_(LIST_CHANGE_TYPES), by_hpr.status != "rejected",
                                     by_hpr.departing_hpr == OrderRow.departing_hpr)
    session.execute(
        update(OrderRow).where(OrderRow.type == "termination")
        .values(awaiting_list_change=and_(OrderRow.status != "rejected", ~answered_by_list, ~answered_by_hpr))
        .execution_options(synchronize_session=False)
    )
