"""HPR numbers and list IDs in the ways they are written."""
import pytest

from parsers.identifiers import digits, hpr_numbers, list_ids


@pytest.mark.parametrize("text, number", [
    ("Ingrid Solheim, hprnr 1784523 har", "1784523"), ("(HPR-nr. 2456781)", "2456781"),
    ("hprnr: 532 18 90", "5321890"), ("hpr-nummer: 4782231", "4782231"), ("HPR-nummeret mitt er 3309871", "3309871"),
    ("HPR 3012458 – sa opp", "3012458"),
])
def test_identifiers_hpr(text, number):
    assert [digits(m.group(1)) for m in hpr_numbers(text)] == [number]


@pytest.mark.parametrize("text, ids", [
    ("Liste 301450 – fastlege", ["301450"]), ("FLR-liste 180644", ["180644"]), ("FLR listenummer: 460117", ["460117"]),
    ("Listenummer (FLR-ID): 310108", ["310108"]), ("Listenummer (FLR) 390504", ["390504"]),
    ("Listenummer er 152508.", ["152508"]), ("Lista hans har nummer 462215.", ["462215"]), ("FLR 10: 5", ["10"]),
    ("sjekkliste 12", []), ("listen har 1200 pasienter", []), ("listen 1200 pasienter", []),
])
def test_identifiers_list_ids(text, ids):
    assert [m.group(1) for m in list_ids(text)] == ids
