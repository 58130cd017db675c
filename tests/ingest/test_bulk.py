"""record_many gives the same rows as store.record_raw, message by message, on SQLite and PostgreSQL."""
from __future__ import annotations

from mailhelpers import make_message
from sqlmodel import select

from ingest.bulk import Item, record_many
from store.models import RawLocation, RawMessageRow
from store.raw import record_raw


def _item(data: bytes, uid: int | None, mailbox: str | None = "post", message_id: str | None = None) -> Item:
    return Item(data, f"imap://post/INBOX;UIDVALIDITY=7/;UID={uid}", mailbox, "INBOX" if mailbox else None,
                7 if mailbox else None, uid, message_id)


def _snapshot(store) -> tuple[list, list]:
    with store.session() as s:
        raws = sorted((r.sha256, r.mailbox, r.message_id, r.size) for r in s.exec(select(RawMessageRow)))
        locs = sorted((loc.mailbox, loc.folder, loc.uidvalidity, loc.uid) for loc in s.exec(select(RawLocation)))
    return raws, locs


MESSAGES = [make_message(i) for i in range(1, 6)]  # make_message gives a fresh Message-ID per call


def _batch() -> list[Item]:
    a, b, c, _, e = MESSAGES
    return [
        _item(a, 1, message_id="<a@x>"),
        _item(a, 2, message_id="<a@x>"),            # same bytes at another UID: one raw, two locations
        _item(b, 3, message_id="<a@x>"),            # other bytes, same Message-ID in the mailbox: the first
        _item(c, 4, message_id="<c@x>"),
        _item(c, 4, message_id="<c@x>"),            # the same location twice: recorded once
        _item(e, None, mailbox=None),               # a file: no location
    ]


def test_bulk_matches_record_raw_one_by_one(any_store, tmp_path):
    from store.db import open_store

    with any_store.session() as s:
        records = record_many(s, _batch())
    assert [r.created for r in records] == [True, False, False, True, False, True]
    assert records[0].id == records[1].id == records[2].id and records[3].id == records[4].id
    reference = open_store(f"sqlite:///{tmp_path / 'ref.db'}", upgrade=True)
    with reference.session() as s:
        one_by_one = [record_raw(s, i.data, source=i.source, mailbox=i.mailbox, folder=i.folder,
                                 uidvalidity=i.uidvalidity, uid=i.uid, message_id=i.message_id)
                      for i in _batch()]
    assert [r.created for r in one_by_one] == [r.created for r in records]
    assert _snapshot(any_store) == _snapshot(reference)
    reference.dispose()


def test_bulk_second_batch_finds_what_is_stored(any_store):
    with any_store.session() as s:
        first = record_many(s, _batch())
    with any_store.session() as s:
        again = record_many(s, _batch())
    assert not any(r.created for r in again) and [r.id for r in again] == [r.id for r in first]
    raws, locs = _snapshot(any_store)
    assert (len(raws), len(locs)) == (3, 4)  # UIDs 1-4; the file has no location
