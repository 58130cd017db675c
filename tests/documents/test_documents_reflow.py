"""Joining lines that a page layout wrapped, and nothing else."""
from __future__ import annotations

import pytest

from parsers.documents.reflow import continues, reflow

FULL = "Etter samtale med kommuneoverlegen er det avtalt at min siste arbeidsdag blir 27."


@pytest.mark.parametrize("line,nxt,joined", [
    (FULL, "februar 2025.", True),
    (FULL, "2025 er året.", True),
    (FULL, "Med vennlig hilsen", False),
    ("Solveig Vikse", "spesialist i allmennmedisin", False),
    (FULL, "- punkt to", False),
    ("Listenummer:" + " " * 70, "340517", False),
])
def test_reflow_continues(line, nxt, joined):
    assert continues(line, nxt, len(FULL)) is joined


def test_reflow_keeps_short_lines_and_paragraphs():
    text = f"Hei\n\n{FULL}\nfebruar 2025.\nHilsen\nOla"
    assert reflow(text) == f"Hei\n\n{FULL} februar 2025.\nHilsen\nOla"
