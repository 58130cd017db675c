"""Termination notices: one order per GP, dates chosen by their cue words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from parsers.content import SUBJECT
from parsers.kind_cues import NOT_TERMINATION, TERMINATION, fold
from parsers.letters import signature_name
from parsers.sentences import sentence_spans
from parsers.mentions import DateRef, Person, Segment, clause_bounds, clinic_in_words, entities, list_ids, resolve_ref
from parsers.models import Order, Span
from rules.deadlines import notice_period_end, transfer_date

FULL_NAME = re.compile(r"[A-ZÆØÅ][\wæøå'-]+(?:\s+[A-ZÆØÅ][\wæøå'-]+){1,3}")
GP_TITLE_BEFORE = re.compile(r"\b(?:fastlege|fastlegen|lege|dr\.?)\s+$", re.I)  # "fastlege Lise Vik": a GP, not the clerk
PRESENT_NOTICE = re.compile(r"\b(sier|seier|sei)\s+(?:\w+\s+){0,3}opp\b|\bmed dette opp\b|\bherved opp\b", re.I)


@dataclass
class GP:
    person: Person
    segment: Segment
    scope: tuple[int, int]
    siblings: list["GP"] = field(default_factory=list)  # the GPs named in the same text


def _gps(segs: list[Segment]) -> list[GP]:
    """GPs: every HPR number, with the name beside it or, alone, the one named GP."""
    found = [(p, s) for s in segs for p in s.people if p.hpr]
    if not found:
        found = [(p, s) for s in segs for p in s.people if p.name][:1]
    loose = [(p, s) for s in segs for p in s.people if p.name and not p.hpr]
    loose.sort(key=lambda ps: not GP_TITLE_BEFORE.search(ps[1].text, max(0, ps[0].start - 16), ps[0].start))
    seen: dict[str, GP] = {}
    gps: list[GP] = []
    for p, s in found:
        key = p.hpr or p.name or ""
        if key in seen:
            continue
        signed = signature_name(s.text) if p.name is None and PRESENT_NOTICE.search(s.text) else None
        if signed:
            p = Person(signed[0], p.hpr, p.start, p.end, (signed[1], signed[2]), p.hpr_span)
        elif p.name is None and loose:
            named, named_seg = loose.pop(0)
            # a label block names the GP above the HPR line: the GP's text starts at the name
            start = min(p.start, named.start) if named_seg is s else p.start
            p = Person(named.name, p.hpr, start, p.end, named.name_span, p.hpr_span)
        elif p.name is None and PRESENT_NOTICE.search(s.text) and (signed := signature_name(s.text, last_line=True)):
            p = Person(signed[0], p.hpr, p.start, p.end, (signed[1], signed[2]), p.hpr_span)
        elif p.name is None and PRESENT_NOTICE.search(s.text) and s.author and FULL_NAME.fullmatch(s.author):
            p = Person(s.author, p.hpr, p.start, p.end, None, p.hpr_span)  # "Fra: Tormod Sletten", signed "Tormod"
        gp = GP(p, s, (0, len(s.text)))
        seen[key] = gp
        gps.append(gp)
    # Several GPs in one text: each owns the text from its own line to the next GP's line.
    by_seg: dict[str, list[GP]] = {}
    for gp in gps:
        by_seg.setdefault(gp.segment.label, []).append(gp)
    for group in by_seg.values():
        if len(group) < 2:
            continue
        text = group[0].segment.text
        starts = [text.rfind("\n", 0, g.person.start) + 1 for g in group]
        for i, gp in enumerate(group):
            gp.siblings = group
            gp.scope = (starts[i], starts[i + 1] if i + 1 < len(group) else len(text))
    return gps


def _in_scope(gp: GP, seg: Segment, ref: DateRef, multi: bool) -> bool:
    if seg is not gp.segment:
        return not multi
    return gp.scope[0] <= ref.start < gp.scope[1]


PLACE_DATE = re.compile(r"^\s*[A-ZÆØÅ][^\d,\n]{1,40}(?P<comma>,)?\s*(?:den\s+)?$")
def _letter_date(seg: Segment) -> DateRef | None:
    """A letter's own date: "Figgjo, 12. mars 2024" on a line of its own, or a date atop the letter."""
    head = len("\n".join(seg.text.strip().splitlines()[:3])) + (len(seg.text) - len(seg.text.lstrip()))
    for ref in seg.dates:
        line_start = seg.text.rfind("\n", 0, ref.start) + 1
        line_end = seg.text.find("\n", ref.end)
        rest = seg.text[ref.end:line_end if line_end >= 0 else len(seg.text)]
        place = PLACE_DATE.match(seg.text[line_start:ref.start])
        # "Figgjo, 12. mars 2024"; without the comma only a date no cue claims ("Tvedestrand 2. mai 2025")
        if ref.mention.year and place and (place.group("comma") or ref.role is None) and not rest.strip(" ."):
            return ref
    for ref in seg.dates:
        if ref.start < head and ref.role is None and ref.mention.year:
            return ref
    return None


