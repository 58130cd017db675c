"""Text from body parts: charset decoding and HTML rendered as readable text."""
from __future__ import annotations

import html
import re
from email.message import Message

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=False)
_STYLE = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.S | re.I)


def part_text(part: Message, payload: bytes) -> str:
    """Decode a text part with its declared charset, falling back as mail clients do."""
    charsets = [part.get_content_charset(), "utf-8", "windows-1252", "iso-8859-1"]
    for cs in charsets:
        if not cs:
            continue
        try:
            return payload.decode(cs).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace").replace("\r\n", "\n")


def html_to_text(markup: str) -> str:
    """HTML to text with tables kept as aligned columns (inscriptis)."""
    markup = _STYLE.sub(" ", markup)
    try:
        text = get_text(markup, _CONFIG)
    except Exception:  # malformed HTML: keep the words at least
        text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = [line.replace("\xa0", " ").rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
