"""List changes ("Melding til fastlegeregisteret"): a new GP takes a list, or it becomes unassigned."""
from __future__ import annotations

import re

from parsers.mentions import Person, Segment, entities, list_ids, number_after, person_role, resolve_ref
from parsers.identifiers import list_ids as list_ids_in
from parsers.models import Order, Span
from parsers.sentences import sentence_spans

CEILING = re.compile(r"\blisteta(?:k|ket)\b|\bantall listeplass(?:er)?\b|\blisteplassar\b", re.I)
NO_CHANGE = re.compile(r"\b(?:endring\s*:\s*)?(?:ingen|inga) endring\b", re.I)  # a table row "Ingen endring"
UNASSIGNED = re.compile(r"\bubesat+e?\b|\bubesett\b|\b(?:uten|utan) fast(?:\s+|e)lege\b", re.I)
CONTINUES = re.compile(r"\bheld(?:\s+\w+)?\s+fram\b|\bfortsetter\b|\bhalde fram\b|\bsom før\b|\bsom i dag\b|\buendra\b|"
                       r"\buendret\b|\bfrå før\b|\bfra før\b", re.I)
WITHDRAWN = re.compile(r"\b(?:trekt|trukket|trekker|trekkjer)\s+seg\b", re.I)
FROM_TO = re.compile(r"\s*(?:\w+\s+){0,3}fr[aå]\s+\d[\d .]*\s+til\s+(\d{1,2}[ .]?\d{3}|\d{2,5})\b")
LABELLED_CLINIC = re.compile(r"^\s*(?:legekontor|legesenter|kontor|arbeidssted|praksis)\s*:\s*(.+?)\s*$", re.I | re.M)


def _aside(seg: Segment) -> list[tuple[int, int]]:
    """Sentences about a list that stays as it is ("liste 151124 (Anders Aarflot), som held fram som i dag")."""
    return [(at, at + len(text)) for at, text in sentence_spans(seg.text)
            if CONTINUES.search(text) and not UNASSIGNED.search(text) and list_ids_in(text)]


def _scopes(seg: Segment) -> list[tuple[int, int, str | None]]:
    """(start, end, list id) per list named; several lists split the text at their lines."""
    ids: list = []
    aside = _aside(seg)
    for s in list_ids(seg.doc):
        if any(a <= s.start_char < b for a, b in aside):
            continue
        if s._.value not in [i._.value for i in ids]:
            ids.append(s)
    if len(ids) < 2:
        items = _numbered_items(seg)
        if len(items) >= 2:
            return [(lo, hi, ids[0]._.value if len(ids) == 1 and lo <= ids[0].start_char < hi else None)
                    for lo, hi in items]
        return [(0, len(seg.text), ids[0]._.value if ids else None)]
    starts = [seg.text.rfind("\n", 0, s.start_char) + 1 for s in ids]
    return [(starts[i], starts[i + 1] if i + 1 < len(ids) else len(seg.text), s._.value) for i, s in enumerate(ids)]


ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+", re.M)


def _numbered_items(seg: Segment) -> list[tuple[int, int]]:
    """Numbered or bulleted items that each name a GP by HPR number: one list change each."""
    starts = [m.start() for m in ITEM.finditer(seg.text)]
    bounds = list(zip(starts, starts[1:] + [len(seg.text)]))
    items = [(lo, hi) for lo, hi in bounds if any(p.hpr and lo <= p.start < hi for p in seg.people)]
    return items if len(items) == len(bounds) else []


def _withdrawn(seg: Segment) -> set[str]:
    """Names of people who withdrew ("Kari Moe har dessverre trekt seg"): no role in the change."""
    names = set()
    for at, text in sentence_spans(seg.text):
        if WITHDRAWN.search(text):
            names.update(p.name for p in seg.people if p.name and at <= p.start < at + len(text))
    return names


def _roles(seg: Segment, found: list[Person], lo: int, hi: int) -> dict[int, str]:
    """Each person's role; people no cue places are the new GP where the text announces one."""
    spans = [(p.start, p.end) for p in found]
    roles = {i: r for i, p in enumerate(found)
             if (r := person_role(seg.doc, p.start, p.end, [o for o in spans if o != (p.start, p.end)]))}
    announces = not UNASSIGNED.search(seg.text[lo:hi])
    if "NEW_GP" not in roles.values() and announces:
        open_ = [i for i in range(len(found)) if i not in roles]
        with_hpr = [i for i in open_ if found[i].hpr]
        if with_hpr or open_:
            roles[(with_hpr or open_)[-1]] = "NEW_GP"
    return roles


def _span(seg: Segment, start: int, end: int) -> Span:
    return Span(seg.label, start, end, seg.text[start:end])


