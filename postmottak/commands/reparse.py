"""`postmottak reparse`: run the pipeline again on stored raw bytes after a parser upgrade."""
from __future__ import annotations

from datetime import datetime, timezone

import typer

from postmottak import __version__
from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, store_or_exit


@app.command("reparse")
def reparse(
    everything: bool = typer.Option(False, "--all", help="Every stored message, whatever parsed it."),
    since: datetime | None = typer.Option(None, "--since", formats=["%Y-%m-%d"],
                                          help="Messages stored on or after this date (YYYY-MM-DD)."),
    db: str | None = DB_OPTION,
) -> None:
    """Reparse stored messages: by default those not parsed by this version.

    Unreviewed orders are replaced; approved, registered, rejected or
    edited orders are kept. Each message gets an audit event.
    """
    from store.reparse import reparse as run

    if everything and since:
        raise typer.BadParameter("give --all or --since, not both")
    store = store_or_exit(db)
    try:
        report = run(store, __version__, everything=everything,
                     since=since.replace(tzinfo=timezone.utc) if since else None)
    finally:
        store.dispose()
    typer.echo(f"reparsed {report.saved} of {report.selected} messages with parser {__version__}", err=True)
    if report.failed:
        typer.echo(f"failed (raw ids, kept for retry): {report.failed}", err=True)
        raise typer.Exit(1)
