"""What happens on the server after a message is safely stored: move, keyword, or nothing.

Only ever called with UIDs whose raw bytes are committed to the store. A
crash between the commit and the action leaves the message in the folder
with its UID known to us; the next sync finds it in `pending()` and acts then.
"""
from __future__ import annotations

import logging

from imapclient import IMAPClient

from ingest.config import MailboxConfig
from ingest.fetch import chunks

log = logging.getLogger("postmottak.ingest")


def ensure_target(client: IMAPClient, cfg: MailboxConfig) -> None:
    """Create the move target ("Behandlet") when it does not exist yet."""
    if cfg.action == "move" and not client.folder_exists(cfg.move_to):
        client.create_folder(cfg.move_to)
        log.info("%s: created folder %s", cfg.name, cfg.move_to)


def pending(client: IMAPClient, cfg: MailboxConfig, server: set[int], known: set[int]) -> list[int]:
    """Stored UIDs still waiting for the action (left by a crash, or by an earlier action='none')."""
    if cfg.action == "move":
        return sorted(server & known)
    if cfg.action == "keyword":
        missing = set(client.search(["UNKEYWORD", cfg.keyword]))
        return sorted(missing & known)
    return []


def apply(client: IMAPClient, cfg: MailboxConfig, uids: list[int]) -> int:
    """Act on `uids` in the selected folder; returns how many were acted on.

    MOVE (RFC 6851) when the server has it; otherwise COPY, then flag
    \\Deleted and UID EXPUNGE just those UIDs (RFC 4315), so messages other
    people flagged \\Deleted are never expunged by us. Never deletes when the
    action is not "move".
    """
    if not uids or cfg.action == "none":
        return 0
    for chunk in chunks(uids):
        if cfg.action == "keyword":
            client.add_flags(chunk, [cfg.keyword], silent=True)
        elif cfg.use_move and client.has_capability("MOVE"):
            client.move(chunk, cfg.move_to)
        else:
            _copy_expunge(client, cfg, chunk)
    return len(uids)


def _copy_expunge(client: IMAPClient, cfg: MailboxConfig, chunk: list[int]) -> None:
    client.copy(chunk, cfg.move_to)
    client.add_flags(chunk, [b"\\Deleted"], silent=True)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(chunk)
    else:
        # Without UIDPLUS a plain EXPUNGE would also remove what others
        # flagged \Deleted; leave the copies flagged and say so.
        log.warning("%s: server lacks UIDPLUS; %d moved messages left flagged \\Deleted in place",
                    cfg.name, len(chunk))
