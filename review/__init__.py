"""The caseworkers' review UI."""
