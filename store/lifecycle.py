"""The order lifecycle, in one place: statuses, legal transitions, field edits, audit."""
from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from parsers.models import ORDER_FIELDS
from store.links import LINK_FIELDS, LINK_TYPES, order_keys, relink
from store.masking import mask_value
from store.models import AuditEvent, OrderRow
from store.models.cases import NO_DEADLINE
from store.types import as_date, jsonable, utcnow

STATUSES = ("new", "needs_review", "ready", "approved", "registered", "rejected")

#: new → needs_review | ready → approved → registered, or rejected on the way.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"needs_review", "ready", "rejected"}),
    "needs_review": frozenset({"ready", "approved", "rejected"}),
    "ready": frozenset({"needs_review", "approved", "rejected"}),
    "approved": frozenset({"registered", "rejected"}),
    "registered": frozenset(),
    "rejected": frozenset(),
}

#: Statuses a caseworker must act on: the review queue.
QUEUE_STATUSES = frozenset({"new", "needs_review", "ready"})
#: Statuses a person has decided; a reparse keeps these orders.
REVIEWED_STATUSES = frozenset({"approved", "registered", "rejected"})
#: Statuses that close a case (retention may purge it after a while).
FINISHED_STATUSES = frozenset({"registered", "rejected"})
#: The field that sets an order's deadline, first present wins.
DEADLINE_FIELDS = ("transfer_date", "start_date", "last_working_day")


class IllegalTransition(ValueError):
    """The order cannot move to that status from where it is."""


class IllegalEdit(ValueError):
    """The field does not exist for this order type, or the order is closed."""


class OrderNotFound(LookupError):
    """No order with that id."""


def is_reviewed(order: OrderRow) -> bool:
    """A person has touched it: a decision or an edited field."""
    return order.status in REVIEWED_STATUSES or order.edited


def derived(order_type: str, status: str, fields: dict[str, Any] | None) -> dict[str, Any]:
    """The indexed columns that mirror `status` and `fields` (for ORM rows and bulk inserts alike)."""
    fields = fields or {}
    deadline = next((d for d in (as_date(fields.get(k)) for k in DEADLINE_FIELDS) if d), None)
    return {
        "deadline": deadline,
        "urgency": deadline or NO_DEADLINE,
        "in_queue": status in QUEUE_STATUSES,
        "flr_list_id": _short(fields.get("flr_list_id")),
        "departing_hpr": _short(fields.get("hpr_number") if order_type == "termination"
                                else fields.get("previous_hpr_number")),
    }


def refresh_derived(order: OrderRow) -> None:
    """Recompute the indexed columns that mirror `status` and `fields`."""
    for name, value in derived(order.type, order.status, order.fields).items():
        setattr(order, name, value)


def _short(value: Any) -> str | None:
    return str(value)[:20] if value not in (None, "") else None


def audit_values(actor: str, action: str, *, order_id: int | None = None, raw_id: int | None = None,
                 field: str | None = None, before: Any = None, after: Any = None,
                 note: str | None = None) -> dict[str, Any]:
    """One audit_event row as column values; values as JSON with national ids masked."""
    return {"at": utcnow(), "actor": actor, "action": action, "order_id": order_id, "raw_id": raw_id,
            "field": field, "before": mask_value(jsonable(before)), "after": mask_value(jsonable(after)),
            "note": note}


def audit(session: Session, actor: str, action: str, *, order_id: int | None = None, raw_id: int | None = None,
          field: str | None = None, before: Any = None, after: Any = None, note: str | None = None) -> None:
    """Write one audit event; values are stored as JSON with national ids masked.

    A Core insert, executed at once: audit rows are never read back in the
    same unit of work, and skipping the ORM keeps intake fast.
    """
    session.execute(insert(AuditEvent.__table__).values(**audit_values(
        actor, action, order_id=order_id, raw_id=raw_id, field=field, before=before, after=after, note=note)))


def _load(session: Session, order_id: int) -> OrderRow:
    order = session.get(OrderRow, order_id, with_for_update=session.bind.dialect.name != "sqlite")
    if order is None:
        raise OrderNotFound(f"no order {order_id}")
    return order


def check_transition(order: OrderRow, to_status: str) -> None:
    """Raise IllegalTransition unless `order` may move to `to_status`."""
    if to_status not in STATUSES:
        raise IllegalTransition(f"unknown status {to_status!r}")
    if to_status not in TRANSITIONS[order.status]:
        raise IllegalTransition(f"order {order.id}: {order.status} → {to_status} is not allowed")


def apply_transition(session: Session, order: OrderRow, to_status: str, actor: str, note: str | None = None) -> None:
    """Move a loaded order to `to_status`, or raise IllegalTransition."""
    check_transition(order, to_status)
    before = order.status
    order.status = to_status
    order.updated_at = utcnow()
    refresh_derived(order)
    session.add(order)
    if "rejected" in (before, to_status) and order.type in LINK_TYPES:
        relink(session, [order_keys(order)])
    audit(session, actor, "transition", order_id=order.id, raw_id=order.raw_id,
          field="status", before=before, after=to_status, note=note)


def transition(session: Session, order_id: int, to_status: str, actor: str, note: str | None = None) -> OrderRow:
    """Move order `order_id` to `to_status` as `actor`; raises IllegalTransition."""
    order = _load(session, order_id)
    apply_transition(session, order, to_status, actor, note)
    session.flush()
    return order


def edit_field(session: Session, order_id: int, field: str, value: Any, actor: str) -> OrderRow:
    """Set one field of an open order as `actor`; the order counts as reviewed from now on."""
    order = _load(session, order_id)
    if field not in ORDER_FIELDS.get(order.type, ()):
        raise IllegalEdit(f"order {order_id} ({order.type}) has no field {field!r}")
    if order.status in FINISHED_STATUSES:
        raise IllegalEdit(f"order {order_id} is {order.status}; closed orders cannot be edited")
    fields = dict(order.fields or {})
    before = fields.get(field)
    after = mask_value(jsonable(value))
    if before == after:
        return order
    fields[field] = after
    keys_before = order_keys(order)
    spans = dict(order.spans or {})
    spans.pop(field, None)  # the value no longer comes from the text
    order.fields, order.spans = fields, spans
    order.uncertain = [f for f in (order.uncertain or []) if f != field]
    order.edited = True
    order.updated_at = utcnow()
    refresh_derived(order)
    session.add(order)
    if field in LINK_FIELDS and order.type in LINK_TYPES:
        relink(session, [keys_before, order_keys(order)])
    audit(session, actor, "edit", order_id=order.id, raw_id=order.raw_id, field=field, before=before, after=after)
    session.flush()
    return order
