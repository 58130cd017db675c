"""Sync every folder of one mailbox over one connection; failures are the account's alone."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from imapclient import IMAPClient

from ingest import storage as st
from ingest.config import IngestSettings, MailboxConfig
from ingest.connect import NETWORK_ERRORS, close, connect
from ingest.safelog import describe
from ingest.errors import AccountError, IngestError
from ingest.ledger import RunReport
from ingest.sync import Progress, sync_folder

log = logging.getLogger("postmottak.ingest")


@dataclass
class AccountResult:
    """What one pass over a mailbox did; `error` is None when every folder synced."""

    name: str
    reports: list[RunReport] = field(default_factory=list)
    error: str | None = None
    config_error: bool = False
    locked: bool = False  # another poller holds the mailbox: not an error, it is being synced


def record_failure(store: st.Store, cfg: MailboxConfig, error: str) -> None:
    """Put the error on every folder's state, so `mailboxes status` shows it."""
    try:
        with store.session() as s:
            for folder in cfg.folders:
                st.set_sync_state(s, cfg.name, folder, last_error=error[:1000])
    except Exception as err:  # the store being down must not hide the account's own error
        log.error("%s: could not record the failure: %s", cfg.name, err)


def sync_all_folders(client: IMAPClient, store: st.Store, cfg: MailboxConfig, opts: IngestSettings,
                     progress: Progress | None = None) -> list[RunReport]:
    return [sync_folder(client, store, cfg, folder, opts, progress) for folder in cfg.folders]


def sync_account(cfg: MailboxConfig, opts: IngestSettings, store: st.Store,
                 progress: Progress | None = None) -> AccountResult:
    """Connect, sync each folder, log out. Never raises for IMAP or account trouble."""
    result = AccountResult(cfg.name)
    client = None
    try:
        client = connect(cfg, timeout=opts.socket_timeout_seconds)
        for folder in cfg.folders:
            result.reports.append(sync_folder(client, store, cfg, folder, opts, progress))
    except AccountError as err:
        result.error, result.config_error = str(err), True
    except IngestError as err:
        result.error = str(err)
    except NETWORK_ERRORS as err:
        result.error = f"{cfg.name}: {describe(err)}"
    finally:
        close(client)
    if result.error:
        log.error("%s", result.error)
        record_failure(store, cfg, result.error)
    return result
