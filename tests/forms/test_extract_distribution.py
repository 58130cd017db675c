"""Distribution orders written in the body (d11) and as plain-text tables."""
from __future__ import annotations

import pytest

from parsers.extract_distribution import extract_distribution_body
from parsers.forms import NAMED_CITIZEN_NOTE

D11 = """Hei

Sogndal kommune har no 9 innbyggarar utan listeplass. Vi har gjort avtale med to fastlegar, og ber Helfo fordele slik:

- FLR-ID 464011, Siri Hovland: 4 innbyggarar (ingen auke i listetak)
- FLR-ID 464015, Ivar Fimreite: 3 innbyggarar. Lista er full, så vi ber samstundes om at listetaket vert auka med 3.

Vi fann ikkje skjemaet på nettsida, difor sender vi bestillinga i e-posten.
"""


def _orders(text: str) -> list[tuple]:
    return [(o["flr_list_id"], o["gp_name"], o["citizens"], o["ceiling_increase"])
            for o in extract_distribution_body(text)]


def test_extract_distribution_body_nynorsk_bullets() -> None:
    assert _orders(D11) == [("464011", "Siri Hovland", 4, 0), ("464015", "Ivar Fimreite", 3, 3)]


@pytest.mark.parametrize("text,expected", [
    ("FLR 10: 5 innbyggere", [("10", None, 5, 0)]),
    ("Liste 460233 (Nora Fjeld) skal ha 12 innbyggere og økt listetak med 5",
     [("460233", "Nora Fjeld", 12, 5)]),
    ("Nora Fjeld, FLR 460233 – 12 innbyggere, økning av listetak 10", [("460233", "Nora Fjeld", 12, 10)]),
    ("FLR-ID\tFastlege\tAntall innbyggere\tØkning av listetak\n460233\tNora Fjeld\t12\t\n"
     "460245\tKristian Moe\t15\t10\nSum\t\t27\t10",
     [("460233", "Nora Fjeld", 12, 0), ("460245", "Kristian Moe", 15, 10)]),
    ("Fordel 5 innbyggere til liste 10 (dr. Ingrid Bjørke) og 3 til liste 12 (Marit Furset).",
     [("10", "Ingrid Bjørke", 5, 0), ("12", "Marit Furset", 3, 0)]),
    # one count for two lists is ambiguous: no guess
    ("Listene 10 og 11 får 5 innbyggere hver", []),
    # r03: a finished order mentioned in passing is not a new one
    ("Fordelingen vi bestilte 24. september er gjennomført. Dere kan nå låse opp listen til "
     "Fredrik Aune (FLR-ID 110322).", []),
    ("Sogndal kommune har no 9 innbyggarar utan listeplass.", []),
])
def test_extract_distribution_body_lines_and_tables(text: str, expected: list[tuple]) -> None:
    assert _orders(text) == expected


def test_extract_distribution_body_spans_point_at_the_text() -> None:
    order = extract_distribution_body(D11)[1]
    for name in ("flr_list_id", "gp_name", "citizens", "ceiling_increase"):
        span = order.spans[name]
        assert span.document == "body"
        assert D11[span.start:span.end] == span.text
    assert order.spans["ceiling_increase"].text == "3"


def test_extract_distribution_body_citizen_named_on_the_line_is_not_the_gp() -> None:
    order = extract_distribution_body("FLR 10: 1 innbygger (Kari Nordmann, flyttet hit i mai)")[0]
    assert order["gp_name"] is None and order["citizens"] == 1
    assert NAMED_CITIZEN_NOTE in order.notes
    assert NAMED_CITIZEN_NOTE not in extract_distribution_body(D11)[0].notes
