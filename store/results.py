"""Store what the pipeline made of a raw message: parsed message, orders, findings."""
from __future__ import annotations

import logging
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, delete, select

from parsers.models import Order, Result
from store.lifecycle import (
    TRANSITIONS, IllegalTransition, apply_transition, audit, derived, is_reviewed,
)
from store.links import order_keys, relink
from store.masking import mask, mask_value
from store.models import FindingRow, OrderRow, ParsedMessageRow, RawMessageRow
from store.raw import record_raw
from store.types import jsonable, utcnow

if TYPE_CHECKING:
    from parsers.models import RawMessage
    from store.db import Store

log = logging.getLogger("postmottak.store")
SYSTEM = "postmottak"


def _order_needs_review(result: Result, index: int) -> bool:
    """Review this order? Its own errors or doubts, or a message-level reason."""
    errors = [f for f in result.findings if f.severity == "error"]
    own = bool(result.orders[index].uncertain) or any(f.order == index for f in errors)
    if own or any(f.order is None for f in errors):
        return True
    if not result.needs_review:
        return False
    # needs_review with no error and no doubt named on any order: ask for all.
    return not any(o.uncertain or any(f.order == i for f in errors) for i, o in enumerate(result.orders))


def parsed_values(result: Result, parser_version: str) -> dict[str, Any]:
    """The parsed_message columns for `result` (masked), shared by save_result and save_results."""
    msg = result.message
    return {
        "parser_version": parser_version,
        "parsed_at": utcnow(),
        "message_id": msg.message_id,
        "kind": result.kind,
        "municipality_number": result.municipality.number if result.municipality else None,
        "municipality_name": result.municipality.name if result.municipality else None,
        "subject": mask(msg.subject),
        "sender": msg.sender,
        "sender_name": mask(msg.sender_name),
        "received": msg.received,
        "needs_review": result.needs_review,
        "text": mask(msg.text),
        "quoted": mask(msg.quoted),
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "detected_type": a.detected_type,
             "size": a.size, "action": a.action, "note": mask(a.note)}
            for a in msg.attachments
        ],
        "errors": [mask(e) for e in msg.errors],
    }


def _fill_parsed(row: ParsedMessageRow, result: Result, parser_version: str) -> None:
    for name, value in parsed_values(result, parser_version).items():
        setattr(row, name, value)


def new_order_values(raw_id: int, parsed_id: int, municipality_number: str | None, index: int, order: Order,
                     result: Result, parser_version: str) -> dict[str, Any]:
    """The orders columns of a freshly parsed order, already moved new → needs_review | ready.

    The first transition happens before the row is first written: checked
    like any transition (and audited by the caller), but one INSERT, no UPDATE.
    """
    target = "needs_review" if _order_needs_review(result, index) else "ready"
    if target not in TRANSITIONS["new"]:
        raise IllegalTransition(f"new → {target} is not allowed")
    fields = mask_value(jsonable(order.fields))
    now = utcnow()
    return {
        "raw_id": raw_id, "parsed_id": parsed_id, "position": index, "type": order.type, "status": target,
        "fields": fields, "spans": mask_value(jsonable({k: asdict(s) for k, s in order.spans.items()})),
        "uncertain": sorted(order.uncertain), "municipality_number": municipality_number,
        "parser_version": parser_version, "edited": False,
        "awaiting_list_change": order.type == "termination",  # until store.links finds its answer
        "created_at": now, "updated_at": now, "purged_at": None,
        **derived(order.type, target, fields),
    }


def _same(row: OrderRow, order: Order) -> bool:
    return row.type == order.type and row.fields == mask_value(jsonable(order.fields))


