"""One run's ledger: what was fetched, stored, skipped (and why) and failed, and the reconciliation."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RunReport:
    """Counts for one pass over one folder, written to the ingest_run table."""

    mailbox: str
    folder: str
    uidvalidity: int | None = None
    uidnext: int | None = None
    server_uids: int = 0
    already_known: int = 0
    fetched: int = 0
    stored: int = 0
    failed: int = 0
    acted: int = 0
    oversized: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    reconciled: bool = False
    uidvalidity_changed: bool = False

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] += count

    def reconcile(self, server: set[int], known_after: set[int], skipped_uids: set[int]) -> bool:
        """Every UID the server listed at the start is now stored or skipped with a reason."""
        missing = server - known_after - skipped_uids
        self.reconciled = not missing and not self.failed
        if missing:
            self.errors.append(f"{len(missing)} UIDs neither stored nor skipped")
        return self.reconciled

    def notes(self) -> dict:
        return {
            "uidvalidity": self.uidvalidity,
            "uidvalidity_changed": self.uidvalidity_changed,
            "already_known": self.already_known,
            "acted": self.acted,
            "oversized": self.oversized,
            "skipped": dict(self.skipped),
            "errors": self.errors[:20],
        }

    def summary(self) -> str:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (f"{self.mailbox}/{self.folder}: server {self.server_uids}, known {self.already_known}, "
                f"fetched {self.fetched}, stored {self.stored}, skipped {skipped}, failed {self.failed}, "
                f"acted {self.acted}, reconciled {'yes' if self.reconciled else 'NO'}")
