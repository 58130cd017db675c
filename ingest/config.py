"""The [ingest] section and the [[mailboxes]] of the settings, validated into dataclasses."""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from postmottak.settings import Settings, SettingsError

SECURITY = ("tls", "starttls", "none")
AUTH = ("password", "xoauth2")
ACTIONS = ("none", "move", "keyword")


@dataclass(frozen=True)
class MailboxConfig:
    """One IMAP account and the folders we read from it."""

    name: str
    host: str
    user: str
    port: int = 993
    security: str = "tls"
    ca_file: str | None = None
    auth: str = "password"
    password_env: str | None = None
    password_file: str | None = None
    token_command: str | None = None
    token_file: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    since: date | None = None
    action: str = "none"
    move_to: str = "Behandlet"
    keyword: str = "$Postmottak"
    use_move: bool = True
    skip_senders: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestSettings:
    """Limits and timings shared by every mailbox."""

    max_message_bytes: int = 25 * 1024 * 1024
    batch_messages: int = 50
    batch_bytes: int = 8 * 1024 * 1024
    idle_renew_seconds: int = 25 * 60
    poll_interval_seconds: int = 300
    noop_seconds: int = 30
    socket_timeout_seconds: int = 120
    backoff_max_seconds: int = 900
    stale_after_seconds: int = 3600
    heartbeat_seconds: int = 60
    mailboxes: tuple[MailboxConfig, ...] = field(default_factory=tuple)


def _int(section: dict[str, Any], key: str, default: int, where: str, minimum: int = 1) -> int:
    value = section.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError) as err:
        raise SettingsError(f"{where}.{key}: expected a whole number, got {value!r}") from err
    if number < minimum:
        raise SettingsError(f"{where}.{key}: must be at least {minimum}, got {number}")
    return number


def _str(entry: dict[str, Any], key: str, where: str, choices: tuple[str, ...] | None = None,
         default: str | None = None) -> str | None:
    value = entry.get(key, default)
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise SettingsError(f"{where}.{key}: expected a string, got {value!r}")
    if choices and value not in choices:
        raise SettingsError(f"{where}.{key}: must be one of {', '.join(choices)}, got {value!r}")
    return value


def _since(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise SettingsError(f"{where}.since: expected a date YYYY-MM-DD, got {value!r}") from err


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def parse_mailbox(entry: Any, index: int) -> MailboxConfig:
    """One [[mailboxes]] table; every mistake named by its key."""
    where = f"mailboxes[{index}]"
    if not isinstance(entry, dict):
        raise SettingsError(f"{where}: expected a table ([[mailboxes]]), got {entry!r}")
    for key in ("password", "token"):
        if key in entry:
            raise SettingsError(f"{where}.{key}: secrets never go in the config; use "
                                f"{key}_env / {key}_file (or token_command)")
    known = set(MailboxConfig.__dataclass_fields__)
    unknown = sorted(set(entry) - known)
    if unknown:
        raise SettingsError(f"{where}: unknown keys {', '.join(unknown)}")
    name = _str(entry, "name", where)
    host = _str(entry, "host", where)
    user = _str(entry, "user", where)
    for key, value in (("name", name), ("host", host), ("user", user)):
        if not value:
            raise SettingsError(f"{where}.{key}: required")
    where = f"mailboxes[{name}]"
    security = _str(entry, "security", where, SECURITY, "tls")
    if security == "none" and not _is_loopback(host):
        raise SettingsError(f"{where}.security: 'none' is only allowed for 127.0.0.1 (tests)")
    auth = _str(entry, "auth", where, AUTH, "password")
    secrets = {k: _str(entry, k, where) for k in ("password_env", "password_file",
                                                   "token_command", "token_file")}
    if auth == "password" and not (secrets["password_env"] or secrets["password_file"]):
        raise SettingsError(f"{where}: auth = 'password' needs password_env or password_file")
    if auth == "xoauth2" and not (secrets["token_command"] or secrets["token_file"]):
        raise SettingsError(f"{where}: auth = 'xoauth2' needs token_command or token_file")
    folders = entry.get("folders", ["INBOX"])
    if isinstance(folders, str):
        folders = [folders]
    if not folders or not all(isinstance(f, str) and f for f in folders):
        raise SettingsError(f"{where}.folders: expected a list of folder names, got {folders!r}")
    action = _str(entry, "action", where, ACTIONS, "none")
    move_to = _str(entry, "move_to", where, default="Behandlet")
    if action == "move" and move_to in folders:
        raise SettingsError(f"{where}.move_to: {move_to!r} is also a folder we read")
    keyword = _str(entry, "keyword", where, default="$Postmottak")
    if not re.fullmatch(r"[!#$&'+\-.0-9:;<=>?@A-Z^_`a-z|~]{1,64}", keyword):
        raise SettingsError(f"{where}.keyword: an IMAP keyword is ASCII letters, digits and $-._ "
                            f"without spaces, got {keyword!r}")
    skip = entry.get("skip_senders", [])
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise SettingsError(f"{where}.skip_senders: expected a list of addresses or *@domain")
    default_port = 993 if security == "tls" else 143
    return MailboxConfig(
        name=name, host=host, user=user, port=_int(entry, "port", default_port, where),
        security=security, ca_file=_str(entry, "ca_file", where), auth=auth, **secrets,
        folders=tuple(folders), since=_since(entry.get("since"), where), action=action,
        move_to=move_to, keyword=keyword,
        use_move=bool(entry.get("use_move", True)),
        skip_senders=tuple(s.lower() for s in skip),
    )


def load_ingest(settings: Settings) -> IngestSettings:
    """[ingest] and every [[mailboxes]] entry, or SettingsError naming the key."""
    section = settings.section("ingest")
    boxes = settings.raw.get("mailboxes", [])
    if not isinstance(boxes, list):
        raise SettingsError("mailboxes: write each mailbox as a [[mailboxes]] table")
    parsed = tuple(parse_mailbox(entry, i) for i, entry in enumerate(boxes))
    names = [m.name for m in parsed]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SettingsError(f"mailboxes: names must be unique, repeated: {', '.join(dupes)}")
    mb = 1024 * 1024
    idle = _int(section, "idle_renew_minutes", 25, "ingest")
    if idle > 29:
        raise SettingsError("ingest.idle_renew_minutes: at most 29 (RFC 2177 servers drop IDLE after 30)")
    return IngestSettings(
        max_message_bytes=_int(section, "max_message_mb", 25, "ingest") * mb,
        batch_messages=_int(section, "batch_messages", 50, "ingest"),
        batch_bytes=_int(section, "batch_mb", 8, "ingest") * mb,
        idle_renew_seconds=idle * 60,
        poll_interval_seconds=_int(section, "poll_interval_seconds", 300, "ingest"),
        noop_seconds=_int(section, "noop_seconds", 30, "ingest"),
        socket_timeout_seconds=_int(section, "socket_timeout_seconds", 120, "ingest"),
        backoff_max_seconds=_int(section, "backoff_max_seconds", 900, "ingest"),
        stale_after_seconds=_int(section, "stale_after_minutes", 60, "ingest") * 60,
        heartbeat_seconds=_int(section, "heartbeat_seconds", 60, "ingest"),
        mailboxes=parsed,
    )
