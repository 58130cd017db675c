"""Termination notices in the ways municipalities write them, bokmål and nynorsk."""
from datetime import date

import pytest

from parsers.extract_termination import extract_terminations

CASES = [
    # (body, Date header, expected fields)
    ("Per Olsen, hprnr 1234567 har i dag 7. oktober 2022 sagt opp fastlegeavtalen ved Sentrum legesenter i x kommune. "
     "Siste arbeidsdag: 30. april 2023.", "Fri, 07 Oct 2022 10:00:00 +0200",
     dict(gp_name="Per Olsen", hpr_number="1234567", clinic="Sentrum legesenter", notice_date=date(2022, 10, 7),
          last_working_day=date(2023, 4, 30), last_working_day_basis="stated", transfer_date=date(2023, 5, 1))),
    ("Fastlege Anne Berit Lund (HPR-nr. 7654321) ved Sjøsiden legekontor sa opp avtalen 03.03.2024. "
     "Hun har vanlig oppsigelsestid.", "Tue, 05 Mar 2024 09:00:00 +0100",
     dict(gp_name="Anne Berit Lund", notice_date=date(2024, 3, 3), last_working_day=date(2024, 9, 30),
          last_working_day_basis="notice_period", transfer_date=date(2024, 10, 1))),
    ("Lege Tor Bakke, hpr 765 43 21, Vik legesenter, sa opp fastlegeavtalen 12/1-24 og sluttar ut juni 2024.",
     "Mon, 15 Jan 2024 09:00:00 +0100",
     dict(gp_name="Tor Bakke", hpr_number="7654321", clinic="Vik legesenter", notice_date=date(2024, 1, 12),
          last_working_day=date(2024, 6, 30))),
    ("Eg vil melde at fastlege Ragnhild Strand (hpr-nr 2345678) har sagt opp. Ho leverte oppseiinga "
     "tysdag 5. mars. Siste arbeidsdag er ikkje avklart.", "Thu, 07 Mar 2024 09:00:00 +0100",
     dict(notice_date=date(2024, 3, 5), last_working_day=date(2024, 9, 30), last_working_day_basis="notice_period")),
    ("Vi viser til møte 2.4.24. Fastlege Geir Moe (HPR 3456789) leverte oppsigelse 8.4.24. "
     "Søknadsfrist for ny lege er 1.5.24. Tlf. 22 33 44 55.", "Wed, 10 Apr 2024 09:00:00 +0200",
     dict(notice_date=date(2024, 4, 8), last_working_day=date(2024, 10, 31))),
    ("Fastlege dr. Ola Nilsen (HPR 4567890) går av med alderspensjon. Han har i dag meldt fra, og "
     "siste arbeidsdag blir 31. desember 2024.", "Mon, 02 Sep 2024 09:00:00 +0200",
     dict(gp_name="Ola Nilsen", reason="retirement", notice_date=date(2024, 9, 2), transfer_date=date(2025, 1, 1))),
    ("Fastlege Jon Eriksen (HPR 5678901) ved Elvebakken legesenter døde 2. februar 2025.",
     "Thu, 06 Feb 2025 09:00:00 +0100",
     dict(reason="death", last_working_day=None, last_working_day_basis="unknown", transfer_date=None)),
]


@pytest.mark.parametrize("body, date_header, expected", CASES)
def test_extract_termination_fields(segments, body, date_header, expected):
    (order,) = extract_terminations(segments(body, date=date_header))
    for name, value in expected.items():
        assert order[name] == value, name


def test_extract_termination_two_gps_keep_their_own_dates(segments):
    body = ("1. Lege Marius Haugen, HPR 3012458 – sa opp avtalen 31.05.2023. Siste arbeidsdag er avtalt til 30.11.2023.\n\n"
            "2. Lege Hanne Kristiansen, HPR 3120097 – sa opp avtalen 02.06.2023. Hun har 6 måneders oppsigelsestid.")
    first, second = extract_terminations(segments(body, date="Mon, 05 Jun 2023 09:00:00 +0200"))
    assert (first["gp_name"], first["last_working_day"]) == ("Marius Haugen", date(2023, 11, 30))
    assert (second["gp_name"], second["notice_date"], second["last_working_day_basis"]) == \
        ("Hanne Kristiansen", date(2023, 6, 2), "notice_period")


def test_extract_termination_letter_date_is_notice_date(segments):
    body = ("Figgjo, 12. mars 2024\n\nTil Sandnes kommune\n\nJeg sier herved opp min fastlegeavtale "
            "(HPR-nr. 5067123) med 6 måneders oppsigelsestid regnet fra 1. april 2024.\n\n"
            "Med vennlig hilsen\nNadia Rahimi\nFastlege")
    (order,) = extract_terminations(segments(body, date="Wed, 13 Mar 2024 09:00:00 +0100"))
    assert order["gp_name"] == "Nadia Rahimi"
    assert order["notice_date"] == date(2024, 3, 12)
    assert order["last_working_day"] == date(2024, 9, 30)


def test_extract_termination_signature_and_phone_are_not_fields(segments):
    body = ("Fastlege Silje Andersen, HPR-nr. 6120458, leverte oppsigelse 7.10.24.\n\nMed vennlig hilsen\n"
            "Geir Olsen\nOrg.nr. 975 102 433\nTlf. 32 04 00 00 | Mob. 918 44 213")
    (order,) = extract_terminations(segments(body, date="Tue, 08 Oct 2024 09:00:00 +0200"))
    assert order["gp_name"] == "Silje Andersen" and order["hpr_number"] == "6120458"