def _order(seg: Segment, lo: int, hi: int, flr: str | None, clinics: list) -> Order:
    gone = _withdrawn(seg)
    aside = _aside(seg)
    inside = [p for p in seg.people if lo <= p.start < hi and (p.name or p.hpr) and p.name not in gone
              and not any(a <= p.start < b for a, b in aside)]
    roles = _roles(seg, inside, lo, hi)
    new = sorted((p for i, p in enumerate(inside) if roles.get(i) == "NEW_GP"), key=lambda p: p.hpr is None)
    prev = [p for i, p in enumerate(inside) if roles.get(i) != "NEW_GP"]
    text = seg.text[lo:hi]
    unassigned = bool(UNASSIGNED.search(text)) and not new
    kind = "unassigned_list" if unassigned else "new_gp"
    o = Order(kind, {"flr_list_id": flr})
    if prev:
        o["previous_gp_name"], o["previous_hpr_number"] = prev[0].name, prev[0].hpr
    if new and kind == "new_gp":
        o["gp_name"], o["hpr_number"] = new[0].name, new[0].hpr
        if new[0].name_span:
            o.spans["gp_name"] = _span(seg, *new[0].name_span)
    own_clinics = [c for c in clinics if lo <= c.start_char < hi]
    labelled = LABELLED_CLINIC.search(text)
    if own_clinics or clinics:
        o["clinic"] = (own_clinics or clinics)[0].text
    elif labelled:  # "Legekontor: Ås sentrum legesenter", a name the gazetteer's pattern misses
        o["clinic"] = labelled.group(1)
    for ref in seg.dates:
        if lo <= ref.start < hi and ref.role == "START":
            o["start_date"] = resolve_ref(ref, seg.reference, "future")
            o.spans["start_date"] = _span(seg, ref.start, ref.end)
            break
    for m in CEILING.finditer(text):
        changed = FROM_TO.match(text, m.end())  # "Listetaket reduseres fra 1200 til 800": the new one
        found = (int(re.sub(r"\D", "", changed.group(1))),) if changed else number_after(text, m.end())
        if found:
            o["list_ceiling"] = found[0]
            break
    if kind == "new_gp" and not o["gp_name"]:
        o.uncertain.add("gp_name")
    return o


def _unassigned_then_new(seg: Segment, lo: int, hi: int, flr: str | None) -> list[tuple[int, int, str | None]]:
    """One list unassigned first and taken by a new GP later ("Lista vert ubesett frå 1. februar ...
    Frå 1. mai tek Ingrid Løvik over lista"): two changes, split where the new GP's sentence begins."""
    text = seg.text[lo:hi]
    unassigned = UNASSIGNED.search(text)
    starts = [r for r in seg.dates if lo <= r.start < hi and r.role == "START"]
    if not unassigned or len(starts) < 2:
        return [(lo, hi, flr)]
    for at, sentence in sentence_spans(text):
        begins = lo + at
        if at > unassigned.end() and any(begins <= p.start < begins + len(sentence) and p.hpr for p in seg.people) \
                and any(r.start >= begins for r in starts) and any(r.start < begins for r in starts):
            return [(lo, begins, flr), (begins, hi, flr)]
    return [(lo, hi, flr)]


def _shared_start(seg: Segment, first: int, orders: list[Order]) -> None:
    """A start date said once before the lists ("Fra 1. september: 1. Liste ... 2. Liste ...")."""
    shared = next((r for r in seg.dates if r.start < first and r.role == "START"), None)
    for o in orders:
        if shared and o["start_date"] is None:
            o["start_date"] = resolve_ref(shared, seg.reference, "future")
            o.spans["start_date"] = _span(seg, shared.start, shared.end)


def _newest_start_wins(segs: list[Segment], orders: list[Order]) -> None:
    """A start date in the newest text corrects the forwarded one ("Rettelse: Sara starter 1.6, ikke 1.5")."""
    body = segs[0]
    if body.label != "body" or len(orders) != 1:
        return
    start = next((r for r in body.dates if r.role == "START"), None)
    if start and orders[0].spans.get("start_date", None) is not None and orders[0].spans["start_date"].document != "body":
        orders[0]["start_date"] = resolve_ref(start, body.reference, "future")
        orders[0].spans["start_date"] = _span(body, start.start, start.end)


def _filled(order: Order) -> int:
    return sum(v is not None for v in order.fields.values())


def _merge(into: Order, other: Order) -> None:
    """Fill what `into` lacks from `other`, the same change told twice (a note and its form)."""
    for name, value in other.fields.items():
        if into.fields.get(name) is None and value is not None:
            into.fields[name] = value
            if name in other.spans:
                into.spans[name] = other.spans[name]
            into.uncertain.discard(name)


def _same(a: Order, b: Order) -> bool:
    if a["flr_list_id"] and b["flr_list_id"]:
        return a["flr_list_id"] == b["flr_list_id"]
    return True


def extract_list_changes(segs: list[Segment]) -> list[Order]:
    """One order per list; a covering note and the form it covers give one order, not two."""
    per_segment = []
    for seg in segs:
        if seg.people or list_ids(seg.doc):
            clinics = entities(seg.doc, "CLINIC")
            scopes = [part for scope in _scopes(seg) for part in _unassigned_then_new(seg, *scope)]
            orders = [_order(seg, lo, hi, flr, clinics) for lo, hi, flr in scopes]
            orders = [o for o, (lo, hi, _) in zip(orders, scopes) if not NO_CHANGE.search(seg.text[lo:hi])]
            _shared_start(seg, scopes[0][0], orders)
            per_segment.append(orders)
    per_segment.sort(key=lambda orders: -sum(_filled(o) for o in orders))
    if not per_segment:
        return []
    orders = per_segment[0]
    clinics = [c.text for seg in segs for c in entities(seg.doc, "CLINIC")] if segs[0].doc is not None else []
    for o in orders:
        if o["clinic"] is None and clinics:  # named elsewhere, even only in the subject
            o["clinic"] = clinics[0]
    _newest_start_wins(segs, orders)
    for extra in per_segment[1:]:
        for o in extra:
            match = [m for m in orders if _same(m, o)]
            if len(match) == 1:
                _merge(match[0], o)
            elif not match and o["flr_list_id"]:
                orders.append(o)
    return orders
