"""Raw messages from .eml files, Maildir folders and mbox files."""
from __future__ import annotations

import logging
import mailbox
from collections.abc import Iterator
from pathlib import Path

from parsers.models import RawMessage

log = logging.getLogger("postmottak.ingest")


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _maildir(path: Path) -> Iterator[RawMessage]:
    for sub in ("new", "cur"):
        for f in sorted((path / sub).iterdir()):
            if f.is_file() and not f.name.startswith("."):
                yield RawMessage(str(f), f.read_bytes())


def _mbox(path: Path) -> Iterator[RawMessage]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for i, key in enumerate(box.iterkeys()):
            yield RawMessage(f"{path}#{i}", box.get_bytes(key))
    finally:
        box.close()


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def read_path(path: Path) -> Iterator[RawMessage]:
    """Every message under `path`, folders walked in sorted order.

    Files that are not messages (README, CSV, scripts) are skipped with a
    note in the log, as the contract asks.
    """
    if path.is_dir():
        if is_maildir(path):
            yield from _maildir(path)
            return
        for child in sorted(path.iterdir()):
            if child.is_dir():
                yield from read_path(child)
            elif child.suffix.lower() == ".eml":
                yield RawMessage(str(child), child.read_bytes())
            elif child.suffix.lower() == ".mbox":
                yield from _mbox(child)
            else:
                log.info("skipped %s: not a message file", child)
    elif path.is_file():
        if path.suffix.lower() == ".mbox" or (path.suffix.lower() != ".eml" and _looks_like_mbox(path)):
            yield from _mbox(path)
        else:
            yield RawMessage(str(path), path.read_bytes())
    else:
        raise FileNotFoundError(f"{path}: no such file or folder")
