"""`postmottak db upgrade|current`: the database schema, by Alembic migrations."""
from __future__ import annotations

import typer
from sqlalchemy.exc import SQLAlchemyError

from postmottak.cli import app
from postmottak.settings import load_settings

db_app = typer.Typer(help="The database: schema migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DB_OPTION = typer.Option(None, "--db", help="Database URL (default: settings.database_url).")


def database_url(db: str | None) -> str:
    """--db if given, else the configured URL (config.toml, POSTMOTTAK_DATABASE__URL)."""
    return db or load_settings().database_url


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `message` as an error on stderr; raise the returned Exit."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def store_or_exit(db: str | None, create: bool = False):
    """The store at --db (or the configured URL), at the newest schema; a clear error and exit 2 if not."""
    from store.db import StoreError, open_at_head

    try:
        return open_at_head(database_url(db), create=create)
    except StoreError as err:
        raise fail(str(err)) from err


def _first_line(err: BaseException) -> str:
    return f"{type(err).__name__}: {(str(err).splitlines() or [''])[0]}"


@db_app.command("upgrade")
def upgrade(
    db: str | None = DB_OPTION,
    revision: str = typer.Option("head", help="Target revision."),
) -> None:
    """Create or migrate the schema to the newest revision (safe to repeat)."""
    from alembic.util.exc import CommandError

    from store.db import open_store

    try:
        store = open_store(database_url(db))
    except (SQLAlchemyError, ValueError, OSError) as err:
        raise fail(f"cannot open the database: {_first_line(err)}") from err
    try:
        before = store.current()
        store.upgrade(revision)
        typer.echo(f"{store.url}: {before or 'empty'} -> {store.current()}")
    except (SQLAlchemyError, CommandError) as err:
        raise fail(f"{store.url}: {_first_line(err)}", 1) from err
    finally:
        store.dispose()


@db_app.command("current")
def current(db: str | None = DB_OPTION) -> None:
    """Print the schema revision of the database and the newest one this version has; exit 1 when behind."""
    from store.db import open_store
    from store.migrate import head

    try:
        store = open_store(database_url(db))
    except (SQLAlchemyError, ValueError, OSError) as err:
        raise fail(f"cannot open the database: {_first_line(err)}") from err
    try:
        now = store.current()
    except SQLAlchemyError as err:
        raise fail(f"{store.url}: {_first_line(err)}") from err
    finally:
        store.dispose()
    typer.echo(f"{store.url}: revision {now or 'none'} (newest {head()})")
    if now != head():
        raise typer.Exit(1)
