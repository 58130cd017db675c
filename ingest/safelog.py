"""Error text fit for logs and the ledger: no SQL parameters (raw bytes), national ids masked."""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError, StatementError

from store.masking import mask


def describe(err: BaseException, limit: int = 300) -> str:
    """'TypeName: message', short, never with statement parameters or a fødselsnummer.

    SQLAlchemy puts the bound parameters (here: the raw message) into its
    error text, so for database errors only the driver's own message is used.
    """
    if isinstance(err, DBAPIError) and err.orig is not None:
        text = f"{type(err).__name__}: {type(err.orig).__name__}: {err.orig}"
    elif isinstance(err, StatementError):
        text = f"{type(err).__name__}: {type(err.orig).__name__ if err.orig else 'statement failed'}"
    else:
        text = f"{type(err).__name__}: {err}"
    text = " ".join(text.split())
    return (mask(text) or "")[:limit]
