"""Filled AcroForm PDFs (reportlab + pypdf) in bokmål and nynorsk become canonical "Label: value" lines."""
from __future__ import annotations

import pytest

import docmakers as makers
from parsers.documents import read_document
from parsers.documents.acroform import FormField
from parsers.documents.formfields import classify

NB_VALUES = {"listenummer": "340517", "legekontor": "Nordre Ål legesenter", "listetak": "1000",
             "fratrer_navn": "Trond Aalstad", "fratrer_hpr": "3417052", "ny_navn": "Hanna Lie Gundersen",
             "ny_hpr": "8052316", "gjelder_fra": "01.11.2024", "kontakt_navn": "Marit Engen",
             "kontakt_tlf": "61 05 02 17"}
NN_VALUES = {"Tekst1": "461407", "Tekst2": "Leirvik legesenter", "Tekst3": "900", "Tekst4": "Bjarne Rommetveit",
             "Tekst5": "3850617", "Tekst8": "01.08.2025", "Tekst9": "Ragnhild Økland", "Tekst10": "53 45 10 00"}


def read_form(layout, values, ticked, **kw):
    data = makers.form_pdf(layout, values, ticked, **kw)
    return read_document(makers.attachment("skjema.pdf", data, "application/pdf"))


def test_form_new_gp_renders_canonical_lines():
    doc = read_form(makers.FORM_NB, NB_VALUES, ticked=False)
    assert doc.error is None and not doc.ocr
    lines = doc.text.splitlines()
    assert lines[:7] == [
        "Melding til fastlegeregisteret",
        "Type endring: Ny fastlege overtar eksisterende liste",
        "FLR listenummer: 340517",
        "Legekontor: Nordre Ål legesenter",
        "Fratredende fastlege: Trond Aalstad, HPR-nr. 3417052",
        "Ny fastlege: Hanna Lie Gundersen, HPR-nr. 8052316",
        "Gjelder fra: 01.11.2024",
    ]
    assert "Listetak: 1000" in lines
    assert "Kontaktperson: Marit Engen, tlf. 61 05 02 17" in lines


def test_form_omits_printed_guidance_and_unticked_box():
    doc = read_form(makers.FORM_NB, NB_VALUES, ticked=False)
    assert "Oppstartsdato er datoen" not in doc.text  # the blank form's printed help text
    assert "Ubesatt" not in doc.text
    assert doc.fields["Ubesatt liste"] == "Nei"


def test_form_ticked_unassigned_box_sets_type_and_drops_empty_new_gp():
    values = {k: v for k, v in NB_VALUES.items() if k not in ("ny_navn", "ny_hpr")}
    doc = read_form(makers.FORM_NB, values, ticked=True)
    assert "Type endring: Ubesatt liste" in doc.text
    assert "Ny fastlege:" not in doc.text
    assert "Gjelder fra: 01.11.2024" in doc.text


def test_form_nynorsk_opaque_names_labelled_from_page():
    doc = read_form(makers.FORM_NN, NN_VALUES, ticked=True, box_name="Avkryss1", box_label="Ubesett liste",
                    title="Melding til fastlegeregisteret (nynorsk)")
    assert doc.error is None
    assert "Type endring: Ubesatt liste" in doc.text
    assert "FLR listenummer: 461407" in doc.text
    assert "Fratredende fastlege: Bjarne Rommetveit, HPR-nr. 3850617" in doc.text
    assert "Gjelder fra: 01.08.2025" in doc.text
    assert "Kontaktperson: Ragnhild Økland" in doc.text
    assert doc.fields["Namn (Fastlege som sluttar)"] == "Bjarne Rommetveit"


def test_form_segments_point_at_fields():
    doc = read_form(makers.FORM_NB, NB_VALUES, ticked=False)
    at = doc.text.index("8052316")
    assert doc.origin_at(at) == "skjema.pdf#field=ny_hpr"
    assert doc.origin_at(doc.text.index("Trond")) == "skjema.pdf#field=fratrer_navn"
    assert doc.origin_at(doc.text.index("Gjelder fra")) == "skjema.pdf#page=1"
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(doc.text)


def test_form_unrelated_form_keeps_page_text_and_fields():
    layout = [("1  Bestilling", [("Varenummer", "vare", None), ("Antall", "antall", None)])]
    doc = read_form(layout, {"vare": "A-100", "antall": "3"}, ticked=False, title="Bestilling av rekvisita")
    assert "Bestilling av rekvisita" in doc.text
    assert "Varenummer: A-100" in doc.text and "Antall: 3" in doc.text
    assert "Melding til fastlegeregisteret" not in doc.text


def field(label, heading="", name="Tekst1", kind="text", value="x", checked=False):
    return FormField(name=name, label=label, value=value, kind=kind, page=1, heading=heading, checked=checked)


@pytest.mark.parametrize("label,heading,role", [
    ("Ny lege", "", "gp_name"),
    ("Ny fastlege – navn", "", "gp_name"),
    ("Namn", "Ny fastlege", "gp_name"),
    ("Navn", "Fastlege som fratrer", "previous_gp_name"),
    ("Namn", "Fastlege som sluttar", "previous_gp_name"),
    ("Fratredende fastlege", "", "previous_gp_name"),
    ("HPR-nr.", "3 Ny fastlege eller ubesatt liste", "hpr_number"),
    ("HPR-nummer", "Fastlege som går av", "previous_hpr_number"),
    ("Listenummer", "", "flr_list_id"),
    ("FLR-ID", "", "flr_list_id"),
    ("Listetak", "", "list_ceiling"),
    ("Oppstartsdato", "", "start_date"),
    ("Gjeld frå", "", "start_date"),
    ("Gjelder fra dato", "", "start_date"),
    ("Siste arbeidsdag", "Fastlege som fratrer", "previous_last_day"),
    ("Legekontor", "", "clinic"),
    ("Kommunenummer", "", "kommunenummer"),
    ("Navn", "Kontaktperson i kommunen", "contact_name"),
    ("E-post", "", "contact_email"),
    ("Overtakende lege", "", "gp_name"),
    ("Ny hjemmelshaver", "", "gp_name"),
    ("Tidligere fastlege", "", "previous_gp_name"),
    ("Namn på fastlegen som sluttar", "", "previous_gp_name"),
    ("Dato for overtakelse", "", "start_date"),
    ("Vikar – navn", "3 Ny fastlege eller ubesatt liste", "locum"),
])
def test_formfields_classify_labels(label, heading, role):
    assert classify(field(label, heading)) == role


@pytest.mark.parametrize("label", ["Ubesatt liste", "Ubesett liste", "Lista er ubesett"])
def test_formfields_classify_unassigned_checkbox(label):
    assert classify(field(label, kind="checkbox", value="Yes", checked=True)) == "unassigned"


def test_form_termination_form_keeps_its_own_text():
    layout = [("1  Fastlege som sier opp", [("Navn", "navn", None), ("HPR-nr.", "hpr", None),
                                            ("Siste arbeidsdag", "siste", None)])]
    doc = read_form(layout, {"navn": "Per Hansen", "hpr": "1234567", "siste": "31.03.2025"}, ticked=False,
                    title="Oppsigelse av fastlegeavtale")
    assert "Melding til fastlegeregisteret" not in doc.text
    assert "Oppsigelse av fastlegeavtale" in doc.text
    assert "Navn: Per Hansen" in doc.text and "HPR-nr.: 1234567" in doc.text
    assert doc.origin_at(doc.text.index("Per Hansen")) == "skjema.pdf#field=navn"
