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
from parsers.models import Order, ParsedMessage
from parsers.sentences import sentences

DISTRIBUTE = re.compile(r"\bfordel\w*|\btildel\w*|\bskal ha\b|\bfå\b|\btek imot\b|\btar imot\b", re.I)
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
        if not COUNT_HINT.search(body) or not DISTRIBUTE.search(body):
            return []
        return extract_distribution_body(body)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.M)


MANUAL = _rx(r"manuell\w*\s+(?:fordeling|tildeling)|styre\s+(?:fordelinga|fordelingen|tildelinga|tildelingen)|"
             r"fordele\s+(?:\w+\s+)?manuelt|over til manuell|"
             r"ikke lenger\s+(?:\w+\s+){0,3}automatisk|ikkje lenger\s+(?:\w+\s+){0,3}automatisk|"
             r"(?:kommunen|vi)\s+sj[eø]lv\w*\s+(?:\w+\s+){0,2}fordel\w*|styre\s+(?:\w+\s+){0,6}sj[eø]lv|"
             r"(?:slå|slås|skru|stans|stopp|avslutt|avvikl|skru)\w*\s+(?:av\s+)?(?:den\s+)?automatisk\w*\s+(?:tildeling|fordeling)|"
             r"(?:slå|slås|skru)\w*\s+av\s+(?:den\s+)?automatisk\w*|"
             r"automatisk\w*\s+(?:tildeling|fordeling)\w*\s+(?:slås|blir slått|vert slått|stansast|stanses|stoppes)\s*(?:av)?")
BACK_TO_AUTOMATIC = _rx(r"tilbake til automatisk|(?:slå|skru)\w*\s+på\s+(?:igjen\s+)?(?:den\s+)?automati(?:sk|kk)|"
                        r"gjeninnføre automatisk|avslutt\w*\s+(?:\w+\s+){0,3}manuell\w*|ikkje lenger manuell|ikke lenger manuell|"
                        r"igjen\s+tildel\w*\s+(?:\w+\s+){0,2}automatisk|automati(?:sk|kken)\s+(?:\w+\s+)?igjen|"
                        r"automatisk\w*\s+(?:tildeling|fordeling)\w*[^.\n]{0,40}\b(?:settes|slås|skrus|takast|tas)\s+(?:på|i bruk)|"
                        r"automatisk\w*\s+(?:tildeling|fordeling)\w*[^.\n]{0,20}\bgjenoppt\w*|"
                        r"ikk?j?e lenger\s+(?:\w+\s+){0,3}(?:manuell|fordele\s+(?:\w+\s+){0,4}sj[eø]lv)")
WANT = _rx(r"\b(ønsker|ønskjer|ynskjer|ber\s+(?:om|difor|derfor|helfo)|be\s+om|vil\s+(?:gå|ha|heller|gjerne)|går over til|gå over til|"
           r"ta i bruk|tek i bruk|bekrefte|det stemmer|slå av|slås av|stansar|stanse|stoppe)\b")
LIST_CHANGE = _rx(r"\bny fastlege\s*:|\b(?:overtar|tar over|tek over|overtek)\s+(?:\w+\s+){0,2}(?:liste|lista|listen|hjemmel\w*|praksis\w*)|"
                  r"^\s*melding til fastlegeregisteret\b|\b(?:tar|tek)\b[^.\n]{1,60}?\bover\s+(?:lista|listen|liste)\b|"
                  r"\bovertar\b[^.\n]{1,60}?\b(?:lista|listen|liste)\b|\bovertas\b|"
                  r"\bny (?:fast)?lege\b[^.\n]{0,60}\b(?:starter|startar|begynner|byrjar|tiltrer|tek til)\b|"
                  r"\bny (?:fast)?lege p[åa] (?:lista|listen|liste)\s+(?:nr\.?\s*)?\d|\bny (?:fast)?lege p[åa] (?:lista|listen) etter\b|"
                  r"\b(?:blir|vert|holdes|haldast|stilles|står|stå|ståande|stående|være|vere)\s+(?:\w+\s+){0,2}ubese(?:tt|satt)\b|"
                  r"\bblir\s+(?:derfor\s+)?ubesatt|\bvert\s+ubesett|\bubesat+\s+(?:liste\s+)?fr[aå]|\bubesett\s+frå|"
                  r"\b0-liste|\bny liste\b|\btype endring\s*:|\bfratredende fastlege|\binngått avtale med|"
                  r"melding om ubesatt|\bblir ny fastlege\b|\bstarter som (?:ny\s+)?fastlege\b|\boverta[rs] av\b|\bovertek\b|"
                  r"\bny lege\s*:|\bst[åa]r ubesat+\b|\bvil (?:være|vere) ubese(?:tt|satt)\b|\bnyoppretta liste|\bny fastlegeliste|"
                  r"\bny (?:fast)?lege\b[^!?\n]{0,40}\b(?:blir|er)\s+(?-i:[A-ZÆØÅ])|\bny (?:fast)?lege:?\s+(?-i:[A-ZÆØÅ][\wæøå-]+\s+[A-ZÆØÅ])|"
                  r"\b(?:overtar|tar over|tek over|overtek)\s+etter\b|\btiltred(?:ende|ande) (?:fast)?lege")
