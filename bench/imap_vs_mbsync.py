"""IMAP ingest against mbsync: one private Dovecot, N realistic messages, three timings and ratios.

    .venv/bin/python bench/imap_vs_mbsync.py [N]      # default 10000; needs dovecot-imapd and isync

Prints mbsync's time to download the folder into a Maildir (its default
settings: one channel, INBOX, pull into an empty Maildir), postmottak's time
to ingest the raw bytes into SQLite (full UID diff, BODY.PEEK[] batches,
commit per batch), the time to parse what was stored into SQLite
(`parse_pending`), and the ratios. Not a test: figures to read.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from dovecot_server import Dovecot, dovecot_binary, write_maildir  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from bench.generate import generate  # noqa: E402
from ingest.account import sync_account  # noqa: E402
from ingest.config import IngestSettings, MailboxConfig  # noqa: E402
from ingest.process import parse_pending  # noqa: E402
from store.db import open_store  # noqa: E402

USER, PASSWORD = "post", "bench-secret"


def mbsync_rc(folder: Path, port: int) -> Path:
    rc = folder / "mbsyncrc"
    (folder / "mbsync").mkdir()
    rc.write_text(f"""IMAPAccount bench
Host 127.0.0.1
Port {port}
User {USER}
Pass {PASSWORD}
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path {folder}/mbsync/
Inbox {folder}/mbsync/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Create Near
# The only change from the defaults: keep the sync state in the new Maildir, not ~/.mbsync/,
# so every run starts from scratch and leaves nothing behind.
SyncState *
""")
    return rc


def warm(server: Dovecot) -> None:
    """Index the folder once (sizes, headers), so neither contender pays Dovecot's first scan."""
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False)
    c.login(USER, PASSWORD)
    c.select_folder("INBOX")
    c.fetch(c.search(["ALL"]), ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    c.logout()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    binary = dovecot_binary()
    if binary is None or shutil.which("mbsync") is None:
        sys.exit("needs Debian's dovecot-imapd and isync (apt-get install dovecot-imapd isync)")
    root = Path(tempfile.mkdtemp(prefix="postmottak-bench-"))
    os.chmod(root, 0o755)
    server = Dovecot(root, binary, tls=False)
    server.add_users([USER], PASSWORD)
    server.start()
    try:
        messages = list(generate(n, seed=5))
        write_maildir(server, USER, messages)
        megabytes = sum(len(m) for m in messages) / 1e6
        warm(server)
        print(f"{n} messages, {megabytes:.1f} MB, Dovecot {server.port} on 127.0.0.1")

        t = time.perf_counter()
        out = subprocess.run(["mbsync", "-c", str(mbsync_rc(root, server.port)), "-a"],
                             capture_output=True, text=True)
        t_mbsync = time.perf_counter() - t
        inbox = root / "mbsync" / "INBOX"
        got = sum(len(list((inbox / sub).iterdir())) for sub in ("new", "cur") if (inbox / sub).is_dir())
        if out.returncode != 0 or got != n:
            sys.exit(f"mbsync failed ({out.returncode}, {got} messages): {out.stdout[-1000:]} {out.stderr[-2000:]}")

        store = open_store(f"sqlite:///{root / 'bench.db'}", upgrade=True)
        os.environ["PM_BENCH_PW"] = PASSWORD
        cfg = MailboxConfig(name="post", host="127.0.0.1", port=server.port, security="none", user=USER,
                            password_env="PM_BENCH_PW")
        t = time.perf_counter()
        result = sync_account(cfg, IngestSettings(), store)
        t_ingest = time.perf_counter() - t
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report = result.reports[0]
        if result.error or report.stored != n or not report.reconciled:
            sys.exit(f"ingest failed: {result.error or report.summary()}")
        t = time.perf_counter()
        parsed = parse_pending(store, batch=200)
        t_parse = time.perf_counter() - t
        store.dispose()

        total = t_ingest + t_parse
        print(f"mbsync download               {t_mbsync:7.2f} s  {n / t_mbsync:7.0f} msg/s")
        print(f"postmottak ingest (raw)       {t_ingest:7.2f} s  {n / t_ingest:7.0f} msg/s  "
              f"ratio {t_ingest / t_mbsync:.2f}x  (peak RSS so far {peak_mb:.0f} MB)")
        print(f"postmottak parse ({parsed} msgs) {t_parse:7.2f} s  {parsed / max(t_parse, 1e-9):7.0f} msg/s")
        print(f"postmottak ingest + parse     {total:7.2f} s  ratio {total / t_mbsync:.2f}x (aim: within 3x)")
    finally:
        server.crash()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
