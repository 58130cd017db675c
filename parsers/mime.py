"""MIME tree → ParsedMessage: decoded headers, body text, forwards, attachments.

mail-parser decodes the headers (any charset, RFC 2047 words) and the Date;
the tree itself is walked here so that every part is recorded with what was
done with it, and attachments are recognised by content as well as by their
declared type.
"""
from __future__ import annotations

import email.utils
import logging
from datetime import datetime, timezone
from email.message import Message

import mailparser

from parsers.models import Attachment, ParsedMessage, PartRecord, RawMessage
from parsers.quoting import split_reply
from parsers.sniff import detect_type
from parsers.textparts import html_to_text, part_text

log = logging.getLogger("postmottak.parsers")

MAX_DEPTH = 5


def _decode_header(value: str | None) -> str:
    if not value:
        return ""
    from email.header import decode_header, make_header

    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except (UnicodeError, LookupError, ValueError):
        return " ".join(value.split())


def _date(msg: Message) -> datetime | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # RFC 5322 "-0000": time is UTC, zone unknown
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    values = [_decode_header(v) for v in msg.get_all(name, [])]
    return [(n, a.lower()) for n, a in email.utils.getaddresses(values) if a]


def _fill_headers(pm: ParsedMessage, msg: Message) -> None:
    pm.headers = {k.lower(): _decode_header(str(v)) for k, v in msg.items()}
    pm.subject = pm.headers.get("subject", "")
    pm.message_id = pm.headers.get("message-id") or None
    pm.received = _date(msg)
    sender = _addresses(msg, "From")
    if sender:
        pm.sender_name, pm.sender = sender[0]
    pm.to = [a for _, a in _addresses(msg, "To")]
    pm.cc = [a for _, a in _addresses(msg, "Cc")]


def _prefer_mailparser(pm: ParsedMessage, parsed: mailparser.MailParser) -> None:
    """mail-parser's decoding of subject and sender, where it has one."""
    try:
        if parsed.subject:
            pm.subject = " ".join(parsed.subject.split())
        if parsed.from_:
            pm.sender_name, address = parsed.from_[0]
            pm.sender = address.lower() or pm.sender
    except (AttributeError, IndexError, TypeError, ValueError):
        pass


def _walk(pm: ParsedMessage, part: Message, path: str, depth: int, bodies: list[tuple[str, str]]) -> None:
    ctype = part.get_content_type()
    filename = part.get_filename()
    if filename:
        filename = _decode_header(filename)
    if ctype == "message/rfc822":
        inner = part.get_payload()
        inner_msg = inner[0] if isinstance(inner, list) and inner else None
        if inner_msg is None or depth >= MAX_DEPTH:
            pm.parts.append(PartRecord(path, ctype, filename, 0, "skipped: empty or too deep"))
            return
        fwd = ParsedMessage(source=f"{pm.source}#{path}", raw=b"")
        _fill_headers(fwd, inner_msg)
        _fill_body(fwd, inner_msg, depth + 1)
        pm.forwarded.append(fwd)
        pm.parts.append(PartRecord(path, ctype, filename, 0, "read as forwarded message"))
        return
    if part.is_multipart():
        pm.parts.append(PartRecord(path, ctype, filename, 0, "walked"))
        children = part.get_payload()
        if ctype == "multipart/alternative":
            # Prefer text/plain; HTML only where no plain alternative exists.
            plain = [c for c in children if c.get_content_type() == "text/plain"]
            if plain:
                children = plain + [c for c in children if c.get_content_type() not in ("text/plain", "text/html")]
                for c in part.get_payload():
                    if c.get_content_type() == "text/html":
                        pm.parts.append(PartRecord(f"{path}.alt", "text/html", None, 0, "skipped: plain alternative used"))
        for i, child in enumerate(children):
            _walk(pm, child, f"{path}.{i + 1}", depth, bodies)
        return
    payload = part.get_payload(decode=True) or b""
    disposition = (part.get_content_disposition() or "").lower()
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
        text = part_text(part, payload)
        if ctype == "text/html":
            text = html_to_text(text)
        bodies.append((ctype, text))
        pm.parts.append(PartRecord(path, ctype, None, len(payload), "read as body"))
        return
    if ctype in ("message/delivery-status", "text/rfc822-headers", "message/disposition-notification"):
        pm.parts.append(PartRecord(path, ctype, filename, len(payload), "kept: delivery report"))
        return
    detected = detect_type(payload, filename, ctype)
    if detected == "application/ms-tnef":
        from parsers.tnef import expand_tnef

        for att in expand_tnef(payload, filename):
            pm.attachments.append(att)
            pm.parts.append(PartRecord(f"{path}/tnef", att.content_type, att.filename, att.size, "extracted from winmail.dat"))
        pm.parts.append(PartRecord(path, ctype, filename, len(payload), "expanded: TNEF"))
        return
    inline = disposition == "inline" or bool(part.get("Content-ID"))
    att = Attachment(filename, ctype, detected, len(payload), payload, action="inline" if inline else "kept")
    pm.attachments.append(att)
    pm.parts.append(PartRecord(path, ctype, filename, len(payload), f"attachment ({detected})"))


def _fill_body(pm: ParsedMessage, msg: Message, depth: int = 0) -> None:
    bodies: list[tuple[str, str]] = []
    _walk(pm, msg, "1", depth, bodies)
    pm.full_text = "\n\n".join(t for _, t in bodies).strip()
    pm.text, pm.quoted, inline_forwards = split_reply(pm.full_text, pm.subject)
    pm.forwarded.extend(inline_forwards)


def parse_mime(raw: RawMessage) -> ParsedMessage:
    """Take a raw message apart; a message that cannot be read gets `errors`, never an exception."""
    pm = ParsedMessage(source=raw.source, raw=raw.data)
    try:
        parsed = mailparser.parse_from_bytes(raw.data)
        msg = parsed.message
    except Exception as err:  # mail-parser raises many kinds on garbage
        log.warning("cannot parse %s: %s", raw.source, err)
        pm.errors.append(f"not a readable MIME message: {err.__class__.__name__}")
        return pm
    _fill_headers(pm, msg)
    _prefer_mailparser(pm, parsed)
    if parsed.has_defects:
        log.info("%s: MIME defects %s", raw.source, parsed.defects_categories)
    if not pm.headers or (not pm.headers.get("from") and not pm.headers.get("date") and not pm.headers.get("subject")):
        pm.errors.append("no message headers found")
    try:
        _fill_body(pm, msg)
    except Exception as err:  # a broken part must not lose the message
        log.warning("cannot walk MIME tree of %s: %s", raw.source, err)
        pm.errors.append(f"MIME structure could not be read: {err.__class__.__name__}")
    return pm
