"""A filled GP registry form as canonical "Label: value" lines the body extractor reads.

    Melding til fastlegeregisteret
    Type endring: Ny fastlege overtar eksisterende liste
    FLR listenummer: 340517
    Fratredende fastlege: Trond Aalstad, HPR-nr. 3417052
    Ny fastlege: Hanna Lie Gundersen, HPR-nr. 8052316
    Gjelder fra: 01.11.2024

Empty fields and unticked boxes are left out; each value is a segment
pointing at its field ("form.pdf#field=ny_navn"), the labels at the page.
"""
from __future__ import annotations

from parsers.documents.acroform import FormField
from parsers.documents.formfields import classify
from parsers.documents.types import TextBuilder

TITLE = "Melding til fastlegeregisteret"
GP_ROLES = {"flr_list_id", "previous_gp_name", "previous_hpr_number", "gp_name", "hpr_number", "start_date",
            "unassigned"}
Piece = tuple[str, FormField | None]  # text, and the field it came from (None: a label)


def field_map(fields: list[FormField]) -> dict[str, str]:
    """Label -> value for the review UI; a label used twice gets its section (or field name) added."""
    counts: dict[str, int] = {}
    for f in fields:
        counts[f.label] = counts.get(f.label, 0) + 1
    out: dict[str, str] = {}
    for f in fields:
        key = f.label
        if counts[f.label] > 1 or key in out:
            section = f.heading.split(None, 1)[-1] if f.heading else f.name
            key = f"{f.label} ({section})"
            if key in out:
                key = f"{f.label} ({f.name})"
        value = ("Ja" if f.checked else "Nei") if f.kind == "checkbox" else f.value
        out[key] = value
    return out


def roles(fields: list[FormField]) -> dict[str, FormField]:
    """The first filled field of each role (a ticked box for "unassigned")."""
    out: dict[str, FormField] = {}
    for f in fields:
        role = classify(f)
        filled = f.checked if f.kind in ("checkbox", "radio") else bool(f.value)
        if role and filled and role not in out:
            out[role] = f
    return out


def is_registry_form(fields: list[FormField], page_text: str, title: str = "") -> bool:
    """The registry form 05-04.27 or its kin: so titled, or naming a new GP (or an unassigned list)
    together with the list or the leaving GP. Other forms keep their page text."""
    head = (page_text[:400] + " " + title).lower()
    found = roles(fields)
    if "melding til fastlegeregister" in head and found:
        return True
    return bool({"gp_name", "hpr_number", "unassigned"} & set(found)) and bool(
        {"flr_list_id", "previous_gp_name", "previous_hpr_number"} & set(found))


def _person(found: dict[str, FormField], name: str, hpr: str) -> list[Piece]:
    pieces: list[Piece] = []
    if name in found:
        pieces.append((found[name].value, found[name]))
    if hpr in found:
        pieces += [(", HPR-nr. " if pieces else "HPR-nr. ", None), (found[hpr].value, found[hpr])]
    return pieces


def canonical_lines(fields: list[FormField]) -> list[list[Piece]]:
    """The form's content as lines of pieces, in the order of a form-like mail body."""
    found = roles(fields)
    lines: list[list[Piece]] = [[(TITLE, None)]]

    def line(label: str, pieces: list[Piece]) -> None:
        if pieces:
            lines.append([(label + ": ", None)] + pieces)

    def one(role: str) -> list[Piece]:
        return [(found[role].value, found[role])] if role in found else []

    if "unassigned" in found:
        line("Type endring", [("Ubesatt liste", found["unassigned"])])
    elif "gp_name" in found or "hpr_number" in found:
        line("Type endring", [("Ny fastlege overtar eksisterende liste", found.get("gp_name") or found["hpr_number"])])
    kommune = one("kommune")
    if "kommunenummer" in found:
        kommune = kommune + [(" (", None)] + one("kommunenummer") + [(")", None)] if kommune else one("kommunenummer")
    line("Kommune", kommune)
    line("FLR listenummer", one("flr_list_id"))
    line("Legekontor", one("clinic"))
    line("Fratredende fastlege", _person(found, "previous_gp_name", "previous_hpr_number"))
    line("Siste arbeidsdag for fratredende fastlege", one("previous_last_day"))
    line("Ny fastlege", _person(found, "gp_name", "hpr_number"))
    line("Gjelder fra", one("start_date"))
    line("Listetak", one("list_ceiling"))
    used = {id(f) for f in found.values()}
    rest: list[list[Piece]] = []
    contact = _contact(found)
    if contact:
        rest.append([("Kontaktperson: ", None)] + contact)
    for f in fields:
        if id(f) in used or not (f.checked if f.kind in ("checkbox", "radio") else f.value):
            continue
        value = "Ja" if f.kind == "checkbox" else f.value
        rest.append([(f.label + ": ", None), (value, f)])
    if "form_date" in found:
        rest.append([("Dato: ", None), (found["form_date"].value, found["form_date"])])
    if rest:
        lines.append([])
        lines += rest
    return lines


def _contact(found: dict[str, FormField]) -> list[Piece]:
    pieces: list[Piece] = []
    for role, lead in (("contact_name", ""), ("contact_phone", "tlf. "), ("contact_email", "e-post ")):
        if role in found:
            pieces += [((", " if pieces else "") + lead, None), (found[role].value, found[role])]
    return [p for p in pieces if p[0]]


def render_form(fields: list[FormField], filename: str, out: TextBuilder) -> None:
    """Append the canonical lines to `out`, each value a segment "FILE#field=NAME"."""
    for i, pieces in enumerate(canonical_lines(fields)):
        if i:
            out.add("\n")
        for text, f in pieces:
            origin = f"{filename}#field={f.name}" if f else f"{filename}#page={_page(fields)}"
            out.add(text, origin)


def render_generic(fields: list[FormField], filename: str, out: TextBuilder) -> None:
    """Any other form: its filled fields as "Label: value" lines, after the page text."""
    for f in fields:
        filled = f.checked if f.kind in ("checkbox", "radio") else bool(f.value)
        if not filled:
            continue
        out.separate("\n")
        out.add(f.label + ": ", f"{filename}#page={f.page or 1}")
        out.add("Ja" if f.kind == "checkbox" else f.value, f"{filename}#field={f.name}")


def _page(fields: list[FormField]) -> int:
    return next((f.page for f in fields if f.page), 1)
