"""The kind of a message, decided by ordered cues; the cue that decided is kept for the caseworker.

Only the newest text, what it forwards and its attachments count: quoted
history never decides, so a thanks that quotes a notice stays `other`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from parsers.extract_distribution import extract_distribution_body
from parsers.identifiers import HPR, list_ids
from parsers.kind_cues import (CORRECTION, LAST_DAY_WORDS, any_of, fold,
                               BACK_TO_AUTOMATIC, LIST_CHANGE, LIST_REQUEST, MANUAL, NOT_ANNOUNCED, NOT_TERMINATION,
                               TERMINATION, TERMINATION_SUBJECT, WANT, WITHDRAWN)
from parsers.models import Order, ParsedMessage
from parsers.sentences import sentences

DISTRIBUTE = re.compile(r"\bfordel\w*|\btildel\w*|\bskal ha\b|\bfå\s+\d|\btek imot\b|\btar imot\b|\bbestilling\w*|"
                        r"\bantall innbyggere\b|\btal innbyggarar\b", re.I)
DONE = re.compile(r"\b(?:ble|vart|er blitt|vart no)\s+fordelt\b|\bfordelinga? er gjennomført\b|"
                  r"\bfordelingen er gjennomført\b", re.I)  # an earlier, completed order is no new one
COUNT_HINT = re.compile(r"\b(?:innbygg\w*|innb|personar|personer|stk|pasient\w*|antal+|tal)\b", re.I)


@dataclass
class Evidence:
    """What the classifier may look at."""

    message: ParsedMessage
    subject: str
    text: str  # newest text + forwarded texts + document texts
    has_form: bool  # a spreadsheet attachment (distribution form)

    @cached_property
    def body_distribution(self) -> list[Order]:
        """Distribution lines written in the newest text (read only where counts of citizens appear)."""
        body = self.message.text
        if not COUNT_HINT.search(body) or not DISTRIBUTE.search(body) or DONE.search(body):
            return []
        return extract_distribution_body(body)


FIRST_PERSON = re.compile(r"\b(?:jeg|eg)\s+(?:sier|seier|sei|har sagt|har sagt)\b", re.I)
LISTED_ID = re.compile(r"^\s*(?:[-*•–·]\s*|\d[.)]\s*)?\d{5,7}\b", re.M)  # "- 500412 Eva Lund"
GP_NAMED = re.compile(r"\b(?:fastlege|lege|listen til|lista til)\s+(?:dr\.?\s+)?[A-ZÆØÅ][a-zæøåé]+\s+[A-ZÆØÅ]", re.I)
COMPLETES_NOTICE = "a reply that completes the notice it quotes"
FREEMAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.no", "yahoo.com", "yahoo.no", "online.no", "icloud.com",
            "me.com", "hotmail.no", "msn.com", "getmail.no", "frisurf.no", "protonmail.com", "proton.me")
QUOTATION = re.compile(r"«[^»]{30,}»|\"[^\"\n]{30,}\"")
REFERENCE = re.compile(r"\b(?:viser til|vi sendte|sendte vi|vi videresendte|videresendte vi|vi oversendte|har sendt|tidligere melding|tidlegare melding|vår melding|"
                       r"som tidligere meldt|som meldt|meldte vi|har tidligere meldt)\b", re.I)


POLITE_REQUEST = re.compile(r"^\s*(?:kan|kunne|vil|ville)\s+(?:dere|de|du|helfo)\b", re.I)


def statements(text: str) -> str:
    """The text without questions and long quotations: asking about a notice is no notice.
    A polite request ("Kan dere låse opp listen ...?") is a request, not a question."""
    return "\n".join(s for s in sentences(QUOTATION.sub(" ", text))
                     if not s.rstrip().endswith("?") or POLITE_REQUEST.match(s))


def _change_sentences(e: Evidence) -> list[str]:
    """Sentences stating a list change as fact, not one still to come ("Vi melder fra om hvem som overtar")."""
    return [s for s in sentences(e.text) if LIST_CHANGE.search(s) and not NOT_ANNOUNCED.search(s)]


def _announces_change(e: Evidence) -> bool:
    """A list change that names its GP or list (an HPR number, a list ID) or an unassigned list."""
    return any(HPR.search(s) or list_ids(s) or re.search(r"ubes(?:ett|att)", s, re.I) for s in _change_sentences(e))


def _mentions_change(e: Evidence) -> bool:
    """A list change named only in passing ("Ny lege starter opplæring 15.10."): weaker than a notice."""
    return bool(_change_sentences(e))


def _corrects_notice(e: Evidence) -> bool:
    """A correction of a notice's dates ("Korrigering: ... siste arbeidsdag blir 30. januar, og ikke ...")."""
    return bool(CORRECTION.search(e.text)) and bool(LAST_DAY_WORDS.search(e.text)) and bool(HPR.search(e.text))


def _completes_notice(e: Evidence) -> bool:
    """A reply giving what a quoted notice left out ("HPR-nummeret hennes er 2796142, og siste arbeidsdag ...")."""
    quoted = fold(e.message.quoted)
    return bool(HPR.search(e.text)) and bool(LAST_DAY_WORDS.search(e.text)) and bool(TERMINATION.search(quoted)) \
        and not TERMINATION.search(e.text)


