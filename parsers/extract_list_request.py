"""List requests in free text: ceiling changes and list lock / unlock.

The text is the newest part of the message. It is read paragraph by
paragraph: an intro paragraph that asks for something without naming a
list ("Vi ber om at følgende lister låses:") lends its request to the
bullets or table rows after it; a paragraph naming one list gives every
request it makes to that list; with several lists, each list takes the
requests of its own sentence or line. Values the text does not give stay
None (an increase is not derived from the registry here).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.forms.text_cues import (HPR, LEADING_ID, NAME, TITLE, clean_name, ids_in, name_near,
                                     names_in, split_columns, strip_title)
from parsers.identifiers import digits, hpr_numbers, list_ids
from parsers.letters import signature_name
from parsers.sentences import sentence_spans
from parsers.tables import normalize_tables
from parsers.models import Order, Span

DOCUMENT = "body"
_N = r"(\d{1,2}[ \u00a0.]\d{3}|\d{1,5})"  # 1 300, 1.300 or 1300
_UNLOCK = re.compile(r"(?i)\b(lås\w*\s+opp|opplås\w*|opphev\w*\s+(?:\w+\s+)?lås\w*|"
                     r"(?:fjerne?|avslutt\w*)\s+(?:\w+\s+)?lås\w*|ikk?j?e\s+lenger\s+(?:\w+\s+){0,2}låst|"
                     r"lås\w*\s+(?:\w+\s+){0,4}(?:fjernes|oppheves|opphevast|takast bort|tas bort)|"
                     r"(?:åpne|opne|opnast|åpnes)\s+(?:\w+\s+){0,2}(?:igjen|att|for nye))")
_LOCK = re.compile(r"(?i)(?<!\bble )(?<!\ber )(?<!\bvar )(?<!\bvart )(?<!\bblitt )(?<!\ballerede )(?<!\bikke )(?<!\bikkje )"
                   r"\b(låses|låsast|låse|lås|låst|låsing|låsinga|sperres|sperre|sperret|stenges|stengast|stenge)\b|"
                   r"\b(?:vert|blir|bli)\s+låste?\b")
_CEILING_WORD = re.compile(r"(?i)\b(listetak\w*|tak(?:et)?|maks\w*\s+antall|listestorleik|listestørrelse)\b")
_CHANGE_WORD = re.compile(r"(?i)øk|auk|hev|utvid|endr|sett|redus|nytt|ny\b|liste|lista")
_TO_FROM = re.compile(rf"(?i)\btil\s+{_N}\s*\(?\s*(?:fr[aå]|i dag|no|nå)\s*:?\s*{_N}\)?")
_CURRENT = re.compile(rf"(?i)\b(?:nåværende|noverande|dagens|gjeldende|gjeldande|eksisterende)\s+listetak\s*:?\s*{_N}\b")
_WANTED = re.compile(rf"(?i)\b(?:ønsket|ønskt|ynskt|nytt|ny|søkt|omsøkt)\s+listetak\s*:?\s*{_N}\b")
_LATER = re.compile(r"(?i)\bnår\b|\bgir beskjed\b|\bmelder (?:fra|frå)\b|\bseinare\b|\bsenere\b|\bfortsatt\b|"
                    r"\bfremdeles\b|\bframleis\b|\bsom før\b")  # later, or a state that simply goes on
_STAYS = re.compile(r"(?i)\b(?:fortsatt|fremdeles|framleis)\b|\bsom før\b|\bikk?j?e\s+(?:\w+\s+)?lås\w*")
_FROM_TO = re.compile(rf"(?i)\bfr[aå]\s+{_N}\s+til\s+{_N}\b")
_TO = re.compile(rf"(?i)(?:sett\w*|endr\w*|økes|øke|auk\w*|hev\w*|utvid\w*|redus\w*|nytt\s+\w*tak\w*"
                 rf"|tak\w*|blir|vert|bli)\s+[^.!?\n]{{0,70}}?(?:\btil|:|=)\s+{_N}\b(?!\s*%)")
_NEW = re.compile(rf"(?i)\bnytt\s+(?:liste)?tak\s*(?:er|blir|vert|på|:|=)?\s*{_N}\b|"
                  rf"\blisteta(?:k|ket)\s+(?:blir|vert|skal\s+(?:være|vere)|settes|setjast)\s+(?:til\s+|på\s+)?{_N}\b")
_BY = re.compile(rf"(?i)(?:øk\w*|auk\w*|hev\w*|utvid\w*|økning|auke)\s+[^.!?\n]{{0,70}}?\b"
                 rf"(?:med|på|av)\s+\+?{_N}\b(?!\s*%)")
_BY_DIRECT = re.compile(rf"(?i)\b(?:auke|økning|heving|utviding|utvidelse)\s*(?:på|med|:|=)?\s*\+?{_N}\b(?!\s*%)")
_PLUS = re.compile(rf"(?i)(?:\+\s?{_N}\b|\b{_N}\s+(?:flere|fleire|ekstra|nye)\s+(?:plasser|plassar))")


_SIGN_OFF = re.compile(r"(?im)^\s*(?:med\s+)?(?:vennleg|vennlig|beste)?\s*(?:hilsen|helsing)\b|^\s*mvh\b")
_CLAUSE = re.compile(r"(?i),\s*(?:og|samt|men|mens)\s+|;\s*")


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@dataclass
class _Asks:
    """What one stretch of text asks for."""

    lock: str | None = None
    ceiling: bool = False
    increase: int | None = None
    new_ceiling: int | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return self.lock is not None or self.ceiling


def _asks(text: str, base: int, column: tuple[str, ...] = (), skip: tuple[int, int] = (0, 0)) -> _Asks:
    """What `text` (starting at `base` in the message) asks for; `column` names a text
    table's number columns in order, `skip` the list ID's span in `text`."""
    asks = _Asks()
    now = " ".join(sentence for _, sentence in sentence_spans(text) if not _LATER.search(sentence))
    if _UNLOCK.search(now):  # "Vi gir beskjed når den kan åpnes igjen" is no unlock today
        asks.lock = "unlock"
    elif _LOCK.search(now):
        asks.lock = "lock"
    if (wanted := _WANTED.search(text)) and (current := _CURRENT.search(text)):  # "Noverande listetak: 800 / Ønskt: 1000"
        new, old = _int(wanted.group(1)), _int(current.group(1))
        asks.ceiling, asks.new_ceiling, asks.increase = True, new, new - old
        asks.spans = {"new_ceiling": wanted.span(1), "increase": current.span(1)}
    elif (m := _FROM_TO.search(text)) and (_CEILING_WORD.search(text) or _CHANGE_WORD.search(text)):
        old, new = _int(m.group(1)), _int(m.group(2))
        asks.ceiling, asks.new_ceiling, asks.increase = True, new, new - old
        asks.spans = {"new_ceiling": m.span(2), "increase": m.span(0)}
    elif (m := _TO_FROM.search(text)) and (_CEILING_WORD.search(text) or _CHANGE_WORD.search(text)):
        new, old = _int(m.group(1)), _int(m.group(2))  # "økes til 1300 (fra 1200)"
        asks.ceiling, asks.new_ceiling, asks.increase = True, new, new - old
        asks.spans = {"new_ceiling": m.span(1), "increase": m.span(0)}
    elif column:
        numbers = _numbers(text, skip)
        for name, (span, value) in zip(column, numbers[-len(column):]):
            asks.ceiling = True
            setattr(asks, name, value)
            asks.spans[name] = span
    elif _CEILING_WORD.search(text) or _BY.search(text) or _BY_DIRECT.search(text) or _PLUS.search(text):
        if (m := _NEW.search(text)) or (m := _TO.search(text)):
            group = next(i for i, g in enumerate(m.groups(), 1) if g)
            asks.ceiling, asks.new_ceiling = True, _int(m.group(group))
            asks.spans["new_ceiling"] = m.span(group)
        if (m := _BY.search(text)) or (m := _BY_DIRECT.search(text)) or (m := _PLUS.search(text)):
            group = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))
            asks.ceiling, asks.increase = True, _int(m.group(group))
            asks.spans["increase"] = m.span(group)
        if _CEILING_WORD.search(text) and _CHANGE_WORD.search(text):
            asks.ceiling = True
    asks.spans = {k: (base + a, base + b) for k, (a, b) in asks.spans.items()}
    return asks


def _numbers(text: str, skip: tuple[int, int]) -> list[tuple[tuple[int, int], int]]:
    """Plain numbers in a table row that are not the list ID or an HPR number."""
    skips = [m.span(1) for m in HPR.finditer(text)] + [skip]
    out = []
    for m in re.finditer(rf"(?<![\d-]){_N}(?![\d-])", text):
        if not any(a <= m.start(1) < b for a, b in skips):
            out.append((m.span(1), _int(m.group(1))))
    return out


@dataclass
class _Item:
    list_id: str
    pos: int  # in the whole text
    unit: str
    unit_start: int


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in re.finditer(r"\n\s*\n", text + "\n\n"):
        block = text[start:m.start()]
        if block.strip():
            out.append((start, block))
        start = m.end()
    return out


def _table_column(line: str) -> tuple[str, ...] | None:
    """The number columns a table header names, in order: "Auke"/"Økning" and/or "Nytt listetak"."""
    cells = [c.lower() for c in split_columns(line)]
    if len(cells) < 2 or not any(re.search(r"flr|liste|id", c) for c in cells):
        return None
    found = tuple("new_ceiling" if re.search(r"nytt|ny\b", c) else "increase"
                  for c in cells if re.search(r"nytt|ny\b|auke|økning|øke|utvid|\+", c))
    return found or None


def _units(start: int, block: str) -> list[tuple[int, str]]:
    """Lines when the paragraph is a list or table, else sentences."""
    lines = [(start + m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", block)]
    if len(lines) > 1 and sum(bool(ids_in(t) or LEADING_ID.match(t)) for _, t in lines) >= 2:
        return lines
    out = []
    for offset, sentence in sentence_spans(block):
        base = start + offset
        if len(ids_in(sentence)) < 2:
            out.append((base, sentence))
            continue
        # "listen til A (1) låses, og listetaket til B (2) økes med 30": one clause per list
        cut = 0
        for c in _CLAUSE.finditer(sentence):
            out.append((base + cut, sentence[cut:c.start()]))
            cut = c.end()
        out.append((base + cut, sentence[cut:]))
    return out


def extract_list_requests(text: str) -> list[Order]:
    """Ceiling changes and lock/unlock orders in `text`, in the order the lists appear."""
    orders: dict[tuple[str, str], Order] = {}
    if sign_off := _SIGN_OFF.search(text):
        text = text[:sign_off.start()]  # the signature's name is the sender, not a GP
    intro = _Asks()
    column: tuple[str, ...] = ()
    unnamed: list[tuple[int, str, _Asks]] = []  # requests that name no list ID
    for start, block in _paragraphs(text):
        units = _units(start, block)
        items: list[_Item] = []
        for ustart, unit in units:
            if (col := _table_column(unit)) is not None:
                column = col
                continue
            found = ids_in(unit)
            if not found and (m := LEADING_ID.match(unit)) and (column or len(units) > 1 or intro.any):
                found = [(m.group(1), m.start(1))]
            items += [_Item(i, ustart + p, unit, ustart) for i, p in found]
        block_asks = _asks(block, start)
        if not items:
            if block_asks.any:
                intro = block_asks
                unnamed.append((start, block, block_asks))
            continue
        single = len({i.list_id for i in items}) == 1 and not column
        for item in items:
            rel = item.pos - item.unit_start
            asks = block_asks if single else _asks(item.unit, item.unit_start, column,
                                                   (rel, rel + len(item.list_id)))
            if not asks.any:
                if _STAYS.search(item.unit):  # "Listen til X (2) skal fortsatt være låst": no order for it
                    continue
                asks = block_asks if block_asks.any else intro
            scope, scope_start = (block, start) if single else (item.unit, item.unit_start)
            _add(orders, item, asks, text, scope, scope_start)
    if not orders:
        for start, block, asks in unnamed:
            _add_by_name(orders, start, block, asks, text)
    if not orders and len(unnamed) == 1:  # "ønsker å utvide listen min med 150": list and GP left to fill
        start, block, asks = unnamed[0]
        _add(orders, _Item("", start, block, start), asks, text, block, start)
    return list(orders.values())


_CUED_GP = re.compile(rf"(?:\b(?i:{TITLE})\s+|\b(?i:list\w*)\s+(?i:til|for|åt)\s+(?:(?i:{TITLE})\s+)?)({NAME})"
                      rf"|({NAME})\s*\((?i:hpr)")


_NAME_CHAIN = re.compile(rf"\s*(?:,|\bog\b|\bsamt\b)\s*(?:(?i:{TITLE})\s+)?({NAME})")


def _add_by_name(orders: dict[tuple[str, str], Order], start: int, block: str, asks: _Asks,
                 text: str) -> None:
    """A request that names the GP but no list ("låse lista til fastlege Eva Lund"): the
    order gets the name, and the list ID is left for the caseworker (None, uncertain)."""
    for m in _CUED_GP.finditer(block):
        group = 1 if m.group(1) else 2
        found = [(m.start(group), m.group(group))]
        end = m.end(group)
        while chain := _NAME_CHAIN.match(block, end):  # "listene til Eva Lund og Marianne Holm"
            found.append((chain.start(1), chain.group(1)))
            end = chain.end(1)
        for pos, name in found:
            _add(orders, _Item("", start + pos, block, start), asks, text, block, start, name=strip_title(name))


def _gp_name(scope: str, rel: int) -> str | None:
    """The GP named with a cue (a title before, an HPR/FLR parenthesis after), else the
    name nearest the list ID, else the only name in a short scope."""
    cued = re.search(rf"\b(?i:{TITLE})\s+({NAME})|({NAME})\s*\((?i:hpr|flr|liste)", scope)
    if cued:
        return cued.group(1) or cued.group(2)
    near = name_near(scope, rel)
    if near:
        return near
    names = {clean_name(m) for m in names_in(scope)}
    return names.pop() if len(names) == 1 else None


def _add(orders: dict[tuple[str, str], Order], item: _Item, asks: _Asks, text: str,
         scope: str, scope_start: int, name: str | None = None) -> None:
    hpr = HPR.search(item.unit) or HPR.search(scope)
    name = name or _gp_name(scope, item.pos - scope_start)
    list_id = item.list_id or None
    spans = {"flr_list_id": Span(DOCUMENT, item.pos, item.pos + len(item.list_id), item.list_id)} if list_id else {}
    if name and (npos := scope.find(name)) >= 0:
        spans["gp_name"] = Span(DOCUMENT, scope_start + npos, scope_start + npos + len(name), name)
    common = {"flr_list_id": list_id, "gp_name": strip_title(name) if name else None}
    key = list_id or f"name:{common['gp_name']}"
    if asks.lock and ("list_lock", key) not in orders:
        orders[("list_lock", key)] = Order("list_lock", {**common, "action": asks.lock}, spans=dict(spans))
    mentions_only = asks.lock and asks.increase is None and asks.new_ceiling is None  # "full, sjølv med nytt listetak"
    if asks.ceiling and not mentions_only and ("ceiling_change", key) not in orders:
        order = Order("ceiling_change", {**common,
                                         "hpr_number": re.sub(r"\D", "", hpr.group(1)) if hpr else None,
                                         "increase": asks.increase, "new_ceiling": asks.new_ceiling},
                      spans=dict(spans))
        for fname, (a, b) in asks.spans.items():
            order.spans[fname] = Span(DOCUMENT, a, b, text[a:b])
        if asks.increase is None and asks.new_ceiling is None:
            order.uncertain.update({"increase", "new_ceiling"})
        orders[("ceiling_change", key)] = order
    for key_type in ("list_lock", "ceiling_change"):
        if not list_id and (key_type, key) in orders:
            orders[(key_type, key)].uncertain.add("flr_list_id")


def extract_list_requests_in(texts: list[str], subject: str = "") -> list[Order]:
    """Requests in the newest text and in what it forwards (a GP's own application below a covering
    note): the note's only list ID fills a forwarded request's gap, a letter's writer is its GP."""
    orders: list[Order] = []
    for text in texts:
        labelled = normalize_tables(text)  # a table's rows as "Header: value" lines: columns named by the header
        found = (extract_list_requests(labelled) if labelled != text else []) or extract_list_requests(text)
        signed = signature_name(text)
        hprs = {digits(m.group(1)) for m in hpr_numbers(text)}
        for order in found:
            if order["gp_name"] is None and signed and re.search(r"(?i)\b(?:min|mi|mitt)\b", text):
                order["gp_name"] = signed[0]
            if order.type == "ceiling_change" and order["hpr_number"] is None and len(found) == 1 and len(hprs) == 1:
                order["hpr_number"] = hprs.pop()
        orders.extend(found)
    ids = {digits(m.group(1)) for text in texts for m in list_ids(text)} or \
        {digits(m.group(1)) for m in list_ids(subject)}  # "Listetak – liste 464807" only in the subject
    cued = {strip_title(m.group(1) or m.group(2)) for text in texts for m in _CUED_GP.finditer(text)}
    for order in orders:
        if order["gp_name"] is None and len(cued) == 1 and len(orders) == 1:
            order["gp_name"] = next(iter(cued))
        if order["flr_list_id"] is None and len(ids) == 1:
            order["flr_list_id"] = next(iter(ids))
            order.uncertain.discard("flr_list_id")
    unique: dict[tuple[str, str | None, str | None], Order] = {}
    for order in orders:  # the same request told twice (a covering note and the letter): keep the fuller one
        key = (order.type, order["flr_list_id"], order.fields.get("action"))
        if key not in unique or _filled(order) > _filled(unique[key]):
            unique[key] = order
    return list(unique.values())


def _filled(order: Order) -> int:
    return sum(value is not None for value in order.fields.values())
