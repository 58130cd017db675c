"""SIGKILL the ingest process at random moments while it reads 2,000 messages: each is stored once."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from mailhelpers import PASSWORD, imap_client, make_message
from dovecot_server import write_maildir
from sqlalchemy import func
from sqlmodel import select

from store.db import open_store
from store.models import IngestRun, RawLocation, RawMessageRow

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 2000
SEED = 20261201


def _config(tmp_path: Path, dovecot, user: str) -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[general]
data_dir = "{tmp_path / 'data'}"
[database]
url = "sqlite:///{tmp_path / 'crash.db'}"
[ingest]
batch_messages = 25
[[mailboxes]]
name = "post"
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
user = "{user}"
password_env = "PM_CRASH_PASSWORD"
action = "move"
move_to = "Behandlet"
""")
    return cfg


def _run(env: dict, kill_after: int | None) -> tuple[int, int]:
    """Run `python -m ingest`; SIGKILL it after `kill_after` progress lines. (events seen, exit code)."""
    proc = subprocess.Popen([sys.executable, "-m", "ingest", "--no-parse"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen = 0
    assert proc.stdout is not None
    for _line in proc.stdout:
        seen += 1
        if kill_after is not None and seen >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.stdout.close()
    return seen, proc.wait(timeout=120)


def test_crash_sigkill_at_random_points_stores_every_message_exactly_once(tmp_path, dovecot, imap_user):
    sent = [make_message(i, body=f"Melding {i} til fastlegeregisteret.\n") for i in range(MESSAGES)]
    write_maildir(dovecot, imap_user, sent)
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    open_store(url, upgrade=True).dispose()
    env = dict(os.environ, POSTMOTTAK_CONFIG=str(_config(tmp_path, dovecot, imap_user)),
               PM_CRASH_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
    rng = random.Random(SEED)
    kills = 0
    for _round in range(8):
        seen, code = _run(env, kill_after=rng.randint(1, 30))
        if code == 0:
            break
        assert code == -signal.SIGKILL, f"ingest failed by itself (exit {code})"
        kills += 1
        print(f"killed after {seen} progress lines")
    assert kills >= 3, "the run finished before it could be killed often enough"
    _, code = _run(env, kill_after=None)
    assert code == 0

    store = open_store(url)
    with store.session() as s:
        shas = list(s.exec(select(RawMessageRow.sha256)))
        locations = s.exec(select(func.count()).select_from(RawLocation)).one()
        last = s.exec(select(IngestRun).order_by(IngestRun.id.desc())).first()
    store.dispose()
    assert len(shas) == MESSAGES and set(shas) == {hashlib.sha256(d).hexdigest() for d in sent}
    assert locations == MESSAGES
    assert last.reconciled and last.finished_at is not None
    client = imap_client(dovecot, imap_user)
    assert client.select_folder("INBOX")[b"EXISTS"] == 0
    assert client.select_folder("Behandlet")[b"EXISTS"] == MESSAGES  # moved once each, only after commit
    client.logout()
