"""Hand stored raw messages to the pipeline: parse them and save the results, once each."""
from __future__ import annotations

import logging

from parsers.models import RawMessage

from ingest import storage as st

log = logging.getLogger("postmottak.ingest")


def _pipeline():
    """(process_raw, save_result, parser_version), or None while the pipeline is not installed."""
    try:
        from postmottak.pipeline import process_raw
        from store.results import save_result
    except ImportError as err:
        log.debug("pipeline not available yet (%s); raw messages stay queued", err)
        return None
    import postmottak.pipeline as pipeline

    version = getattr(pipeline, "PARSER_VERSION", None)
    if version is None:
        from postmottak import __version__ as version
    return process_raw, save_result, str(version)


def parse_pending(store: st.Store, batch: int = 50) -> int:
    """Parse every stored raw message that has no result yet; returns how many were saved.

    Runs in one thread only (the poller's), so no message is parsed twice at
    once. A message the pipeline fails on stays unparsed and is tried again
    on the next pass, never dropped; oversized messages are left for a person.
    """
    found = _pipeline()
    if found is None:
        return 0
    process_raw, save_result, version = found
    saved, tried = 0, set()
    while True:
        with store.session() as s:
            rows = [r for r in st.unparsed_raw(s, limit=batch + len(tried)) if r.id not in tried]
            rows = [(r.id, r.source, r.data, r.oversized) for r in rows[:batch]]
        if not rows:
            return saved
        for raw_id, source, data, oversized in rows:
            tried.add(raw_id)
            if oversized:
                continue
            try:
                (result,) = process_raw([RawMessage(source, data)])
                with store.session() as s:
                    save_result(s, raw_id, result, version)
                saved += 1
            except Exception as err:  # contained per message: the raw stays stored and queued
                log.error("raw %s from %s not parsed: %s: %s", raw_id, source.split(";")[0],
                          type(err).__name__, err)
