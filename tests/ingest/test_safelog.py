"""Error text for logs: no SQL parameters, no fødselsnummer."""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from stdnum.no import fodselsnummer

from ingest.safelog import describe


def _fnr() -> str:
    base = "150785123"
    base += fodselsnummer.calc_check_digit1(base)
    number = base + fodselsnummer.calc_check_digit2(base)
    assert fodselsnummer.is_valid(number)
    return number


def test_safelog_database_error_drops_parameters():
    raw = f"Subject: Innbygger {_fnr()}\r\n\r\nHei".encode()
    err = IntegrityError("INSERT INTO raw_message ...", {"data": raw}, Exception("UNIQUE constraint failed"))
    text = describe(err)
    assert "UNIQUE constraint failed" in text and "Innbygger" not in text and _fnr() not in text


def test_safelog_masks_national_id_in_plain_errors():
    assert _fnr() not in describe(ValueError(f"could not read {_fnr()}"))
