"""Reminders, the outbox and users."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from store.models import Outbox, Reminder
from store.outbox import (
    MAX_ATTEMPTS, due_outbox, finish_reminder, mark_failed, mark_sent, queue_email, schedule_reminder,
)
from store.queries import due_reminders
from store.users import ensure_user

NOW = datetime(2024, 3, 1, 9, tzinfo=timezone.utc)


def test_outbox_one_pending_reminder_per_order_and_kind(store) -> None:
    with store.session() as s:
        a = schedule_reminder(s, "list_change", NOW, order_id=7)
        b = schedule_reminder(s, "list_change", NOW + timedelta(days=1), order_id=7)
        other = schedule_reminder(s, "receipt", NOW, order_id=7)
        assert a.id == b.id != other.id
        finish_reminder(s, other.id, "cancelled")
        assert [r.id for r in due_reminders(s, NOW + timedelta(days=2))] == [a.id]
        with pytest.raises(ValueError):
            finish_reminder(s, a.id, "lost")
        assert s.get(Reminder, other.id).state == "cancelled"


def test_outbox_queue_due_sent_and_failed(store) -> None:
    with store.session() as s:
        a = queue_email(s, "reminder", "post@bergen.kommune.no", "Påminnelse", "Hei", message_id="<r1@helfo>",
                        send_after=NOW)
        assert queue_email(s, "reminder", "x@y", "x", "x", message_id="<r1@helfo>").id == a.id
        b = queue_email(s, "receipt", "post@os.kommune.no", "Kvittering", "Hei", send_after=NOW)
        later = queue_email(s, "receipt", "post@os.kommune.no", "Kvittering", "Hei",
                            send_after=NOW + timedelta(hours=1))
        assert [m.id for m in due_outbox(s, NOW)] == [a.id, b.id]
        mark_sent(s, a.id)
        mark_failed(s, b.id, "451 try later", retry_at=NOW + timedelta(minutes=5))
        assert [m.id for m in due_outbox(s, NOW)] == []
        for _ in range(MAX_ATTEMPTS):
            mark_failed(s, later.id, "451 try later", retry_at=NOW)
        assert s.get(Outbox, a.id).status == "sent" and s.get(Outbox, b.id).status == "queued"
        assert s.get(Outbox, later.id).status == "failed"


def test_outbox_users_created_once(store) -> None:
    with store.session() as s:
        a = ensure_user(s, "kari", display_name="Kari")
        b = ensure_user(s, "kari", display_name="Other")
        assert a.id == b.id and b.display_name == "Kari"
        with pytest.raises(ValueError):
            ensure_user(s, "ola", role="boss")
