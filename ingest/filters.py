"""Filters on sender, run in our code on decoded headers (never as a server-side SEARCH).

Server SEARCH on FROM/SUBJECT/BODY is unreliable for non-ASCII text
(charsets, encoded words, servers without I18NLEVEL), so we fetch the
header and decide here.
"""
from __future__ import annotations

from email import message_from_bytes, policy
from email.headerregistry import Address
from email.utils import getaddresses


def sender_address(header_bytes: bytes) -> str:
    """The first From address, lower-cased; '' when the header cannot be read."""
    try:
        msg = message_from_bytes(header_bytes, policy=policy.default)
        value = msg.get("From")
        addresses = getattr(value, "addresses", None)
        if addresses:
            first: Address = addresses[0]
            return (first.addr_spec or "").lower()
        pairs = getaddresses([str(value or "")])
        return (pairs[0][1] if pairs else "").lower()
    except Exception:  # a malformed header is not skipped: we keep it and let the parser flag it
        return ""


def sender_skipped(address: str, patterns: tuple[str, ...]) -> str | None:
    """The pattern that skips `address` ("noreply@x.no" or "*@x.no"), or None."""
    if not address:
        return None
    domain = address.rpartition("@")[2]
    for pattern in patterns:
        if pattern == address or (pattern.startswith("*@") and pattern[2:] == domain):
            return pattern
    return None
