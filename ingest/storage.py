"""The store functions ingest uses, imported in one place (store/ is owned by the store package)."""
from __future__ import annotations

from store.db import Store, open_store
from store.mailboxes import (
    finish_ingest_run,
    get_sync_state,
    ingest_status,
    set_sync_state,
    start_ingest_run,
)
from store.raw import known_uids, record_raw, unparsed_raw

__all__ = [
    "Store", "finish_ingest_run", "get_sync_state", "ingest_status", "known_uids", "open_store",
    "record_raw", "set_sync_state", "start_ingest_run", "unparsed_raw",
]
