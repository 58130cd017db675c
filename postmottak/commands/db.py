"""`postmottak db upgrade|current`: the database schema, by Alembic migrations."""
from __future__ import annotations

import typer

from postmottak.cli import app
from postmottak.settings import load_settings

db_app = typer.Typer(help="The database: schema migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DB_OPTION = typer.Option(None, "--db", help="Database URL (default: settings.database_url).")


def database_url(db: str | None) -> str:
    """--db if given, else the configured URL (config.toml, POSTMOTTAK_DATABASE__URL)."""
    return db or load_settings().database_url


@db_app.command("upgrade")
def upgrade(
    db: str | None = DB_OPTION,
    revision: str = typer.Option("head", help="Target revision."),
) -> None:
    """Create or migrate the schema to the newest revision (safe to repeat)."""
    from store.db import open_store

    store = open_store(database_url(db))
    try:
        before = store.current()
        store.upgrade(revision)
        typer.echo(f"{store.url}: {before or 'empty'} -> {store.current()}")
    finally:
        store.dispose()


@db_app.command("current")
def current(db: str | None = DB_OPTION) -> None:
    """Print the schema revision of the database and the newest one this version has."""
    from store.db import open_store
    from store.migrate import head

    store = open_store(database_url(db))
    try:
        now = store.current()
        typer.echo(f"{store.url}: revision {now or 'none'} (newest {head()})")
        if now != head():
            raise typer.Exit(1)
    finally:
        store.dispose()
