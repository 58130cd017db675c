"""List changes: new GP or unassigned list, with their start dates and ceilings."""
from datetime import date

import pytest

from parsers.extract_list_change import extract_list_changes

CASES = [
    ("Melding til fastlegeregisteret\n\nFLR listenummer: 460117\nLegekontor: Fjellsiden legesenter\n"
     "Fratredende fastlege: Ingrid Solheim, HPR-nr. 1784523\nNy fastlege: Lars Johansen, HPR-nr. 2890451\n"
     "Gjelder fra: 01.05.2023\nListetak: 1100",
     dict(type="new_gp", flr_list_id="460117", previous_gp_name="Ingrid Solheim", previous_hpr_number="1784523",
          gp_name="Lars Johansen", hpr_number="2890451", start_date=date(2023, 5, 1), list_ceiling=1100)),
    ("Jonas Berg (HPR 3398812) overtar liste 500341 ved Lade legesenter etter Hanne Kristiansen (HPR 3120097) "
     "fra 1. juni 2023. Listetak 1000.",
     dict(type="new_gp", gp_name="Jonas Berg", previous_gp_name="Hanne Kristiansen", start_date=date(2023, 6, 1),
          clinic="Lade legesenter", list_ceiling=1000)),
    ("Liste 340311 ved Furuberget legesenter (fastlege Arne Dahl, HPR 1456098) blir ubesatt fra 1. mars 2023. "
     "Listen driftes av vikar. Listetak 1000.",
     dict(type="unassigned_list", flr_list_id="340311", previous_gp_name="Arne Dahl", start_date=date(2023, 3, 1))),
    ("Ny fastlege på lista etter Håkon Sæther (HPR 6612094) ved Ørsta legekontor er Ingvild Myklebust "
     "(HPR 6601245). Ho tek over lista (listenummer 152033) frå 1. juli 2023. Listetaket vert 1000.",
     dict(type="new_gp", gp_name="Ingvild Myklebust", previous_gp_name="Håkon Sæther", flr_list_id="152033",
          start_date=date(2023, 7, 1), list_ceiling=1000)),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_extract_list_change_fields(segments, body, expected):
    (order,) = extract_list_changes(segments(body))
    assert order.type == expected.pop("type")
    for name, value in expected.items():
        assert order[name] == value, name


def test_extract_list_change_two_lists_two_orders(segments):
    body = ("1) Liste 301450 – fastlege Thomas Larsen (HPR 2209871) slutter 30.04.2023.\n"
            "   Ny fastlege: Maria Ødegård, HPR 2765109. Hun overtar listen fra 01.05.2023. Listetak 1200.\n\n"
            "2) Liste 301488 – fastlege Per Kristian Bakke (HPR 2011873) slutter 30.04.2023.\n"
            "   Listen blir ubesatt fra 01.05.2023 og driftes med vikar. Listetak 800.")
    first, second = extract_list_changes(segments(body))
    assert (first.type, first["flr_list_id"], first["gp_name"], first["start_date"]) == \
        ("new_gp", "301450", "Maria Ødegård", date(2023, 5, 1))
    assert (second.type, second["flr_list_id"], second["previous_gp_name"], second["list_ceiling"]) == \
        ("unassigned_list", "301488", "Per Kristian Bakke", 800)


def test_extract_list_change_old_notice_date_is_not_start(segments):
    body = ("Viser til vår melding 31. mai om oppsigelse fra fastlege Kjersti Vik (HPR 4782231). "
            "Kommunen har inngått avtale med Ole Martin Nilsen (HPR 5102937), som overtar listen hennes.")
    (order,) = extract_list_changes(segments(body, date="Wed, 20 Nov 2024 09:00:00 +0100"))
    assert order["start_date"] is None
    assert (order["gp_name"], order["previous_gp_name"]) == ("Ole Martin Nilsen", "Kjersti Vik")
