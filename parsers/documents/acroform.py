"""Filled AcroForm fields of a PDF with their labels: tooltip, name and the printed text near them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

MAX_FIELDS = 500


@dataclass
class FormField:
    """One filled field. `label` is what a person reads next to it; `heading` its section."""

    name: str
    label: str
    value: str
    kind: str  # "text", "checkbox", "radio", "choice"
    page: int  # 1-based; 0 when the field has no widget on a page
    heading: str = ""
    checked: bool = False


@dataclass
class _Line:
    text: str
    x: float
    y: float
    bold: bool


def _inherited(obj: DictionaryObject, key: str):
    seen = 0
    while obj is not None and seen < 20:
        if key in obj:
            return obj[key]
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
        seen += 1
    return None


def _qualified_name(obj: DictionaryObject) -> str:
    parts, seen = [], 0
    while obj is not None and seen < 20:
        if "/T" in obj:
            parts.append(str(obj["/T"]))
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
        seen += 1
    return ".".join(reversed(parts))


def _text_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, ArrayObject):
        return ", ".join(_text_value(v) for v in value)
    text = str(value)
    return " ".join(text.split())


def _page_lines(page) -> list[_Line]:
    """Printed text of a page with positions (PDF points, y up), one entry per text run."""
    runs: list[_Line] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str((font_dict or {}).get("/BaseFont", ""))
        runs.append(_Line(" ".join(text.split()), x, y, "bold" in font.lower()))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # noqa: BLE001 - positions are a help for labels, never required
        return []
    return runs


HEADING = re.compile(r"^\s*(\d{1,2}|[A-H])[.)]?\s+\w")


def _near_text(lines: list[_Line], rect: list[float], box: bool) -> tuple[str, str]:
    """The label printed next to a widget, and the nearest section heading above it.

    A text field's label is above it or to its left; a checkbox's is to its
    right on the same line (or above, when nothing is on its right).
    """
    x0, y0, x1, y1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    mid = (y0 + y1) / 2
    above = left = right = ""
    best_above = best_left = best_right = 1e9
    heading, hbest = "", 1e9
    for ln in lines:
        dy = ln.y - y1
        if -2 <= dy <= 16 and x0 - 4 <= ln.x <= x1 and dy < best_above:
            above, best_above = ln.text, dy
        if abs(ln.y - mid) < 8:
            if ln.x >= x1 - 1 and ln.x - x1 < best_right:
                right, best_right = ln.text, ln.x - x1
            elif ln.x < x0 and x0 - ln.x < best_left:
                left, best_left = ln.text, x0 - ln.x
        if dy > 0 and (ln.bold or HEADING.match(ln.text)) and dy < hbest:
            heading, hbest = ln.text, dy
    label = (right or above or left) if box else (above or left)
    if heading == label:
        heading = ""
    return label, heading


def _checkbox_state(obj: DictionaryObject) -> tuple[bool, str]:
    value = _inherited(obj, "/V")
    state = obj.get("/AS")
    raw = str(state if state is not None else value if value is not None else "/Off")
    on = raw not in ("/Off", "Off", "", "/")
    return on, raw.lstrip("/")


def read_fields(reader: PdfReader, max_pages: int) -> list[FormField]:
    """Every field widget on the first `max_pages` pages, in page order, with its label and state."""
    out: list[FormField] = []
    seen: set[str] = set()
    for pno, page in enumerate(reader.pages[:max_pages], start=1):
        annots = page.get("/Annots")
        if not annots:
            continue
        widgets = [a.get_object() for a in annots.get_object()]
        widgets = [w for w in widgets if w.get("/Subtype") == "/Widget" and _inherited(w, "/FT") is not None]
        if not widgets:
            continue
        lines = _page_lines(page)
        for w in widgets:
            if len(out) >= MAX_FIELDS:
                return out
            name = _qualified_name(w)
            ft = str(_inherited(w, "/FT"))
            tooltip = _text_value(_inherited(w, "/TU"))
            rect = [float(v) for v in w.get("/Rect", [0, 0, 0, 0])]
            box = ft == "/Btn"
            near, heading = _near_text(lines, rect, box) if lines else ("", "")
            label = (tooltip or near or name).strip().rstrip(":").strip() or name
            if ft == "/Btn":
                flags = int(_inherited(w, "/Ff") or 0)
                if flags & (1 << 16):  # a push button carries no value
                    continue
                on, export = _checkbox_state(w)
                kind = "radio" if flags & (1 << 15) else "checkbox"
                if kind == "radio" and not on:
                    continue
                key = f"{name}={export}" if kind == "radio" else name
                if key in seen:
                    continue
                seen.add(key)
                out.append(FormField(name, label, export if on else "", kind, pno, heading, on))
                continue
            if name in seen:
                continue
            seen.add(name)
            value = _text_value(_inherited(w, "/V"))
            out.append(FormField(name, label, value, "choice" if ft == "/Ch" else "text", pno, heading))
    return out
