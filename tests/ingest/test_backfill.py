"""`postmottak ingest PATH`: .eml, Maildir and mbox stored once each, resumable, then parsed."""
from __future__ import annotations

import mailbox
from pathlib import Path

from mailhelpers import make_message
from sqlalchemy import func
from sqlmodel import select
from typer.testing import CliRunner

from ingest.backfill import ingest_paths
from postmottak.cli import app
from store.db import open_store
from store.models import ParsedMessageRow, RawMessageRow


def _tree(root: Path) -> Path:
    """3 .eml files, a Maildir of 2 and an mbox of 2 (one repeating an .eml), plus a README."""
    (root / "eml").mkdir(parents=True)
    for i in range(3):
        (root / "eml" / f"m{i}.eml").write_bytes(make_message(i))
    md = mailbox.Maildir(str(root / "maildir"), create=True)
    for i in (10, 11):
        md.add(make_message(i))
    box = mailbox.mbox(str(root / "arkiv.mbox"), create=True)
    box.add(make_message(20))
    box.add(make_message(0))  # the same bytes as eml/m0.eml after mbox's From-line round trip
    box.close()
    (root / "README.txt").write_text("not a message")
    return root


def _counts(store) -> tuple[int, int]:
    with store.session() as s:
        raws = s.exec(select(func.count()).select_from(RawMessageRow)).one()
        parsed = s.exec(select(func.count()).select_from(ParsedMessageRow)).one()
    return raws, parsed


def test_backfill_stores_each_message_once(tmp_path, store):
    root = _tree(tmp_path / "in")
    first = ingest_paths([root], store, max_message_bytes=10**7)
    assert first.read == 7 and first.stored + first.skipped["duplicate_content"] == 7
    again = ingest_paths([root], store, max_message_bytes=10**7)
    assert again.stored == 0 and again.skipped["duplicate_content"] == 7
    assert _counts(store)[0] == first.stored


def test_backfill_oversized_kept_and_flagged(tmp_path, store):
    (tmp_path / "big.eml").write_bytes(make_message(1, size=200_000))
    report = ingest_paths([tmp_path / "big.eml"], store, max_message_bytes=100_000)
    assert (report.stored, report.oversized) == (1, 1)
    with store.session() as s:
        assert s.exec(select(RawMessageRow.oversized)).one() is True


def test_backfill_cli_ingests_and_parses(tmp_path, monkeypatch):
    root = _tree(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    open_store(url, upgrade=True).dispose()
    monkeypatch.setenv("POSTMOTTAK_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("")
    result = CliRunner().invoke(app, ["ingest", "--db", url, str(root)])
    assert result.exit_code == 0, result.output
    assert "ingest: read 7" in result.output
    store = open_store(url)
    raws, parsed = _counts(store)
    store.dispose()
    assert raws >= 6 and parsed == raws


def test_backfill_cli_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_backfill_parse_pending_skips_what_it_cannot_parse_and_goes_on(tmp_path, store):
    from ingest.process import parse_pending

    (tmp_path / "in").mkdir()
    for i in range(5):
        (tmp_path / "in" / f"m{i}.eml").write_bytes(make_message(i))
    (tmp_path / "in" / "big.eml").write_bytes(make_message(9, size=5000))
    ingest_paths([tmp_path / "in"], store, max_message_bytes=4000)
    assert parse_pending(store, batch=2) == 5  # the oversized one is left for a person
    assert parse_pending(store, batch=2) == 0
    assert _counts(store) == (6, 5)
