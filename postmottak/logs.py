"""Logging: one line per event on stderr, a correlation id per message, fødselsnummer masked.

The mask is applied to every record, whatever logger wrote it, so a library
that logs a message's text cannot leak a national id into the log.
"""
from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from rules.personal_data import mask_national_ids

_correlation: contextvars.ContextVar[str] = contextvars.ContextVar("correlation_id", default="-")
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(correlation_id)s]: %(message)s"


class ContextFilter(logging.Filter):
    """Adds the message's correlation id and masks national ids in the rendered text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.correlation_id = _correlation.get()
        rendered = record.getMessage()
        masked = mask_national_ids(rendered)
        if masked != rendered:
            record.msg, record.args = masked, None
        return True


@contextmanager
def correlation(cid: str) -> Iterator[None]:
    """Tag every log line inside the block with `cid` (a message's source or id)."""
    token = _correlation.set(cid)
    try:
        yield
    finally:
        _correlation.reset(token)


def setup_logging(level: int) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(ContextFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("spacy", "alembic.runtime.migration", "pypdf", "mailparser"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
