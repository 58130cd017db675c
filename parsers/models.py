"""The data that flows through the pipeline: messages, orders, findings.

Every stage reads and writes these plain dataclasses, so the CLI, the store
and the review UI all see the same shapes (the JSON of CONTRACT.md is made
from them in `postmottak.output`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

KINDS = (
    "termination_notice",
    "list_change",
    "manual_distribution_request",
    "distribution_order",
    "list_request",
    "other",
)

ORDER_FIELDS: dict[str, tuple[str, ...]] = {
    "termination": (
        "gp_name", "hpr_number", "flr_list_id", "clinic", "notice_date",
        "last_working_day", "last_working_day_basis", "transfer_date", "reason",
    ),
    "new_gp": (
        "flr_list_id", "clinic", "previous_gp_name", "previous_hpr_number",
        "gp_name", "hpr_number", "start_date", "list_ceiling",
    ),
    "unassigned_list": (
        "flr_list_id", "clinic", "previous_gp_name", "previous_hpr_number",
        "start_date", "list_ceiling",
    ),
    "manual_distribution": ("enable",),
    "distribution": ("flr_list_id", "gp_name", "citizens", "ceiling_increase"),
    "ceiling_change": ("flr_list_id", "gp_name", "hpr_number", "increase", "new_ceiling"),
    "list_lock": ("flr_list_id", "gp_name", "action"),
}


@dataclass(frozen=True)
class RawMessage:
    """A message as received: its bytes and where they came from."""

    source: str
    data: bytes


@dataclass
class Span:
    """Where a value came from: a document of the message and a character range.

    `document` is "body", "subject", "quoted", "forwarded[0]" or
    "attachment:NAME" (with "#page=N" or "#field=NAME" for documents).
    """

    document: str
    start: int
    end: int
    text: str


@dataclass
class Attachment:
    """One MIME part that is not the body, with what was done with it."""

    filename: str | None
    content_type: str
    detected_type: str
    size: int
    payload: bytes = field(repr=False)
    action: str = "kept"
    text: str | None = None
    note: str | None = None


@dataclass
class PartRecord:
    """One node of the MIME tree, for the record (shown to caseworkers)."""

    path: str
    content_type: str
    filename: str | None
    size: int
    action: str


@dataclass
class ParsedMessage:
    """A MIME message taken apart: headers, newest text, history, attachments."""

    source: str
    raw: bytes = field(repr=False)
    message_id: str | None = None
    received: datetime | None = None
    sender: str | None = None
    sender_name: str | None = None
    subject: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    full_text: str = ""
    text: str = ""
    quoted: str = ""
    forwarded: list["ParsedMessage"] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    parts: list[PartRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def sender_domain(self) -> str:
        return (self.sender or "").rpartition("@")[2].lower()

    @property
    def is_automatic(self) -> bool:
        """An auto-reply, bounce or bulk mailing (RFC 3834, RFC 2369)."""
        h = self.headers
        auto = h.get("auto-submitted", "no").strip().lower()
        return (
            auto not in ("", "no")
            or h.get("precedence", "").strip().lower() in ("bulk", "list", "junk", "auto_reply")
            or "list-unsubscribe" in h
            or "x-autoreply" in h
            or "x-autorespond" in h
        )


@dataclass
class Municipality:
    number: str
    name: str


@dataclass
class Order:
    """One thing a caseworker registers: a type and the fields of that type."""

    type: str
    fields: dict[str, Any]
    spans: dict[str, Span] = field(default_factory=dict)
    uncertain: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        allowed = ORDER_FIELDS[self.type]
        unknown = set(self.fields) - set(allowed)
        if unknown:
            raise ValueError(f"{self.type} has no fields {sorted(unknown)}")
        for name in allowed:
            self.fields.setdefault(name, None)

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in ORDER_FIELDS[self.type]:
            raise KeyError(f"{self.type} has no field {name}")
        self.fields[name] = value


@dataclass
class Finding:
    """A rule's verdict on a message (order None) or on one of its orders."""

    code: str
    severity: str
    detail: str
    order: int | None = None


@dataclass
class Result:
    """Everything the pipeline learnt from one message."""

    message: ParsedMessage
    kind: str = "other"
    kind_cue: str = ""
    municipality: Municipality | None = None
    municipality_cue: str = ""
    orders: list[Order] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    needs_review: bool = False
    form_cells: list[str] = field(default_factory=list)
