"""Every table of the store; import from here (Alembic reads `metadata`)."""
from sqlmodel import SQLModel

from store.models.cases import AuditEvent, FindingRow, OrderRow, Outbox, Reminder, User
from store.models.intake import IngestRun, MailboxState, ParsedMessageRow, RawLocation, RawMessageRow
from store.models.registry import RegistryList, RegistrySnapshot, RegistryUnassigned

metadata = SQLModel.metadata

__all__ = [
    "AuditEvent", "FindingRow", "IngestRun", "MailboxState", "OrderRow", "Outbox",
    "ParsedMessageRow", "RawLocation", "RawMessageRow", "RegistryList", "RegistrySnapshot",
    "RegistryUnassigned", "Reminder", "User", "metadata",
]
