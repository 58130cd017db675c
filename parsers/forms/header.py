"""Find the form's table header by its words (bokmål or nynorsk), wherever it sits."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from parsers.forms.values import cell_text

MAX_HEADER_CELL = 70

# Checked in this order: the first pattern that matches names the column.
# "Ledige plasser" and "HPR-nr" come before the order columns so that a
# municipality's own extra columns are never read as the order.
_CONCEPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("other", re.compile(r"ledig|kapasitet|listestørrelse|listelengde|på list[ae]n?\b|nåværende|^listetak$|^status$|"
                         r"noverande|dagens|i dag\b|nytt (liste)?tak|legesenter|legekontor|klinikk|"
                         r"kontor|adresse|telefon|e-?post|dato")),
    ("person", re.compile(r"innbyggers? navn|navn på innbygg|namn på innbygg|pasientens navn|"
                          r"pasientnavn|navn på pasient|fødselsn|personn|f\.?\s?nr|d-nummer")),
    ("hpr", re.compile(r"\bhpr")),
    ("citizens", re.compile(r"^(?:antall|tal|ant\.)\s.*innbygg")),  # "... (inkl. økning av listetak)"
    ("increase", re.compile(r"listetak|\bauk|økning|økt\b|okning|utvid")),
    ("id", re.compile(r"\bflr\b|flr-?id|liste-?\s?id|liste\s?-?n(umme)?r|listenummer|^id$|^nr\.?$|"
                      r"^(fastlege)?liste$")),
    ("citizens", re.compile(r"innbygg|\binnb\b|antal|\bant\.|\btal\b|personar|personer|pasient|fordel")),
    ("note", re.compile(r"merknad|kommentar|notat|anm|melding|beskriv|grunn|årsak|informasjon")),
    ("name", re.compile(r"fastleg|\blege|navn|namn|listeinnehav|listeinnehar|listeinnehavar|listeansvarleg")),
)


def _id_rank(value: Any) -> int:
    """How surely a header names the FLR list ID: 0 for FLR, 1 for list words, 2 for a bare "Nr."/"ID"."""
    text = cell_text(value).lower()
    return 0 if "flr" in text else 1 if "list" in text else 2


def classify(value: Any) -> str | None:
    """The column concept a header cell names, or None."""
    text = cell_text(value).lower()
    if not text or len(text) > MAX_HEADER_CELL:
        return None
    for concept, pattern in _CONCEPTS:
        if pattern.search(text):
            return concept
    return None


@dataclass
class Header:
    """Where the table starts (`row` is 0-based, the last header row) and its columns."""

    row: int
    columns: dict[str, int]
    notes: list[int] = field(default_factory=list)
    persons: list[int] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)


def _read(cells: list[Any], row: int) -> Header | None:
    columns: dict[str, int] = {}
    header = Header(row=row, columns=columns)
    for col, value in enumerate(cells):
        concept = classify(value)
        if concept is None:
            continue
        header.labels[col] = cell_text(value)
        if concept == "note":
            header.notes.append(col)
        elif concept == "person":
            header.persons.append(col)
        elif concept == "id" and "id" in columns and _id_rank(value) < _id_rank(cells[columns["id"]]):
            columns["id"] = col  # "FLR-ID" beats a row number column "Nr." before it
        elif concept not in ("other",):
            columns.setdefault(concept, col)
    return header if "id" in columns and "citizens" in columns else None


def is_header_row(cells: list[Any]) -> bool:
    """A row that names both the list ID and the citizens columns (a header, maybe repeated)."""
    return _read(cells, 0) is not None


def find_header(rows: list[list[Any]], search_rows: int) -> Header | None:
    """The first row (or pair of rows, for a header written over two lines) naming both
    the list ID and the citizens columns in separate cells."""
    for r in range(min(len(rows), search_rows)):
        single = _read(rows[r], r)
        joined = _joined(rows, r) if r + 1 < len(rows) and any(rows[r + 1]) else None
        # A merged group cell over sub-headers ("Fordeling" over "Antall" and "Økning"): the two rows together
        # name more columns, and the second row holds words, not a list ID.
        if joined and _read(rows[r + 1], r + 1) is None and not _has_id(rows[r + 1]) and \
                (single is None or len(joined.columns) > len(single.columns)):
            return joined
        if single:
            return single
    return None


def _joined(rows: list[list[Any]], r: int) -> Header | None:
    width = max(len(rows[r]), len(rows[r + 1]))
    cells = [" ".join(filter(None, (cell_text(_at(rows[r], c)), cell_text(_at(rows[r + 1], c)))))
             for c in range(width)]
    return _read(cells, r + 1)


def _has_id(row: list[Any]) -> bool:
    return any(re.fullmatch(r"\d{2,9}", cell_text(v)) for v in row)


def _at(row: list[Any], col: int) -> Any:
    return row[col] if col < len(row) else None
