"""Re-run the pipeline on stored raw bytes (after a parser upgrade) and save the results."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session, or_, select

from parsers.models import RawMessage, Result
from store.models import ParsedMessageRow, RawMessageRow
from store.registry import latest_registry
from store.batch import save_results
from store.history import StoreHistory

if TYPE_CHECKING:
    from rules.snapshot import Registry
    from store.db import Store

log = logging.getLogger("postmottak.store")
Pipeline = Callable[..., list[Result]]


@dataclass
class ReparseReport:
    selected: int = 0
    saved: int = 0
    failed: list[int] = field(default_factory=list)


def select_for_reparse(session: Session, parser_version: str, *, everything: bool = False,
                       since: datetime | None = None) -> list[int]:
    """Raw ids to reparse: all, those stored since `since`, or (default) those
    not yet parsed by `parser_version`. Purged messages have no bytes and are left out."""
    stmt = (
        select(RawMessageRow.id)
        .outerjoin(ParsedMessageRow, ParsedMessageRow.raw_id == RawMessageRow.id)
        .where(RawMessageRow.data.is_not(None))
        .order_by(RawMessageRow.id)
    )
    if since is not None:
        stmt = stmt.where(RawMessageRow.stored_at >= since)
    elif not everything:
        stmt = stmt.where(or_(ParsedMessageRow.id.is_(None), ParsedMessageRow.parser_version != parser_version))
    return list(session.exec(stmt))


def _default_pipeline() -> Pipeline:
    from postmottak.pipeline import process_raw

    return process_raw


def reparse(store: "Store", parser_version: str, *, everything: bool = False, since: datetime | None = None,
            batch: int = 200, pipeline: Pipeline | None = None, registry: "Registry | None" = None,
            actor: str = "postmottak") -> ReparseReport:
    """Reparse the selected messages in batches; each batch is saved in one transaction.

    Results are matched to their raw message by the SHA-256 of the bytes
    they carry, so the pipeline may reorder them (it sorts by Date). The
    pipeline is given a StoreHistory, so a list change finds its
    termination in an earlier batch or among the messages not reparsed.
    """
    process = pipeline or _default_pipeline()
    report = ReparseReport()
    with store.session() as session:
        ids = select_for_reparse(session, parser_version, everything=everything, since=since)
        if registry is None:
            registry = latest_registry(session)
    report.selected = len(ids)
    history = StoreHistory.for_store(store)  # one for the run: later batches see earlier ones
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        # read, parse, then write: the write transaction is not held while the pipeline runs
        with store.session(readonly=True) as session:
            rows = list(session.exec(select(RawMessageRow).where(RawMessageRow.id.in_(chunk))))
            by_sha = {r.sha256: r.id for r in rows}
            raws = [RawMessage(r.source, r.data) for r in rows]
        results = process(raws, registry=registry, history=history)
        with store.session() as session:
            _save_batch(session, results, by_sha, parser_version, actor, report)
    return report


def _save_batch(session: Session, results: Sequence[Result], by_sha: dict[str, int], parser_version: str,
                actor: str, report: ReparseReport) -> None:
    items = []
    for result in results:
        raw_id = by_sha.get(hashlib.sha256(result.message.raw).hexdigest())
        if raw_id is None:
            log.warning("reparse: a result matched no stored message (source %s)", result.message.source)
            continue
        items.append((raw_id, result))
    saved = save_results(session, items, parser_version, actor=actor)
    for raw_id, err in saved.failed.items():  # per-message containment: the raw stays, the rest goes on
        log.error("reparse: raw message %s could not be saved", raw_id, exc_info=err)
        report.failed.append(raw_id)
    report.saved += len(saved.saved)
    report.failed.extend(sorted(set(by_sha.values()) - set(saved.saved) - set(report.failed)))
