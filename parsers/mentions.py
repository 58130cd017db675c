"""What an annotated text says: people with HPR numbers, dates with their roles, clinics, lists.

Extractors for every kind read these instead of the raw Doc. A date's role
comes from the nearest cue word in its clause ("siste arbeidsdag" before it,
"sagt opp" after it), never from its position in the message.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from spacy.tokens import Doc, Span

from parsers.nlp.components import text_of

from parsers.dates import DateMention, resolve

NEGATED_BEFORE = re.compile(r"\b(?:ikke|ikkje|ikkje den|ikke den)\s+$", re.I)  # "31.5, ikke 30.4": 30.4 is withdrawn
AFTER_REACH = 40  # a cue after a date counts only close by ("i dag 7. oktober sagt opp")
DATE_ROLES = ("DISTRACTOR", "PERIOD_START", "END_FROM", "LAST_DAY", "NOTICE", "START", "DEATH")
VERB_NEXT = 20  # "Lise Vik sluttar", "Per Olsen (HPR 1234567) overtar": the verb follows the name closely
NAME_BEFORE = 40  # a role word before a name counts this close ("etter Kari Lie", "Ny fastlege: Per Olsen")
# A full stop ends a clause, but not after a day number ("7. oktober"), except after a year before a capital
# ("2025. Etter"); a line break does, unless the line wraps mid-sentence ("blir\n28. februar").
CLAUSE_END = re.compile(r"(?<!\d)[.!?;](?=\s|$)|(?<=\d{4})\.(?=\s+[A-ZÆØÅ])|(?<=[.!?:;,)\]\w])[ \t]*\n(?![ \t]*[a-zæøå0-9])|"
                        r"\n(?=[ \t]*(?:\n|[A-ZÆØÅ\-*•]))|(?<=\n)[ \t]*\n")
ABBREVIATIONS = {"nr", "dr", "pr", "tlf", "mob", "ca", "jf", "kl", "ref", "org", "t.o.m", "f.o.m", "tom", "fom",
                 "bl.a", "mht", "vedr", "evt", "ev", "inkl", "hhv", "dvs", "ang", "avd", "St", "st"}


@dataclass
class Person:
    name: str | None
    hpr: str | None
    start: int
    end: int
    name_span: tuple[int, int] | None = None
    hpr_span: tuple[int, int] | None = None


@dataclass
class DateRef:
    mention: DateMention
    role: str | None
    start: int
    end: int


@dataclass
class Segment:
    """One text the message carries (body, forward, attachment) and its reference day."""

    label: str
    text: str
    reference: date
    doc: Doc | None = None
    author: str | None = None  # the sender of a forwarded message: a letter's writer when it is not signed in full
    offset: int = 0
    people: list[Person] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)


@lru_cache(maxsize=256)
def _clause_ends(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in CLAUSE_END.finditer(text) if not _abbreviation(text, m.start()))


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around `pos`: from the last sentence end or line break to the next."""
    ends = _clause_ends(text)
    i = bisect.bisect_right(ends, (pos, len(text) + 1))
    start = max((e for s, e in ends[:i] if e <= pos), default=0)
    end = min((s for s, e in ends[i - 1 if i else 0:] if s >= pos), default=len(text))
    return start, end


def _abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 8):dot]).group(0)
    return word.lower() in ABBREVIATIONS or len(word) == 1


def _cues(doc: Doc, labels: tuple[str, ...]) -> list[Span]:
    return [s for s in doc.spans.get("cues", []) if s.label_ in labels]


def nearest_cue(doc: Doc, start: int, end: int, labels: tuple[str, ...]) -> str | None:
    """The role of the nearest cue in the clause: before the mention first, then after it.

    Of cues at the same place the earlier label in `labels` wins.
    """
    lo, hi = clause_bounds(text_of(doc), start)
    cues = _cues(doc, labels)
    before = [c for c in cues if lo <= c.start_char < start and c.end_char <= end]
    if before:
        at = max(c.end_char for c in before)
        near = [c for c in before if c.end_char == at]
        return min(near, key=lambda c: labels.index(c.label_)).label_
    colon = text_of(doc).find(":", end, hi)  # "i går: siste arbeidsdag 31.5": the cue belongs to what follows
    reach = min(hi, end + AFTER_REACH, colon if colon >= 0 else hi)
    after = [c for c in cues if end <= c.start_char < reach]
    if after:
        at = min(c.start_char for c in after)
        near = [c for c in after if c.start_char == at]
        return min(near, key=lambda c: labels.index(c.label_)).label_
    return None


