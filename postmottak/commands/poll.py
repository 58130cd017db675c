"""`postmottak poll [--once]`: read the configured IMAP mailboxes into the store."""
from __future__ import annotations

import logging
import signal

import typer

from postmottak.cli import app
from postmottak.commands.db import DB_OPTION, database_url
from postmottak.settings import SettingsError, load_settings

log = logging.getLogger("postmottak.ingest")


@app.command("poll")
def poll(
    once: bool = typer.Option(False, "--once", help="Sync every mailbox once and exit (for cron or a test)."),
    mailbox: list[str] = typer.Option(None, "--mailbox", "-m", help="Only this mailbox (repeatable)."),
    db: str | None = DB_OPTION,
    parse: bool = typer.Option(True, "--parse/--no-parse", help="Parse stored messages after syncing."),
) -> None:
    """Poll the mailboxes of config.toml: IDLE where offered, a fallback poll, reconnect with backoff.

    Exit status with --once: 0 when every mailbox synced, 1 when one failed
    (the others still ran), 2 on a configuration error.
    """
    from ingest.config import load_ingest
    from ingest.poller import Poller, run_once
    from store.db import StoreError, open_at_head

    try:
        settings = load_settings()
        opts = load_ingest(settings)
        store = open_at_head(database_url(db), create=True)
    except (SettingsError, StoreError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    if not opts.mailboxes:
        typer.echo("error: no [[mailboxes]] in the configuration (see docs/ingest.md)", err=True)
        raise typer.Exit(2)
    try:
        if once:
            results = run_once(opts, store, settings.data_dir / "locks", mailbox or None, parse=parse)
            for r in results:
                for rep in r.reports:
                    typer.echo(rep.summary(), err=True)
                if r.locked:
                    typer.echo(f"{r.name}: skipped: another poller is working this mailbox", err=True)
                if r.error:
                    typer.echo(f"{r.name}: FAILED: {r.error}", err=True)
            raise typer.Exit(1 if any(r.error for r in results) else 0)
        poller = Poller(opts, store, settings.data_dir, mailbox or None)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: poller.stop.set())
        log.info("polling %s", ", ".join(m.name for m in poller.boxes))
        poller.run()
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    finally:
        store.dispose()
