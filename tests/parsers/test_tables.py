"""Text tables rewritten as labelled lines, empty cells kept empty."""
from parsers.tables import normalize_tables

TABLE = """Oversikt:

Fastlege                 HPR-nr   Legekontor            Oppsigelse mottatt  Siste arbeidsdag
Anne Marie van der Berg  3109871  Borgen legesenter     24.07.2024          31.01.2025
Jon Erik Hagen           3104455  Kurland legekontor    26.07.2024

Hilsen"""


def test_tables_rows_become_labelled_paragraphs():
    out = normalize_tables(TABLE)
    assert "Fastlege: Anne Marie van der Berg\nHPR-nr: 3109871\nLegekontor: Borgen legesenter" in out
    second = out.split("Fastlege: Jon Erik Hagen", 1)[1].split("\n\n", 1)[0]
    assert "Oppsigelse mottatt: 26.07.2024" in second and "Siste arbeidsdag" not in second
    assert out.startswith("Oversikt:") and out.rstrip().endswith("Hilsen")


def test_tables_prose_and_two_column_lists_untouched():
    text = "Navn        Tone Jacobsen\nHPR-nummer  5712983\n\nVanlig tekst med  to mellomrom."
    assert normalize_tables(text) == text
