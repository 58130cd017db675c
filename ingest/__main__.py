"""`python -m ingest [--mailbox NAME]`: one pass over the configured mailboxes, progress on stdout.

The same work as `postmottak poll --once`, without the CLI, printing one
line per committed batch ("committed N") so a supervisor (or the crash
test) can follow progress.
"""
from __future__ import annotations

import argparse
import logging
import sys

from ingest.config import load_ingest
from ingest.poller import run_once
from postmottak.settings import SettingsError, load_settings
from store.db import StoreError, open_at_head


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest")
    ap.add_argument("--mailbox", action="append", help="only this mailbox (repeatable)")
    ap.add_argument("--no-parse", action="store_true", help="store raw messages only")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        opts = load_ingest(settings)
        store = open_at_head(settings.database_url)
    except (SettingsError, StoreError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    def progress(event: str, count: int) -> None:
        print(f"{event} {count}", flush=True)

    try:
        results = run_once(opts, store, settings.data_dir / "locks", args.mailbox, progress,
                           parse=not args.no_parse)
    finally:
        store.dispose()
    for r in results:
        for rep in r.reports:
            print(rep.summary(), file=sys.stderr)
        if r.locked:
            print(f"{r.name}: skipped: another poller is working this mailbox", file=sys.stderr)
        if r.error:
            print(f"{r.name}: FAILED: {r.error}", file=sys.stderr)
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
