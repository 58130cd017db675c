"""`postmottak parse PATH...`: messages to JSON Lines, exactly as CONTRACT.md says."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from ingest.files import read_path
from postmottak import __version__
from postmottak.cli import app
from postmottak.output import result_json
from postmottak.pipeline import process_raw

log = logging.getLogger("postmottak.parse")


def _registry(lists: Path | None, unassigned: Path | None):
    if lists is None and unassigned is None:
        return None
    from rules.snapshot_io import SnapshotError, load_lists, load_registry, load_unassigned

    try:
        return load_registry(load_lists(lists) if lists else {}, load_unassigned(unassigned) if unassigned else {})
    except SnapshotError as err:
        typer.echo(f"postmottak parse: {err}", err=True)
        raise typer.Exit(2) from err


@app.command()
def parse(
    paths: list[Path] = typer.Argument(..., help=".eml files, Maildir folders, mbox files, or folders of those."),
    lists: Optional[Path] = typer.Option(None, "--lists", help="Registry snapshot of FLR lists (CSV or XLSX)."),
    unassigned: Optional[Path] = typer.Option(None, "--unassigned", help="Snapshot of citizens without a list (CSV or XLSX)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store what is parsed in this database URL."),
) -> None:
    """Parse messages into orders and findings: one JSON object per message on stdout."""
    for p in paths:
        if not p.exists():
            typer.echo(f"postmottak parse: {p}: no such file or folder", err=True)
            raise typer.Exit(2)
    registry = _registry(lists, unassigned)
    raws = [raw for p in paths for raw in read_path(p)]
    log.info("read %d messages from %d paths", len(raws), len(paths))
    store = None
    if db:
        from store import open_store
        from store.history import StoreHistory

        store = open_store(db, upgrade=True)
    # with a database, a list change also finds the termination it follows among the stored orders
    results = process_raw(raws, registry=registry, history=StoreHistory.for_store(store) if store else None)
    if store is not None:
        from store.batch import store_parsed_many

        by_source = {r.source: r for r in raws}
        try:
            store_parsed_many(store, [(by_source[r.message.source], r) for r in results], __version__)
        finally:
            store.dispose()
        log.info("stored %d messages in the database", len(results))
    out = sys.stdout
    for result in results:
        out.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")
    out.flush()
