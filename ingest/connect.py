"""Open an authenticated IMAP connection for one mailbox: TLS or STARTTLS, password or XOAUTH2."""
from __future__ import annotations

import logging
import socket
import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from ingest import secrets
from ingest.config import MailboxConfig
from ingest.errors import AccountError, IngestError

log = logging.getLogger("postmottak.ingest")


def ssl_context(cfg: MailboxConfig) -> ssl.SSLContext:
    """The system's trust store plus `ca_file`; hostname and certificate are always checked."""
    try:
        ctx = ssl.create_default_context(cafile=cfg.ca_file) if cfg.ca_file else ssl.create_default_context()
    except (OSError, ssl.SSLError) as err:
        raise AccountError(f"{cfg.name}: cannot load ca_file {cfg.ca_file}: {err}") from err
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _open(cfg: MailboxConfig, timeout: float) -> IMAPClient:
    if cfg.security == "tls":
        return IMAPClient(cfg.host, port=cfg.port, ssl=True, ssl_context=ssl_context(cfg), timeout=timeout)
    client = IMAPClient(cfg.host, port=cfg.port, ssl=False, timeout=timeout)
    if cfg.security == "starttls":
        try:
            client.starttls(ssl_context(cfg))
        except BaseException:
            _close_quietly(client)
            raise
    return client


def connect(cfg: MailboxConfig, timeout: float = 120) -> IMAPClient:
    """A logged-in client, or AccountError (fix the config) / IngestError (try again later).

    `timeout` is the socket timeout for every read, so a dead server cannot
    hang the poller: a read that waits longer raises and we reconnect.
    """
    try:
        client = _open(cfg, timeout)
    except ssl.SSLCertVerificationError as err:
        raise AccountError(f"{cfg.name}: certificate of {cfg.host} not trusted: {err.verify_message}") from err
    except (OSError, IMAPClientError, ssl.SSLError) as err:
        raise IngestError(f"{cfg.name}: cannot connect to {cfg.host}:{cfg.port}: {err}") from err
    try:
        if cfg.auth == "xoauth2":
            client.oauth2_login(cfg.user, secrets.oauth2_token(cfg))
        else:
            client.login(cfg.user, secrets.password(cfg))
    except LoginError as err:
        _close_quietly(client)
        raise AccountError(f"{cfg.name}: login as {cfg.user} refused: {err}") from err
    except AccountError:
        _close_quietly(client)
        raise
    except (OSError, IMAPClientError) as err:
        _close_quietly(client)
        raise IngestError(f"{cfg.name}: login failed: {err}") from err
    log.debug("%s: logged in to %s:%s (%s)", cfg.name, cfg.host, cfg.port, cfg.security)
    return client


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def close(client: IMAPClient | None) -> None:
    """Log out, or just drop the socket when the connection is already broken."""
    if client is not None:
        _close_quietly(client)


NETWORK_ERRORS = (OSError, socket.timeout, IMAPClientError, ssl.SSLError)
