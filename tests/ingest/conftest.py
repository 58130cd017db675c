"""Fixtures for ingest: one private Dovecot per session (fresh users per test) and a fresh store."""
from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).parent))
from dovecot_server import Dovecot, ensure_dovecot  # noqa: E402
from mailhelpers import PASSWORD, USERS, TokenEndpoint, imap_client  # noqa: E402

from ingest.config import IngestSettings, MailboxConfig  # noqa: E402
from store.db import Store, open_store  # noqa: E402

_users = itertools.count(1)


def _allow_install() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("POSTMOTTAK_TEST_INSTALL") == "1"


@pytest.fixture(scope="session")
def token_endpoint() -> Iterator[TokenEndpoint]:
    endpoint = TokenEndpoint()
    yield endpoint
    endpoint.server.shutdown()


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory, token_endpoint: TokenEndpoint) -> Iterator[Dovecot]:
    binary = ensure_dovecot(_allow_install())
    if binary is None:
        pytest.skip("Dovecot not installed: apt-get install dovecot-imapd (listed in .ci/apt-packages.txt), "
                    "or set POSTMOTTAK_TEST_INSTALL=1 to let the tests install it as root")
    # Not under pytest's tmp folder: that is mode 0700 for root, and Dovecot's
    # unprivileged processes must reach the passwd file and the Maildirs.
    root = Path(tempfile.mkdtemp(prefix="postmottak-dovecot-"))
    os.chmod(root, 0o755)
    server = Dovecot(root, binary, oauth_url=token_endpoint.url)
    server.add_users([f"user{i}" for i in range(1, USERS + 1)], PASSWORD)
    server.start()
    yield server
    server.crash()  # a graceful stop waits for idle clients; nothing to keep here
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot: Dovecot) -> str:
    """A fresh account per test: an empty mailbox without resetting the server."""
    return f"user{next(_users)}"


@pytest.fixture
def deliver(dovecot: Dovecot) -> Iterator:
    """deliver(user, data, folder="INBOX") -> UID, by APPEND over a second connection."""
    clients: dict[str, IMAPClient] = {}

    def _deliver(user: str, data: bytes, folder: str = "INBOX", flags: tuple = ()) -> int:
        if user not in clients:
            clients[user] = imap_client(dovecot, user)
        try:
            resp = clients[user].append(folder, data, flags=flags)
        except (OSError, IMAPClient.AbortError):  # the test restarted the server
            clients[user] = imap_client(dovecot, user)
            resp = clients[user].append(folder, data, flags=flags)
        return int(resp.split(b"]")[0].split()[-1])  # [APPENDUID validity uid]

    yield _deliver
    for c in clients.values():
        try:
            c.logout()
        except Exception:
            pass


@pytest.fixture
def mailbox_cfg(dovecot: Dovecot, imap_user: str, monkeypatch: pytest.MonkeyPatch):
    """mailbox_cfg(**overrides) -> MailboxConfig for the test's user over plain IMAP on loopback."""
    monkeypatch.setenv("PM_TEST_IMAP_PASSWORD", PASSWORD)

    def _cfg(**over) -> MailboxConfig:
        base = dict(name=over.pop("name", imap_user), host="127.0.0.1", port=dovecot.port,
                    security="none", user=imap_user, password_env="PM_TEST_IMAP_PASSWORD")
        base.update(over)
        return MailboxConfig(**base)

    return _cfg


@pytest.fixture
def opts() -> IngestSettings:
    return IngestSettings(batch_messages=10, batch_bytes=1024 * 1024, max_message_bytes=10 * 1024 * 1024,
                          socket_timeout_seconds=30, backoff_max_seconds=2, poll_interval_seconds=30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'store.db'}", upgrade=True)
    yield s
    s.dispose()


PG_ADMIN_URL = os.environ.get("POSTMOTTAK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A migrated PostgreSQL database of our own for this session (skips when unreachable, outside CI)."""
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"pm_ingest_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as err:
        admin.dispose()
        if os.environ.get("CI") or os.environ.get("POSTMOTTAK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} unreachable: {type(err).__name__}")
        pytest.skip(f"PostgreSQL at {PG_ADMIN_URL} unreachable: {type(err).__name__}")
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    open_store(url, upgrade=True).dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store on each backend (PostgreSQL emptied before the test)."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'store.db'}", upgrade=True)
    else:
        from store.models import metadata

        s = open_store(request.getfixturevalue("pg_url"))
        with s.engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(table.delete())
    yield s
    s.dispose()
