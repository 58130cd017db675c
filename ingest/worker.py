"""One thread per mailbox: sync, then IDLE (renewed within 25 minutes) or wait, reconnect with backoff."""
from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import datetime

from imapclient import IMAPClient

from ingest import storage as st
from ingest.account import record_failure, sync_all_folders
from ingest.config import IngestSettings, MailboxConfig
from ingest.connect import NETWORK_ERRORS, close, connect
from ingest.safelog import describe
from ingest.errors import IngestError
from ingest.sync import Progress
from store.types import utcnow

log = logging.getLogger("postmottak.ingest")

#: How often an IDLE wait wakes to check the stop flag and beat the heart.
IDLE_SLICE = 5.0


def backoff_delay(attempt: int, maximum: float, rng: random.Random) -> float:
    """1, 2, 4 ... seconds up to `maximum`, with jitter so accounts do not retry in step."""
    base = min(maximum, 2.0 ** min(attempt, 20))
    return base * (0.5 + rng.random() / 2)


class AccountWorker(threading.Thread):
    """Keeps one mailbox synced until `stop` is set; never dies of an IMAP or store error."""

    def __init__(self, cfg: MailboxConfig, opts: IngestSettings, store: st.Store,
                 stop: threading.Event, synced: Callable[[], None] | None = None,
                 progress: Progress | None = None) -> None:
        super().__init__(name=f"ingest-{cfg.name}", daemon=True)
        self.cfg, self.opts, self.store, self.stop = cfg, opts, store, stop
        self.synced = synced or (lambda: None)
        self.progress = progress
        self.uidnext: int | None = None
        self.last_beat = time.monotonic()
        self.last_success: datetime | None = None
        self.state = "starting"
        self.error: str | None = None
        self._rng = random.Random()

    def run(self) -> None:
        attempt = 0
        while not self.stop.is_set():
            client = None
            try:
                self.state = "connecting"
                client = connect(self.cfg, timeout=self.opts.socket_timeout_seconds)
                attempt = 0
                self._serve(client)
            except (IngestError, *NETWORK_ERRORS) as err:
                self._failed(f"{self.cfg.name}: {describe(err)}")
            except Exception as err:  # a bug or a store outage: report, back off, keep the thread alive
                self._failed(f"{self.cfg.name}: unexpected {describe(err)}")
            finally:
                close(client)
            if self.stop.is_set():
                break
            attempt += 1
            delay = backoff_delay(attempt, self.opts.backoff_max_seconds, self._rng)
            self.state = f"backoff {delay:.0f}s"
            log.info("%s: reconnecting in %.0f s", self.cfg.name, delay)
            self.stop.wait(delay)
        self.state = "stopped"

    def _failed(self, error: str) -> None:
        self.error = error
        log.error("%s", error)
        record_failure(self.store, self.cfg, error)

    def _sync(self, client: IMAPClient) -> None:
        self.state = "syncing"
        reports = sync_all_folders(client, self.store, self.cfg, self.opts, self._on_progress)
        self.uidnext = reports[0].uidnext
        self.last_success, self.error = utcnow(), None
        self.beat()
        self.synced()

    def _on_progress(self, event: str, count: int) -> None:
        self.beat()  # a long first sync is busy, not hung
        if self.progress:
            self.progress(event, count)

    def beat(self) -> None:
        self.last_beat = time.monotonic()

    def _serve(self, client: IMAPClient) -> None:
        """Sync, then wait for news on the first folder; every folder is re-read each poll interval."""
        idle = client.has_capability("IDLE")
        while not self.stop.is_set():
            self._sync(client)
            next_poll = time.monotonic() + self.opts.poll_interval_seconds
            uidnext = client.select_folder(self.cfg.folders[0], readonly=True).get(b"UIDNEXT")
            if uidnext is not None and self.uidnext is not None and uidnext > self.uidnext:
                continue  # mail arrived while we synced the other folders: IDLE would not report it
            while not self.stop.is_set() and time.monotonic() < next_poll:
                if idle:
                    if self._idle(client, next_poll):
                        break
                else:  # no IDLE: NOOP now and then, which also reports new mail
                    self.state = "waiting"
                    self.stop.wait(min(self.opts.noop_seconds, max(0.0, next_poll - time.monotonic())))
                    _, responses = client.noop()
                    self.beat()
                    if any(len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                        break

    def _idle(self, client: IMAPClient, next_poll: float) -> bool:
        """One IDLE of at most idle_renew_seconds; True when the server announced new mail."""
        self.state = "idle"
        renew = min(next_poll, time.monotonic() + self.opts.idle_renew_seconds)
        client.idle()
        news, empty_wakes = False, 0
        while not self.stop.is_set() and time.monotonic() < renew and not news:
            wait = min(IDLE_SLICE, max(0.0, renew - time.monotonic()))
            started = time.monotonic()
            responses = client.idle_check(timeout=wait)
            self.beat()
            if any(r and r[0] == b"BYE" for r in responses):
                raise IngestError(f"{self.cfg.name}: server closed the connection during IDLE")
            # imapclient returns [] at once when the socket is at EOF; a few of
            # those in a row mean the server is gone, not that nothing happened.
            empty_wakes = empty_wakes + 1 if not responses and time.monotonic() - started < wait / 2 else 0
            if empty_wakes >= 3:
                raise IngestError(f"{self.cfg.name}: connection lost during IDLE")
            news = any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
        client.idle_done()
        return news
