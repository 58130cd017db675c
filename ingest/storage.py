"""The store functions ingest uses, imported in one place (store/ belongs to the store package)."""
from __future__ import annotations

from store import (
    Store,
    finish_ingest_run,
    get_sync_state,
    ingest_status,
    known_uids,
    open_store,
    record_raw,
    save_result,
    set_sync_state,
    start_ingest_run,
    unparsed_raw,
)
from store.db import open_at_head

__all__ = [
    "Store", "finish_ingest_run", "get_sync_state", "ingest_status", "known_uids", "open_at_head",
    "open_store", "record_raw", "save_result", "set_sync_state", "start_ingest_run", "unparsed_raw",
]
