"""Helpers for parser tests: messages built in the test, run through the real pipeline."""
from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.content import build_segments
from parsers.mime import parse_mime
from parsers.models import RawMessage
from parsers.nlp import load_pipeline


def make_eml(body: str, *, subject: str = "Melding", sender: str = "Kari Nordmann <kari.nordmann@bergen.kommune.no>",
             date: str = "Wed, 15 Feb 2023 10:00:00 +0100", html: str | None = None,
             headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "post@helfo.no"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<test@postmottak.test>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and not body:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    return bytes(msg)


@pytest.fixture(scope="session")
def eml():
    """Build a message's bytes: eml(body, subject=..., sender=..., date=..., headers=...)."""
    return make_eml


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture
def segments(nlp):
    def build(body: str, **kw):
        msg = parse_mime(RawMessage("test.eml", make_eml(body, **kw)))
        return build_segments(msg, nlp)
    return build
