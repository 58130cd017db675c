"""Which attachments are documents to read as the message's content (not spreadsheets, not logos)."""
from __future__ import annotations

import io
import zipfile

from parsers.models import Attachment

DOC_EXT = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".odt": "odt", ".rtf": "rtf", ".doc": "doc",
           ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
SHEET_EXT = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")
DOC_TYPES = {"application/pdf": "pdf", "application/x-pdf": "pdf",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
             "application/vnd.oasis.opendocument.text": "odt", "application/rtf": "rtf", "text/rtf": "rtf",
             "application/msword": "doc", "image/png": "image", "image/jpeg": "image", "image/tiff": "image"}
ODT_MIME = b"application/vnd.oasis.opendocument.text"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An image smaller than this, or with a side shorter than MIN_IMAGE_SIDE pixels,
# is a logo or a signature picture, not a scanned page.
MIN_IMAGE_BYTES = 20_000
MIN_IMAGE_SIDE = 500


def _zip_kind(payload: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype").strip()
                return "odt" if mime == ODT_MIME else "other"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError, EOFError):
        return None
    if "word/document.xml" in names:
        return "docx"
    return "other"


def _ole_kind(payload: bytes) -> str:
    """Word or not: the OLE2 directory names its streams in UTF-16 ("WordDocument")."""
    head = payload[:1 << 20]
    if "WordDocument".encode("utf-16-le") in head:
        return "doc"
    return "other"


def sniff(payload: bytes) -> str | None:
    """The document kind by content: pdf, docx, odt, rtf, doc, image; "other"; None when unknown."""
    head = payload[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(payload)  # None for a broken zip: its name and type decide
    if head.startswith(OLE2):
        return _ole_kind(payload)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    return None


def document_kind(att: Attachment) -> str | None:
    """The kind to read `att` as (pdf, docx, odt, rtf, doc, image), or None: content first, then name, then type."""
    name = (att.filename or "").lower()
    if name.endswith(SHEET_EXT):
        return None
    kind = sniff(att.payload)
    if kind == "other":
        return None
    if kind:
        return kind
    for ctype in (att.detected_type, att.content_type):
        if (ctype or "").lower() in DOC_TYPES:
            return DOC_TYPES[ctype.lower()]
    for ext, k in DOC_EXT.items():
        if name.endswith(ext):
            return k
    return None


def _is_page_image(att: Attachment) -> bool:
    if len(att.payload) < MIN_IMAGE_BYTES // 10:  # a few KB: an icon, whatever its size in pixels
        return False
    try:
        from PIL import Image

        with Image.open(io.BytesIO(att.payload)) as img:
            width, height = img.size
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a broken image
        return False
    # A page is large in pixels even when a clean scan compresses to a few KB; a logo is not.
    return min(width, height) >= MIN_IMAGE_SIDE and max(width, height) >= 2 * MIN_IMAGE_SIDE


def is_document(att: Attachment) -> bool:
    """True for a PDF, Word, ODF text, RTF or a scanned page image; False for spreadsheets and logos."""
    kind = document_kind(att)
    if kind is None:
        return False
    if kind == "image":
        # An inline image (Content-ID, inline disposition) is a signature or logo
        # unless it is big enough to be a page.
        return _is_page_image(att)
    return True
