"""Run the mailboxes: once (`poll --once`) or for ever, with a heartbeat, staleness warnings and a parser loop."""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Iterable
from contextlib import ExitStack
from datetime import datetime, timedelta
from pathlib import Path

from ingest import storage as st
from ingest.account import AccountResult, sync_account
from ingest.config import IngestSettings, MailboxConfig
from ingest.lock import MailboxLock
from ingest.process import parse_pending
from ingest.sync import Progress
from ingest.worker import AccountWorker
from store.types import utcnow

log = logging.getLogger("postmottak.ingest")


def select(opts: IngestSettings, names: Iterable[str] | None) -> list[MailboxConfig]:
    """The configured mailboxes, or those named; an unknown name is an error."""
    boxes = list(opts.mailboxes)
    if names:
        wanted = set(names)
        unknown = wanted - {m.name for m in boxes}
        if unknown:
            raise ValueError(f"no mailbox named {', '.join(sorted(unknown))} in the config")
        boxes = [m for m in boxes if m.name in wanted]
    return boxes


def run_once(opts: IngestSettings, store: st.Store, lock_dir: Path, names: Iterable[str] | None = None,
             progress: Progress | None = None, parse: bool = True) -> list[AccountResult]:
    """Each mailbox once, one after the other; one broken account does not stop the rest."""
    results = []
    for cfg in select(opts, names):
        with MailboxLock(lock_dir, cfg.name) as held:
            if not held:
                log.warning("%s: another poller is working this mailbox; skipped", cfg.name)
                results.append(AccountResult(cfg.name, locked=True))
                continue
            results.append(sync_account(cfg, opts, store, progress))
    if parse:
        parse_pending(store)
    return results


class Poller:
    """Worker threads for the mailboxes, a parser loop, and a watchdog that writes the heartbeat."""

    def __init__(self, opts: IngestSettings, store: st.Store, data_dir: Path,
                 names: Iterable[str] | None = None) -> None:
        self.opts, self.store, self.data_dir = opts, store, data_dir
        self.boxes = select(opts, names)
        self.stop = threading.Event()
        self.wake_parser = threading.Event()
        self.workers: dict[str, AccountWorker] = {}
        self.heartbeat_file = data_dir / "poller-heartbeat.json"

    def _start_worker(self, cfg: MailboxConfig) -> None:
        worker = AccountWorker(cfg, self.opts, self.store, self.stop, synced=self.wake_parser.set)
        self.workers[cfg.name] = worker
        worker.start()

    def _parser_loop(self) -> None:
        while not self.stop.is_set():
            self.wake_parser.wait(self.opts.poll_interval_seconds)
            self.wake_parser.clear()
            try:
                parse_pending(self.store)
            except Exception:
                log.exception("parser loop")

    def run(self) -> None:
        """Until stop is set (SIGTERM/SIGINT in the CLI)."""
        with ExitStack() as stack:
            for cfg in self.boxes:
                lock = stack.enter_context(MailboxLock(self.data_dir / "locks", cfg.name))
                if not lock:
                    log.warning("%s: another poller is working this mailbox; not started here", cfg.name)
                    continue
                self._start_worker(cfg)
            threading.Thread(target=self._parser_loop, name="ingest-parser", daemon=True).start()
            while not self.stop.wait(self.opts.heartbeat_seconds):
                self.watch()
            for worker in self.workers.values():
                worker.join(timeout=self.opts.socket_timeout_seconds)

    def watch(self) -> None:
        """Restart dead or hung workers, warn about stale mailboxes, write the heartbeat."""
        now = time.monotonic()
        hung_after = self.opts.socket_timeout_seconds + self.opts.idle_renew_seconds + 60
        for name, worker in list(self.workers.items()):
            if not worker.is_alive():
                log.error("%s: worker died; starting a new one", name)
                self._start_worker(next(m for m in self.boxes if m.name == name))
            elif now - worker.last_beat > hung_after:
                # Not restarted beside itself (two syncs of one mailbox); the socket
                # timeout will break the hung read and the worker reconnects.
                log.error("%s: worker has not beaten for %.0f s (%s)", name, now - worker.last_beat,
                          worker.state)
            stale = stale_since(worker.last_success, self.opts.stale_after_seconds)
            if stale:
                log.warning("%s: last successful sync %s (older than %d min): %s", name, stale,
                            self.opts.stale_after_seconds // 60, worker.error or worker.state)
        write_heartbeat(self.heartbeat_file, self.workers)


def stale_since(last_success: datetime | None, threshold_seconds: int) -> str | None:
    """'never' or the time of the last success when it is older than the threshold; else None."""
    if last_success is None:
        return "never"
    if utcnow() - last_success > timedelta(seconds=threshold_seconds):
        return last_success.isoformat(timespec="seconds")
    return None


def write_heartbeat(path: Path, workers: dict[str, AccountWorker]) -> None:
    """Atomically replace the heartbeat file that `mailboxes status` reads."""
    payload = {
        "pid": os.getpid(),
        "at": utcnow().isoformat(timespec="seconds"),
        "mailboxes": {
            name: {"state": w.state, "alive": w.is_alive(), "error": w.error,
                   "last_success": w.last_success.isoformat(timespec="seconds") if w.last_success else None}
            for name, w in workers.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, indent=1), "utf-8")
    tmp.replace(path)


def read_heartbeat(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
