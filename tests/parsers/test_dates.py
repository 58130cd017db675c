"""Norwegian date forms, found and resolved against the Date header."""
from datetime import date

import pytest

from parsers.dates import find_dates, resolve

REF = date(2023, 9, 20)


@pytest.mark.parametrize("text, expected", [
    ("sagt opp 7. oktober 2022", date(2022, 10, 7)),
    ("levert 07.10.22", date(2022, 10, 7)),
    ("siste arbeidsdag 30/4-23", date(2023, 4, 30)),
    ("oppsigelse 16.1.23", date(2023, 1, 16)),
    ("fra 2024-10-01", date(2024, 10, 1)),
    ("jobber ut april 2024", date(2024, 4, 30)),
    ("til utgangen av februar 2024", date(2024, 2, 29)),
    ("fredag 14. mars 2025", date(2025, 3, 14)),
    ("Sendt: onsdag 3. januar 2024 14:12", date(2024, 1, 3)),
    ("den 2. okt. 2024", date(2024, 10, 2)),
    ("sa opp i dag", REF),
    ("signert i går", date(2023, 9, 19)),
])
def test_dates_resolve_written_forms(text, expected):
    (mention,) = find_dates(text)
    assert resolve(mention, REF, "past" if "sagt" in text else "near") == expected


@pytest.mark.parametrize("text, direction, expected", [
    ("sa opp 18. september", "past", date(2023, 9, 18)),
    ("jobbar t.o.m. 31. mars", "future", date(2024, 3, 31)),
    ("leverte måndag 21. august", "past", date(2023, 8, 21)),
    ("oppsigelse 25. desember", "past", date(2022, 12, 25)),
])
def test_dates_choose_missing_year_by_direction(text, direction, expected):
    (mention,) = find_dates(text)
    assert resolve(mention, REF, direction) == expected


@pytest.mark.parametrize("text", [
    "Tlf. 32 04 00 00", "Org.nr. 975 102 433", "Saksnr. 24/18734", "konto 1503.27.45013",
    "kl. 14:12", "HPR 3012458", "31.02.2023",
])
def test_dates_ignore_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("sluttar ho ultimo mars 2025", date(2025, 3, 31)),
    ("primo mai 2024", date(2024, 5, 1)),
    ("medio januar 2024", date(2024, 1, 15)),
    ("fra månedsskiftet", date(2023, 10, 1)),
    ("fra nyttår", date(2024, 1, 1)),
    ("leverte oppsigelse mandag 13.1.", date(2024, 1, 13)),
])
def test_dates_month_words_and_short_forms(text, expected):
    (mention,) = find_dates(text)
    assert resolve(mention, REF, "future") == expected
