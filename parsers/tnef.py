"""Outlook's winmail.dat (TNEF): the attachments and body it wraps."""
from __future__ import annotations

import logging

from parsers.models import Attachment
from parsers.sniff import detect_type

log = logging.getLogger("postmottak.parsers")


def expand_tnef(payload: bytes, filename: str | None) -> list[Attachment]:
    """The files inside a TNEF blob; the blob itself is kept when it cannot be read."""
    try:
        from tnefparse import TNEF

        tnef = TNEF(payload)
    except Exception as err:  # tnefparse raises plain exceptions on bad input
        log.info("winmail.dat not readable: %s", err)
        return [Attachment(filename, "application/ms-tnef", "application/ms-tnef", len(payload), payload,
                           note=f"TNEF not readable: {err.__class__.__name__}")]
    out: list[Attachment] = []
    for item in tnef.attachments:
        data = item.data or b""
        name = item.long_filename() or item.name
        if isinstance(name, bytes):
            name = name.decode("latin-1", "replace")
        out.append(Attachment(name, "application/octet-stream", detect_type(data, name, ""), len(data), data,
                              note="from winmail.dat"))
    body = getattr(tnef, "body", None) or getattr(tnef, "htmlbody", None)
    if body:
        text = body if isinstance(body, str) else body.decode("utf-8", "replace")
        data = text.encode("utf-8")
        out.append(Attachment("winmail-body.txt", "text/plain", "text/plain", len(data), data, text=text,
                              note="body from winmail.dat"))
    return out
