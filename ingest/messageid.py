"""The Message-ID of raw bytes, read from the header block only."""
from __future__ import annotations

import re

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MSGID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def message_id(data: bytes) -> str | None:
    """'<id@host>' as written, or None; only the first 64 KiB are looked at."""
    head = data[:65536]
    end = _HEADER_END.search(head)
    if end:
        head = head[:end.start()]
    match = _MSGID.search(head)
    if not match:
        return None
    value = re.sub(rb"\s+", b"", match.group(1)).decode("ascii", "replace")
    return value[:998] or None
