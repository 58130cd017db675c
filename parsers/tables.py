"""Text tables (typed with spaces, or HTML rendered as columns) rewritten as "Header: value" lines.

A table of notices says "HPR-nr 3109871" in two places: the header names the
column, the row holds the value. Extraction reads labelled values, so each
row becomes a paragraph of "Header: value" lines, which the same cue words
then read as they read a form in the body.
"""
from __future__ import annotations

import re

CELL = re.compile(r"\S+(?: \S+)*")  # runs of words separated by single spaces
RULE = re.compile(r"^[\s\-=+|_:]+$")
MIN_COLUMNS = 3


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell. With tabs or pipes the column is the cell's index (empty cells
    count); without, cells are separated by two or more spaces and the column is where the cell starts."""
    for sep in ("|", "\t"):
        if sep in line:
            parts = [p.strip() for p in line.strip().strip(sep).split(sep)]
            return [(i, p) for i, p in enumerate(parts) if p]
    return [(m.start(), m.group(0)) for m in CELL.finditer(line)]


def _is_header(cells: list[tuple[int, str]]) -> bool:
    words = [t for _, t in cells]
    return len(words) >= MIN_COLUMNS and sum(bool(re.search(r"\d", w)) for w in words) == 0


def _row(header: list[tuple[int, str]], cells: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """Each cell under the header column it starts nearest to (empty cells leave gaps)."""
    starts = [s for s, _ in header]
    if starts == list(range(len(starts))):  # delimited by tabs or pipes: cell i under header i
        return [(header[c][1], text) for c, text in cells if c < len(header)]
    out: dict[int, str] = {}
    for start, text in cells:
        col = min(range(len(starts)), key=lambda i: abs(starts[i] - start))
        out[col] = f"{out[col]} {text}" if col in out else text
    return [(header[i][1], out[i]) for i in sorted(out)]


def _render(header: list[tuple[int, str]], rows: list[list[tuple[int, str]]]) -> str:
    blocks = []
    for cells in rows:
        pairs = _row(header, cells)
        blocks.append("\n".join(f"{name.rstrip(':')}: {value}" for name, value in pairs))
    return "\n\n".join(blocks)


def normalize_tables(text: str) -> str:
    """`text` with every table of three or more columns rewritten row by row; other lines unchanged."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        if not _is_header(header) or len(header) < MIN_COLUMNS:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        rows = []
        while j < len(lines) and lines[j].strip():
            if not RULE.match(lines[j]):
                cells = _cells(lines[j])
                if len(cells) < 2:
                    break
                rows.append(cells)
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out.append("\n" + _render(header, rows) + "\n")
        i = j
    return "\n".join(out)
