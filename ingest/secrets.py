"""Passwords and OAuth2 tokens, read when needed from the environment, a file or a command."""
from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from ingest.config import MailboxConfig
from ingest.errors import AccountError


def _read_file(path: str, what: str, name: str) -> str:
    try:
        value = Path(path).expanduser().read_text("utf-8").strip()
    except OSError as err:
        raise AccountError(f"{name}: cannot read {what} file {path}: {err.strerror}") from err
    if not value:
        raise AccountError(f"{name}: {what} file {path} is empty")
    return value


def password(cfg: MailboxConfig, environ: dict[str, str] | None = None) -> str:
    """The account's password: from the variable `password_env`, else the file `password_file`."""
    environ = os.environ if environ is None else environ
    if cfg.password_env:
        value = environ.get(cfg.password_env, "")
        if value:
            return value
        if not cfg.password_file:
            raise AccountError(f"{cfg.name}: environment variable {cfg.password_env} is not set")
    return _read_file(cfg.password_file or "", "password", cfg.name)


def oauth2_token(cfg: MailboxConfig, timeout: float = 60) -> str:
    """A fresh access token: the output of `token_command`, else the content of `token_file`.

    Read at every login, because access tokens from Microsoft 365 and Google
    live about an hour; the command (or whatever writes the file) refreshes it.
    """
    if cfg.token_command:
        try:
            out = subprocess.run(shlex.split(cfg.token_command), capture_output=True, text=True,
                                 timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            raise AccountError(f"{cfg.name}: token_command failed: {err}") from err
        if out.returncode != 0 or not out.stdout.strip():
            raise AccountError(f"{cfg.name}: token_command exited {out.returncode} without a token")
        return out.stdout.strip().splitlines()[0]
    return _read_file(cfg.token_file or "", "token", cfg.name)
