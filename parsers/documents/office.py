"""ODF text (odfpy), RTF (striprtf) and legacy .doc (LibreOffice headless to .docx) to lines of text."""
from __future__ import annotations

import io
import os
import tempfile

from parsers.documents.tools import Deadline, DocumentError, require, run
from parsers.documents.word import docx_lines


def odt_lines(data: bytes) -> list[str]:
    """Paragraphs, headings, lists and table rows of an .odt, in order."""
    from odf import teletype
    from odf.opendocument import load

    doc = load(io.BytesIO(data))
    lines: list[str] = []

    def walk(node) -> None:
        for child in node.childNodes:
            name = getattr(child, "qname", None)
            if not name:
                continue
            local = name[1]
            if local in ("p", "h"):
                lines.append(teletype.extractText(child))
            elif local == "table-row":
                cells = [" ".join(teletype.extractText(c).split()) for c in child.childNodes
                         if getattr(c, "qname", (None, ""))[1] == "table-cell"]
                cells = [c for c in cells if c]
                if len(cells) == 2:
                    lines.append(f"{cells[0]} {cells[1]}" if cells[0].endswith(":") else f"{cells[0]}: {cells[1]}")
                elif cells:
                    lines.append(" | ".join(cells))
            elif local in ("tracked-changes", "sequence-decls", "variable-decls", "user-field-decls"):
                continue
            else:
                walk(child)

    walk(doc.text)
    return lines


def rtf_lines(data: bytes) -> list[str]:
    """Plain text of an RTF document (striprtf), decoded with its ANSI code page."""
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    return text.splitlines()


def soffice_to_docx(data: bytes, suffix: str, deadline: Deadline) -> bytes:
    """Convert a legacy document (.doc) to .docx with LibreOffice headless, in a private profile."""
    exe = require("soffice", "libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="postmottak-soffice-") as work:
        src = os.path.join(work, "in" + suffix)
        with open(src, "wb") as fh:
            fh.write(data)
        outdir = os.path.join(work, "out")
        profile = "file://" + os.path.join(work, "profile")
        env = dict(os.environ, HOME=work)
        run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx",
             "--outdir", outdir, src], deadline, "converting the document (LibreOffice)", env=env)
        out = os.path.join(outdir, "in.docx")
        if not os.path.exists(out):
            raise DocumentError("LibreOffice could not convert the document")
        with open(out, "rb") as fh:
            return fh.read()


def doc_lines(data: bytes, deadline: Deadline) -> list[str]:
    """Lines of a legacy Word .doc, through LibreOffice."""
    return docx_lines(soffice_to_docx(data, ".doc", deadline))
