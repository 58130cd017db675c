"""Sync one folder: diff the server's full UID list with the store, fetch what is new, commit, then act.

The order of steps is the crash-safety argument: raw bytes are committed
before anything is done on the server, and whatever a crash leaves undone
(uncommitted fetches, unapplied moves) is found again by the next UID diff.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from imapclient import IMAPClient

from ingest import actions, fetch
from ingest import storage as st
from ingest.bulk import Item, record_many
from ingest.config import IngestSettings, MailboxConfig
from ingest.filters import sender_address, sender_skipped
from ingest.ledger import RunReport
from ingest.messageid import message_id
from ingest.safelog import describe
from store.types import utcnow

log = logging.getLogger("postmottak.ingest")

#: progress(event, count) after each batch: "fetched" (bodies in memory), "committed" (in the
#: store), "acted" (moved or marked on the server).
Progress = Callable[[str, int], None]


def _noop(event: str, count: int) -> None:
    return None


def sync_folder(client: IMAPClient, store: st.Store, cfg: MailboxConfig, folder: str,
                opts: IngestSettings, progress: Progress | None = None) -> RunReport:
    """One pass over `folder`; the ledger row is written even when the pass fails midway."""
    report = RunReport(cfg.name, folder)
    selected = client.select_folder(folder, readonly=cfg.action == "none")
    uidvalidity = int(selected[b"UIDVALIDITY"])
    report.uidvalidity, report.uidnext = uidvalidity, selected.get(b"UIDNEXT")
    with store.session() as s:
        run = st.start_ingest_run(s, cfg.name, folder)
        state = st.get_sync_state(s, cfg.name, folder)
        known = st.known_uids(s, cfg.name, folder, uidvalidity)
    if state is not None and state.uidvalidity not in (None, uidvalidity):
        report.uidvalidity_changed = True
        log.warning("%s/%s: UIDVALIDITY changed %s -> %s; resyncing, duplicates recognised by content",
                    cfg.name, folder, state.uidvalidity, uidvalidity)
    try:
        _sync(client, store, cfg, folder, opts, report, known, progress or _noop)
    except BaseException as err:
        report.errors.append(describe(err))
        try:
            _finish(store, run, report, error=describe(err))
        except Exception as store_err:  # the store may be what failed; the original error matters more
            log.error("%s/%s: ledger not written: %s", cfg.name, folder, describe(store_err))
        raise
    _finish(store, run, report, error=None)
    log.info("%s", report.summary())
    return report


def _sync(client: IMAPClient, store: st.Store, cfg: MailboxConfig, folder: str, opts: IngestSettings,
          report: RunReport, known: set[int], progress: Progress) -> None:
    uv = report.uidvalidity
    server = fetch.server_uids(client)
    report.server_uids = len(server)
    report.already_known = len(server & known)
    skipped: set[int] = (fetch.uids_before(client, cfg.since) & server) - known
    report.skip("before_cutoff", len(skipped))
    actions.ensure_target(client, cfg)
    report.acted += actions.apply(client, cfg, actions.pending(client, cfg, server, known))
    todo = sorted(server - known - skipped)
    if cfg.skip_senders and todo:
        for uid, head in fetch.headers(client, todo).items():
            if sender_skipped(sender_address(head), cfg.skip_senders):
                skipped.add(uid)
                report.skip("sender_filtered")
        todo = [u for u in todo if u not in skipped]
    size_of = fetch.sizes(client, todo)
    gone = set(todo) - set(size_of)
    skipped |= gone
    report.skip("vanished", len(gone))
    for batch in fetch.plan_batches([u for u in todo if u in size_of], size_of,
                                    opts.batch_messages, opts.batch_bytes):
        bodies = fetch.bodies(client, batch)
        progress("fetched", len(bodies))
        done = _store_batch(store, cfg, folder, uv, bodies, opts, report, skipped)
        progress("committed", len(done))
        report.acted += actions.apply(client, cfg, done)
        progress("acted", len(done) if cfg.action != "none" else 0)
    with store.session() as s:
        known_after = st.known_uids(s, cfg.name, folder, uv)
    report.reconcile(server, known_after, skipped)


def _store_batch(store: st.Store, cfg: MailboxConfig, folder: str, uv: int,
                 bodies: dict[int, bytes | None], opts: IngestSettings, report: RunReport,
                 skipped: set[int]) -> list[int]:
    """Commit one batch of raw bytes; returns the UIDs now safely stored."""
    items: dict[int, Item] = {}
    for uid, raw in bodies.items():
        if raw is None:
            skipped.add(uid)
            report.skip("vanished")
            continue
        report.fetched += 1
        items[uid] = Item(raw, f"imap://{cfg.name}/{folder};UIDVALIDITY={uv}/;UID={uid}", cfg.name, folder,
                          uv, uid, message_id(raw), len(raw) > opts.max_message_bytes)
    with store.session() as s:
        try:
            records = dict(zip(items, record_many(s, list(items.values()))))
        except Exception as err:  # something in the batch is wrong: find out which, one by one
            log.warning("%s/%s: batch not stored at once (%s); storing one by one", cfg.name, folder,
                        describe(err))
            records = _one_by_one(s, cfg, folder, items, report)
    done = []
    for uid, rec in records.items():
        report.stored += rec.created
        if not rec.created:
            report.skip("duplicate_content")
        if items[uid].oversized:
            report.oversized += 1
            log.warning("%s/%s UID %s: %d bytes, over the limit; stored raw and flagged",
                        cfg.name, folder, uid, len(items[uid].data))
        done.append(uid)
    return done


def _one_by_one(s, cfg: MailboxConfig, folder: str, items: dict[int, Item], report: RunReport) -> dict:
    records = {}
    for uid, i in items.items():
        try:
            with s.begin_nested():
                records[uid] = st.record_raw(s, i.data, source=i.source, mailbox=i.mailbox, folder=i.folder,
                                             uidvalidity=i.uidvalidity, uid=i.uid, message_id=i.message_id,
                                             oversized=i.oversized)
        except Exception as err:  # one bad message must not lose the batch
            report.failed += 1
            report.errors.append(f"UID {uid}: {describe(err)}")
            log.error("%s/%s UID %s not stored: %s", cfg.name, folder, uid, describe(err))
    return records


def _finish(store: st.Store, run: object, report: RunReport, error: str | None) -> None:
    with store.session() as s:
        st.finish_ingest_run(s, run, fetched=report.fetched, stored=report.stored,
                             skipped=sum(report.skipped.values()), failed=report.failed,
                             server_uids=report.server_uids, reconciled=report.reconciled,
                             notes=report.notes())
        fields = {"last_error": error}
        if error is None:
            fields.update(uidvalidity=report.uidvalidity, last_success=utcnow())
        st.set_sync_state(s, report.mailbox, report.folder, **fields)
