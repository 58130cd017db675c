"""open_store, WAL, migrations on both backends, and the schema matching the models."""
from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import select

from store.db import normalise_url, open_store
from store.migrate import downgrade, head
from store.models import RawMessageRow, metadata


def test_db_sqlite_file_gets_wal_and_parent_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "postmottak.db"
    store = open_store(f"sqlite:///{path}", upgrade=True)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.is_file()
    assert store.current() == head()
    store.dispose()


def test_db_memory_sqlite_is_shared_between_sessions() -> None:
    store = open_store("sqlite://", upgrade=True)
    with store.session() as s:
        s.add(RawMessageRow(sha256="0" * 64, data=b"x", size=1, source="t"))
    with store.session() as s:
        assert s.get(RawMessageRow, 1).data == b"x"


def test_db_session_rolls_back_on_error(store) -> None:
    with pytest.raises(RuntimeError):
        with store.session() as s:
            s.add(RawMessageRow(sha256="1" * 64, data=b"x", size=1, source="t"))
            s.flush()
            raise RuntimeError("boom")
    with store.session() as s:
        assert s.get(RawMessageRow, 1) is None


def test_db_migrated_schema_matches_models(store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []
    assert store.current() == head()


def test_db_downgrade_to_base_and_up_again(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    for backend in ("sqlite", "postgresql"):
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / 'down.db'}"
        else:
            try:
                url = request.getfixturevalue("pg_databases").create()
            except pytest.skip.Exception:
                continue
        store = open_store(url, upgrade=True)
        downgrade(store.engine, "base")
        assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
        store.upgrade()
        assert "orders" in inspect(store.engine).get_table_names()
        store.dispose()


@pytest.mark.parametrize("given, expected", [
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
])
def test_db_normalise_url_uses_psycopg3(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


def test_db_rollback_undoes_work_done_in_savepoints(store) -> None:
    """Regression: pysqlite let record_raw's SAVEPOINT commit the outer transaction."""
    from store.raw import record_raw

    with pytest.raises(RuntimeError):
        with store.session() as s:
            record_raw(s, b"kept only on success", source="t")
            raise RuntimeError("boom")
    with store.session() as s:
        assert s.exec(select(RawMessageRow)).first() is None


def test_db_readonly_session_does_not_wait_for_a_writer(store) -> None:
    from store.raw import record_raw

    with store.session() as writer:
        record_raw(writer, b"not yet committed", source="t")
        writer.flush()
        with store.session(readonly=True) as reader:
            assert reader.exec(select(RawMessageRow)).first() is None
    with store.session(readonly=True) as reader:
        assert reader.exec(select(RawMessageRow)).one().data == b"not yet committed"
