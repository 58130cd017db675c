"""read_document: any supported attachment to DocumentText, within bounds, errors as strings."""
from __future__ import annotations

import logging
import re
import zipfile

from parsers.documents.image import read_image
from parsers.documents.office import doc_lines, odt_lines, rtf_lines
from parsers.documents.pdf import read_pdf
from parsers.documents.sniff import document_kind
from parsers.documents.tools import Deadline, DocumentError, safe_detail
from parsers.documents.types import DocumentText, TextBuilder
from parsers.documents.word import docx_lines

log = logging.getLogger("postmottak.parsers.documents")

MAX_BYTES = 25_000_000
CHECKBOXES = str.maketrans({"☒": "[x]", "☑": "[x]", "✔": "[x]", "✓": "[x]", "☐": "[ ]"})


def lines_to_text(lines: list[str], origin: str, kind: str) -> DocumentText:
    """Lines of a Word, ODF or RTF file as one text: blank runs collapsed, checkbox glyphs as [x] / [ ]."""
    text = "\n".join(ln.rstrip() for ln in lines).translate(CHECKBOXES).replace("\xa0", " ")
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    out = TextBuilder()
    out.add(text, origin)
    return DocumentText(text=out.text, segments=out.segments, kind=kind, pages=1 if text else 0)


def _read(att_name: str, kind: str, data: bytes, deadline: Deadline, max_pages: int) -> DocumentText:
    if kind == "pdf":
        return read_pdf(data, att_name, deadline, max_pages)
    if kind == "image":
        return read_image(data, att_name, deadline, max_pages)
    try:
        if kind == "docx":
            lines = docx_lines(data)
        elif kind == "odt":
            lines = odt_lines(data)
        elif kind == "rtf":
            lines = rtf_lines(data)
        elif kind == "doc":
            lines = doc_lines(data, deadline)
        else:
            raise DocumentError(f"{kind} documents are not read")
    except DocumentError:
        raise
    except (zipfile.BadZipFile, ValueError, KeyError, OSError, EOFError, AttributeError, TypeError,
            IndexError, RecursionError, UnicodeError) as err:
        raise DocumentError(f"{kind.upper()} document cannot be read: {safe_detail(err)}") from err
    except Exception as err:  # noqa: BLE001 - XML parsers raise their own kinds (lxml, odfpy's xml.sax)
        raise DocumentError(f"{kind.upper()} document cannot be read: {type(err).__name__}") from err
    return lines_to_text(lines, att_name, kind)


def read_document(att, *, timeout: float = 60, max_pages: int = 20) -> DocumentText:
    """The text of a document attachment, for the same extraction as a mail body.

    Never raises for a bad document: `error` says in English what went
    wrong ("PDF is encrypted") and the text read so far is kept.
    """
    name = att.filename or "attachment"
    kind = document_kind(att)
    if kind is None:
        return DocumentText(error="not a document (PDF, Word, ODF text, RTF or image)")
    size = len(att.payload)
    if size > MAX_BYTES:
        return DocumentText(kind=kind, error=f"document is too large ({size} bytes; the limit is {MAX_BYTES})")
    deadline = Deadline(timeout)
    try:
        return _read(name, kind, att.payload, deadline, max_pages)
    except DocumentError as err:
        log.info("document %s unreadable: %s", kind, err)
        return DocumentText(kind=kind, error=str(err))
    except Exception as err:  # noqa: BLE001 - a bad document must not crash the pipeline
        log.warning("document %s: unexpected %s", kind, type(err).__name__)
        return DocumentText(kind=kind, error=f"{kind.upper()} document cannot be read: {type(err).__name__}")
