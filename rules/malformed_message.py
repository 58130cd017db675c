"""A message, or an attachment that carries its content, that cannot be read."""
from __future__ import annotations

from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule


@rule("malformed_message", "error", "the message or its attachment cannot be read")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    return [finding("malformed_message", error) for error in result.message.errors]
