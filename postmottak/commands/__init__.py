"""CLI subcommands, one small module each, calling service functions."""
