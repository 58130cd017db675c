"""What earlier messages of a run said, for rules that refer back (a new GP after a notice)."""
from __future__ import annotations

from parsers.models import Order, Result


class RunHistory:
    """In-memory history of one run; the store offers the same questions over all mail."""

    def __init__(self) -> None:
        self._terminations: list[tuple[str | None, Order]] = []
        self._modes: dict[str, str] = {}

    def record(self, result: Result) -> None:
        municipality = result.municipality.number if result.municipality else None
        for order in result.orders:
            if order.type == "termination":
                self._terminations.append((municipality, order))
            elif order.type == "manual_distribution" and municipality:
                self._modes[municipality] = "manual" if order["enable"] else "automatic"

    def termination_for(self, hpr_number: str | None, flr_list_id: str | None,
                        municipality: str | None, gp_name: str | None = None) -> Order | None:
        """The latest termination of the same GP (by HPR), else of the same list, else of a GP of the
        same name in the same municipality ("overtar lista til Gunnar Østby når han går av")."""
        for muni, order in reversed(self._terminations):
            if hpr_number and order["hpr_number"] == hpr_number:
                return order
            if flr_list_id and order["flr_list_id"] == flr_list_id and (muni == municipality or not municipality):
                return order
        if gp_name and municipality:
            for muni, order in reversed(self._terminations):
                if muni == municipality and _same_name(order["gp_name"], gp_name):
                    return order
        return None

    def distribution_mode(self, municipality: str) -> str | None:
        return self._modes.get(municipality)


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())
