"""`postmottak purge`: retention, removing raw bytes and personal data of finished cases."""
from __future__ import annotations

import re
from datetime import timedelta

import typer

from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, store_or_exit
from postmottak.settings import load_settings

_AGE = re.compile(r"^\s*(\d+)\s*([dwy]?)\s*$")
_DAYS = {"": 1, "d": 1, "w": 7, "y": 365}


def parse_age(text: str) -> timedelta:
    """"365", "365d", "52w" or "2y" as a timedelta."""
    m = _AGE.match(text.lower())
    if not m:
        raise typer.BadParameter(f"{text!r}: give a number of days, e.g. 365, 365d, 52w or 2y")
    return timedelta(days=int(m.group(1)) * _DAYS[m.group(2)])


@app.command("purge")
def purge(
    older_than: str | None = typer.Option(
        None, "--older-than", help="Age of finished cases to purge: 365, 365d, 52w, 2y "
        "(default: store.purge_after_days)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what would be purged, change nothing."),
    db: str | None = DB_OPTION,
) -> None:
    """Remove raw bytes and personal data of registered/rejected cases older than the limit.

    The audit skeleton stays: who did what and when, statuses, dates.
    """
    from store.retention import purge as run

    settings = load_settings()
    configured = str(settings.section("store").get("purge_after_days", ""))
    try:
        age = parse_age(older_than or configured)
    except typer.BadParameter as err:
        source = "--older-than" if older_than else "store.purge_after_days"
        typer.echo(f"error: {source}: {err}", err=True)
        raise typer.Exit(2) from err
    store = store_or_exit(db)
    try:
        with store.session() as session:
            report = run(session, age, dry_run=dry_run)
    finally:
        store.dispose()
    verb = "would purge" if dry_run else "purged"
    typer.echo(f"{verb} {report.messages} messages ({report.orders} orders) finished before "
               f"{report.cutoff.date().isoformat()}")
