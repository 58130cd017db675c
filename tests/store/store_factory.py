"""Builders for pipeline results, so store tests need no parser."""
from __future__ import annotations

from datetime import datetime, timezone

from parsers.models import Finding, Municipality, Order, ParsedMessage, RawMessage, Result, Span

# A syntactically valid fødselsnummer (check digits correct), made up.
FNR = "01010110013"


def raw(n: int = 1, body: str = "Hei") -> RawMessage:
    data = (f"Message-ID: <m{n}@bergen.kommune.no>\r\nSubject: Oppsigelse {n}\r\n\r\n{body}\r\n").encode()
    return RawMessage(source=f"corpus/t{n}.eml", data=data)


def termination(flr: str | None = "100200", transfer: str | None = "2023-05-01", hpr: str | None = "9876543",
                **extra: object) -> Order:
    fields = {"gp_name": "Kari Nordmann", "hpr_number": hpr, "flr_list_id": flr, "clinic": "Sentrum legesenter",
              "notice_date": "2022-10-07", "last_working_day": "2023-04-30",
              "last_working_day_basis": "stated", "transfer_date": transfer, "reason": "resignation"}
    fields.update(extra)
    return Order("termination", fields, spans={"gp_name": Span("body", 10, 23, "Kari Nordmann")})


def new_gp(flr: str | None = "100200", start: str | None = "2023-05-01", previous_hpr: str | None = None) -> Order:
    return Order("new_gp", {"flr_list_id": flr, "gp_name": "Ola Hansen", "start_date": start,
                            "previous_hpr_number": previous_hpr})


def result(r: RawMessage, orders: list[Order] | None = None, findings: list[Finding] | None = None,
           needs_review: bool = False, kind: str = "termination_notice", text: str = "Hei") -> Result:
    msg = ParsedMessage(
        source=r.source, raw=r.data, message_id=f"<{r.source}>", subject="Oppsigelse fastlegeavtale",
        sender="postmottak@bergen.kommune.no", received=datetime(2022, 10, 7, 8, 15, tzinfo=timezone.utc),
        text=text,
    )
    return Result(message=msg, kind=kind, municipality=Municipality("4601", "Bergen"),
                  orders=list(orders or []), findings=list(findings or []), needs_review=needs_review)
