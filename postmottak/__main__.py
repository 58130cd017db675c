"""`python -m postmottak` is the `postmottak` command."""
from postmottak.cli import app

app(prog_name="postmottak")