SUBJECT_NAME = re.compile(r"[-–:]\s*(?:fastlege\s+|lege\s+|dr\.?\s+)?([A-ZÆØÅ][\wæøå'-]+(?:\s+[A-ZÆØÅ][\wæøå'-]+){1,3})\s*$")


def subject_name(segs: list[Segment]) -> str | None:
    """A name ending the subject ("Oppsigelse av fastlegeavtale - Kristoffer Vikse")."""
    subject = next((s for s in segs if s.label == SUBJECT), None)
    m = SUBJECT_NAME.search(subject.text) if subject else None
    return m.group(1) if m else None


COUNTERFACTUAL = re.compile(r"\b(?:ville|skulle|kunne)\s+(?:ha\s+)?(?:gitt|vore|vært|blitt|vorte)\b|\bville\s+ha\b", re.I)


def _factual(seg: Segment, ref: DateRef) -> bool:
    """Not a date the text only imagines ("Ordinær oppsigelsestid ville gitt siste arbeidsdag 31. juli")."""
    lo, _ = clause_bounds(seg.text, ref.start)
    return not COUNTERFACTUAL.search(seg.text[lo:ref.start])


def _pick(gp: GP, segs: list[Segment], role: str, multi: bool) -> tuple[DateRef, Segment] | None:
    """The GP's own date with `role`; with several GPs, else one the text says before any of them
    ("Vi har fått to oppsigelser, begge datert 31.01.2025:")."""
    for seg in segs:
        for ref in seg.dates:
            if ref.role == role and _in_scope(gp, seg, ref, multi) and _factual(seg, ref):
                return ref, seg
    if multi:
        first = min(g.scope[0] for g in gp.siblings)
        for ref in gp.segment.dates:
            if ref.role == role and ref.start < first:
                return ref, gp.segment
    return None


def _span(seg: Segment, start: int, end: int) -> Span:
    return Span(seg.label, start, end, seg.text[start:end])


def _notice(gp: GP, segs: list[Segment], multi: bool, order: Order) -> None:
    picked = _pick(gp, segs, "NOTICE", multi)
    if picked:
        ref, seg = picked
        order["notice_date"] = resolve_ref(ref, seg.reference, "past")
        order.spans["notice_date"] = _span(seg, ref.start, ref.end)
        return
    for seg in segs:
        if PRESENT_NOTICE.search(seg.text):
            letter = _letter_date(seg)
            if letter:
                order["notice_date"] = resolve_ref(letter, seg.reference, "past")
                order.spans["notice_date"] = _span(seg, letter.start, letter.end)
            else:
                order["notice_date"] = seg.reference
                order.notes.append(f"notice date is the date of {seg.label}")
            return
    order.uncertain.add("notice_date")


def _reason(gp: GP, segs: list[Segment], multi: bool) -> str:
    """Death or retirement when a cue says so in the GP's own text (any text, with one GP)."""
    def cued(label: str) -> bool:
        for seg in segs:
            for cue in seg.doc.spans.get("cues", []):
                if cue.label_ == label and (not multi or (seg is gp.segment and gp.scope[0] <= cue.start_char < gp.scope[1])):
                    return True
        return False
    if cued("DEATH"):
        return "death"
    return "other" if cued("ENDED_BY_MUNICIPALITY") else "retirement" if cued("RETIREMENT") else "resignation"


