"""Read a folder from the server: its UID list, message sizes, and bodies in bounded batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from imapclient import IMAPClient

#: UIDs per FETCH of sizes or headers: keeps command lines short on every server.
UID_CHUNK = 500


def chunks(uids: list[int], size: int = UID_CHUNK) -> Iterator[list[int]]:
    for i in range(0, len(uids), size):
        yield uids[i:i + size]


def server_uids(client: IMAPClient) -> set[int]:
    """Every UID in the selected folder: ALL, never UNSEEN, since flags belong to people."""
    return set(client.search(["ALL"]))


def uids_before(client: IMAPClient, cutoff: date | None) -> set[int]:
    """UIDs that arrived (INTERNALDATE) before the cut-off: a date is ASCII-safe to SEARCH."""
    return set(client.search(["BEFORE", cutoff])) if cutoff else set()


def sizes(client: IMAPClient, uids: list[int]) -> dict[int, int]:
    """RFC822.SIZE of each UID; a UID expunged meanwhile is simply absent."""
    out: dict[int, int] = {}
    for chunk in chunks(uids):
        for uid, data in client.fetch(chunk, ["RFC822.SIZE"]).items():
            if b"RFC822.SIZE" in data:
                out[uid] = int(data[b"RFC822.SIZE"])
    return out


def headers(client: IMAPClient, uids: list[int], fields: str = "FROM") -> dict[int, bytes]:
    """Raw header fields of each UID, without setting \\Seen (decoded and matched by us)."""
    out: dict[int, bytes] = {}
    for chunk in chunks(uids):
        for uid, data in client.fetch(chunk, [f"BODY.PEEK[HEADER.FIELDS ({fields})]"]).items():
            value = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
            out[uid] = value or b""
    return out


def plan_batches(uids: Iterable[int], size_of: dict[int, int], max_messages: int,
                 max_bytes: int) -> Iterator[list[int]]:
    """Group UIDs so that one FETCH holds at most `max_messages` and about `max_bytes`.

    A message larger than `max_bytes` travels alone, so memory stays bounded
    by the largest single message, not by the folder.
    """
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = size_of.get(uid, 0)
        if batch and (len(batch) >= max_messages or total + size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def bodies(client: IMAPClient, batch: list[int]) -> dict[int, bytes | None]:
    """BODY.PEEK[] of each UID (None when the server no longer has it)."""
    response = client.fetch(batch, ["BODY.PEEK[]"])
    return {uid: response.get(uid, {}).get(b"BODY[]") for uid in batch}
