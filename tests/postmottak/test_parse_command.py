"""`postmottak parse` as an operator runs it: a subprocess, JSON Lines on stdout, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS_FLOOR = 0.95


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "postmottak", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_parse_command_samples_give_one_contract_line_each():
    proc = run("parse", "samples")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == len(list((ROOT / "samples").glob("*.eml")))
    keys = {"source", "message_id", "received", "sender", "subject", "kind", "municipality", "orders",
            "findings", "needs_review"}
    assert all(set(line) == keys for line in lines)
    kinds = {Path(line["source"]).name: line["kind"] for line in lines}
    assert kinds["s1_termination_gjovik.eml"] == "termination_notice"
    assert kinds["s5_autosvar.eml"] == "other"


def test_parse_command_missing_path_is_a_usage_error():
    proc = run("parse", "no-such-folder")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr and proc.stdout == ""


def test_parse_command_unreadable_message_still_gives_a_line(tmp_path):
    (tmp_path / "junk.eml").write_bytes(b"\x00\xff garbage")
    proc = run("parse", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    (line,) = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["needs_review"] is True
    assert "malformed_message" in {f["code"] for f in line["findings"]}


def test_parse_command_same_output_twice():
    assert run("parse", "samples").stdout == run("parse", "samples").stdout


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not beside the project")
def test_parse_command_corpus_score(tmp_path):
    corpus = SHARED / "corpus"
    proc = run("parse", "--lists", str(corpus / "registry/lists.csv"),
               "--unassigned", str(corpus / "registry/unassigned.csv"), str(corpus))
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = tmp_path / "out.jsonl"
    out.write_text(proc.stdout)
    scored = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(out), str(corpus)],
                            capture_output=True, text=True, check=True)
    last = scored.stdout.strip().splitlines()[-1]
    score = float(last.split()[1])
    kinds = float(last.split("kinds ")[1].split(",")[0])
    assert score >= CORPUS_FLOOR and kinds >= 0.98, last
