"""Attachments that carry content: distribution forms (spreadsheets) and documents (PDF, Word, scans).

A part that cannot be read as what it is becomes an error on the message
(malformed_message) and is kept as received; a form that cannot be opened
gives no orders.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from parsers.documents import OCR_REVIEW_BELOW, is_document, read_document
from parsers.forms import is_form_attachment, read_distribution_form
from parsers.models import Attachment, Order, ParsedMessage

log = logging.getLogger("postmottak.parsers")


@dataclass
class AttachmentContent:
    texts: list[tuple[str, str]] = field(default_factory=list)  # (segment label, text)
    form_orders: list[Order] = field(default_factory=list)
    form_cells: list[str] = field(default_factory=list)
    has_form: bool = False
    low_confidence: list[str] = field(default_factory=list)  # labels of OCR texts to review


def _all(msg: ParsedMessage) -> list[Attachment]:
    found = list(msg.attachments)
    for fwd in msg.forwarded:
        found.extend(fwd.attachments)
    return found


def _form(att: Attachment, out: AttachmentContent, msg: ParsedMessage) -> None:
    out.has_form = True
    form = read_distribution_form(att)
    out.form_cells.extend(form.cells)
    if form.error:
        msg.errors.append(form.error)
        att.action = "unreadable form"
        return
    out.form_orders.extend(form.orders)
    att.action = f"read as distribution form ({len(form.orders)} rows)"


def _document(att: Attachment, out: AttachmentContent, msg: ParsedMessage) -> None:
    doc = read_document(att)
    label = f"attachment:{att.filename or 'vedlegg'}"
    if doc.error:
        msg.errors.append(f"attachment {att.filename or '(unnamed)'}: {doc.error}")
        att.action = "unreadable document"
        return
    att.text = doc.text
    att.action = "read as document" + (f" by OCR ({doc.ocr_confidence:.0f}%)" if doc.ocr else "")
    if doc.text.strip():
        out.texts.append((label, doc.text))
    if doc.ocr and (doc.ocr_confidence or 0) < OCR_REVIEW_BELOW:
        out.low_confidence.append(label)


def read_attachments(msg: ParsedMessage) -> AttachmentContent:
    """Read every form and document attached to the message or to what it forwards."""
    out = AttachmentContent()
    if msg.is_automatic:
        return out
    for att in _all(msg):
        try:
            if is_document(att):
                _document(att, out, msg)
            elif is_form_attachment(att):
                _form(att, out, msg)
        except Exception as err:  # a reader bug must not lose the message
            log.exception("attachment %s could not be read", att.filename)
            msg.errors.append(f"attachment {att.filename or '(unnamed)'} could not be read: {err.__class__.__name__}")
    return out
