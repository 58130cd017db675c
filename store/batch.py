"""save_result for a whole batch: first-time saves as a few Core bulk inserts.

`save_result` builds SQLModel objects and flushes the ORM several times per
message; at intake rates that costs more than parsing. Almost every message
a batch brings is parsed for the first time, and then there is nothing to
compare or keep: the rows are known up front. `save_results` writes those
with one INSERT ... RETURNING per table (parsed_message, orders), one
executemany each for finding and audit_event, and one `relink` over the
batch's keys, using the same row builders as `save_result`
(`parsed_values`, `new_order_values`, `audit_values`), so the stored data
are the same. Everything else goes through `save_result`, one message at a
time, in the order given: a message parsed before (a reparse), a raw id
given twice (its second result is a reparse of the first), and the whole
batch when the bulk insert fails (a concurrent writer, a value the database
refuses), so one bad message is isolated in its own savepoint as before.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlmodel import Session

from parsers.models import Result
from store.lifecycle import audit_values
from store.links import relink
from store.models import AuditEvent, FindingRow, OrderRow, ParsedMessageRow
from store.masking import mask
from store.raw import record_raw
from store.results import SYSTEM, new_order_values, parsed_values, save_result

if TYPE_CHECKING:
    from parsers.models import RawMessage
    from store.db import Store

log = logging.getLogger("postmottak.store")


@dataclass
class SaveReport:
    """Which raw ids were saved, and why the others were not (each in its own rolled-back savepoint)."""

    saved: list[int] = field(default_factory=list)
    failed: dict[int, Exception] = field(default_factory=dict)


def save_results(session: Session, items: Sequence[tuple[int, Result]], parser_version: str,
                 actor: str = SYSTEM) -> SaveReport:
    """`save_result` for each (raw id, result), with the same outcome, much cheaper for new messages.

    A message that cannot be saved is rolled back alone and reported in
    `failed`; the others are saved. Nothing is committed here.
    """
    report = SaveReport()
    fresh, rest = _split(session, items)
    if fresh:
        try:
            with session.begin_nested():
                _insert_fresh(session, fresh, parser_version, actor)
        except Exception as err:  # isolate the culprit: every message on its own savepoint
            log.warning("bulk save of %d results failed (%s); saving them one by one",
                        len(fresh), type(err).__name__)
            fresh, rest = [], list(items)
        report.saved.extend(raw_id for raw_id, _ in fresh)
    for raw_id, result in rest:
        try:
            with session.begin_nested():
                save_result(session, raw_id, result, parser_version, actor=actor)
        except Exception as err:
            report.failed[raw_id] = err
        else:
            report.saved.append(raw_id)
    return report


def _split(session: Session, items: Sequence[tuple[int, Result]]) -> tuple[list, list]:
    """(first-time saves, the rest in their given order)."""
    p = ParsedMessageRow.__table__
    ids = {raw_id for raw_id, _ in items}
    seen = set(session.execute(select(p.c.raw_id).where(p.c.raw_id.in_(ids))).scalars()) if ids else set()
    fresh, rest = [], []
    for raw_id, result in items:
        (rest if raw_id in seen else fresh).append((raw_id, result))
        seen.add(raw_id)
    return fresh, rest


def _insert_fresh(session: Session, items: list[tuple[int, Result]], parser_version: str, actor: str) -> None:
    p, o = ParsedMessageRow.__table__, OrderRow.__table__
    parsed_rows = [{"raw_id": raw_id, "purged_at": None, **parsed_values(result, parser_version)}
                   for raw_id, result in items]
    parsed_ids = dict(session.execute(insert(p).returning(p.c.raw_id, p.c.id), parsed_rows).all())

    order_rows: list[dict[str, Any]] = []
    for raw_id, result in items:
        muni = result.municipality.number if result.municipality else None
        order_rows.extend(new_order_values(raw_id, parsed_ids[raw_id], muni, i, order, result, parser_version)
                          for i, order in enumerate(result.orders))
    order_ids: dict[tuple[int, int], int] = {}
    if order_rows:
        returned = session.execute(insert(o).returning(o.c.parsed_id, o.c.position, o.c.id), order_rows).all()
        order_ids = {(parsed_id, position): id_ for parsed_id, position, id_ in returned}

    findings = []
    for raw_id, result in items:
        parsed_id = parsed_ids[raw_id]
        for f in result.findings:
            if f.order is not None and (parsed_id, f.order) not in order_ids:
                continue  # as save_result: a finding on an order that does not exist is dropped
            findings.append({"parsed_id": parsed_id,
                             "order_id": order_ids[parsed_id, f.order] if f.order is not None else None,
                             "code": f.code, "severity": f.severity, "detail": mask(f.detail) or ""})
    if findings:
        session.execute(insert(FindingRow.__table__), findings)
    if order_rows:
        session.execute(insert(AuditEvent.__table__), [
            audit_values(actor, "transition", order_id=order_ids[row["parsed_id"], row["position"]],
                         raw_id=row["raw_id"], field="status", before="new", after=row["status"], note="parsed")
            for row in order_rows])
        relink(session, [(row["flr_list_id"], row["departing_hpr"]) for row in order_rows])


def store_parsed_many(store: "Store", pairs: Sequence[tuple["RawMessage", Result]], parser_version: str,
                      chunk: int = 200) -> list[int]:
    """`store_parsed` for many messages, `chunk` per transaction; the raw ids, in order.

    As `store_parsed`: each message's bytes are recorded once, and one that
    is already parsed (before, or earlier in `pairs`) is left as it is. When
    a result cannot be saved, the rest of its chunk is committed (its raw
    message stays stored, unparsed, for `parse_pending`) and the error is
    raised.
    """
    ids: list[int] = []
    p = ParsedMessageRow.__table__
    for start in range(0, len(pairs), chunk):
        with store.session() as session:
            todo: dict[int, Result] = {}
            for raw, result in pairs[start:start + chunk]:
                rec = record_raw(session, raw.data, source=raw.source, message_id=result.message.message_id)
                ids.append(rec.id)
                todo.setdefault(rec.id, result)
            parsed = set(session.execute(select(p.c.raw_id).where(p.c.raw_id.in_(todo))).scalars())
            report = save_results(session, [(i, r) for i, r in todo.items() if i not in parsed], parser_version)
        if report.failed:
            raise next(iter(report.failed.values()))
    return ids
