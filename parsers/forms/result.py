"""What reading a distribution form gives: orders, cell texts, title-block facts, or an error."""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.models import Order

# Put in Order.notes of a row that names a citizen; the personal_data rule looks for it.
NAMED_CITIZEN_NOTE = "personal_data: this row names a citizen"


class FormError(Exception):
    """The file cannot be opened as its format (corrupt, encrypted, too large, hostile).

    The message becomes the malformed_message detail, so it says what and why.
    """


@dataclass
class FormResult:
    """One spreadsheet attachment read as "Skjema for manuell fordeling av innbyggere".

    `error` is set when the file cannot be opened; then `orders` is empty (the
    contract: a form that cannot be opened gives no orders). A file that opens
    but holds no form table has no error, no orders and a note saying so.
    """

    orders: list[Order] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    municipality_text: str | None = None
    contact: str | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    named_citizens: list[int] = field(default_factory=list)
    format: str | None = None