def save_result(session: Session, raw_id: int, result: Result, parser_version: str,
                actor: str = SYSTEM) -> ParsedMessageRow:
    """Store `result` for raw message `raw_id`; on a second call, act as a reparse.

    A reparse keeps reviewed orders (decided or edited) and drops the new
    order at the same position if it has the same type; unreviewed orders are
    replaced, except that an unchanged one keeps its id. Findings are
    replaced, except those on kept reviewed orders. One audit event
    ("reparse") lists what was kept, removed and added.
    """
    parsed = session.exec(select(ParsedMessageRow).where(ParsedMessageRow.raw_id == raw_id)).first()
    reparse = parsed is not None
    previous_version = parsed.parser_version if parsed else None
    if parsed is None:
        parsed = ParsedMessageRow(raw_id=raw_id, parser_version=parser_version, kind=result.kind)
    _fill_parsed(parsed, result, parser_version)
    session.add(parsed)
    session.flush()

    old = list(session.exec(select(OrderRow).where(OrderRow.parsed_id == parsed.id).order_by(OrderRow.position)))
    kept = {o.position: o for o in old if is_reviewed(o)}
    unreviewed = {o.position: o for o in old if not is_reviewed(o)}
    keep_ids = [o.id for o in kept.values()]
    session.execute(delete(FindingRow).where(
        FindingRow.parsed_id == parsed.id,
        FindingRow.order_id.is_(None) | FindingRow.order_id.not_in(keep_ids or [-1]),
    ))

    index_to_row: dict[int, OrderRow] = {}
    added, unchanged, skipped = [], [], []
    for i, order in enumerate(result.orders):
        prior = kept.get(i)
        if prior is not None and prior.type == order.type:
            skipped.append(i)
            continue
        same = unreviewed.get(i)
        if same is not None and _same(same, order):
            row = unreviewed.pop(i)
            row.spans = mask_value(jsonable({k: asdict(s) for k, s in order.spans.items()}))
            row.uncertain = sorted(order.uncertain)
            row.parser_version = parser_version
            unchanged.append(row.id)
        else:
            row = _new_order(session, parsed, raw_id, i, order, result, parser_version, actor)
            added.append(row)
        index_to_row[i] = row
    link_keys = [order_keys(o) for o in old] + [order_keys(r) for r in index_to_row.values()]
    for row in unreviewed.values():
        session.delete(row)
    session.flush()
    relink(session, link_keys)

    for i, row in index_to_row.items():
        if row.id in unchanged:
            _settle_status(session, row, _order_needs_review(result, i), actor)
    for f in result.findings:
        if f.order is not None and f.order not in index_to_row:
            continue  # its order was kept as reviewed; the old findings stay with it
        order_id = index_to_row[f.order].id if f.order is not None else None
        session.add(FindingRow(parsed_id=parsed.id, order_id=order_id, code=f.code,
                               severity=f.severity, detail=mask(f.detail) or ""))
    if reparse:
        audit(session, actor, "reparse", raw_id=raw_id,
              before={"parser_version": previous_version, "removed": sorted(o.id for o in unreviewed.values())},
              after={"parser_version": parser_version, "kept": sorted(keep_ids),
                     "unchanged": sorted(unchanged), "added": [r.id for r in added]},
              note=f"skipped new orders at positions {skipped}" if skipped else None)
    session.flush()
    return parsed


def _new_order(session: Session, parsed: ParsedMessageRow, raw_id: int, index: int, order: Order,
               result: Result, parser_version: str, actor: str) -> OrderRow:
    row = OrderRow(**new_order_values(raw_id, parsed.id, parsed.municipality_number, index, order, result,
                                      parser_version))
    session.add(row)
    session.flush()
    audit(session, actor, "transition", order_id=row.id, raw_id=raw_id, field="status",
          before="new", after=row.status, note="parsed")
    return row


def _settle_status(session: Session, row: OrderRow, needs_review: bool, actor: str) -> None:
    """An unchanged, unreviewed order follows the new findings between needs_review and ready."""
    target = "needs_review" if needs_review else "ready"
    if row.status != target:
        apply_transition(session, row, target, actor, note="reparse")


def store_parsed(store: "Store", raw: "RawMessage", result: Result, parser_version: str) -> int:
    """record_raw + save_result in one transaction; returns the raw message id.

    A message already stored and parsed is left as it is (parsing the same
    file twice gives one record and one set of orders); use reparse to
    replace a parse.
    """
    with store.session() as session:
        rec = record_raw(session, raw.data, source=raw.source, message_id=result.message.message_id)
        if not rec.created:
            exists = session.exec(select(ParsedMessageRow.id).where(ParsedMessageRow.raw_id == rec.id)).first()
            if exists is not None:
                return rec.id
        save_result(session, rec.id, result, parser_version)
        return rec.id


def raw_bytes(session: Session, raw_id: int) -> bytes | None:
    row = session.get(RawMessageRow, raw_id)
    return row.data if row else None
