"""Municipalities from sender domains, texts and 2020–2023 numbers."""
import pytest

from parsers.municipality import by_number, from_domain, is_municipal_sender


@pytest.mark.parametrize("address, number", [
    ("a@bergen.kommune.no", "4601"), ("b@voss.herad.no", "4621"), ("c@bgr.oslo.kommune.no", "0301"),
    ("d@tromso.kommune.no", "5501"), ("e@baerum.kommune.no", "3201"), ("f@orsta.kommune.no", "1520"),
])
def test_municipality_from_domain(address, number):
    assert from_domain(address).number == number


def test_municipality_old_number_maps_to_new():
    assert by_number("5401").number == "5501"  # Tromsø before 2024
    assert by_number("1507") is None  # Ålesund split into Ålesund and Haram: ambiguous


@pytest.mark.parametrize("address, municipal", [
    ("x@bergen.kommune.no", True), ("x@byaasenlegesenter.no", False), ("x@gmail.com", False)])
def test_municipality_municipal_sender(address, municipal):
    assert is_municipal_sender(address) is municipal
