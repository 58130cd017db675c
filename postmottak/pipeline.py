"""The stages, in order: MIME → attachments → kind → orders → rules → review → masking.

`process_raw` is what `parse`, `ingest`, `reparse` and the poller call. Each
message is contained: whatever goes wrong in one gives that message a
malformed_message finding, and the run goes on.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from parsers.classify import COMPLETES_NOTICE, Evidence, classify, wants_automatic
from parsers.content import SUBJECT, annotate, content_segments
from parsers.extract_list_change import extract_list_changes
from parsers.extract_list_request import extract_list_requests_in
from parsers.extract_termination import extract_terminations
from parsers.forms import is_form_attachment, read_distribution_form
from parsers.mentions import Segment
from parsers.mime import parse_mime
from parsers.models import Order, ParsedMessage, RawMessage, Result
from parsers.municipality import resolve_municipality
from parsers.nlp import load_pipeline
from parsers.attachments import read_attachments
from postmottak.history import RunHistory
from postmottak.logs import correlation
from postmottak.masking import mask_result
from rules.base import RuleContext
from rules.calendar import BusinessCalendar
from rules.catalog import run_rules
from rules.review import review_reasons
from rules.snapshot import Registry

log = logging.getLogger("postmottak.pipeline")
OSLO = ZoneInfo("Europe/Oslo")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
NEEDS_NLP = ("termination_notice", "list_change")  # the other kinds are read without spaCy


def _orders(kind: str, msg: ParsedMessage, segs: list[Segment], form_orders: list[Order],
            evidence: Evidence) -> list[Order]:
    if kind == "termination_notice":
        return extract_terminations(segs)
    if kind == "list_change":
        return extract_list_changes(segs)
    if kind == "manual_distribution_request":
        return [Order("manual_distribution", {"enable": not wants_automatic(evidence.text)})]
    if kind == "distribution_order":
        return form_orders or evidence.body_distribution
    if kind == "list_request":
        documents = [s.text for s in segs if s.label.startswith("attachment:")]
        return extract_list_requests_in([msg.text] + [f.text for f in msg.forwarded] + documents, msg.subject)
    return []


def process_message(msg: ParsedMessage, ctx: RuleContext, history: RunHistory) -> Result:
    """One parsed message through every stage after MIME."""
    result = Result(message=msg)
    docs = read_attachments(msg)
    result.form_cells = docs.form_cells
    segs = content_segments(msg, extra=docs.texts, include_forwards=not msg.is_automatic)
    evidence = Evidence(
        message=msg,
        subject=msg.subject,
        text="\n\n".join(s.text for s in segs if s.label != SUBJECT),
        has_form=docs.has_form,
    )
    result.kind, result.kind_cue = classify(evidence)
    if result.kind_cue == COMPLETES_NOTICE:  # the notice's name and dates are in the quoted history
        segs.insert(1, Segment("quoted", msg.quoted, segs[0].reference))
    if result.kind in NEEDS_NLP:
        annotate(segs, load_pipeline())
    result.orders = _orders(result.kind, msg, segs, docs.form_orders, evidence)
    result.municipality, result.municipality_cue = resolve_municipality(
        msg.sender, lambda: [s.doc for s in annotate(segs, load_pipeline())], msg.text)
    result.findings = run_rules(result, ctx)
    reasons = review_reasons(result)
    result.needs_review = bool(reasons)
    log.info("%s: %s (%s), %d orders, municipality %s (%s)%s", msg.source, result.kind, result.kind_cue,
             len(result.orders), result.municipality.number if result.municipality else "unknown",
             result.municipality_cue, f"; review: {', '.join(reasons)}" if reasons else "")
    history.record(result)
    return mask_result(result)


def _parse(raw: RawMessage) -> ParsedMessage:
    with correlation(raw.source):
        return parse_mime(raw)


def _received_key(msg: ParsedMessage) -> tuple[datetime, str]:
    return (msg.received or EPOCH, msg.source)


def process_raw(raws: list[RawMessage], registry: Registry | None = None,
                history: RunHistory | None = None) -> list[Result]:
    """Parse every message, then process them in the order received (Date header, then source)."""
    history = history or RunHistory()
    calendar = BusinessCalendar()
    messages = sorted((_parse(r) for r in raws), key=_received_key)
    results = []
    for msg in messages:
        received = (msg.received or datetime.now(timezone.utc)).astimezone(OSLO)
        ctx = RuleContext(received=received, calendar=calendar, registry=registry, history=history)
        try:
            with correlation(msg.message_id or msg.source):
                results.append(process_message(msg, ctx, history))
        except Exception as err:  # contained: the message still gets a line and a finding
            log.exception("processing failed for %s", msg.source)
            msg.errors.append(f"internal error while processing: {err.__class__.__name__}")
            failed = Result(message=msg)
            failed.findings = run_rules(failed, ctx)
            failed.needs_review = True
            results.append(mask_result(failed))
    return results
