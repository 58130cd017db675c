"""One poller per mailbox: an exclusive file lock, so overlapping runs never work the same account."""
from __future__ import annotations

import fcntl
import os
import re
from pathlib import Path


class MailboxLock:
    """`with MailboxLock(dir, name) as held:` — held is False when another process has it.

    The lock is released by the kernel when the process dies, even by SIGKILL,
    so a crashed poller never blocks the next one.
    """

    def __init__(self, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        self.path = folder / f"ingest-{safe}.lock"
        self.fd: int | None = None

    def acquire(self) -> bool:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            return False
        os.ftruncate(self.fd, 0)
        os.write(self.fd, str(os.getpid()).encode())
        return True

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
