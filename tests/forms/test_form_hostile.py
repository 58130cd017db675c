"""Hostile and broken files end in an error (the malformed_message detail), never a crash,
an exhausted machine or a silent partial read. The tests build the files themselves."""
from __future__ import annotations

import io
import random
import zipfile

import pytest
from formfiles import FIXTURES, attachment, raw_xlsx, xlsx_from_rows

from parsers.forms import Limits, is_form_attachment, read_distribution_form

ROW = '<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>Lege</t></is></c>' \
      '<c r="C{r}"><v>1</v></c></row>'


def _error(data: bytes, name: str = "skjema.xlsx", limits: Limits | None = None) -> str:
    result = read_distribution_form(attachment(data, name), limits)
    assert result.orders == []
    assert result.error
    return result.error


def test_form_hostile_zip_bomb_rejected_before_inflating() -> None:
    body = ROW.format(r=1) + " " * 20_000_000  # 20 MB of spaces, ~20 kB packed
    message = _error(raw_xlsx(body))
    assert "possible zip bomb" in message


def test_form_hostile_zip_bomb_with_forged_sizes() -> None:
    """A bomb that lies about its inflated size: zipfile stops at the declared size and the CRC fails."""
    data = bytearray(raw_xlsx(" " * 5_000_000))
    forged = (1000).to_bytes(4, "little")
    part = b"xl/worksheets/sheet1.xml"
    local = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(part.decode()).header_offset
    data[local + 22:local + 26] = forged  # uncompressed size in the local header
    central = bytes(data).find(b"PK\x01\x02")
    while central >= 0:
        name_len = int.from_bytes(data[central + 28:central + 30], "little")
        if bytes(data[central + 46:central + 46 + name_len]) == part:
            data[central + 24:central + 28] = forged  # ... and in the central directory
        central = bytes(data).find(b"PK\x01\x02", central + 4)
    assert "cannot be" in _error(bytes(data))


def test_form_hostile_xml_entity_bomb() -> None:
    prolog = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
    assert "EntitiesForbidden" in _error(raw_xlsx(body, prolog=prolog))


def test_form_hostile_200000_rows_stops_at_the_row_cap() -> None:
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>FLR-ID</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Fastlege</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>Antall innbyggere</t></is></c></row>')
    body = header + "".join(ROW.format(r=r) for r in range(2, 200_002))
    message = _error(raw_xlsx(body))
    assert "data after row 5000" in message


def test_form_hostile_many_empty_formatted_rows_are_not_an_error() -> None:
    rows = [["FLR-ID", "Fastlege", "Antall innbyggere"], [10, "Ingrid Bjørke", 5]]
    body = xlsx_from_rows(rows)
    result = read_distribution_form(attachment(body), Limits(max_rows=1))
    assert result.error  # data past a one-row cap
    styled = raw_xlsx(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>FLR-ID</t></is></c><c r="B1" t="inlineStr"><is><t>Antall'
        '</t></is></c></row><row r="2"><c r="A2"><v>10</v></c><c r="B2"><v>5</v></c></row>'
        + "".join(f'<row r="{r}"><c r="A{r}" s="1"/></row>' for r in range(3, 20_000)))
    result = read_distribution_form(attachment(styled))
    assert result.error is None and [o["citizens"] for o in result.orders] == [5]


def test_form_hostile_password_protected_workbook() -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO((FIXTURES / "d04_stavanger.xlsx").read_bytes())
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("hemmelig", encrypted)
    att = attachment(encrypted.getvalue())
    assert msoffcrypto is not None and is_form_attachment(att)
    assert "password" in _error(encrypted.getvalue())


@pytest.mark.parametrize("data,name,words", [
    (b"", "skjema.xlsx", "not a readable zip"),
    (b"\x00\x01garbage" * 100, "skjema.xlsx", "not a readable zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "skjema.xls", "cannot be opened"),
    (b"PK\x05\x06" + b"\x00" * 18, "skjema.xlsx", "no xl/workbook.xml"),
    (b"%PDF-1.7 not a sheet", "skjema.xlsx", "not a readable zip"),
    (b"\x00\x00binary", "skjema.csv", "not text"),
])
def test_form_hostile_corrupt_files(data: bytes, name: str, words: str) -> None:
    assert words in _error(data, name)


def test_form_hostile_xlsb_and_oversized_file() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.bin", b"\x00")
    assert "xlsb" in _error(buf.getvalue(), "skjema.xlsb")
    assert "limit" in _error(b"x" * 2000, "skjema.csv", Limits(max_file_bytes=1000))


def test_form_hostile_random_damage_never_raises() -> None:
    """Regression: a damaged zip directory raised NotImplementedError ("zip file version")."""
    rng = random.Random(7)
    sources = {n: (FIXTURES / n).read_bytes() for n in ("d01_volda.xlsx", "hamar_legacy.xls")}
    for _ in range(150):
        name, data = rng.choice(sorted(sources.items()))
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 12)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        result = read_distribution_form(attachment(bytes(damaged), name))
        assert result.error is None or result.orders == []
