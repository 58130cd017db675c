"""Our spaCy components, registered under namespaced, versioned names.

- postmottak_dates_v1        every date mention → doc.spans["dates"] (span._.date)
- postmottak_identifiers_v1  HPR numbers and FLR list IDs → doc.spans["ids"] (span._.value)
- postmottak_cues_v1         cue words from patterns/cues.jsonl → doc.spans["cues"]
- postmottak_person_names_v1 personal names in the contexts a GP is named → doc.ents PERSON
Reading dates and identifiers is regular-expression work; the components make
their results spans so that extractors see one annotated Doc.
"""
from __future__ import annotations

import re
from importlib import resources

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from parsers.dates import find_dates
from parsers.identifiers import digits, hpr_numbers, list_ids

PATTERNS = resources.files("parsers.nlp").joinpath("patterns")

for name in ("date", "value"):
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)

def text_of(doc: Doc) -> str:
    """The Doc's text, kept in user_data: Doc.text joins every token anew on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


@registry.readers("postmottak.patterns.v1")
def read_patterns(names: list[str]) -> list[dict]:
    """Entity-ruler patterns from the package's patterns/ folder."""
    out: list[dict] = []
    for name in names:
        out.extend(srsly.read_jsonl(PATTERNS.joinpath(name)))
    return out


