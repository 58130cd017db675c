"""Helpers for the ingest tests and the bench: test messages, IMAP clients, a token endpoint, waits."""
from __future__ import annotations

import json
import threading
import time
import uuid
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from imapclient import IMAPClient

PASSWORD = "hemmelig-test"
USERS = 100  # one fresh, empty account per test


def imap_client(dovecot, user: str) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=30)
    client.login(user, PASSWORD)
    return client


def make_message(i: int, subject: str | None = None, sender: str = "postmottak@bergen.kommune.no",
                 body: str | None = None, size: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "post@helfo.no"
    msg["Subject"] = subject or f"Oppsigelse fastlegeavtale nr. {i}"
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = make_msgid(f"t{i}", "bergen.kommune.no")
    text = body or f"Hei,\n\nFastlege Kari Nordmann sier opp avtalen (melding {i}).\n\nHilsen Bergen kommune\n"
    if size:
        text += ("Lorem ipsum dolor sit amet æøå. " * (size // 32 + 1))[:size] + "\n"
    msg.set_content(text)
    return msg.as_bytes().replace(b"\n", b"\r\n")


class TokenEndpoint:
    """A stand-in for the identity provider's token introspection (RFC 7662) on 127.0.0.1.

    Dovecot's oauth2 passdb posts the access token here; a token we issued
    is active for its user, anything else is not.
    """

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        tokens = self.tokens

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                token = (parse_qs(body).get("token") or [""])[0]
                user = tokens.get(token)
                payload = {"active": "true", "username": user} if user else {"active": "false"}
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def issue(self, user: str) -> str:
        token = f"tok-{uuid.uuid4().hex}"
        self.tokens[token] = user
        return token


def wait_for(predicate, timeout: float = 20.0) -> None:
    """Wait on an observable condition, bounded: the worker publishes its state as it goes."""
    done = threading.Event()
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        done.wait(0.02)


class Synced:
    """Counts the worker's completed syncs; wait(n) blocks until n have happened."""

    def __init__(self) -> None:
        self.count, self.cond = 0, threading.Condition()

    def __call__(self) -> None:
        with self.cond:
            self.count += 1
            self.cond.notify_all()

    def wait(self, n: int, timeout: float = 30.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: self.count >= n, timeout), f"only {self.count} syncs"
