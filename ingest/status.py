"""What `postmottak mailboxes status` shows: the ledger per folder, staleness, the poller's heartbeat."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest import storage as st
from ingest.config import IngestSettings
from ingest.poller import read_heartbeat, stale_since


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def folder_rows(store: st.Store, opts: IngestSettings, data_dir: Path) -> list[dict[str, Any]]:
    """One dict per configured (or previously synced) folder; `problem` says what is wrong, if anything."""
    with store.session() as s:
        known = {(f.mailbox, f.folder): f for f in st.ingest_status(s)}
    heartbeat = read_heartbeat(data_dir / "poller-heartbeat.json") or {}
    wanted = [(m.name, f) for m in opts.mailboxes for f in m.folders]
    rows = []
    for key in wanted + sorted(set(known) - set(wanted)):
        f = known.get(key)
        run = f.last_run if f else None
        notes = (run.notes or {}) if run else {}
        problem = None
        if key in wanted:
            stale = stale_since(f.last_success if f else None, opts.stale_after_seconds)
            if f and f.last_error:
                problem = f"error: {f.last_error}"
            elif stale:
                problem = f"stale: last success {stale}"
            elif run and run.finished_at and not run.reconciled:
                problem = "last run did not reconcile with the server's UID list"
        rows.append({
            "mailbox": key[0], "folder": key[1], "configured": key in wanted,
            "uidvalidity": f.uidvalidity if f else None,
            "last_success": _iso(f.last_success) if f else None,
            "last_attempt": _iso(f.last_attempt) if f else None,
            "stored_uids": f.stored_uids if f else 0,
            "last_run": None if run is None else {
                "started": _iso(run.started_at), "finished": _iso(run.finished_at),
                "server_uids": run.server_uids, "fetched": run.fetched, "stored": run.stored,
                "skipped": run.skipped, "skipped_reasons": notes.get("skipped", {}),
                "failed": run.failed, "reconciled": run.reconciled,
            },
            "poller": (heartbeat.get("mailboxes") or {}).get(key[0]),
            "heartbeat": heartbeat.get("at"),
            "problem": problem,
        })
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    """A plain-text table for operators."""
    if not rows:
        return "no mailboxes configured and none synced yet"
    lines = []
    for r in rows:
        run = r["last_run"]
        ledger = "no run yet" if run is None else (
            f"server {run['server_uids']} fetched {run['fetched']} stored {run['stored']} "
            f"skipped {run['skipped']}{' ' + str(run['skipped_reasons']) if run['skipped_reasons'] else ''} "
            f"failed {run['failed']} reconciled {'yes' if run['reconciled'] else 'no'}"
            + ("" if run["finished"] else " (interrupted)"))
        state = r["problem"] or "ok"
        lines.append(f"{r['mailbox']}/{r['folder']}: {state}\n"
                     f"  last success {r['last_success'] or 'never'}; {r['stored_uids']} UIDs stored\n"
                     f"  last run: {ledger}")
        if r["poller"]:
            p = r["poller"]
            lines.append(f"  poller: {p.get('state')} (heartbeat {r['heartbeat']})")
    return "\n".join(lines)
