"""`postmottak ingest PATH...`: import .eml files, Maildirs and mbox files into the store."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, database_url
from postmottak.settings import SettingsError, load_settings


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(..., help=".eml files, Maildir folders, mbox files or folders of those."),
    db: str | None = DB_OPTION,
    parse: bool = typer.Option(True, "--parse/--no-parse", help="Parse what was stored (default) or only store it."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Store every message (raw bytes, once each by content), then parse the new ones.

    For backfills and replays: running it again on the same files stores
    nothing twice, and an interrupted run resumes where it stopped.
    """
    from ingest.backfill import count_messages, ingest_paths
    from ingest.config import load_ingest
    from ingest.process import parse_pending
    from store.db import StoreError, open_at_head

    for path in paths:
        if not path.exists():
            typer.echo(f"error: {path}: no such file or folder", err=True)
            raise typer.Exit(2)
    try:
        opts = load_ingest(load_settings())
        store = open_at_head(database_url(db), create=True)
    except (SettingsError, StoreError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    try:
        total = count_messages(paths) if progress else 0
        with typer.progressbar(length=total, label="ingest", file=sys.stderr,
                               hidden=not progress) as bar:
            report = ingest_paths(paths, store, opts.max_message_bytes, progress=bar.update)
        typer.echo(f"ingest: {report.summary()}", err=True)
        if parse:
            typer.echo(f"parsed: {parse_pending(store)}", err=True)
    finally:
        store.dispose()
    if report.failed:
        raise typer.Exit(1)