def _terminates(e: Evidence) -> bool:
    """A notice in the text's own sentences: not one it refers back to ("Vi sendte 4. mars melding om ..."),
    denies ("har ikke levert oppsigelse") or imagines ("Hvis hun slutter ...")."""
    if WITHDRAWN.search(e.text) or not (HPR.search(e.text) or GP_NAMED.search(e.text) or FIRST_PERSON.search(e.text)):
        return False  # "etter at to fastleger har sagt opp i vår": no GP named, no notice to register
    return any(TERMINATION.search(s) and not REFERENCE.search(s) and not NOT_TERMINATION.search(s)
               for s in sentences(e.text))


def _termination_subject(e: Evidence) -> bool:
    """The subject says "Oppsigelse" (not a reply) and the text names a GP by HPR number."""
    return bool(TERMINATION_SUBJECT.match(e.subject)) and not e.subject.rstrip().endswith("?") \
        and any(HPR.search(s) and not REFERENCE.search(s) for s in sentences(e.text)) and not WITHDRAWN.search(e.text)


def _private_without_ids(e: Evidence) -> bool:
    """A citizen's mail from a free-mail address that names no HPR number and no list."""
    domain = (e.message.sender or "").rpartition("@")[2]
    return domain in FREEMAIL and not HPR.search(e.text) and not list_ids(e.text)


@dataclass(frozen=True)
class Cue:
    kind: str
    name: str
    test: Callable[[Evidence], bool]


def _automatic(e: Evidence) -> bool:
    m = e.message
    return m.is_automatic or (m.sender or "").startswith(("mailer-daemon", "postmaster")) or \
        m.headers.get("content-type", "").startswith("multipart/report") or \
        any(p.content_type == "text/calendar" for p in m.parts)  # a meeting invitation


MAGIC_SUBJECT = re.compile(r"^\s*fastlege\s*[-–—]\s*manuell\s+fordeling\s*$", re.I)


HEDGE = any_of(r"\b(?:eventuelt|kanskje|kan vi|vurdere\w*|dersom|hvis|viss|etter prøveperioden|seinare|senere|"
               r"drøft\w*|diskuter\w*|om noen|om nokre)\b")
NEGATED = any_of(r"\b(?:ikke|ikkje)\s+(?:\w+\s+){0,2}(?:å\s+)?(?:endre|øke|auke|heve|låse|endra)\b")


def wants_automatic(text: str) -> bool:
    """True when the municipality asks to go back to automatic assignment, not just mentions it may."""
    return any(BACK_TO_AUTOMATIC.search(s) and not HEDGE.search(s) for s in sentences(text))


def _manual(e: Evidence) -> bool:
    """A wish and "manuell fordeling" in one sentence (not one that asks for locks), or back to automatic."""
    if wants_automatic(e.text):
        return True
    return any(MANUAL.search(s) and WANT.search(s) and not LIST_REQUEST.search(s) and not HEDGE.search(s)
               for s in sentences(e.text))


def _requests_list(e: Evidence) -> bool:
    """A ceiling change or lock asked for a list the mail identifies (an ID, an HPR number, a GP by
    name), not one declined ("Jeg ønsker ikke å endre listetaket") or only discussed."""
    identified = list_ids(e.text) or HPR.search(e.text) or GP_NAMED.search(e.text) or list_ids(e.subject) \
        or LISTED_ID.search(e.text)
    return bool(identified) and any(LIST_REQUEST.search(s) and not NEGATED.search(s) and not HEDGE.search(s)
                                    for s in sentences(e.text))





CUES: tuple[Cue, ...] = (
    Cue("other", "automatic reply, bounce or bulk mail (headers)", _automatic),
    Cue("other", "a private sender naming no GP and no list", _private_without_ids),
    Cue("distribution_order", "spreadsheet form attached", lambda e: e.has_form),
    Cue("list_change", "a new GP or an unassigned list is announced, with its GP or list", _announces_change),
    Cue("distribution_order", "distribution lines in the body", lambda e: bool(e.body_distribution)),
    Cue("manual_distribution_request", "asks to switch distribution mode", _manual),
    Cue("manual_distribution_request", "the subject Helsedirektoratet prescribes, nothing else",
        lambda e: bool(MAGIC_SUBJECT.match(e.subject))),
    Cue("termination_notice", "a GP's agreement ends", _terminates),
    Cue("termination_notice", "a correction of a notice's last day", _corrects_notice),
    Cue("list_change", "a list change is announced", _mentions_change),
    Cue("list_request", "asks to change a ceiling or lock a list", _requests_list),
    Cue("termination_notice", COMPLETES_NOTICE, _completes_notice),
    Cue("termination_notice", "the subject announces a notice and an HPR number is given", _termination_subject),
    Cue("termination_notice", "the subject announces a notice; its document cannot be read",
        lambda e: bool(e.message.errors) and bool(TERMINATION_SUBJECT.match(e.subject))),
    Cue("list_change", "the subject names the form; its document cannot be read",
        lambda e: bool(e.message.errors) and bool(re.match(r"\s*melding til fastlegeregisteret", e.subject, re.I))),
)


def classify(evidence: Evidence) -> tuple[str, str]:
    """(kind, the cue that decided); the first cue that holds wins, else `other`.

    Cues read statements only: questions are taken out first. Æ, ø and å are folded so that
    mail typed without them ("onsker", "laase") reads the same.
    """
    evidence.text = fold(statements(evidence.text))
    for cue in CUES:
        if cue.test(evidence):
            return cue.kind, cue.name
    return "other", "no cue for any order kind"
