"""The corpus forms (copied from corpus/distribution) read into the gold orders."""
from __future__ import annotations

import json

import pytest

from parsers.forms import is_form_attachment, read_distribution_form

from formfiles import FIXTURES, fixture_attachment

FORMS = {
    "d01": "d01_volda.xlsx", "d02": "d02_bergen.xlsx", "d03": "d03_trondheim.xlsx",
    "d04": "d04_stavanger.xlsx", "d05": "d05_kristiansand.xlsx", "d06": "d06_drammen.xlsx",
    "d07": "d07_tromso.xlsx", "d08": "d08_bodo.xlsx", "d09": "d09_ringsaker.xlsx",
    "d10": "d10_alesund.xlsx", "d13": "d13_hamar.xlsx",
}


@pytest.mark.parametrize("key", sorted(FORMS))
def test_read_distribution_form_matches_gold_orders(key: str) -> None:
    gold = json.loads((FIXTURES / f"{key}.expected.json").read_text("utf-8"))
    result = read_distribution_form(fixture_attachment(FORMS[key]))
    assert result.error is None
    assert [{"type": o.type, **o.fields} for o in result.orders] == gold["orders"]


def test_read_distribution_form_truncated_file_gives_error_and_no_orders() -> None:
    att = fixture_attachment("d12_sandnes_truncated.xlsx")
    assert is_form_attachment(att)
    result = read_distribution_form(att)
    assert result.orders == []
    assert "cannot be opened" in result.error and "not a readable zip" in result.error


def test_read_distribution_form_title_block_municipality_and_contact() -> None:
    volda = read_distribution_form(fixture_attachment("d01_volda.xlsx"))
    assert volda.municipality_text == "Volda (1577)"
    assert volda.contact == "Oddny Rise"
    bodo = read_distribution_form(fixture_attachment("d08_bodo.xlsx"))
    assert bodo.municipality_text == "Bodø kommune"
    assert bodo.contact == "Tor Inge Hanssen"
    bergen = read_distribution_form(fixture_attachment("d02_bergen.xlsx"))
    assert (bergen.municipality_text, bergen.contact) == ("Bergen kommune", "Kristin Aasen")


def test_read_distribution_form_sum_rows_are_notes_not_orders() -> None:
    result = read_distribution_form(fixture_attachment("d01_volda.xlsx"))
    assert len(result.orders) == 3
    assert any("totals row" in n for n in result.notes)


def test_read_distribution_form_spans_name_sheet_and_cell() -> None:
    result = read_distribution_form(fixture_attachment("d08_bodo.xlsx"))
    span = result.orders[0].spans["flr_list_id"]
    assert span.document == "attachment:d08_bodo.xlsx#sheet=Skjema!B7"
    assert span.text == "180422"


def test_read_distribution_form_cells_include_notes_for_scanning() -> None:
    result = read_distribution_form(fixture_attachment("d10_alesund.xlsx"))
    assert any("140786 41267" in c for c in result.cells)
    assert result.named_citizens == []  # a number, not a name: personal_data catches it by digits
