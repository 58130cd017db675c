"""External programs (tesseract, pdftoppm, soffice) run with a deadline, never hanging the caller."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time


class DocumentError(Exception):
    """A document could not be read; the message is the English detail for malformed_message."""


class Deadline:
    """The time left for reading one document, shared by every step."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def left(self) -> float:
        return self._end - time.monotonic()

    def check(self, what: str) -> None:
        if self.left() <= 0:
            raise DocumentError(f"{what} took longer than {self.seconds:g} s")


def require(program: str, package: str) -> str:
    """The path of `program`, or a DocumentError naming the Debian package to install."""
    path = shutil.which(program)
    if not path:
        raise DocumentError(f"{program} is not installed (Debian package {package})")
    return path


def run(cmd: list[str], deadline: Deadline, what: str, *, cwd: str | None = None,
        env: dict[str, str] | None = None) -> bytes:
    """Run `cmd` until it ends or the deadline passes; return its stdout.

    The program runs in its own process group, so that a timeout also ends
    the children it started (soffice starts soffice.bin).
    """
    timeout = deadline.left()
    if timeout <= 0:
        raise DocumentError(f"{what} took longer than {deadline.seconds:g} s")
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=cwd, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise DocumentError(f"{what} took longer than {deadline.seconds:g} s") from None
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        raise DocumentError(f"{what} failed (exit {proc.returncode}): {detail[-1] if detail else 'no message'}")
    return out
