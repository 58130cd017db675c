"""Form fields matched to the GP registry form's roles by their labels (bokmål and nynorsk).

The real field list of form 05-04.27 is not public, so a field is known by
what its label means, like a spreadsheet header: "Ny lege", "HPR-nr.",
"Listenummer", "Oppstartsdato", "Ubesatt liste" and their kin. The section
heading a field sits under ("Fastlege som fratrer", "Ny fastlege") tells
the old GP's fields from the new GP's.
"""
from __future__ import annotations

import re
import unicodedata

from parsers.documents.acroform import FormField


def norm(text: str) -> str:
    """Lower case, underscores and camelCase split, accents folded (å→a, ø→o, æ→ae)."""
    text = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", " ", text)
    text = text.lower().replace("æ", "ae").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " " + " ".join(re.sub(r"[^a-z0-9]+", " ", text).split()) + " "


def _re(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(words))


OLD = _re(r"fratre", r"fratred", r"slutt?(er|ar)", r"tidlig", r"tidleg", r"forrige", r"avgaa?", r"avgang",
          r"gar av", r" gammel", r" gamal", r"old ", r"previous", r"naverende", r"noverande", r"fra tre")
NEW = _re(r" ny ", r" nye ", r" nytt ", r" ny[ _]?lege", r" ny[ _]?fastlege", r"overtar", r"tek over", r"tar over",
          r"tiltred", r"etterfolg", r"new ", r" ny\b", r"overtak", r"kommande", r"kommende")
UNASSIGNED = _re(r"ubesatt", r"ubesett", r"ledig liste", r"uten (fast )?lege", r"utan (fast )?lege",
                 r"vakant", r"unassigned")
ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("kommunenummer", _re(r"kommune ?n(umme)?r", r"kommune ?nr", r" knr ")),
    ("hpr", _re(r" hpr", r"helsepersonell ?n")),
    ("flr_list_id", _re(r"listen?umm?er", r"listenr", r"liste ?nr", r"liste ?id", r" flr", r"liste ?nummer")),
    ("list_ceiling", _re(r"listetak", r"listelengd", r"maks(imalt)? antal", r"listestorrelse", r" tak ")),
    ("clinic", _re(r"legekontor", r"legesenter", r"legesent", r"praksis", r" kontor", r"klinikk")),
    ("contact_email", _re(r"e ?post", r"e ?mail", r" epost")),
    ("contact_phone", _re(r"telefon", r" tlf", r"mobil")),
    ("last_day", _re(r"siste (arbeids)?dag", r"sluttdato", r"fratredelsesdato", r"til ?dato")),
    ("start_date", _re(r"oppstart", r"gjeld(er)? fr", r"fra ?dato", r"fra og med", r"fom ", r"tiltred", r"overtakelse",
                       r"overtaking", r"overtakingsdato",
                       r"startdato", r"overtar fra", r"tek over fr", r"ikraft", r"i kraft", r"endringsdato",
                       r"dato for endring", r"dato for overtak")),
    ("locum", _re(r"vikar", r"locum")),
    ("contact_name", _re(r"kontaktperson", r"kontakt ", r"saksbehandl", r"utfylt av", r"innsender")),
    ("gp_name", _re(r" navn", r" namn", r"fastlege", r" lege ", r"hjemmelshaver", r"heimelshavar",
                    r"listeinnehaver", r"listeinnehavar")),
    ("form_date", _re(r" dato ", r"underskrift", r"signatur")),
    ("kommune", _re(r" kommune ", r"kommunenavn", r"kommunenamn")),
]


def classify(f: FormField) -> str | None:
    """The role of a field: flr_list_id, clinic, previous_gp_name, hpr_number, start_date, unassigned, ...

    The field's own label decides what it is; the section heading (or the
    label) decides whose it is, the leaving GP's or the new one's.
    """
    own = norm(f"{f.label} {f.name}")
    if f.kind in ("checkbox", "radio"):
        if UNASSIGNED.search(own) or UNASSIGNED.search(norm(f.value)):
            return "unassigned"
        return None
    role = next((r for r, pat in ROLES if pat.search(own)), None)
    heading = norm(f.heading)
    if role == "contact_name" or (role == "gp_name" and "kontakt" in heading):
        return "contact_name"
    if role in ("gp_name", "hpr", "last_day", "start_date"):
        old = bool(OLD.search(own)) or (not NEW.search(own) and bool(OLD.search(heading)))
        if role == "last_day":
            return "previous_last_day"
        if role == "start_date":
            return "start_date"
        if role == "gp_name" and f.heading and not (OLD.search(heading) or NEW.search(heading) or OLD.search(own)
                                                    or NEW.search(own) or "fastlege" in own or "lege" in heading):
            return None  # a name under some other heading: not a GP's
        prefix = "previous_" if old else ""
        return prefix + ("gp_name" if role == "gp_name" else "hpr_number")
    return role
