"""The store's CLI commands: db upgrade/current, purge, registry import, reparse."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from store.db import open_store
from store.migrate import head
from store.registry import latest_registry
import store_factory as f

runner = CliRunner()
HERE = Path(__file__).parent


def test_commands_db_upgrade_then_current(cli_app, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'pm.db'}"
    assert runner.invoke(cli_app, ["db", "current", "--db", url]).exit_code == 1
    result = runner.invoke(cli_app, ["db", "upgrade", "--db", url])
    assert result.exit_code == 0, result.output
    assert head() in result.output
    again = runner.invoke(cli_app, ["db", "current", "--db", url])
    assert again.exit_code == 0 and f"revision {head()}" in again.output


def test_commands_db_url_from_environment(cli_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("POSTMOTTAK_DATABASE__URL", f"sqlite:///{path}")
    assert runner.invoke(cli_app, ["db", "upgrade"]).exit_code == 0
    assert open_store(f"sqlite:///{path}").current() == head()


def test_commands_purge_refuses_unmigrated_database(cli_app, tmp_path: Path) -> None:
    result = runner.invoke(cli_app, ["purge", "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "postmottak db upgrade" in result.output


def test_commands_purge_dry_run_and_bad_age(cli_app, store_url: str) -> None:
    ok = runner.invoke(cli_app, ["purge", "--older-than", "52w", "--dry-run", "--db", store_url])
    assert ok.exit_code == 0 and "would purge 0 messages" in ok.output
    bad = runner.invoke(cli_app, ["purge", "--older-than", "soon", "--db", store_url])
    assert bad.exit_code == 2


def test_commands_registry_import_with_date(cli_app, store, store_url: str) -> None:
    pytest.importorskip("rules.snapshot_io", reason="rules/snapshot_io.py (load_lists) not written yet")
    for kind in ("lists", "unassigned"):
        result = runner.invoke(cli_app, ["registry", "import", kind, str(HERE / "data" / f"{kind}.csv"),
                                         "--date", "2024-01-31", "--db", store_url])
        assert result.exit_code == 0, result.output
    with store.session() as s:
        assert str(latest_registry(s).taken) == "2024-01-31"


def test_commands_registry_import_missing_file(cli_app, store_url: str, tmp_path: Path) -> None:
    result = runner.invoke(cli_app, ["registry", "import", "lists", str(tmp_path / "nope.csv"), "--db", store_url])
    assert result.exit_code == 2 and "no such file" in result.output


def test_commands_reparse_rejects_all_with_since(cli_app, store_url: str) -> None:
    result = runner.invoke(cli_app, ["reparse", "--all", "--since", "2024-01-01", "--db", store_url])
    assert result.exit_code == 2


def test_commands_reparse_with_real_pipeline(cli_app, store, store_url: str) -> None:
    pytest.importorskip("postmottak.pipeline", reason="postmottak/pipeline.py (process_raw) not written yet")
    from store.results import store_parsed

    r = f.raw(1)
    store_parsed(store, r, f.result(r, [f.termination()]), "0.0-old")
    result = runner.invoke(cli_app, ["reparse", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "reparsed 1 of 1" in result.output


def test_commands_registry_import_bad_file_names_the_row(cli_app, store, store_url: str, tmp_path: Path) -> None:
    pytest.importorskip("rules.snapshot_io", reason="rules/snapshot_io.py (load_lists) not written yet")
    bad = tmp_path / "lists.csv"
    bad.write_text("flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size\n"
                   "100200,4601,Kari,123,open,many,10\n", encoding="utf-8")
    result = runner.invoke(cli_app, ["registry", "import", "lists", str(bad), "--db", store_url])
    assert result.exit_code == 1 and "row" in result.output
    with store.session() as s:
        assert latest_registry(s) is None


def test_commands_parse_db_twice_stores_one_record_and_one_set_of_orders(cli_app, store, store_url: str) -> None:
    """The lead's `parse --db` through store_parsed: idempotent, orders queued with their deadline."""
    import json

    from sqlmodel import func, select

    from store.models import OrderRow, RawMessageRow
    from store.queries import review_queue

    eml = str(HERE / "data" / "termination.eml")
    for _ in range(2):
        result = runner.invoke(cli_app, ["parse", "--db", store_url, eml])
        assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["kind"] == "termination_notice"
    with store.session() as s:
        assert s.exec(select(func.count()).select_from(RawMessageRow)).one() == 1
        orders = s.exec(select(OrderRow)).all()
        assert len(orders) == len(line["orders"]) == 1
        assert orders[0].fields["hpr_number"] == "1784523"
        assert str(orders[0].deadline) == "2023-05-01"
        assert [o.id for o in review_queue(s)] == [orders[0].id]


@pytest.mark.parametrize("url", ["postgresql://nobody@127.0.0.1:1/none", "notadialect://x"])
def test_commands_db_unreachable_or_bad_url_is_a_clear_error(cli_app, url: str) -> None:
    for command in ("upgrade", "current"):
        result = runner.invoke(cli_app, ["db", command, "--db", url])
        assert result.exit_code in (1, 2) and "error:" in result.output
        assert "Traceback" not in result.output


def test_commands_db_upgrade_unknown_revision(cli_app, tmp_path: Path) -> None:
    result = runner.invoke(cli_app, ["db", "upgrade", "--revision", "9999", "--db", f"sqlite:///{tmp_path / 'r.db'}"])
    assert result.exit_code == 1 and "error:" in result.output


@pytest.mark.parametrize("args", [["purge"], ["reparse"], ["registry", "show"]])
def test_commands_bad_url_is_a_clear_error(cli_app, args: list[str]) -> None:
    result = runner.invoke(cli_app, [*args, "--db", "notadialect://x"])
    assert result.exit_code == 2 and "error:" in result.output and "Traceback" not in result.output


def test_commands_purge_default_age_from_settings(cli_app, store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTMOTTAK_STORE__PURGE_AFTER_DAYS", "30")
    ok = runner.invoke(cli_app, ["purge", "--dry-run", "--db", store_url])
    assert ok.exit_code == 0 and "would purge" in ok.output
    monkeypatch.setenv("POSTMOTTAK_STORE__PURGE_AFTER_DAYS", "a while")
    bad = runner.invoke(cli_app, ["purge", "--dry-run", "--db", store_url])
    assert bad.exit_code == 2 and "store.purge_after_days" in bad.output


@pytest.mark.parametrize("command", [["purge"], ["reparse", "--all"], ["registry", "show"]])
def test_commands_refuse_a_database_without_schema(cli_app, tmp_path: Path, command: list[str]) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    result = runner.invoke(cli_app, [*command, "--db", url])
    assert result.exit_code == 2
    assert "run `postmottak db upgrade`" in result.output
