"""External programs (tesseract, pdftoppm, soffice) run with a deadline, never hanging the caller."""
from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import time


class DocumentError(Exception):
    """A document could not be read; the message is the English detail for malformed_message."""


ELEVEN_DIGITS = re.compile(r"(?<!\d)\d{6}\s?\d{5}(?!\d)")


def safe_detail(err: BaseException, limit: int = 160) -> str:
    """A library's error message fit for logs: no 11-digit numbers (a fødselsnummer), short."""
    text = " ".join(str(err).split())
    if len(text.split()) < 2:  # "error", "" or a bare value says little without the kind
        text = f"{type(err).__name__}: {text}" if text else type(err).__name__
    return ELEVEN_DIGITS.sub("***********", text)[:limit]


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
        last = safe_detail(Exception(detail[-1])) if detail else "no message"
        raise DocumentError(f"{what} failed (exit {proc.returncode}): {last}")
    return out


class _MaskingRelay(logging.Handler):
    """pypdf logs pieces of a file it cannot parse, which may hold a fødselsnummer: they are
    passed on to our own logger with 11-digit numbers masked, never as they were."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = safe_detail(Exception(record.getMessage()), limit=300)
        except Exception:  # noqa: BLE001 - a log line must never break reading
            text = "unreadable log message"
        logging.getLogger("postmottak.parsers.documents.pypdf").log(record.levelno, "pypdf: %s", text)


_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.propagate = False
_pypdf_log.addHandler(_MaskingRelay())
