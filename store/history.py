"""History over all stored mail, for rules that look back (a list change after a termination).

The pipeline's `RunHistory` only knows the messages of one `process_raw`
call, but intake parses in batches and a list change often arrives days
after the termination it follows. `StoreHistory` answers the same questions
(rules.base.History) from the current run first, then from the orders in
the store:

- `termination_for`: the latest stored termination (highest id) whose GP has
  the list change's previous HPR number; else the latest one for the same
  FLR list within the municipality (any municipality when the list change's
  is unknown, as RunHistory does). Rejected terminations and purged ones (no
  fields left) are left out; a caseworker's edits count, since the stored
  fields are the edited ones.
- `distribution_mode`: the latest stored, not rejected manual_distribution
  order of the municipality.

Each answer is one or two indexed queries (orders by type and HPR number,
by type and list) on a short read-only connection, so a long pipeline run
holds no transaction open and sees what other batches committed meanwhile.
"""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlmodel import Session

from parsers.models import ORDER_FIELDS, Order
from postmottak.history import RunHistory
from store.models import OrderRow
from store.types import as_date

if TYPE_CHECKING:
    from store.db import Store

#: Opens what the lookups run on: a Session, or (cheaper) a Connection; closed after each lookup.
SessionFactory = Callable[[], AbstractContextManager[Session | Connection]]
#: Termination fields the rules read as dates; JSON keeps them as YYYY-MM-DD.
DATE_FIELDS = ("notice_date", "last_working_day", "transfer_date")


class StoreHistory(RunHistory):
    """RunHistory (the current run) layered over the orders already in the store."""

    def __init__(self, session_factory: SessionFactory) -> None:
        super().__init__()
        self._session = session_factory

    @classmethod
    def for_store(cls, store: "Store") -> "StoreHistory":
        """Lookups on a read-only Core connection: a third of the cost of an ORM session each."""
        return cls(store.engine.execution_options(postmottak_readonly=True).connect)

    def termination_for(self, hpr_number: str | None, flr_list_id: str | None,
                        municipality: str | None, gp_name: str | None = None) -> Order | None:
        found = super().termination_for(hpr_number, flr_list_id, municipality, gp_name)
        if found is not None:
            return found
        o = OrderRow.__table__.c
        live = (o.type == "termination", o.status != "rejected", o.purged_at.is_(None))
        with self._session() as s:
            if hpr_number:
                fields = _latest(s, *live, o.departing_hpr == _key(hpr_number))
                if fields is not None:
                    return _termination(fields)
            if flr_list_id:
                where = [*live, o.flr_list_id == _key(flr_list_id)]
                if municipality:
                    where.append(o.municipality_number == municipality)
                fields = _latest(s, *where)
                if fields is not None:
                    return _termination(fields)
        return None

    def distribution_mode(self, municipality: str) -> str | None:
        mode = super().distribution_mode(municipality)
        if mode is not None or not municipality:
            return mode
        o = OrderRow.__table__.c
        with self._session() as s:
            fields = _latest(s, o.type == "manual_distribution", o.status != "rejected", o.purged_at.is_(None),
                             o.municipality_number == municipality)
        if fields is None or fields.get("enable") is None:
            return None
        return "manual" if fields["enable"] else "automatic"


def _key(value: Any) -> str:
    """As store.lifecycle keeps the indexed copies of list and HPR numbers."""
    return str(value)[:20]


def _latest(session: Session | Connection, *where: Any) -> dict[str, Any] | None:
    o = OrderRow.__table__.c
    return session.execute(select(o.fields).where(*where).order_by(o.id.desc()).limit(1)).scalar()


def _termination(fields: dict[str, Any]) -> Order:
    values = {k: fields.get(k) for k in ORDER_FIELDS["termination"]}
    for name in DATE_FIELDS:
        values[name] = as_date(values[name])
    return Order("termination", values)
