"""Form layouts and formats beyond the corpus: xlsm, xls, ods, csv, duplicates, text numbers."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from formfiles import FIXTURES, attachment, fixture_attachment, xlsx_from_rows

from parsers.forms import NAMED_CITIZEN_NOTE, is_form_attachment, read_distribution_form
from parsers.forms.header import classify

HEADER = ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"]


def _rows(result) -> list[tuple]:
    return [(o["flr_list_id"], o["gp_name"], o["citizens"], o["ceiling_increase"]) for o in result.orders]


def test_read_distribution_form_same_list_twice_stays_two_orders() -> None:
    data = xlsx_from_rows([HEADER, [10, "Ingrid Bjørke", 3, None], [10, "Ingrid Bjørke", 2, None]])
    assert _rows(read_distribution_form(attachment(data))) == [("10", "Ingrid Bjørke", 3, 0),
                                                               ("10", "Ingrid Bjørke", 2, 0)]


def test_read_distribution_form_text_numbers_blank_and_formula() -> None:
    data = xlsx_from_rows([
        ["Kommune: Volda"], [],
        ["Listenummer", "Namn på fastlege", "Tal innbyggarar som skal fordelast", "Auke i listetak"],
        ["FLR 10", "Ingrid Bjørke", "5 stk", "-"],
        ["11", "Stian Hjelle", "fem", "+10"],
        ["12", "Marit Furset", "=2+3", "3"],
        ["13", "Johannes Ulvestad", None, None],        # nothing ordered: not an order
        [None, None, 10, 13],                            # unlabelled totals
        ["Til saman", None, "=SUM(C4:C6)", None],
    ])
    result = read_distribution_form(attachment(data))
    assert _rows(result) == [("10", "Ingrid Bjørke", 5, 0), ("11", "Stian Hjelle", 5, 10),
                             ("12", "Marit Furset", None, 3)]
    assert result.orders[2].uncertain == {"citizens"}
    assert result.municipality_text == "Volda"
    assert len(result.notes) == 3


def test_read_distribution_form_header_over_two_rows_and_repeated_header() -> None:
    data = xlsx_from_rows([
        ["FLR-ID", "Fastlege", "Antall", "Økning"],
        [None, None, "innbyggere", "av listetak"],
        [460233, "Nora Fjeld", 12, None],
        HEADER,
        [460245, "Kristian Moe", 15, 10],
    ])
    assert _rows(read_distribution_form(attachment(data))) == [("460233", "Nora Fjeld", 12, 0),
                                                               ("460245", "Kristian Moe", 15, 10)]


def test_read_distribution_form_note_naming_a_citizen() -> None:
    data = xlsx_from_rows([HEADER + ["Merknad"],
                           [10, "Ingrid Bjørke", 1, None, "Kari Nordmann vil ha samme lege som mora"],
                           [11, "Stian Hjelle", 2, None, "Full liste, lukka"],
                           [12, "Marit Furset", 2, None, "Vikar for Per Olsen"]])
    result = read_distribution_form(attachment(data))
    assert result.named_citizens == [0]
    assert NAMED_CITIZEN_NOTE in result.orders[0].notes
    assert any(n.startswith("Merknad: Full liste") for n in result.orders[1].notes)


def test_read_distribution_form_xlsm_reads_like_xlsx() -> None:
    src = zipfile.ZipFile(FIXTURES / "d04_stavanger.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    att = attachment(buf.getvalue(), "skjema.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12")
    assert is_form_attachment(att)
    assert len(read_distribution_form(att).orders) == 4


def test_read_distribution_form_legacy_xls() -> None:
    result = read_distribution_form(fixture_attachment("hamar_legacy.xls"))
    assert result.error is None and result.format == "xls"
    assert _rows(result) == [("340306", "Kjetil Bråten", 5, 0), ("340311", "Arne Dahl", 4, 0)]
    assert (result.municipality_text, result.contact) == ("Hamar", "Kari Nordmann")
    assert result.orders[0].spans["flr_list_id"].document == "attachment:hamar_legacy.xls#sheet=Skjema!A6"


def _ods(rows_xml: str, before: str = "") -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f'<office:body><office:spreadsheet>{before}<table:table table:name="Skjema">'
        f'{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _cell(value: object = None, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if value is None:
        return f"<table:table-cell{rep}/>"
    if isinstance(value, int):
        return f'<table:table-cell office:value-type="float" office:value="{value}"{rep}><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{value}</text:p></table:table-cell>'


def test_read_distribution_form_ods_with_repeats_and_merged_title() -> None:
    rows = (
        '<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string">'
        '<text:p>Skjema for manuell fordeling av innbyggere – Bodø kommune</text:p></table:table-cell>'
        '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2">' + _cell(None, 1024) + '</table:table-row>'
        '<table:table-row>' + "".join(_cell(h) for h in HEADER) + _cell(None, 1020) + '</table:table-row>'
        '<table:table-row>' + _cell(180422) + _cell("Kristine Hanssen") + _cell(6) + _cell() + '</table:table-row>'
        '<table:table-row>' + _cell(180430) + _cell("Even Jakobsen") + _cell(4) + _cell(2) + '</table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570">' + _cell(None, 1024) + '</table:table-row>'
    )
    att = attachment(_ods(rows), "skjema.ods", "application/vnd.oasis.opendocument.spreadsheet")
    assert is_form_attachment(att)
    result = read_distribution_form(att)
    assert result.error is None and result.format == "ods"
    assert _rows(result) == [("180422", "Kristine Hanssen", 6, 0), ("180430", "Even Jakobsen", 4, 2)]
    assert result.municipality_text == "Bodø kommune"
    assert result.orders[1].spans["ceiling_increase"].document == "attachment:skjema.ods#sheet=Skjema!D6"


def test_read_distribution_form_csv_semicolons_windows_1252() -> None:
    text = "Kommune;Drammen\n\nFLR-ID;Fastlege;Antall innbyggere;Økning av listetak\n330211;Ida Mørk;15;\n" \
           "330219;Henrik Bøe;10;2\nTotalt;;25;2\n"
    att = attachment(text.encode("cp1252"), "fordeling.csv", "text/csv")
    result = read_distribution_form(att)
    assert _rows(result) == [("330211", "Ida Mørk", 15, 0), ("330219", "Henrik Bøe", 10, 2)]
    assert result.municipality_text == "Drammen"


def test_read_distribution_form_workbook_without_table_has_note_not_error() -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Referat fra møte"
    buf = io.BytesIO()
    wb.save(buf)
    result = read_distribution_form(attachment(buf.getvalue()))
    assert result.error is None and result.orders == []
    assert "no table" in result.notes[0]


def test_is_form_attachment_by_name_type_and_bytes() -> None:
    xlsx = (FIXTURES / "d01_volda.xlsx").read_bytes()
    assert is_form_attachment(attachment(xlsx, None, "application/octet-stream"))
    assert is_form_attachment(attachment(b"anything", "Skjema.XLSX", "application/octet-stream"))
    assert not is_form_attachment(attachment(b"\x89PNG\r\n\x1a\n....", "logo.png", "image/png"))
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    assert not is_form_attachment(attachment(docx.getvalue(), "brev.docx", "application/octet-stream"))


@pytest.mark.parametrize("text,concept", [
    ("FLR-ID", "id"), ("Listenummer (FLR)", "id"), ("Liste", "id"), ("FLR ID", "id"),
    ("Fastlege", "name"), ("Fastlegens navn", "name"), ("Namn på fastlege", "name"),
    ("Antall innbyggere som skal fordeles", "citizens"), ("Tal innbyggarar som skal fordelast", "citizens"),
    ("Ant. innb.", "citizens"), ("Antall pasienter", "citizens"),
    ("Økning av listetak", "increase"), ("Auke i listetak", "increase"), ("Økt listetak", "increase"),
    ("Ledige plasser (iflg. kommunen)", "other"), ("Dagens listetak", "other"), ("Nytt listetak", "other"),
    ("Antall innbyggere (inkl. økning av listetak)", "citizens"), ("HPR-nr", "hpr"), ("Merknad", "note"), ("Pasientens navn", "person"),
    ("Skjema for manuell fordeling av innbyggere i Trondheim kommune, utfylt av kommunen i september", None),
])
def test_classify_header_words_bokmal_and_nynorsk(text: str, concept: str | None) -> None:
    assert classify(text) == concept


def test_read_distribution_form_titles_stripped_and_id_with_name_in_one_cell() -> None:
    data = xlsx_from_rows([HEADER, ["460233 Nora Fjeld", None, "5 (+2 barn)", None],
                           [10, "Dr. Ingrid Bjørke", 3, None], [11, "Lund, Eva", 2, None]])
    result = read_distribution_form(attachment(data))
    assert _rows(result) == [("460233", "Nora Fjeld", 5, 0), ("10", "Ingrid Bjørke", 3, 0),
                             ("11", "Lund, Eva", 2, 0)]
    assert result.orders[0].uncertain == {"citizens"}


def test_read_distribution_form_ods_formatted_first_sheet_then_form() -> None:
    guide = ('<table:table table:name="Veiledning"><table:table-row>' + _cell("Fyll ut arket Skjema")
             + '</table:table-row><table:table-row table:number-rows-repeated="1048575">'
             + _cell(None, 1024) + '</table:table-row></table:table>')
    rows = ('<table:table-row>' + "".join(_cell(h) for h in HEADER) + '</table:table-row>'
            '<table:table-row>' + _cell(180422) + _cell("Kristine Hanssen") + _cell(6) + '</table:table-row>')
    result = read_distribution_form(attachment(_ods(rows, before=guide), "s.ods", "application/octet-stream"))
    assert _rows(result) == [("180422", "Kristine Hanssen", 6, 0)]


def test_read_distribution_form_ods_data_past_the_row_cap_is_an_error() -> None:
    rows = '<table:table-row>' + "".join(_cell(h) for h in HEADER) + '</table:table-row>' + \
        "".join('<table:table-row>' + _cell(100000 + r) + _cell("Lege") + _cell(1) + '</table:table-row>'
                for r in range(6000))
    result = read_distribution_form(attachment(_ods(rows), "s.ods", "application/octet-stream"))
    assert result.orders == [] and "data after row 5000" in result.error


def test_read_distribution_form_example_table_on_guide_sheet_is_skipped() -> None:
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "Ark1"
    guide.append(["Slik fyller du ut skjemaet. Eksempel:"])
    guide.append(HEADER)
    guide.append([10, "Fastlege a", 5, 0])
    guide.append([11, "Fastlege b", 10, 10])
    form = wb.create_sheet("Ark2")
    form.append(HEADER)
    form.append([460233, "Nora Fjeld", 12, None])
    buf = io.BytesIO()
    wb.save(buf)
    assert _rows(read_distribution_form(attachment(buf.getvalue()))) == [("460233", "Nora Fjeld", 12, 0)]
    # the guide alone: its placeholder rows are still not orders
    only = xlsx_from_rows([HEADER, [10, "Fastlege a", 5, 0]])
    assert read_distribution_form(attachment(only)).orders == []
