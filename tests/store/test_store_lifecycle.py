"""The order lifecycle: legal and illegal transitions, field edits, the audit trail."""
from __future__ import annotations

import pytest
from sqlmodel import select

from store.lifecycle import IllegalEdit, IllegalTransition, OrderNotFound, edit_field, transition
from store.models import AuditEvent, OrderRow
from store.results import store_parsed
import store_factory as f


def _ready_order(store) -> int:  # type: ignore[no-untyped-def]
    r = f.raw()
    raw_id = store_parsed(store, r, f.result(r, [f.termination()]), "1.0")
    with store.session() as s:
        return s.exec(select(OrderRow.id).where(OrderRow.raw_id == raw_id)).one()


def test_lifecycle_happy_path_is_audited(store) -> None:
    oid = _ready_order(store)
    with store.session() as s:
        transition(s, oid, "approved", "kari", note="ser bra ut")
        transition(s, oid, "registered", "ola")
    with store.session() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.order_id == oid).order_by(AuditEvent.id)).all()
        assert [(e.actor, e.before, e.after) for e in events] == [
            ("postmottak", "new", "ready"), ("kari", "ready", "approved"), ("ola", "approved", "registered")]
        assert events[1].note == "ser bra ut" and events[1].at is not None
        order = s.get(OrderRow, oid)
        assert order.status == "registered" and not order.in_queue


@pytest.mark.parametrize("path, illegal", [
    ([], "registered"),
    (["approved", "registered"], "ready"),
    (["rejected"], "approved"),
    ([], "new"),
    ([], "archived"),
])
def test_lifecycle_illegal_transition_raises_and_changes_nothing(store, path: list[str], illegal: str) -> None:
    oid = _ready_order(store)
    with store.session() as s:
        for status in path:
            transition(s, oid, status, "kari")
    with pytest.raises(IllegalTransition):
        with store.session() as s:
            transition(s, oid, illegal, "kari")
    with store.session() as s:
        assert s.get(OrderRow, oid).status == (path[-1] if path else "ready")


def test_lifecycle_unknown_order_raises(store) -> None:
    with pytest.raises(OrderNotFound):
        with store.session() as s:
            transition(s, 999, "approved", "kari")


def test_lifecycle_edit_field_audits_before_after_and_moves_deadline(store) -> None:
    oid = _ready_order(store)
    with store.session() as s:
        edit_field(s, oid, "transfer_date", "2023-06-01", "kari")
    with store.session() as s:
        order = s.get(OrderRow, oid)
        assert order.edited and str(order.deadline) == "2023-06-01"
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "edit")).one()
        assert (event.actor, event.field, event.before, event.after) == (
            "kari", "transfer_date", "2023-05-01", "2023-06-01")


def test_lifecycle_edit_masks_national_id(store) -> None:
    oid = _ready_order(store)
    with store.session() as s:
        edit_field(s, oid, "gp_name", f"Kari {f.FNR}", "kari")
    with store.session() as s:
        assert f.FNR not in s.get(OrderRow, oid).fields["gp_name"]
        assert f.FNR not in s.exec(select(AuditEvent).where(AuditEvent.action == "edit")).one().after


def test_lifecycle_edit_unknown_field_or_closed_order_raises(store) -> None:
    oid = _ready_order(store)
    with pytest.raises(IllegalEdit):
        with store.session() as s:
            edit_field(s, oid, "citizens", 3, "kari")
    with store.session() as s:
        transition(s, oid, "rejected", "kari")
    with pytest.raises(IllegalEdit):
        with store.session() as s:
            edit_field(s, oid, "clinic", "X", "kari")
