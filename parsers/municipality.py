"""Which municipality a message is from: sender's domain, then the text, then the signature.

The gazetteer is SSB's list of the 357 municipalities since 2024 (shipped in
parsers/data/kommuner.csv) with their 2020–2023 numbers, so a number from
older mail maps to today's.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from importlib import resources

from spacy.tokens import Doc

from parsers.nlp.components import text_of

from parsers.mentions import entities
from parsers.models import Municipality

MUNICIPAL_DOMAINS = ("kommune.no", "herad.no", "kommune.org")


@dataclass(frozen=True)
class Gazetteer:
    by_number: dict[str, Municipality]
    old_to_new: dict[str, list[str]]
    by_folded_name: dict[str, list[str]]
    county: dict[str, str]  # number → county, folded ("nordland", "more-og-romsdal")

    def pick(self, numbers: list[str], hint: str) -> str | None:
        """The one number, or among several of the same name the one whose county the hint names."""
        if len(numbers) == 1:
            return numbers[0]
        hint = fold(hint)
        matched = [n for n in numbers if self.county[n] in hint or COUNTY_CODES.get(hint.rsplit("-", 1)[-1]) == self.county[n]]
        return matched[0] if len(matched) == 1 else None


# Where two municipalities share a name, the bare domain belongs to one of them (the other adds a county
# mark: heroy-no, valer-of): www.heroy.kommune.no is Herøy in Møre og Romsdal.
BARE_DOMAIN_OWNERS = {"heroy": "1515"}

# Short county marks in domains: heroy-no.kommune.no is Herøy in Nordland.
COUNTY_CODES = {"of": "ostfold", "he": "innlandet", "hedmark": "innlandet", "op": "innlandet", "no": "nordland", "mr": "more-og-romsdal", "vl": "vestland", "vestland": "vestland",
                "nordland": "nordland", "in": "innlandet", "ag": "agder", "tr": "troms", "fi": "finnmark",
                "ro": "rogaland", "ost": "ostfold", "vf": "vestfold", "tel": "telemark", "bu": "buskerud"}


def fold(name: str) -> str:
    """A name as it appears in a domain: lower case, æ→ae, ø→o, å→a, accents dropped."""
    name = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_number: dict[str, Municipality] = {}
    old: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    county: dict[str, str] = {}
    text = resources.files("parsers").joinpath("data/kommuner.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        number = row["kommunenummer"]
        by_number[number] = Municipality(number, row["navn_norsk"])
        county[number] = fold(row["fylke"])
        for o in row["kommunenummer_2020_2023"].split("|"):
            if o:
                old.setdefault(o, []).append(number)
        for n in set(row["alternative_navn"].split("|")) | {row["navn_norsk"]}:
            # domains drop the spaces or hyphenate them: nordrefollo / nordre-follo
            for key in {fold(n), fold(n).replace("-", "")}:
                if number not in names.setdefault(key, []):
                    names[key].append(number)
    return Gazetteer(by_number, old, names, county)


def by_number(number: str) -> Municipality | None:
    """Today's municipality for a number, mapping a 2020–2023 number when it is unambiguous."""
    g = gazetteer()
    if number in g.by_number:
        return g.by_number[number]
    new = g.old_to_new.get(number, [])
    return g.by_number[new[0]] if len(new) == 1 else None


def is_municipal_sender(address: str | None) -> bool:
    domain = (address or "").rpartition("@")[2].lower()
    return domain.endswith(MUNICIPAL_DOMAINS)


def from_domain(address: str | None) -> Municipality | None:
    """bergen.kommune.no, voss.herad.no, bgr.oslo.kommune.no (a bydel) → the municipality."""
    domain = (address or "").rpartition("@")[2].lower()
    for suffix in MUNICIPAL_DOMAINS:
        if domain.endswith("." + suffix):
            label = domain[: -len(suffix) - 1].split(".")[-1]
            g = gazetteer()
            numbers = g.by_folded_name.get(fold(label), []) or g.by_folded_name.get(fold(label).rsplit("-", 1)[0], [])
            number = g.pick(numbers, label) or BARE_DOMAIN_OWNERS.get(label)
            if number:
                return g.by_number[number]
    return None


def from_doc(doc: Doc | None) -> Municipality | None:
    """The first "X kommune"/"X herad" the text names, or a "Kommune: Bergen (4601)" number."""
    if doc is None:
        return None
    g = gazetteer()
    text = text_of(doc)
    for ent in entities(doc, "MUNICIPALITY"):
        name = re.sub(r"\s+(?:kommunes?|herad(?:et)?|kommun)$", "", ent.text, flags=re.I)
        number = g.pick(g.by_folded_name.get(fold(name), [ent.ent_id_]), text[ent.end_char:ent.end_char + 40])
        if number:  # "Herøy kommune (Nordland)": a shared name needs its county
            return g.by_number[number]
    m = re.search(r"\bkommune(?:nummer|nr)?\.?\s*:?\s*[A-ZÆØÅ][\w -]*\((\d{4})\)", text_of(doc), re.I)
    return by_number(m.group(1)) if m else None


ON_BEHALF = re.compile(r"\bp[åa] vegne av\s+([A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*)?)\s+(?:kommune|herad)\b")


def resolve_municipality(sender: str | None, docs: Callable[[], list[Doc]],
                         text: str = "") -> tuple[Municipality | None, str]:
    """(municipality, the cue that decided it): a municipality the writer acts for ("på vegne av Lavangen
    kommune"), the sender's domain, the text. `docs` is called only when the domain does not tell."""
    behalf = ON_BEHALF.search(text)
    if behalf and (numbers := gazetteer().by_folded_name.get(fold(behalf.group(1)), [])) and len(numbers) == 1:
        return gazetteer().by_number[numbers[0]], "written on behalf of a municipality named in the text"
    found = from_domain(sender)
    if found:
        return found, f"sender domain {sender.rpartition('@')[2]}"
    for doc in docs():
        found = from_doc(doc)
        if found:
            return found, "named in the text"
    return None, "not found"
