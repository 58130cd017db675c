"""What an attachment really is, by its first bytes, name and declared type."""
from __future__ import annotations

import zipfile
from io import BytesIO

_EXT = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroenabled.12",
    ".xls": "application/vnd.ms-excel",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
    ".eml": "message/rfc822",
    ".dat": "application/octet-stream",
}


def _zip_type(payload: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(payload)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                return zf.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError):
        return None
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return _EXT[".xlsx"]
    if "word/document.xml" in names:
        return _EXT[".docx"]
    return "application/zip"


def detect_type(payload: bytes, filename: str | None, declared: str) -> str:
    """A MIME type from content first, then the filename, then what the sender declared."""
    name = (filename or "").lower()
    head = payload[:8]
    if name == "winmail.dat" or declared in ("application/ms-tnef", "application/vnd.ms-tnef") or head[:4] == b"\x78\x9f\x3e\x22":
        return "application/ms-tnef"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_type(payload)
        if kind and kind != "application/zip":
            if name.endswith(".xlsm") and "spreadsheetml" in kind:
                return _EXT[".xlsm"]
            return kind
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: legacy Excel or Word
        return _EXT[".doc"] if name.endswith(".doc") else _EXT[".xls"] if name.endswith(".xls") else "application/x-ole-storage"
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    for ext, ctype in _EXT.items():
        if name.endswith(ext):
            return ctype
    return declared or "application/octet-stream"
