"""personal_data: national IDs with valid check digits anywhere, masking, named citizens."""
from __future__ import annotations

import pytest
from registry_fixtures import context, distribution, result
from stdnum.no.fodselsnummer import calc_check_digit1, calc_check_digit2

from parsers.forms.result import NAMED_CITIZEN_NOTE
from parsers.models import Attachment
from rules.personal_data import check, find_national_ids, mask_national_ids

FNR = "14078641267"  # the corpus's fictitious number (d10), valid check digits


def _valid(first9: str) -> str:
    with_k1 = first9 + calc_check_digit1(first9)
    return with_k1 + calc_check_digit2(with_k1)


D_NUMBER = _valid("540786412")  # day + 40


@pytest.mark.parametrize("text,found", [
    (f"f.nr. {FNR}", [FNR]),
    ("mor (f.nr. 140786 41267) ønsker samme lege", ["140786 41267"]),
    ("født 14.07.86 41267", ["14.07.86 41267"]),
    ("140786-41267", ["140786-41267"]),
    (f"D-nummer {D_NUMBER}", [D_NUMBER]),
    ("kontonummer 1503.27.45013", []),   # o06: a bank account fails the check digits
    ("140786 41268", []),                # one digit off
    ("tlf. 55 56 71 42, org.nr. 974 600 951", []),
    ("ref 9140786412670", []),           # part of a longer number
])
def test_find_national_ids_valid_check_digits_only(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in find_national_ids(text)] == found


def test_mask_national_ids_keeps_length_and_separators() -> None:
    text = "mor (f.nr. 140786 41267) og kontonr 1503.27.45013"
    masked = mask_national_ids(text)
    assert masked == "mor (f.nr. ****** *****) og kontonr 1503.27.45013"
    assert len(masked) == len(text)
    assert mask_national_ids("") == ""


def test_personal_data_fires_for_body_cells_attachments_and_orders_without_the_number() -> None:
    res = result([distribution("10", 5)], text=f"Se {FNR}", full_text=f"Se {FNR}")
    findings = check(res, context())
    assert [(f.code, f.severity) for f in findings] == [("personal_data", "error")]
    assert FNR not in findings[0].detail and "body" in findings[0].detail

    cells = result([distribution("10", 5)])
    cells.form_cells = ["Familiegjenforening: mor (f.nr. 140786 41267)"]
    assert "form cells" in check(cells, context())[0].detail

    att = result([])
    att.message.attachments.append(Attachment("brev.pdf", "application/pdf", "pdf", 1, b"x", text=FNR))
    assert "brev.pdf" in check(att, context())[0].detail

    named = result([])
    named.message.attachments.append(Attachment(f"søknad {FNR}.pdf", "application/pdf", "pdf", 1, b"x"))
    assert "attachment names" in check(named, context())[0].detail


def test_personal_data_named_citizen_on_order() -> None:
    order = distribution("10", 1)
    order.notes.append(NAMED_CITIZEN_NOTE)
    findings = check(result([distribution("11", 2), order]), context(registry=None))
    assert [(f.code, f.order) for f in findings] == [("personal_data", 1)]


def test_personal_data_silent_for_clean_message_and_bank_account() -> None:
    res = result([distribution("10", 5)], text="Kontonr 1503.27.45013", full_text="Kontonr 1503.27.45013")
    res.form_cells = ["FLR-ID", "10", "Ingrid Bjørke", "5"]
    assert check(res, context()) == []
