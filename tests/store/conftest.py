"""Fixtures for store tests: a clean, migrated database per test on SQLite and PostgreSQL.

PostgreSQL is the server at 127.0.0.1:5432 (user postgres, trust auth), or
$POSTMOTTAK_TEST_PG_URL. One database with a unique name is created per
session, migrated once and emptied before each test, then dropped.
When the server is unreachable the PostgreSQL cases skip and say why; with
$CI or $POSTMOTTAK_REQUIRE_POSTGRES set they fail instead.
"""
from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from store.db import Store, open_store
from store.models import metadata

PG_ADMIN_URL = os.environ.get("POSTMOTTAK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = bool(os.environ.get("CI") or os.environ.get("POSTMOTTAK_REQUIRE_POSTGRES"))
BACKENDS = ["sqlite", "postgresql"]


def _admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})


def pg_unavailable() -> str | None:
    """Why PostgreSQL cannot be used here, or None when it can."""
    try:
        engine = _admin_engine()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as err:  # any connection failure means "skip, and say why"
        return f"PostgreSQL at {PG_ADMIN_URL} is unreachable ({type(err).__name__}: {str(err).strip()[:200]})"


class PgDatabases:
    """Creates uniquely named databases on the test server and drops them at the end."""

    def __init__(self) -> None:
        self.admin = _admin_engine()
        self.names: list[str] = []

    def create(self) -> str:
        name = f"pm_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.names.append(name)
        return self.admin.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    reason = pg_unavailable()
    if reason:
        if REQUIRE_PG:
            pytest.fail(f"{reason}; CI requires the PostgreSQL tests to run")
        pytest.skip(reason)
    dbs = PgDatabases()
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session")
def pg_store(pg_databases: PgDatabases) -> Iterator[Store]:
    store = open_store(pg_databases.create(), upgrade=True)
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    store = open_store(f"sqlite:///{path}", upgrade=True)
    store.dispose()  # the last connection to close folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _empty(store: Store) -> None:
    # DELETE, not TRUNCATE: on the few rows a test leaves it is much faster.
    with store.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "data" / "postmottak.db"
        path.parent.mkdir()
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        s = open_store(f"sqlite:///{path}")
        yield s
        s.dispose()
    else:
        s = request.getfixturevalue("pg_store")
        _empty(s)
        yield s


@pytest.fixture
def cli_app():  # type: ignore[no-untyped-def]
    """The real `postmottak` Typer app."""
    from postmottak.cli import app

    return app


@pytest.fixture
def store_url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)
