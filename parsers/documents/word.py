"""Word .docx to text: paragraphs, tables as "label: value" rows, headers, text boxes, content controls."""
from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W14_CHECKED = "{http://schemas.microsoft.com/office/word/2010/wordml}checked"
W14_VAL = "{http://schemas.microsoft.com/office/word/2010/wordml}val"
MAX_XML_BYTES = 50_000_000


def _legacy_checkbox(el) -> str:
    """A legacy FORMCHECKBOX: its w:checked (or w:default) value as [x] or [ ]."""
    box = el.find(f"{W}checkBox")
    if box is None:
        return ""
    mark = box.find(f"{W}checked")
    if mark is None:
        mark = box.find(f"{W}default")
    on = mark is not None and mark.get(f"{W}val", "1") not in ("0", "false")
    return "[x] " if on else "[ ] "


def _runs(el, out: list[str], boxes: list) -> None:
    """Text of one paragraph in order; text boxes are set aside in `boxes`."""
    for child in el:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}ffData":
            out.append(_legacy_checkbox(child))
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag in (MC_FALLBACK, f"{W}delText", f"{W}instrText", f"{W}del"):
            continue  # a duplicate of mc:Choice, or deleted text
        else:
            _runs(child, out, boxes)


def _paragraph(p, lines: list[str]) -> None:
    parts: list[str] = []
    boxes: list = []
    _runs(p, parts, boxes)
    lines.append("".join(parts))
    for box in boxes:
        _blocks(box, lines)


def _cell_text(tc) -> str:
    lines: list[str] = []
    _blocks(tc, lines)
    return " ".join(" ".join(lines).split())


def _table(tbl, lines: list[str]) -> None:
    for tr in tbl.findall(f"{W}tr"):
        cells = [_cell_text(tc) for tc in tr.findall(f"{W}tc")]
        cells = [c for c in cells if c]
        if len(cells) == 2:
            label, value = cells
            lines.append(f"{label} {value}" if label.endswith(":") else f"{label}: {value}")
        elif cells:
            lines.append(" | ".join(cells))
    lines.append("")


def _blocks(el, lines: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{W}p":
            _paragraph(child, lines)
        elif tag == f"{W}tbl":
            _table(child, lines)
        elif tag in (f"{W}sectPr", MC_FALLBACK):
            continue
        else:  # w:sdt, w:sdtContent, w:customXml, w:ins: containers
            _blocks(child, lines)


def docx_lines(data: bytes) -> list[str]:
    """The lines of a .docx: page headers first, then the body in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        if "word/document.xml" not in names:
            raise ValueError("no word/document.xml in the package")
        parts = sorted(n for n in names if n.startswith("word/header") and n.endswith(".xml"))
        parts.append("word/document.xml")
        lines: list[str] = []
        seen: list[list[str]] = []
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        for name in parts:
            if zf.getinfo(name).file_size > MAX_XML_BYTES:
                raise ValueError(f"{name} is too large")
            root = etree.fromstring(zf.read(name), parser)
            body = root.find(f"{W}body")
            part: list[str] = []
            _blocks(body if body is not None else root, part)
            if part not in seen:  # first-page, even and default headers often repeat
                seen.append(part)
                lines += part + [""]
    return lines
