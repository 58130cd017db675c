"""Hand stored raw messages to the pipeline: parse them and save the results, once each.

Each batch is saved with `store.save_results` (bulk inserts for first-time
parses), and every batch of a call shares one `store.history.StoreHistory`,
so a list change finds the termination it follows in an earlier batch, or
among the messages parsed on an earlier day.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from parsers.models import RawMessage, Result
from postmottak import __version__

from ingest import storage as st
from ingest.safelog import describe
from store.batch import save_results
from store.history import StoreHistory

log = logging.getLogger("postmottak.ingest")

Todo = list[tuple[int, str, RawMessage]]  # (raw id, sha256 of the bytes, raw message)


def _process_raw() -> Callable[..., list[Result]] | None:
    try:
        from postmottak.pipeline import process_raw
    except ImportError as err:
        log.debug("pipeline not available (%s); raw messages stay queued", err)
        return None
    return process_raw


def parse_pending(store: st.Store, batch: int = 50) -> int:
    """Parse every stored raw message without a result yet; returns how many were saved.

    Called from one thread only (the poller's parser loop, or after a
    one-off run), so no message is parsed twice at once. A message the
    pipeline fails on stays stored and unparsed, to be tried on the next
    pass; oversized messages are left for a person and never parsed here.
    """
    process_raw = _process_raw()
    if process_raw is None:
        return 0
    from store.registry import latest_registry

    with store.session(readonly=True) as s:
        registry = latest_registry(s)
    history = StoreHistory.for_store(store)
    # unparsed_raw gives the oldest unparsed first; what we parse drops out of it, so only
    # the ones left behind (failed, oversized) need skipping: the query stays small.
    saved, stuck = 0, set()
    while True:
        with store.session(readonly=True) as s:
            rows = [r for r in st.unparsed_raw(s, limit=batch + len(stuck)) if r.id not in stuck][:batch]
            todo = [(r.id, r.sha256, RawMessage(r.source, r.data)) for r in rows if not r.oversized]
            stuck.update(r.id for r in rows if r.oversized)
        if not rows:
            return saved
        done = _save(store, _parse(process_raw, registry, history, todo)) if todo else set()
        saved += len(done)
        stuck.update(raw_id for raw_id, _, _ in todo if raw_id not in done)


def _parse(process_raw: Callable[..., list[Result]], registry: Any, history: StoreHistory,
           todo: Todo) -> list[tuple[int, Result]]:
    """(raw id, result) for each message the pipeline got through, matched by the bytes' SHA-256."""
    try:
        results = process_raw([raw for _, _, raw in todo], registry=registry, history=history)
    except Exception as err:  # contained: the raws stay stored and queued
        if len(todo) > 1:  # find the one that fails; the others go through
            return [item for one in todo for item in _parse(process_raw, registry, history, [one])]
        log.error("pipeline failed on raw %s: %s", todo[0][0], describe(err))
        return []
    by_sha = {sha: raw_id for raw_id, sha, _ in todo}
    items = []
    for result in results:
        raw_id = by_sha.get(hashlib.sha256(result.message.raw).hexdigest())
        if raw_id is not None:
            items.append((raw_id, result))
    return items


def _save(store: st.Store, items: list[tuple[int, Result]]) -> set[int]:
    """Save one batch in one transaction; the raw ids whose result was saved."""
    with store.session() as s:
        report = save_results(s, items, __version__)
    for raw_id, err in report.failed.items():
        log.error("raw %s not saved: %s", raw_id, describe(err))
    return set(report.saved)
