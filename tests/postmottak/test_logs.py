"""Log lines carry the message's correlation id and never a fødselsnummer."""
import io
import logging

from postmottak.logs import FORMAT, ContextFilter, correlation

VALID_FNR = "14078641267"  # fictitious, valid check digits (corpus d10)


def test_logs_mask_national_ids_and_tag_correlation():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(ContextFilter())
    log = logging.getLogger("postmottak.test")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        with correlation("<abc@bergen.kommune.no>"):
            log.info("cell says %s and 1503.27.45013", VALID_FNR)
    finally:
        log.removeHandler(handler)
    line = stream.getvalue()
    assert VALID_FNR not in line and "***********" in line
    assert "1503.27.45013" in line  # a bank account fails the check digits: left alone
    assert "[<abc@bergen.kommune.no>]" in line
