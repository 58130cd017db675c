"""Which spreadsheet format an attachment is, from its bytes first and its name second."""
from __future__ import annotations

import io
import zipfile

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

EXTENSIONS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xltx": "xlsx", ".xltm": "xlsx",
              ".xls": "xls", ".xlt": "xls", ".ods": "ods", ".ots": "ods", ".csv": "csv",
              ".xlsb": "xlsb"}
CONTENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template": "xlsx",
    "application/vnd.ms-excel": "xls",
    "application/excel": "xls",
    "application/x-excel": "xls",
    "application/x-msexcel": "xls",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "text/csv": "csv",
    "application/csv": "csv",
    "text/comma-separated-values": "csv",
    "application/vnd.ms-excel.sheet.binary.macroenabled.12": "xlsb",
}


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff_bytes(data: bytes) -> str | None:
    """"xlsx", "xlsb", "ods", "xls", "encrypted" (an OOXML file with a password) or None.

    Only the zip's central directory and the OLE2 directory names are looked
    at, so a zip bomb is recognised without inflating anything.
    """
    if data.startswith(OLE2_MAGIC):
        if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
            return "encrypted"
        if _utf16("Workbook") in data or _utf16("Book") in data:
            return "xls"
        return None
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        if data[30:38] == b"mimetype" and ODS_MIME in data[38:120]:
            return "ods"
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except Exception:  # a damaged directory (bad sizes, unknown versions): not sniffable
            return None
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "mimetype" in names and "content.xml" in names:
            return "ods"
    return None


def declared_format(filename: str | None, content_type: str | None) -> str | None:
    """The format the attachment's name or MIME type claims."""
    name = (filename or "").lower().strip()
    for ext, fmt in EXTENSIONS.items():
        if name.endswith(ext):
            return fmt
    return CONTENT_TYPES.get((content_type or "").lower().split(";")[0].strip())
