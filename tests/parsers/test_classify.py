"""Kinds decided by cues in the newest text, never by quoted history."""
import pytest

from parsers.attachments import read_attachments
from parsers.classify import Evidence, classify
from parsers.mime import parse_mime
from parsers.models import RawMessage


@pytest.fixture
def kind_of(eml):
    return lambda body, **kw: _kind(eml(body, **kw))


def _kind(data: bytes) -> str:
    msg = parse_mime(RawMessage("t.eml", data))
    docs = read_attachments(msg)
    text = "\n".join([msg.text] + [f.text for f in msg.forwarded])
    return classify(Evidence(msg, msg.subject, text, docs.has_form))[0]


@pytest.mark.parametrize("body, subject, kind", [
    ("Fastlege Per Olsen (HPR 1234567) har sagt opp fastlegeavtalen.", "Oppsigelse", "termination_notice"),
    ("Fastlege Per Olsen (HPR 1234567) har sagt opp. Ny fastlege eller ubesatt liste meldes når det er klart.",
     "Oppsigelse", "termination_notice"),
    ("Ny fastlege: Kari Lie, HPR-nr. 1234567\nGjelder fra: 01.05.2023", "Melding til fastlegeregisteret", "list_change"),
    ("Liste 123456 blir ubesatt fra 1. mai.", "Ubesatt liste", "list_change"),
    ("Kommunen ønsker å gå over til manuell fordeling av innbyggere uten fastlege.", "Fordeling",
     "manual_distribution_request"),
    ("Vi ønsker å gå tilbake til automatisk tildeling.", "Sv: Fastlege – manuell fordeling",
     "manual_distribution_request"),
    ("", "Fastlege – manuell fordeling", "manual_distribution_request"),
    ("Vi har spørsmål om manuell fordeling. Hvordan fungerer det?", "Spørsmål", "other"),
    ("Kommunen forbereder manuell fordeling. Vi ber om at liste 500412 låses.", "Låsing", "list_request"),
    ("Fastlegen ønsker å øke listetaket fra 1200 til 1300. Listenummer 460262.", "Listetak", "list_request"),
    ("Hun skal ut i permisjon og skal ikke si opp avtalen. Hvordan melder vi vikar?", "Spørsmål", "other"),
    ("Takk for beskjed!\n\nFra: Kari <kari@bergen.kommune.no>\nSendt: 7. oktober 2022 10:15\nTil: post@helfo.no\n"
     "Emne: Oppsigelse\n\nPer Olsen (HPR 1234567) har sagt opp fastlegeavtalen.", "SV: Oppsigelse", "other"),
    ("Til orientering.\n\nFra: Per Olsen <per@legesenter.no>\nSendt: onsdag 3. januar 2024 14:12\nTil: Kari\n"
     "Emne: Oppsigelse\n\nJeg sier med dette opp min fastlegeavtale. HPR-nr. 4410236", "VS: Oppsigelse",
     "termination_notice"),
])
def test_classify_kinds(kind_of, body, subject, kind):
    assert kind_of(body, subject=subject) == kind


def test_classify_auto_reply_is_other_whatever_it_says(kind_of):
    body = "Jeg er på ferie. Fastlege Per Olsen (HPR 1234567) har sagt opp."
    assert kind_of(body, subject="Automatisk svar", headers={"Auto-Submitted": "auto-replied"}) == "other"


@pytest.mark.parametrize("body, subject, sender, kind", [
    # regressions found with tests/corpus
    ("Fastlege Sigve Rui (HPR 2918374) vurderer å gå av med pensjon, men han har ikkje sagt opp enno.", "Spørsmål",
     "a@vinje.kommune.no", "other"),
    ("Hvor lenge før 1. januar må vi sende melding om ubesatt liste?", "Spørsmål", "a@sola.kommune.no", "other"),
    ("Legen min sluttet og en ny lege overtar listen. Kan jeg bytte?", "Ny fastlege?", "tor@gmail.com", "other"),
    ("Fastlege Per Moe (HPR 6650218) leverte oppsigelse mandag 13.1.", "Melding", "a@kongsberg.kommune.no",
     "termination_notice"),
    ("Ny fastlege Andreas Tufte (hprnr 8834210) tar over liste 401233 fra 1. januar 2025.", "Ny fastlege",
     "a@bamble.kommune.no", "list_change"),
    ("Kommunen ynskjer at Helfo stansar den automatiske tildelinga av fastlege.", "Fordeling",
     "a@kvinnherad.kommune.no", "manual_distribution_request"),
])
def test_classify_regressions(kind_of, body, subject, sender, kind):
    assert kind_of(body, subject=subject, sender=sender) == kind
