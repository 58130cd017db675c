"""parse_pending: batches saved in bulk, a message the pipeline fails on isolated and left queued."""
from __future__ import annotations

from mailhelpers import make_message
from sqlmodel import select

from ingest import process
from ingest.bulk import Item, record_many
from parsers.models import RawMessage, Result
from postmottak.pipeline import process_raw
from store.models import AuditEvent, OrderRow, ParsedMessageRow

BAD = b"X-Breaks-The-Pipeline: yes\r\n"


def _fails_on_marked(raws: list[RawMessage], **kwargs: object) -> list[Result]:
    """The real pipeline, except that it raises for a batch holding a marked message.

    The pipeline contains its own per-message errors; this stands for one
    that escapes it (a crash in MIME parsing, say).
    """
    if any(r.data.startswith(BAD) for r in raws):
        raise RuntimeError("pipeline broke")
    return process_raw(raws, **kwargs)


def test_process_failing_message_isolated_and_left_queued(store, monkeypatch) -> None:
    monkeypatch.setattr(process, "_process_raw", lambda: _fails_on_marked)
    data = [make_message(i) for i in range(5)]
    data[2] = BAD + data[2]
    with store.session() as s:
        ids = [r.id for r in record_many(s, [Item(d, f"t/{i}.eml") for i, d in enumerate(data)])]
    assert process.parse_pending(store, batch=3) == 4
    assert process.parse_pending(store, batch=3) == 0  # tried again in a later call, not in this one
    with store.session() as s:
        parsed = set(s.exec(select(ParsedMessageRow.raw_id)))
        assert parsed == set(ids) - {ids[2]}
        orders = s.exec(select(OrderRow)).all()
        assert {o.raw_id for o in orders} <= parsed
        # one audit event per order: its first transition, as save_result writes it
        events = s.exec(select(AuditEvent)).all()
        assert sorted((e.order_id, e.before, e.note) for e in events) == sorted(
            (o.id, "new", "parsed") for o in orders)
