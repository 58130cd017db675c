"""Fødselsnummer masked in everything derived from a message; the raw bytes stay as received."""
from __future__ import annotations

from parsers.models import ParsedMessage, Result
from rules.personal_data import mask_national_ids


def _mask_message(msg: ParsedMessage) -> None:
    msg.full_text = mask_national_ids(msg.full_text)
    msg.text = mask_national_ids(msg.text)
    msg.quoted = mask_national_ids(msg.quoted)
    msg.subject = mask_national_ids(msg.subject)
    for att in msg.attachments:
        if att.text:
            att.text = mask_national_ids(att.text)
    for fwd in msg.forwarded:
        _mask_message(fwd)


def mask_result(result: Result) -> Result:
    """Mask every derived text, order field, span and finding detail of `result` in place."""
    _mask_message(result.message)
    result.form_cells = [mask_national_ids(c) for c in result.form_cells]
    for order in result.orders:
        for name, value in order.fields.items():
            if isinstance(value, str):
                order.fields[name] = mask_national_ids(value)
        for span in order.spans.values():
            span.text = mask_national_ids(span.text)
        order.notes = [mask_national_ids(n) for n in order.notes]
    for f in result.findings:
        f.detail = mask_national_ids(f.detail)
    return result
