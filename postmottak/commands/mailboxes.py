"""`postmottak mailboxes status|check`: the ingest ledger per mailbox, and a login test."""
from __future__ import annotations

import json

import typer

from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, database_url
from postmottak.settings import SettingsError, load_settings

mailboxes_app = typer.Typer(help="IMAP mailboxes: sync status and connection checks.", no_args_is_help=True)
app.add_typer(mailboxes_app, name="mailboxes")


def _load(db: str | None):
    from ingest.config import load_ingest
    from store.db import StoreError, open_at_head

    try:
        settings = load_settings()
        return settings, load_ingest(settings), open_at_head(database_url(db))
    except (SettingsError, StoreError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err


@mailboxes_app.command("status")
def status(
    db: str | None = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per folder on stdout."),
) -> None:
    """Per mailbox and folder: last sync, last error, the latest run's ledger, and staleness.

    Exit 1 when a configured mailbox has failed or not synced within
    ingest.stale_after_minutes, so a monitor can run this command.
    """
    from ingest.status import folder_rows, render

    settings, opts, store = _load(db)
    try:
        rows = folder_rows(store, opts, settings.data_dir)
    finally:
        store.dispose()
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        typer.echo(render(rows))
    if any(row["problem"] for row in rows):
        raise typer.Exit(1)


@mailboxes_app.command("check")
def check(mailbox: list[str] = typer.Option(None, "--mailbox", "-m", help="Only this mailbox.")) -> None:
    """Log in to each configured mailbox and look for its folders; changes nothing."""
    from ingest.config import load_ingest
    from ingest.connect import close, connect
    from ingest.errors import IngestError

    try:
        opts = load_ingest(load_settings())
    except SettingsError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    failed = False
    for cfg in opts.mailboxes:
        if mailbox and cfg.name not in mailbox:
            continue
        try:
            client = connect(cfg, timeout=opts.socket_timeout_seconds)
        except IngestError as err:
            typer.echo(f"{cfg.name}: FAILED: {err}")
            failed = True
            continue
        missing = [f for f in cfg.folders if not client.folder_exists(f)]
        moves = "MOVE" if client.has_capability("MOVE") else "COPY+EXPUNGE"
        idle = "IDLE" if client.has_capability("IDLE") else "poll only"
        close(client)
        failed |= bool(missing)
        typer.echo(f"{cfg.name}: ok ({idle}, {moves})" + (f"; missing folders: {missing}" if missing else ""))
    raise typer.Exit(1 if failed else 0)
