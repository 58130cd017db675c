"""The texts of a message that carry content, each annotated once by the pipeline.

The newest part of the body comes first, then what it forwards (inline or
attached), then documents read from attachments. Quoted history is left out:
a reply must not repeat the orders of the message it quotes.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from spacy.language import Language

import re

from parsers.mentions import Segment, dates, people
from parsers.models import ParsedMessage
from parsers.tables import normalize_tables

OSLO = ZoneInfo("Europe/Oslo")
SUBJECT = "subject"
BULK_TEXT = re.compile(r"nyhetsbrev|du (?:får|mottar) denne e-posten fordi|abonnerer på|meld deg av|unsubscribe", re.I)


def _forwards(msg: ParsedMessage) -> list[ParsedMessage]:
    """Forwarded messages at any depth (a forward of a forward), newsletters left out."""
    out = []
    for fwd in msg.forwarded:
        if not BULK_TEXT.search(fwd.full_text):
            out.append(fwd)
            out.extend(_forwards(fwd))
    return out


def oslo_day(moment: datetime | None, fallback: date) -> date:
    return moment.astimezone(OSLO).date() if moment else fallback


def content_segments(msg: ParsedMessage, extra: list[tuple[str, str]] | None = None,
                     include_forwards: bool = True) -> list[Segment]:
    """The message's content texts, not yet annotated; `extra` adds (label, text) pairs such as documents."""
    today = oslo_day(msg.received, date.today())
    segs = [Segment("body", normalize_tables(msg.text), today)]
    if include_forwards:
        for i, fwd in enumerate(_forwards(msg)):
            segs.append(Segment(f"forwarded[{i}]", normalize_tables(fwd.text or fwd.full_text),
                                oslo_day(fwd.received, today), author=fwd.sender_name))
    for label, text in extra or []:
        segs.append(Segment(label, normalize_tables(text), today))
    # Last, the subject: a name or list ID sometimes stands only there ("Ny lege på liste 310511").
    segs.append(Segment(SUBJECT, re.sub(r"^(?:\s*(?:re|sv|vs|fw|fwd|aw|wg)\s*:\s*)+", "", msg.subject, flags=re.I), today))
    return [s for s in segs if s.text.strip()]


def annotate(segs: list[Segment], nlp: Language) -> list[Segment]:
    """Run the spaCy pipeline over the segments that have no Doc yet; people and dates from each."""
    todo = [s for s in segs if s.doc is None]
    for seg, doc in zip(todo, nlp.pipe(s.text for s in todo)):
        seg.doc = doc
        seg.people = people(doc)
        seg.dates = dates(doc)
    return segs


def build_segments(msg: ParsedMessage, nlp: Language, extra: list[tuple[str, str]] | None = None,
                   include_forwards: bool = True) -> list[Segment]:
    """Content segments, annotated."""
    return annotate(content_segments(msg, extra, include_forwards), nlp)