NOT_ANNOUNCED = _rx(r"\b(?:hvem|kven|den|dei)\s+som\b|\bså snart\b|\bnår (?:det|dette) er (?:klart|avklart)|\beget skjema\b|"
                    r"\better planen\b|\bmelding om dette\b|\b(?:ikke|ikkje)\s+(?:\w+\s+){0,3}(?:på plass|fått|funne|funnet)")
TERMINATION = _rx(r"\bsagt opp\b|\bsa opp\b|\boppsigelse[n]?\s+(?:kom|er datert|ble|vart|er mottatt|er levert)\b|"
                  r"\boppseiing\w*\s+(?:kom|vart|er)\b|\bopphører\b|\bopphøyrer\b|\bpensjonerer\b|\b(?:levert|leverte|mottatt|mottok|motteke|fekk|fikk)\b[^!?\n]{0,50}?\b(?:oppsigelse|oppseiing)|\b(?:sier|seier|sei)\s+(?:\w+\s+){0,3}opp\b|\boppsigelse\s+(?:mottatt|datert)|\bmelder\s+(?:\w+\s+){0,2}oppsigelse|"
                  r"\boppseiing\b|\boppseiinga\b|\bdødsfall\b|\bdøde\b|\bdøydde\b|\bgått bort\b|alderspensjon|\bgår av med\b|"
                  r"\boppsigelse fastlege|\bslutter som fastlege|\bsluttar som fastlege|"
                  r"\bavslutt\w*\s+(?:sin\s+|si\s+)?(?:fastlege)?avtale|\bfratre\w*\s+(?:sin\s+|si\s+)?(?:stilling|avtale|hjemmel)|"
                  r"\boppsagt\b|\bopphør\w*\s+(?:av\s+)?(?:fastlege)?avtale")
WITHDRAWN = _rx(r"\btrukket\s+(?:\w+\s+){0,2}tilbake|\btrekker\s+(?:\w+\s+){0,2}oppsigelse|\btrekke\s+oppsigelsen|"
                r"\btrekt\s+(?:\w+\s+){0,2}tilbake|\boppsigelsen er trukket")
NOT_TERMINATION = _rx(r"\b(?:ikke|ikkje)\s+(?:\w+\s+){0,2}(?:si|sei|seie|sagt|sett|levert|sendt|levere)\b|"
                      r"\bvurderer\b|\bvurderar\b|^\s*(?:hvis|dersom|viss|om)\b")
TERMINATION_SUBJECT = _rx(r"^\s*(?:melding om\s+)?(?:oppsigelse|oppseiing|dødsfall)\b")
LIST_REQUEST = _rx(r"\blisteta\w*\s+(?:blir|vert|skal\s+(?:være|vere)|settes|setjast|økes|aukast|heves)\s+(?:til\s+)?(?:på\s+)?\d|"
                   r"\blisteta\w*\b[^.\n]{0,80}\b(?:heves|økes|aukast|aukes|settes|setjast|endres|reduseres|justeres|utvides|"
                   r"satt ned|satt opp|ned til|opp til|redusert|redusera)\b|"
                   r"\b(?:sperr\w*|stenge?s?)\b[^.\n]{0,60}\b(?:for\s+)?(?:tildeling|nye)|\blist\w*[^.\n]{0,60}\bsperres\b|"
                   r"\b(?:større|utvida|utvidet|utvide|utvidelse av|auke|øke)\s+(?:\w+\s+)?list(?:e|a|en)\b|"
                   r"\b(?:øke|økning|auke|auka|heve|heving|utvide|utvidelse|øking|endre|endring av|nytt|settes til|setjast til)\b[^.\n]{0,40}\blisteta|"
                   r"\blisteta\w*\s+(?:fr[aå]\s+\d+\s+til|settes til|blir satt|auka|økt|heves|økes|vert auka|til\s+\d)|"
                   r"\b(?:lås\w*|låse opp|opplåsing|lukk\w*|åpne|opne|opning|åpning)\b[^.\n]{0,60}\blist|\blist\w*[^.\n]{0,60}\b(?:låses|låst|låsast|låse opp|opnast|åpnes)\b")


FREEMAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.no", "yahoo.com", "yahoo.no", "online.no", "icloud.com",
            "me.com", "hotmail.no", "msn.com", "getmail.no", "frisurf.no", "protonmail.com", "proton.me")
QUOTATION = re.compile(r"«[^»]{30,}»|\"[^\"\n]{30,}\"")
REFERENCE = re.compile(r"\b(?:viser til|vi sendte|sendte vi|tidligere melding|tidlegare melding|vår melding|"
                       r"som tidligere meldt|som meldt|meldte vi|har tidligere meldt)\b", re.I)


POLITE_REQUEST = re.compile(r"^\s*(?:kan|kunne|vil|ville)\s+(?:dere|de|du|helfo)\b", re.I)


def statements(text: str) -> str:
    """The text without questions and long quotations: asking about a notice is no notice.
    A polite request ("Kan dere låse opp listen ...?") is a request, not a question."""
    return "\n".join(s for s in sentences(QUOTATION.sub(" ", text))
                     if not s.rstrip().endswith("?") or POLITE_REQUEST.match(s))


def _announces_change(e: Evidence) -> bool:
    """A list change stated as fact, not one still to come ("Vi melder fra om hvem som overtar listen")."""
    return any(LIST_CHANGE.search(s) and not NOT_ANNOUNCED.search(s) for s in sentences(e.text))


def _terminates(e: Evidence) -> bool:
    """A notice in the text's own sentences: not one it refers back to ("Vi sendte 4. mars melding om ..."),
    denies ("har ikke levert oppsigelse") or imagines ("Hvis hun slutter ...")."""
    if WITHDRAWN.search(e.text):
        return False
    return any(TERMINATION.search(s) and not REFERENCE.search(s) and not NOT_TERMINATION.search(s)
               for s in sentences(e.text))


def _termination_subject(e: Evidence) -> bool:
    """The subject says "Oppsigelse" (not a reply) and the text names a GP by HPR number."""
    return bool(TERMINATION_SUBJECT.match(e.subject)) and bool(HPR.search(e.text)) and not WITHDRAWN.search(e.text)


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
        m.headers.get("content-type", "").startswith("multipart/report")


MAGIC_SUBJECT = _rx(r"^\s*fastlege\s*[-–—]\s*manuell\s+fordeling\s*$")


def _manual(e: Evidence) -> bool:
    """A wish and "manuell fordeling" in one sentence, or going back to automatic."""
    if BACK_TO_AUTOMATIC.search(e.text):
        return True
    return any(MANUAL.search(s) and WANT.search(s) for s in sentences(e.text))


def wants_automatic(text: str) -> bool:
    """True when the municipality asks to go back to automatic assignment."""
    return bool(BACK_TO_AUTOMATIC.search(text))


CUES: tuple[Cue, ...] = (
    Cue("other", "automatic reply, bounce or bulk mail (headers)", _automatic),
    Cue("other", "a private sender naming no GP and no list", _private_without_ids),
    Cue("distribution_order", "spreadsheet form attached", lambda e: e.has_form),
    Cue("list_change", "a new GP or an unassigned list is announced", _announces_change),
    Cue("distribution_order", "distribution lines in the body", lambda e: bool(e.body_distribution)),
    Cue("manual_distribution_request", "asks to switch distribution mode", _manual),
    Cue("list_request", "asks to change a ceiling or lock a list", lambda e: bool(LIST_REQUEST.search(e.text))),
    Cue("manual_distribution_request", "the subject Helsedirektoratet prescribes, nothing else",
        lambda e: bool(MAGIC_SUBJECT.match(e.subject))),
    Cue("termination_notice", "a GP's agreement ends", _terminates),
    Cue("termination_notice", "the subject announces a notice and an HPR number is given", _termination_subject),
    Cue("termination_notice", "the subject announces a notice; its document cannot be read",
        lambda e: bool(e.message.errors) and bool(TERMINATION_SUBJECT.match(e.subject))),
    Cue("list_change", "the subject names the form; its document cannot be read",
        lambda e: bool(e.message.errors) and bool(re.match(r"\s*melding til fastlegeregisteret", e.subject, re.I))),
)


def classify(evidence: Evidence) -> tuple[str, str]:
    """(kind, the cue that decided); the first cue that holds wins, else `other`.

    Cues read statements only: questions are taken out first.
    """
    evidence.text = statements(evidence.text)
    for cue in CUES:
        if cue.test(evidence):
            return cue.kind, cue.name
    return "other", "no cue for any order kind"
