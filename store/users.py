"""Users: caseworkers and administrators; the audit trail records their username."""
from __future__ import annotations

from sqlmodel import Session, select

from store.models import User

ROLES = ("caseworker", "admin")


def get_user(session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username)).first()


def ensure_user(session: Session, username: str, *, display_name: str | None = None, email: str | None = None,
                role: str = "caseworker") -> User:
    """The user `username`, created when missing (details of an existing user are left alone)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {ROLES}")
    user = get_user(session, username)
    if user is None:
        user = User(username=username, display_name=display_name, email=email, role=role)
        session.add(user)
        session.flush()
    return user