def person_role(doc: Doc, start: int, end: int, others: list[tuple[int, int]] = ()) -> str | None:
    """NEW_GP or PREV_GP for a person named at start..end.

    A verb right after the name decides ("Lise Vik sluttar", "Per Olsen (HPR 1) overtar"); else a role
    word just before it that no other person stands between ("etter Kari Lie", "Ny fastlege: Per
    Olsen"); else the first role verb after it in its clause.
    """
    lo, hi = clause_bounds(text_of(doc), start)
    cues = doc.spans.get("cues", [])
    after = [c for c in cues if c.label_ in ("NEW_VERB", "PREV_VERB") and end <= c.start_char < hi]
    first = min(after, key=lambda c: (c.start_char, -len(c))) if after else None
    if first is not None and first.start_char - end <= VERB_NEXT:
        return "NEW_GP" if first.label_ == "NEW_VERB" else "PREV_GP"
    before = [c for c in cues if c.label_ in ("NEW_GP", "PREV_GP") and max(lo, start - NAME_BEFORE) <= c.start_char
              and c.end_char <= start and not any(c.end_char <= o_start and o_end <= start for o_start, o_end in others)]
    if before:
        last = max(c.end_char for c in before)
        return min((c for c in before if c.end_char == last), key=lambda c: c.start_char).label_
    if first is not None:
        return "NEW_GP" if first.label_ == "NEW_VERB" else "PREV_GP"
    return None


def has_cue(doc: Doc, label: str) -> bool:
    return any(s.label_ == label for s in doc.spans.get("cues", []))


def cue_count(doc: Doc, label: str) -> int:
    return sum(1 for s in doc.spans.get("cues", []) if s.label_ == label)


def people(doc: Doc) -> list[Person]:
    """Each HPR number with the name just before it, and named people without a number."""
    names = entities(doc, "PERSON")
    hprs = [s for s in doc.spans.get("ids", []) if s.label_ == "HPR"]
    used: set[int] = set()
    out: list[Person] = []
    for h in hprs:
        owner = None
        for i, n in enumerate(names):
            if i in used or n.end_char > h.start_char:
                continue
            gap = text_of(doc)[n.end_char:h.start_char]
            # "Rolf Hagen, fastlege ved Mosjøen legesenter, hpr 1824093": same clause, no other name between
            if len(gap) <= 24 and "\n\n" not in gap or len(gap) <= 80 and not re.search(r"[.;\n]\s|\n", gap):
                owner = i
        if owner is None:  # "HPR 4467890 Maria Olsen": the name right after the number
            for i, n in enumerate(names):
                gap = text_of(doc)[h.end_char:n.start_char]
                if i not in used and 0 <= n.start_char - h.end_char <= 3 and not gap.strip(" ,:"):
                    owner = i
                    break
        if owner is not None:
            used.add(owner)
            n = names[owner]
            out.append(Person(n.text, h._.value, min(n.start_char, h.start_char), max(h.end_char, n.end_char),
                              (n.start_char, n.end_char), (h.start_char, h.end_char)))
        else:
            out.append(Person(None, h._.value, h.start_char, h.end_char, None, (h.start_char, h.end_char)))
    for i, n in enumerate(names):
        if i not in used:
            out.append(Person(n.text, None, n.start_char, n.end_char, (n.start_char, n.end_char), None))
    out.sort(key=lambda p: p.start)
    return out


def dates(doc: Doc) -> list[DateRef]:
    """Every date with the role of its nearest cue; "i dag" beside a written date is that date."""
    spans = list(doc.spans.get("dates", []))
    out: list[DateRef] = []
    for i, s in enumerate(spans):
        m: DateMention = s._.date
        if m.kind == "relative" and i + 1 < len(spans) and spans[i + 1].start_char - s.end_char <= 2:
            continue
        negated = NEGATED_BEFORE.search(text_of(doc), max(0, s.start_char - 14), s.start_char)
        role = "NEGATED" if negated else nearest_cue(doc, s.start_char, s.end_char, DATE_ROLES)
        if m.kind == "month_end" and role in (None, "NOTICE", "START"):
            role = "LAST_DAY"  # "han blir her ut mai 2026": "ut" itself says the work ends
        out.append(DateRef(m, role, s.start_char, s.end_char))
    return out


def all_entities(doc: Doc) -> list[Span]:
    """doc.ents as the last component left them (doc.ents walks every token on each access)."""
    ents = doc.user_data.get("ents")
    return ents if ents is not None else list(doc.ents)


def entities(doc: Doc, label: str) -> list[Span]:
    return [e for e in all_entities(doc) if e.label_ == label]


def list_ids(doc: Doc) -> list[Span]:
    return [s for s in doc.spans.get("ids", []) if s.label_ == "FLR"]


def resolve_ref(ref: DateRef, reference: date, direction: str) -> date | None:
    return resolve(ref.mention, reference, direction)


def number_after(text: str, pos: int, limit: int = 40) -> tuple[int, int, int] | None:
    """The first whole number after `pos` within `limit` characters: (value, start, end)."""
    m = re.search(r"(?<![\d.])(\d{1,2}[ .]?\d{3}|\d{2,5})(?![\d.]\d)", text[pos:pos + limit])
    if not m:
        return None
    return int(re.sub(r"\D", "", m.group(1))), pos + m.start(1), pos + m.end(1)


CLINIC_WORDS = re.compile(r"\b(?:ved|på|hos|frå|fra)\s+((?:[a-zæøå][\wæøå-]+\s+){1,2}(?:legesenter|legekontor|legesenteret|"
                          r"legekontoret|helsesenter|legegruppe))\b")


def clinic_in_words(text: str) -> str | None:
    """A clinic written in lower case after its preposition ("ved koppang legesenter")."""
    m = CLINIC_WORDS.search(text)
    return m.group(1) if m else None
