"""Time the store's hot queries on a big database: review queue, due reminders, inserts.

    .venv/bin/python bench/store_queries.py                  # 1,000,000 orders, both backends
    .venv/bin/python bench/store_queries.py --orders 100000 --backend sqlite

Fills a fresh database with bulk inserts (two orders per message, a fifth
of them terminations, 85% of those answered by a list change; a fifth as
many reminders, mostly already sent or in the future, as in a running
system), runs ANALYZE, then prints the median and worst time of
each query over repeated runs. Target: every query under 50 ms at 1,000,000
orders. PostgreSQL gets a database of its own, dropped at the end.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text  # noqa: E402

from parsers.models import Municipality, Order, ParsedMessage, RawMessage, Result  # noqa: E402
from store.db import Store, open_store  # noqa: E402
from store.links import relink_all  # noqa: E402
from store.models import OrderRow, ParsedMessageRow, RawMessageRow, Reminder  # noqa: E402
from store.models.cases import NO_DEADLINE  # noqa: E402
from store.queries import due_reminders, open_terminations_without_list_change, review_queue  # noqa: E402
from store.raw import record_raw  # noqa: E402
from store.results import save_result  # noqa: E402

NOW = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)
STATUSES = ["registered"] * 30 + ["rejected"] * 10 + ["approved"] * 10 + ["ready"] * 25 + ["needs_review"] * 25
TYPES = ["termination", "new_gp", "unassigned_list", "distribution", "ceiling_change"]
BATCH = 10_000


def _fill(store: Store, n_orders: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    n_msgs = max(1, n_orders // 2)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        for start in range(1, n_msgs + 1, BATCH):
            ids = range(start, min(start + BATCH, n_msgs + 1))
            stored = [NOW - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60)) for _ in ids]
            conn.execute(RawMessageRow.__table__.insert(), [
                {"id": i, "sha256": hashlib.sha256(b"m%d" % i).hexdigest(), "data": b"Subject: x\r\n\r\nbody %d" % i,
                 "size": 20, "source": f"bench/{i}.eml", "oversized": False, "stored_at": s}
                for i, s in zip(ids, stored)])
            conn.execute(ParsedMessageRow.__table__.insert(), [
                {"id": i, "raw_id": i, "parser_version": "bench", "parsed_at": s, "kind": "termination_notice",
                 "municipality_number": "4601", "received": s, "needs_review": False, "attachments": [], "errors": []}
                for i, s in zip(ids, stored)])
        for start in range(1, n_orders + 1, BATCH):
            rows = []
            for oid in range(start, min(start + BATCH, n_orders + 1)):
                msg = (oid + 1) // 2
                status = rng.choice(STATUSES)
                deadline = None if rng.random() < 0.1 else date(2026, 6, 1) + timedelta(days=rng.randint(-365, 365))
                created = NOW - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
                # Every fifth order a termination; the new_gp after it answers
                # it (same list, same departing GP) 85% of the time.
                kind = TYPES[oid % 5]
                answers = kind == "new_gp" and rng.random() < 0.85
                flr = str(10_000_000 + (oid - 1 if answers else oid))
                hpr = (str(20_000_000 + (oid - 1 if answers else oid))
                       if kind in ("termination", "new_gp") else None)
                rows.append({
                    "id": oid, "raw_id": msg, "parsed_id": msg, "position": oid % 2, "type": kind,
                    "status": status, "in_queue": status in ("ready", "needs_review"),
                    "fields": {"flr_list_id": flr, "gp_name": "Kari Nordmann", "transfer_date": str(deadline)},
                    "spans": {}, "uncertain": [], "deadline": deadline, "urgency": deadline or NO_DEADLINE,
                    "municipality_number": "4601", "flr_list_id": flr,
                    "departing_hpr": hpr, "awaiting_list_change": False,
                    "parser_version": "bench", "edited": False, "created_at": created, "updated_at": created})
            conn.execute(OrderRow.__table__.insert(), rows)
        n_rem = n_orders // 5
        for start in range(0, n_rem, BATCH):
            rows = []
            for _ in range(start, min(start + BATCH, n_rem)):
                due = NOW + timedelta(hours=rng.randint(-24 * 365, 24 * 90))
                state = "sent" if due < NOW - timedelta(days=1) else "pending"
                rows.append({"order_id": rng.randint(1, n_orders), "kind": "list_change", "due_at": due,
                             "state": state, "created_at": due - timedelta(days=30)})
            conn.execute(Reminder.__table__.insert(), rows)
    with store.session() as s:
        relink_all(s)
    if store.dialect == "postgresql":
        with store.engine.begin() as conn:
            for table in ("raw_message", "parsed_message", "orders", "reminder"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    print(f"  filled {n_orders:,} orders, {n_msgs:,} messages, {n_orders // 5:,} reminders "
          f"in {time.perf_counter() - t0:.1f} s", flush=True)


def _time(label: str, fn, repeat: int = 30) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm the cache and the connection pool
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    med = statistics.median(times)
    print(f"  {label:<44} median {med:7.2f} ms   worst {max(times):7.2f} ms", flush=True)
    return med


def _result(i: int) -> tuple[RawMessage, Result]:
    raw = RawMessage(f"bench/new{i}.eml", f"Message-ID: <new{i}.{uuid.uuid4().hex}@x>\r\n\r\nbody".encode())
    msg = ParsedMessage(source=raw.source, raw=raw.data, subject="Oppsigelse", received=NOW)
    orders = [Order("termination", {"flr_list_id": str(200000 + i), "transfer_date": "2026-09-01"}) for _ in range(2)]
    return raw, Result(message=msg, kind="termination_notice", municipality=Municipality("4601", "Bergen"),
                       orders=orders)


def _bench(store: Store) -> dict[str, float]:
    out = {}
    with store.session() as s:
        out["review"] = _time("review_queue first page (50)", lambda: review_queue(s, limit=50))
        out["review_deep"] = _time("review_queue page 20 (offset 950)", lambda: review_queue(s, limit=50, offset=950))
        out["due"] = _time("due_reminders(now), at most 100", lambda: due_reminders(s, NOW, limit=100))
        out["open"] = _time("open terminations w/o list change, first 100",
                            lambda: open_terminations_without_list_change(s, limit=100), repeat=10)
    counter = iter(range(10**9))

    def save_batch() -> None:
        with store.session() as s:
            for _ in range(50):
                raw, res = _result(next(counter))
                rec = record_raw(s, raw.data, source=raw.source)
                save_result(s, rec.id, res, "bench")

    out["save"] = _time("insert batch: 50 messages (100 orders) saved", save_batch, repeat=10)
    return out


def _sqlite(n: int, path: Path | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pm-bench-"))
    db = path or folder / "bench.db"
    print(f"SQLite {db}", flush=True)
    store = open_store(f"sqlite:///{db}", upgrade=True)
    _fill(store, n)
    _bench(store)
    store.dispose()
    if path is None:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()


def _postgres(n: int, admin_url: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"pm_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    print(f"PostgreSQL database {name}", flush=True)
    try:
        store = open_store(admin.url.set(database=name).render_as_string(hide_password=False), upgrade=True)
        _fill(store, n)
        _bench(store)
        store.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--orders", type=int, default=1_000_000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
                    help="a server database to connect to while creating the bench database")
    ap.add_argument("--sqlite-path", type=Path, help="keep the SQLite database here (default: temporary)")
    args = ap.parse_args()
    if args.backend in ("sqlite", "both"):
        _sqlite(args.orders, args.sqlite_path)
    if args.backend in ("postgresql", "both"):
        _postgres(args.orders, args.pg_url)


if __name__ == "__main__":
    main()
