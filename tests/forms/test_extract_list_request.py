"""List requests in free text: the corpus messages' wording and variations of it."""
from __future__ import annotations

import pytest

from parsers.extract_list_request import extract_list_requests


def _orders(text: str) -> list[dict]:
    return [{"type": o.type, **o.fields} for o in extract_list_requests(text)]


CASES = [
    # r01: the list number comes last; "fra 1200 til 1300" gives both values
    ("Fastlege Øyvind Tangen (HPR 2190834) ved Årstad legesenter ønsker å øke listetaket sitt "
     "fra 1200 til 1300. Kommunen støtter dette. Listenummer 460262.",
     [{"type": "ceiling_change", "flr_list_id": "460262", "gp_name": "Øyvind Tangen",
       "hpr_number": "2190834", "increase": 100, "new_ceiling": 1300}]),
    # r02: an intro asks, bullets name the lists
    ("Vi ber om at følgende lister låses til fordelingen er gjennomført:\n\n"
     "- 500412 Eva Lund\n- 500431 Marianne Holm\n\nSkjema for fordeling kommer i løpet av to uker.",
     [{"type": "list_lock", "flr_list_id": "500412", "gp_name": "Eva Lund", "action": "lock"},
      {"type": "list_lock", "flr_list_id": "500431", "gp_name": "Marianne Holm", "action": "lock"}]),
    # r03: unlock; the earlier order is only mentioned
    ("Fordelingen vi bestilte 24. september er gjennomført. Dere kan nå låse opp listen til "
     "Fredrik Aune (FLR-ID 110322).",
     [{"type": "list_lock", "flr_list_id": "110322", "gp_name": "Fredrik Aune", "action": "unlock"}]),
    # r04: a nynorsk text table of increases
    ("Voss herad ber om auke i listetaket for desse fastlegane:\n\n"
     "FLR-ID   Fastlege                       Auke\n"
     "462108   Sigurd Aasen (HPR 2550917)     50\n"
     "462199   Gunnhild Nes                   100\n",
     [{"type": "ceiling_change", "flr_list_id": "462108", "gp_name": "Sigurd Aasen",
       "hpr_number": "2550917", "increase": 50, "new_ceiling": None},
      {"type": "ceiling_change", "flr_list_id": "462199", "gp_name": "Gunnhild Nes",
       "hpr_number": None, "increase": 100, "new_ceiling": None}]),
    # r05: two requests for one list
    ("Vi ber om at listen til fastlege Ida Kristoffersen (FLR 550112) låses, og at listetaket "
     "hennes settes til 1500.",
     [{"type": "list_lock", "flr_list_id": "550112", "gp_name": "Ida Kristoffersen", "action": "lock"},
      {"type": "ceiling_change", "flr_list_id": "550112", "gp_name": "Ida Kristoffersen",
       "hpr_number": None, "increase": None, "new_ceiling": 1500}]),
    # two lists, two different requests in one sentence
    ("Listen til Eva Lund (500412) skal låses, og listetaket til Sindre Aas (500418) økes med 30.",
     [{"type": "list_lock", "flr_list_id": "500412", "gp_name": "Eva Lund", "action": "lock"},
      {"type": "ceiling_change", "flr_list_id": "500418", "gp_name": "Sindre Aas",
       "hpr_number": None, "increase": 30, "new_ceiling": None}]),
    # nynorsk unlock, thousands written with a space
    ("Vi ber om at lista til Ola Nordmann (FLR-ID 456789) vert låst opp att.",
     [{"type": "list_lock", "flr_list_id": "456789", "gp_name": "Ola Nordmann", "action": "unlock"}]),
    ("Listetaket for liste 234567 (Anne Berg) endres fra 1 000 til 1 200.",
     [{"type": "ceiling_change", "flr_list_id": "234567", "gp_name": "Anne Berg",
       "hpr_number": None, "increase": 200, "new_ceiling": 1200}]),
    ("Nytt listetak for fastlege Siv Hansen (liste 112233): 1400",
     [{"type": "ceiling_change", "flr_list_id": "112233", "gp_name": "Siv Hansen",
       "hpr_number": None, "increase": None, "new_ceiling": 1400}]),
    ("Vi ber om at listene 500412 og 500431 låses.",
     [{"type": "list_lock", "flr_list_id": "500412", "gp_name": None, "action": "lock"},
      {"type": "list_lock", "flr_list_id": "500431", "gp_name": None, "action": "lock"}]),
    # several IDs on one line, each with its name in parentheses
    ("Lås følgende lister: 123456 (Per Hansen), 234567 (Kari Berg)",
     [{"type": "list_lock", "flr_list_id": "123456", "gp_name": "Per Hansen", "action": "lock"},
      {"type": "list_lock", "flr_list_id": "234567", "gp_name": "Kari Berg", "action": "lock"}]),
    ("Låsen på liste 110322 kan fjernes no.",
     [{"type": "list_lock", "flr_list_id": "110322", "gp_name": None, "action": "unlock"}]),
    ("Lista til Per Olsen (FLR 123456) treng ikkje lenger vere låst.",
     [{"type": "list_lock", "flr_list_id": "123456", "gp_name": "Per Olsen", "action": "unlock"}]),
    ("Vi ber om at listetaket til fastlege Per Hansen økes med 100 plasser, til 1300. FLR 123456.",
     [{"type": "ceiling_change", "flr_list_id": "123456", "gp_name": "Per Hansen",
       "hpr_number": None, "increase": 100, "new_ceiling": 1300}]),
    ("Hei. Fastlege Marius Haugen ønsker å utvide lista si med 100 plassar frå 1. oktober. "
     "HPR-nr 3012458, FLR-ID 500355.",
     [{"type": "ceiling_change", "flr_list_id": "500355", "gp_name": "Marius Haugen",
       "hpr_number": "3012458", "increase": 100, "new_ceiling": None}]),
    ("Fastlege Ida Mørk ønsker å redusere listen sin fra 1000 til 900 (FLR 330211).",
     [{"type": "ceiling_change", "flr_list_id": "330211", "gp_name": "Ida Mørk",
       "hpr_number": None, "increase": -100, "new_ceiling": 900}]),
    ("Liste 462114 (Sigrid Bø): auke 50\nListe 462108 (Sigurd Aasen): auke 25",
     [{"type": "ceiling_change", "flr_list_id": "462114", "gp_name": "Sigrid Bø",
       "hpr_number": None, "increase": 50, "new_ceiling": None},
      {"type": "ceiling_change", "flr_list_id": "462108", "gp_name": "Sigurd Aasen",
       "hpr_number": None, "increase": 25, "new_ceiling": None}]),
    ("Fordelingen er ferdig, lås opp liste 500412 og 500418.",
     [{"type": "list_lock", "flr_list_id": "500412", "gp_name": None, "action": "unlock"},
      {"type": "list_lock", "flr_list_id": "500418", "gp_name": None, "action": "unlock"}]),
    # a past lock is news, not a request
    ("Listene 500412 og 500431 ble låst etter vår forespørsel 2. september.", []),
    ("Takk for hjelpen med fordelingen!", []),
    # the signature's name is the sender, not the GP
    ("Vi ber om at liste 110322 låses.\nMvh\nLinn Ellingsen",
     [{"type": "list_lock", "flr_list_id": "110322", "gp_name": None, "action": "lock"}]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_extract_list_requests_reads_request(text: str, expected: list[dict]) -> None:
    assert _orders(text) == expected


def test_extract_list_requests_spans_point_at_the_text() -> None:
    text = "Dere kan nå låse opp listen til Fredrik Aune (FLR-ID 110322)."
    order = extract_list_requests(text)[0]
    span = order.spans["flr_list_id"]
    assert text[span.start:span.end] == "110322" == span.text
    assert text[order.spans["gp_name"].start:order.spans["gp_name"].end] == "Fredrik Aune"
    ceiling = extract_list_requests("Liste 462114 (Sigrid Bø): auke 50")[0]
    assert ceiling.spans["increase"].text == "50"


def test_extract_list_requests_unknown_values_are_marked_uncertain() -> None:
    order = extract_list_requests("Vi ber om økt listetak for Per Olsen (FLR 123456).")[0]
    assert order.fields["increase"] is None and order.fields["new_ceiling"] is None
    assert {"increase", "new_ceiling"} <= order.uncertain



@pytest.mark.parametrize("text,expected", [
    ("Vi ber om at lista til fastlege Eva Lund vert låst.", [("list_lock", None, "Eva Lund")]),
    ("Fastlege Per Hansen (HPR 1234567) ønsker økt listetak med 50.", [("ceiling_change", None, "Per Hansen")]),
    ("Vi ber om at listene til Eva Lund og Marianne Holm låses.",
     [("list_lock", None, "Eva Lund"), ("list_lock", None, "Marianne Holm")]),
    ("Takk for at dere låste listene.", []),
])
def test_extract_list_requests_without_list_id_keeps_the_gp(text: str, expected: list[tuple]) -> None:
    orders = extract_list_requests(text)
    assert [(o.type, o["flr_list_id"], o["gp_name"]) for o in orders] == expected
    assert all("flr_list_id" in o.uncertain for o in orders)
