"""[[mailboxes]] and [ingest] parsing: good tables become MailboxConfig, mistakes name their key."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.config import load_ingest
from ingest.errors import AccountError
from ingest.secrets import oauth2_token, password
from postmottak.settings import SettingsError, load_settings


def _settings(tmp_path: Path, text: str):
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, "utf-8")
    return load_settings(cfg, environ={})


GOOD = """
[[mailboxes]]
name = "post"
host = "imap.example.no"
user = "post@helfo.no"
password_env = "IMAP_POST"
folders = ["INBOX", "Fastlege"]
since = 2026-01-01
action = "move"

[[mailboxes]]
name = "m365"
host = "outlook.office365.com"
security = "starttls"
user = "fastlege@helfo.no"
auth = "xoauth2"
token_command = "get-token fastlege"
"""


def test_config_defaults_have_no_mailbox(tmp_path):
    assert load_ingest(_settings(tmp_path, "")).mailboxes == ()


def test_config_parses_mailboxes(tmp_path):
    post, m365 = load_ingest(_settings(tmp_path, GOOD)).mailboxes
    assert (post.port, post.security, post.folders, post.since, post.move_to) == (
        993, "tls", ("INBOX", "Fastlege"), date(2026, 1, 1), "Behandlet")
    assert (m365.port, m365.auth, m365.action) == (143, "xoauth2", "none")


@pytest.mark.parametrize("extra, message", [
    ('password = "x"', "secrets never go in the config"),
    ('security = "ssl"', "security: must be one of tls, starttls, none"),
    ('security = "none"', "only allowed for 127.0.0.1"),
    ('action = "delete"', "action: must be one of none, move, keyword"),
    ('port = "abc"', "port: expected a whole number"),
    ('since = "last year"', "since: expected a date"),
    ('folders = []', "folders: expected a list"),
    ('hots = "typo"', "unknown keys hots"),
    ('move_to = "INBOX"\naction = "move"', "also a folder we read"),
    ('keyword = "Behandlet av Helfo"', "keyword: an IMAP keyword"),
])
def test_config_mistakes_name_the_key(tmp_path, extra, message):
    text = f'[[mailboxes]]\nname = "p"\nhost = "imap.example.no"\nuser = "u"\npassword_env = "X"\n{extra}\n'
    with pytest.raises(SettingsError, match=message):
        load_ingest(_settings(tmp_path, text))


def test_config_requires_a_secret_source(tmp_path):
    with pytest.raises(SettingsError, match="needs password_env or password_file"):
        load_ingest(_settings(tmp_path, '[[mailboxes]]\nname = "p"\nhost = "h"\nuser = "u"\n'))
    with pytest.raises(SettingsError, match="needs token_command or token_file"):
        load_ingest(_settings(tmp_path, '[[mailboxes]]\nname="p"\nhost="h"\nuser="u"\nauth="xoauth2"\n'))


def test_config_duplicate_names_rejected(tmp_path):
    one = '[[mailboxes]]\nname = "p"\nhost = "h"\nuser = "u"\npassword_env = "X"\n'
    with pytest.raises(SettingsError, match="repeated: p"):
        load_ingest(_settings(tmp_path, one + one))


def test_config_idle_renewal_capped(tmp_path):
    with pytest.raises(SettingsError, match="idle_renew_minutes: at most 29"):
        load_ingest(_settings(tmp_path, "[ingest]\nidle_renew_minutes = 40\n"))


def test_config_secrets_from_file_and_command(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n")
    token = tmp_path / "token"
    token.write_text("tok-file\n")
    text = (f'[[mailboxes]]\nname="a"\nhost="h"\nuser="u"\npassword_file="{secret}"\n'
            f'[[mailboxes]]\nname="b"\nhost="h"\nuser="u"\nauth="xoauth2"\ntoken_command="echo tok-cmd"\n'
            f'[[mailboxes]]\nname="c"\nhost="h"\nuser="u"\nauth="xoauth2"\ntoken_file="{token}"\n')
    a, b, c = load_ingest(_settings(tmp_path, text)).mailboxes
    assert password(a, environ={}) == "s3cret"
    assert oauth2_token(b) == "tok-cmd" and oauth2_token(c) == "tok-file"


def test_config_failing_token_command_is_an_account_error(tmp_path):
    text = '[[mailboxes]]\nname="b"\nhost="h"\nuser="u"\nauth="xoauth2"\ntoken_command="false"\n'
    (b,) = load_ingest(_settings(tmp_path, text)).mailboxes
    with pytest.raises(AccountError, match="token_command exited 1"):
        oauth2_token(b)