@Language.factory("postmottak_dates_v1", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> "DateComponent":
    return DateComponent()


class DateComponent:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for mention in find_dates(text_of(doc)):
            span = _char_span(doc, mention.start, mention.end, "DATE")
            if span is not None:
                span._.date = mention
                spans.append(span)
        doc.spans["dates"] = spans
        return doc


@Language.factory("postmottak_identifiers_v1", assigns=["doc.spans"])
def make_identifiers(nlp: Language, name: str) -> "IdentifierComponent":
    return IdentifierComponent()


class IdentifierComponent:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = text_of(doc)
        for label, found in (("HPR", hpr_numbers(text)), ("FLR", list_ids(text))):
            for m in found:
                span = _char_span(doc, m.start(1), m.end(1), label)
                if span is not None:
                    span._.value = digits(m.group(1))
                    spans.append(span)
        doc.spans["ids"] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("postmottak_cues_v1", assigns=["doc.spans"], default_config={"patterns_file": "cues.jsonl"})
def make_cues(nlp: Language, name: str, patterns_file: str) -> "CueComponent":
    return CueComponent(nlp, patterns_file)


class CueComponent:
    """Cue words that tell a date's or a person's role ("siste arbeidsdag", "overtar")."""

    def __init__(self, nlp: Language, patterns_file: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_label: dict[str, list[str]] = {}
        for row in srsly.read_jsonl(PATTERNS.joinpath(patterns_file)):
            by_label.setdefault(row["label"], []).append(row["pattern"])
        for label, phrases in by_label.items():
            self.matcher.add(label, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=lid) for lid, s, e in self.matcher(doc)]
        doc.spans["cues"] = sorted(spans, key=lambda s: (s.start, -len(s)))
        return doc


@Language.factory("postmottak_person_names_v1", assigns=["doc.ents"],
                  default_config={"stopwords_file": "name_stopwords.txt"})
def make_person_names(nlp: Language, name: str, stopwords_file: str) -> "PersonNameComponent":
    return PersonNameComponent(nlp, stopwords_file)


NAME_CONTEXT_BEFORE = {
    "fastlege", "fastlegen", "lege", "legen", "dr", "dr.", "etter", "med", "til", "navn", "jeg", "eg",
    "fra", "frå", "vikar", "ny", "fastlegar", "fastleger", "kollega", "hos", "vår", "vårt", "at", "heter", "heiter",
    "med.", "overlege", "lege:", "fastlege:", "slutter", "sluttar", "fratrer", "fratredende", "tiltredende",
    "fratredande", "tiltredande",
}
NAME_CONTEXT_AFTER = {
    "går", "gjekk", "gikk", "slutter", "sluttar", "slutta", "sluttet", "overtar", "overtek", "tar", "tek", "døde",
    "døydde", "sa", "sier", "seier", "har", "hadde", "blir", "vert", "fratrer", "begynner", "byrjar", "starter",
    "skal", "alderspensjon", "pensjon", "hpr", "hprnr", "hpr-nr", "hpr-nummer", "fastlege", "lege", "siste",
}


class PersonNameComponent:
    """Names: two to four capitalised words, kept only where a person is named.

    Kept when a title or role word stands before the name ("fastlege",
    "etter", "Ny fastlege:"), or an HPR number follows it closely; so "Bergen
    Kommune" or "Med Vennlig Hilsen" never become people.
    """

    def __init__(self, nlp: Language, stopwords_file: str) -> None:
        words = PATTERNS.joinpath(stopwords_file).read_text("utf-8").split()
        stop = sorted({w.lower() for w in words})
        self.matcher = Matcher(nlp.vocab)
        token = {"IS_TITLE": True, "LOWER": {"NOT_IN": stop}, "LENGTH": {">": 1}}
        hyphen = [token, {"ORTH": "-"}, token]
        particle = {"LOWER": {"IN": ["van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "af"]}, "OP": "+"}
        upper = {"IS_UPPER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": stop}, "LENGTH": {">": 1}}
        self.matcher.add("PERSON", [[dict(token, OP="{2,4}")], hyphen + [token],
                                    [dict(token, OP="{1,2}"), particle, token],
                                    [dict(upper, OP="{2,4}")]], greedy="LONGEST")  # "KNUT ÅSLAND" in a table
        # "per olsen hpr 3423087": a name in lower case only right before its HPR number
        lower = {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": stop}, "LENGTH": {">": 1}}
        self.matcher.add("LOWER_PERSON", [[lower, lower, {"ORTH": {"IN": ["(", ","]}, "OP": "?"},
                                           {"LOWER": {"REGEX": r"^\(?hpr"}}]])

    def _in_context(self, doc: Doc, span: Span, hpr_starts: set[int], id_ends: set[int]) -> bool:
        i = span.start - 1
        while i >= 0 and (doc[i].is_space or doc[i].text in (":", ",", "(", "-", "–", ".")):
            i -= 1
        if i >= 0 and (doc[i].lower_ in NAME_CONTEXT_BEFORE or i in id_ends):
            return True
        k = span.end
        while k < len(doc) and (doc[k].text in (",", "(") or (doc[k].is_space and "\n" not in doc[k].text)):
            k += 1
        if k < len(doc) and doc[k].lower_ in NAME_CONTEXT_AFTER:
            return True
        j = span.end
        limit = min(len(doc), span.end + 6)
        while j < limit:
            if j in hpr_starts:
                return True
            if doc[j].text == "\n\n" or doc[j].lower_ in ("og", "ved") and j > span.end + 1:
                break
            j += 1
        return False

    def __call__(self, doc: Doc) -> Doc:
        hpr_starts = {s.start for s in doc.spans.get("ids", []) if s.label_ == "HPR"}
        hpr_ends = {s.end - 1 for s in doc.spans.get("ids", [])}  # a name right after an HPR number or list ID
        existing = list(doc.ents)  # each doc.ents access walks every token: read it once
        taken = {i for e in existing for i in range(e.start, e.end)}
        people = []
        for match_id, start, end in self.matcher(doc):
            if doc.vocab.strings[match_id] == "LOWER_PERSON":
                end = start + 2  # the HPR label is context, not part of the name
                if start > 0 and doc[start - 1].is_alpha and doc[start - 1].lower_ not in NAME_CONTEXT_BEFORE:
                    continue  # "sa opp per olsen hpr": only a name that starts its phrase
            span = Span(doc, start, end, label="PERSON")
            if any(i in taken for i in range(start, end)) or any(t.is_space for t in span):
                continue
            if self._in_context(doc, span, hpr_starts, hpr_ends):
                people.append(span)
        ents = filter_spans(existing + people)
        doc.ents = ents
        doc.user_data["ents"] = ents
        return doc
