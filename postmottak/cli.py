"""The `postmottak` command: one Typer app, each subcommand in postmottak/commands/."""
from __future__ import annotations

import logging

import typer

from postmottak import __version__
from postmottak.logs import setup_logging

app = typer.Typer(
    help="postmottak: Helfo's mail intake for the GP registry (fastlegeregisteret).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug detail to stderr."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Log only warnings and errors."),
) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    setup_logging(level)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def _register() -> None:
    # Each module adds its commands to `app`; the list is the CLI's table of contents.
    from postmottak.commands import parse  # noqa: F401
    from postmottak.commands import db, purge, registry, reparse  # noqa: F401
    from postmottak.commands import ingest, mailboxes, poll  # noqa: F401
    from postmottak.commands import form  # noqa: F401


_register()
