"""Open the store by URL: engine, sessions, and migrations to head."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

log = logging.getLogger("postmottak.store")


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why."""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the review UI read while ingest writes; foreign keys are off
    # by default in SQLite; busy_timeout waits for a writer instead of failing.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    # pysqlite's own transaction handling starts transactions late and lets
    # a SAVEPOINT commit the outer transaction; take control of BEGIN
    # ourselves (the SQLAlchemy recipe), see _sqlite_begin.
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front: a transaction that reads and
    # then writes cannot fail half-way with SQLITE_BUSY when another thread
    # (the poller, the review UI) committed in between; it waits instead.
    options = conn.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return
    conn.exec_driver_sql("BEGIN" if options.get("postmottak_readonly") else "BEGIN IMMEDIATE")


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// use psycopg 3, the driver we ship."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


class Store:
    """An engine and its session factory. Use `with store.session() as s:`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, readonly: bool = False) -> Iterator[Session]:
        """A session committed on success and rolled back on error.

        `readonly=True` is for pages and reports that only read: on SQLite
        they then neither take nor wait for the write lock (WAL readers see
        the last committed state).
        """
        bind = self.engine.execution_options(postmottak_readonly=True) if readonly else self.engine
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def upgrade(self, revision: str = "head") -> None:
        """Run the Alembic migrations shipped in store/migrations up to `revision`."""
        from store.migrate import upgrade

        upgrade(self.engine, revision)

    def current(self) -> str | None:
        """The schema revision the database is at (None when never migrated)."""
        from store.migrate import current

        return current(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, upgrade: bool = False, echo: bool = False) -> Store:
    """A Store for a SQLAlchemy URL; SQLite gets WAL and foreign keys.

    For a SQLite file the parent folder is created. "sqlite://" is an
    in-memory database shared by every session of this Store.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs.update(connect_args={"check_same_thread": False, "timeout": 10})
    else:
        kwargs.update(pool_pre_ping=True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    store = Store(engine)
    if upgrade:
        store.upgrade()
    return store


def open_at_head(url: str, create: bool = False) -> Store:
    """Open a store whose schema must already be at the newest migration.

    Commands other than `db upgrade` use this, so a database is never
    changed behind the operator's back; with `create` (mail intake: ingest,
    poll), a new, empty database gets its schema on the first run.
    """
    from store.migrate import head

    try:
        store = open_store(url)
    except Exception as err:  # a malformed URL or a missing driver: say which, don't crash
        raise StoreError(f"cannot open the database: {type(err).__name__}: {err}") from err
    try:
        current = store.current()
    except Exception as err:
        store.dispose()
        raise StoreError(f"cannot open the database {store.url}: {err}") from err
    if create and current is None and not inspect(store.engine).get_table_names():
        # A new, empty database (the first run on the embedded default): create the schema, it
        # changes nothing an operator has.
        logging.getLogger("postmottak.store").info("new database %s: creating the schema", store.url)
        store.upgrade()
        return store
    if current != head():
        store.dispose()
        raise StoreError(
            f"the database {store.url} is at schema revision {current or 'none'}, this version needs "
            f"{head()}: run `postmottak db upgrade`"
        )
    return store
