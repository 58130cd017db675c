"""`postmottak form FILE...`: read spreadsheets as distribution forms and show what was found."""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path

import typer

from parsers.forms import Limits, read_distribution_form
from parsers.models import Attachment
from postmottak.cli import app
from postmottak.settings import load_settings
from rules.personal_data import mask_national_ids


def form_report(path: Path, limits: Limits) -> dict:
    """One file's reading, national IDs masked, as the JSON the command prints."""
    data = path.read_bytes()
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    result = read_distribution_form(Attachment(path.name, content_type, content_type, len(data), data), limits)
    mask = mask_national_ids
    return {
        "file": str(path),
        "format": result.format,
        "error": mask(result.error) if result.error else None,
        "municipality_text": result.municipality_text,
        "contact": result.contact,
        "orders": [{"type": o.type, **{k: mask(v) if isinstance(v, str) else v for k, v in o.fields.items()},
                    "cells": {k: s.document.rpartition("!")[2]
                                                          for k, s in o.spans.items()},
                    "uncertain": sorted(o.uncertain)} for o in result.orders],
        "named_citizens": result.named_citizens,
        "notes": [mask(n) for n in result.notes],
    }


@app.command()
def form(paths: list[Path] = typer.Argument(..., help="Spreadsheets (.xlsx, .xlsm, .xls, .ods, .csv).")) -> None:
    """Read spreadsheets as "Skjema for manuell fordeling": one JSON object per file.

    Exit 0 when every file was read as a form, 1 when one could not be opened.
    """
    limits = Limits.from_settings(load_settings().section("forms"))
    failed = False
    for path in paths:
        if not path.is_file():
            typer.echo(f"postmottak form: {path}: no such file", err=True)
            raise typer.Exit(2)
        report = form_report(path, limits)
        failed |= report["error"] is not None
        typer.echo(json.dumps(report, ensure_ascii=False, default=str))
    if failed:
        raise typer.Exit(1)
