"""The store: raw messages, parsed results, orders, findings, audit (SQLModel).

The names below are the store's public interface; other stages import them
from `store` rather than from the modules.
"""
from store.batch import SaveReport, save_results, store_parsed_many
from store.db import Store, StoreError, open_store
from store.lifecycle import (
    STATUSES, TRANSITIONS, IllegalEdit, IllegalTransition, OrderNotFound, edit_field, transition,
)
from store.mailboxes import (
    FolderStatus, finish_ingest_run, get_sync_state, ingest_status, set_sync_state, start_ingest_run,
)
from store.outbox import (
    due_outbox, finish_reminder, mark_failed, mark_sent, queue_email, schedule_reminder,
)
from store.queries import due_reminders, open_terminations_without_list_change, review_queue
from store.raw import RawRecord, known_uids, record_raw, unparsed_raw
from store.registry import import_registry_file, latest_registry, store_registry_snapshot
from store.results import save_result, store_parsed
from store.users import ensure_user, get_user

__all__ = [
    "STATUSES", "TRANSITIONS", "FolderStatus", "IllegalEdit", "IllegalTransition", "OrderNotFound",
    "RawRecord", "SaveReport", "Store", "StoreError", "due_outbox", "due_reminders", "edit_field", "ensure_user",
    "finish_ingest_run", "finish_reminder", "get_user", "mark_failed", "mark_sent", "queue_email",
    "schedule_reminder",
    "get_sync_state", "import_registry_file", "ingest_status", "known_uids", "latest_registry",
    "open_store", "open_terminations_without_list_change", "record_raw", "review_queue", "save_result",
    "save_results",
    "set_sync_state", "start_ingest_run", "store_parsed", "store_parsed_many", "store_registry_snapshot", "transition",
    "unparsed_raw",
]
