"""Errors at the IMAP boundary: each says which mailbox and why, with its cause chained."""
from __future__ import annotations


class IngestError(RuntimeError):
    """Ingestion of a mailbox or file failed; the message names it and why."""


class AccountError(IngestError):
    """The account cannot be used as configured: bad credentials, missing secret, bad certificate.

    Retried with backoff like any other failure, but reported as the operator's to fix.
    """
