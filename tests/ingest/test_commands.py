"""`postmottak poll --once` and `postmottak mailboxes status` with a config file and a real Dovecot."""
from __future__ import annotations

import json
from pathlib import Path

from mailhelpers import PASSWORD, make_message
from typer.testing import CliRunner

from postmottak.cli import app
from store.db import open_store


def _config(tmp_path, dovecot, user, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cmd.db'}"
    open_store(url, upgrade=True).dispose()
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[general]
data_dir = "{tmp_path / 'data'}"
[database]
url = "{url}"
[[mailboxes]]
name = "post"
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
user = "{user}"
password_env = "PM_CMD_PW"
[[mailboxes]]
name = "broken"
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
user = "{user}"
password_env = "PM_CMD_WRONG"
""")
    monkeypatch.setenv("POSTMOTTAK_CONFIG", str(cfg))
    monkeypatch.setenv("PM_CMD_PW", PASSWORD)
    monkeypatch.setenv("PM_CMD_WRONG", "wrong")


def test_commands_poll_once_and_status(tmp_path, dovecot, imap_user, deliver, monkeypatch):
    for i in range(3):
        deliver(imap_user, make_message(i))
    _config(tmp_path, dovecot, imap_user, monkeypatch)
    runner = CliRunner()
    polled = runner.invoke(app, ["poll", "--once", "--no-parse"])
    assert polled.exit_code == 1  # one account failed, the other synced
    assert "post/INBOX: server 3" in polled.output and "broken: FAILED" in polled.output
    status = runner.invoke(app, ["mailboxes", "status", "--json"])
    assert status.exit_code == 1
    rows = {r["mailbox"]: r for r in map(json.loads, status.stdout.splitlines())}
    assert rows["post"]["problem"] is None and rows["post"]["last_run"]["stored"] == 3
    assert rows["post"]["last_run"]["reconciled"] is True
    assert "refused" in rows["broken"]["problem"]
    text = runner.invoke(app, ["mailboxes", "status"])
    assert "post/INBOX: ok" in text.stdout and "stored 3" in text.stdout


def test_commands_poll_once_only_named_mailbox(tmp_path, dovecot, imap_user, deliver, monkeypatch):
    deliver(imap_user, make_message(1))
    _config(tmp_path, dovecot, imap_user, monkeypatch)
    polled = CliRunner().invoke(app, ["poll", "--once", "--no-parse", "-m", "post"])
    assert polled.exit_code == 0, polled.output
    unknown = CliRunner().invoke(app, ["poll", "--once", "-m", "nope"])
    assert unknown.exit_code == 2 and "no mailbox named nope" in unknown.output


def test_commands_check_reports_each_account(tmp_path, dovecot, imap_user, monkeypatch):
    _config(tmp_path, dovecot, imap_user, monkeypatch)
    checked = CliRunner().invoke(app, ["mailboxes", "check"])
    assert checked.exit_code == 1
    assert "post: ok (IDLE, MOVE)" in checked.stdout and "broken: FAILED" in checked.stdout


def test_commands_ingest_creates_a_new_database(tmp_path: Path) -> None:
    """The first `postmottak ingest` on the embedded default needs no `db upgrade` first."""
    import subprocess
    import sys

    samples = Path(__file__).resolve().parents[2] / "samples"
    proc = subprocess.run([sys.executable, "-m", "postmottak", "ingest", str(samples)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-1000:]
    assert (tmp_path / "data" / "postmottak.db").is_file()
    assert "parsed: 5" in proc.stdout + proc.stderr
