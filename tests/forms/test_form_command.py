"""`postmottak form FILE...`: one JSON object per spreadsheet, exit 1 when one cannot be opened."""
from __future__ import annotations

import json

from formfiles import FIXTURES
from typer.testing import CliRunner

from postmottak.cli import app


def test_form_command_prints_orders_and_cells() -> None:
    run = CliRunner().invoke(app, ["form", str(FIXTURES / "d08_bodo.xlsx")])
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout.splitlines()[0])
    assert report["municipality_text"] == "Bodø kommune"
    assert [(o["flr_list_id"], o["citizens"], o["cells"]["flr_list_id"]) for o in report["orders"]] == [
        ("180422", 6, "B7"), ("180430", 4, "B8")]


def test_form_command_unreadable_file_exits_1() -> None:
    run = CliRunner().invoke(app, ["form", str(FIXTURES / "d12_sandnes_truncated.xlsx")])
    assert run.exit_code == 1
    assert "not a readable zip" in json.loads(run.stdout.splitlines()[0])["error"]
