"""Hand stored raw messages to the pipeline: parse them and save the results, once each."""
from __future__ import annotations

import hashlib
import logging

from parsers.models import RawMessage
from postmottak import __version__

from ingest import storage as st
from ingest.safelog import describe

log = logging.getLogger("postmottak.ingest")


def _process_raw():
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

    with store.session() as s:
        registry = latest_registry(s)
    # unparsed_raw gives the oldest unparsed first; what we parse drops out of it, so only
    # the ones left behind (failed, oversized) need skipping: the query stays small.
    saved, stuck = 0, set()
    while True:
        with store.session() as s:
            rows = [r for r in st.unparsed_raw(s, limit=batch + len(stuck)) if r.id not in stuck][:batch]
            todo = [(r.id, r.sha256, RawMessage(r.source, r.data)) for r in rows if not r.oversized]
            stuck.update(r.id for r in rows if r.oversized)
        if not rows:
            return saved
        done = _parse_batch(store, process_raw, registry, todo) if todo else set()
        saved += len(done)
        stuck.update(raw_id for raw_id, _, _ in todo if raw_id not in done)


def _parse_batch(store: st.Store, process_raw, registry, todo: list) -> set[int]:
    """Parse and save one batch; the raw ids whose result was saved."""
    by_sha = {sha: raw_id for raw_id, sha, _ in todo}
    try:
        results = process_raw([raw for _, _, raw in todo], registry=registry)
    except Exception as err:  # contained: the raws stay stored and queued
        if len(todo) > 1:  # find the one that fails; the others go through
            return set().union(*(_parse_batch(store, process_raw, registry, [one]) for one in todo))
        log.error("pipeline failed on raw %s: %s", todo[0][0], describe(err))
        return set()
    saved: set[int] = set()
    with store.session() as s:
        for result in results:
            raw_id = by_sha.get(hashlib.sha256(result.message.raw).hexdigest())
            if raw_id is None:
                continue
            try:
                with s.begin_nested():
                    st.save_result(s, raw_id, result, __version__)
                saved.add(raw_id)
            except Exception as err:
                log.error("raw %s not saved: %s", raw_id, describe(err))
    return saved