def _choose(gp: GP, candidates: list, multi: bool):
    """The candidate nearest the GP in the GP's own text; with one GP, any."""
    own = [c for c, seg in candidates if seg is gp.segment and gp.scope[0] <= c.start_char < gp.scope[1]]
    if own:
        return min(own, key=lambda c: abs(c.start_char - gp.person.start))
    return candidates[0][0] if candidates and not multi else None


def _gives_notice(gp: GP) -> bool:
    """The sentence naming the GP, or the GP's own label block ("Navn: ...\nOppsigelse mottatt: ..."),
    tells of a notice, not denies or only imagines one."""
    texts = [sentence for _, sentence in _sentences_at(gp.segment.text, gp.person.start, gp.person.end)]
    if gp.siblings:
        block_end = gp.segment.text.find("\n\n", gp.person.end, gp.scope[1])
        texts.append(gp.segment.text[gp.scope[0]:block_end if block_end >= 0 else gp.scope[1]])
    for text in map(fold, texts):
        if TERMINATION.search(text) and not NOT_TERMINATION.search(text):
            return True
    return False


def _sentences_at(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(at, s) for at, s in sentence_spans(text) if at <= end and at + len(s) >= start]


def extract_terminations(segs: list[Segment]) -> list[Order]:
    """One `termination` order per GP named in the content segments.

    With several people named by HPR number, only those whose own sentence gives
    notice count: not the clerk's HPR in the signature, a vikar, or a colleague
    who "vurderer å si opp".
    """
    gps = _gps(segs)
    if len(gps) > 1:
        gps = [gp for gp in gps if _gives_notice(gp)] or gps
    multi = len(gps) > 1
    orders = []
    for gp in gps:
        reason = _reason(gp, segs, multi)
        o = Order("termination", {"gp_name": gp.person.name, "hpr_number": gp.person.hpr, "reason": reason})
        if gp.person.name_span:
            o.spans["gp_name"] = _span(gp.segment, *gp.person.name_span)
        if gp.person.hpr_span:
            o.spans["hpr_number"] = _span(gp.segment, *gp.person.hpr_span)
        clinics = [(c, seg) for seg in segs for c in entities(seg.doc, "CLINIC")]
        clinic = _choose(gp, clinics, multi) or (clinics[0][0] if clinics else None)
        if clinic is not None:
            o["clinic"] = clinic.text
        else:
            o["clinic"] = next(filter(None, (clinic_in_words(seg.text) for seg in segs)), None)
        flr = _choose(gp, [(f, seg) for seg in segs for f in list_ids(seg.doc)], multi)
        if flr is not None:
            o["flr_list_id"] = flr._.value
        _notice(gp, segs, multi, o)
        if reason == "death":
            o["last_working_day_basis"] = "unknown"
        else:
            picked = _pick(gp, segs, "LAST_DAY", multi)
            ends_from = None if picked else _pick(gp, segs, "END_FROM", multi)
            if picked or ends_from:
                ref, seg = picked or ends_from
                day = resolve_ref(ref, o["notice_date"] or seg.reference, "future")
                # "avtalen opphører fom. 1.9.2024": the last day is the day before
                o["last_working_day"] = day - timedelta(days=1) if ends_from and day else day
                o["last_working_day_basis"] = "stated"
                o.spans["last_working_day"] = _span(seg, ref.start, ref.end)
            elif o["notice_date"]:
                o["last_working_day"] = notice_period_end(o["notice_date"])
                o["last_working_day_basis"] = "notice_period"
            else:
                o["last_working_day_basis"] = "unknown"
        if o["last_working_day"]:
            o["transfer_date"] = transfer_date(o["last_working_day"])
        if not o["gp_name"] and len(gps) == 1:
            o["gp_name"] = subject_name(segs)
        if not o["gp_name"]:
            o.uncertain.add("gp_name")
        orders.append(o)
    return orders
