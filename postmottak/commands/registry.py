"""`postmottak registry import lists|unassigned FILE --date`: load registry snapshots."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import typer

from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, store_or_exit
from postmottak.settings import load_settings

registry_app = typer.Typer(help="Registry snapshots (FLR lists, unassigned citizens).", no_args_is_help=True)
import_app = typer.Typer(help="Import a snapshot file (CSV or XLSX) with its date.", no_args_is_help=True)
registry_app.add_typer(import_app, name="import")
app.add_typer(registry_app, name="registry")

DATE_OPTION = typer.Option(None, "--date", formats=["%Y-%m-%d"],
                           help="The date the snapshot was taken (default: today).")


def _import(kind: str, path: Path, when: datetime | None, db: str | None) -> None:
    from store.registry import import_registry_file

    settings = load_settings()
    taken: date = when.date() if when else datetime.now(ZoneInfo(settings.timezone)).date()
    if not path.is_file():
        typer.echo(f"error: {path}: no such file", err=True)
        raise typer.Exit(2)
    store = store_or_exit(db)
    try:
        with store.session() as session:
            snap = import_registry_file(session, kind, path, taken)
            typer.echo(f"imported {snap.rows} {kind} rows from {path} as of {taken.isoformat()} (snapshot {snap.id})")
    except (ValueError, KeyError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    finally:
        store.dispose()


@import_app.command("lists")
def import_lists(path: Path = typer.Argument(..., metavar="FILE"), when: datetime | None = DATE_OPTION,
                 db: str | None = DB_OPTION) -> None:
    """FLR lists: flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size."""
    _import("lists", path, when, db)


@import_app.command("unassigned")
def import_unassigned(path: Path = typer.Argument(..., metavar="FILE"), when: datetime | None = DATE_OPTION,
                      db: str | None = DB_OPTION) -> None:
    """Citizens without a GP per municipality: kommunenummer,unassigned,distribution."""
    _import("unassigned", path, when, db)


@registry_app.command("show")
def show(db: str | None = DB_OPTION) -> None:
    """Print the newest snapshot of each kind and its date."""
    from store.registry import latest_registry

    store = store_or_exit(db)
    try:
        with store.session() as session:
            registry = latest_registry(session)
    finally:
        store.dispose()
    if registry is None:
        typer.echo("no registry snapshot imported")
        raise typer.Exit(1)
    typer.echo(f"as of {registry.taken}: {len(registry.lists)} lists, {len(registry.unassigned)} municipalities")
