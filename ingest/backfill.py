"""`postmottak ingest PATH`: .eml, Maildir and mbox into the store the same way as IMAP mail."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest import storage as st
from ingest.bulk import Item, record_many
from ingest.files import read_path
from ingest.messageid import message_id
from ingest.safelog import describe

log = logging.getLogger("postmottak.ingest")


@dataclass
class FileReport:
    read: int = 0
    stored: int = 0
    failed: int = 0
    oversized: int = 0
    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (f"read {self.read}, stored {self.stored}, skipped {skipped}, failed {self.failed}, "
                f"oversized {self.oversized}")


def ingest_paths(paths: Iterable[Path], store: st.Store, max_message_bytes: int,
                 batch: int = 200, progress: Callable[[int], None] | None = None) -> FileReport:
    """Store every message under `paths`; already-stored bytes are recognised by their hash.

    Commits every `batch` messages, so an interrupted backfill resumes where
    it stopped when run again (nothing is stored twice).
    """
    report = FileReport()
    pending: list = []

    def flush() -> None:
        items = [Item(raw.data, raw.source, message_id=message_id(raw.data),
                      oversized=len(raw.data) > max_message_bytes) for raw in pending]
        with store.session() as s:
            try:
                records = record_many(s, items)
            except Exception as err:  # find the bad one: store one by one
                log.warning("batch not stored at once (%s); storing one by one", describe(err))
                records = [_one(s, item) for item in items]
        for item, rec in zip(items, records):
            if rec is None:
                report.failed += 1
                continue
            report.oversized += item.oversized
            if rec.created:
                report.stored += 1
            else:
                report.skipped["duplicate_content"] += 1
        if progress:
            progress(len(pending))
        pending.clear()

    for path in paths:
        for raw in read_path(Path(path)):
            report.read += 1
            pending.append(raw)
            if len(pending) >= batch:
                flush()
    flush()
    return report


def _one(session, item: Item):
    try:
        with session.begin_nested():
            return st.record_raw(session, item.data, source=item.source, message_id=item.message_id,
                                 oversized=item.oversized)
    except Exception as err:
        log.error("%s not stored: %s", item.source, describe(err))
        return None


def count_messages(paths: Iterable[Path]) -> int:
    """How many messages `ingest_paths` will read (for the progress bar's total)."""
    return sum(1 for p in paths for _ in read_path(Path(p)))
