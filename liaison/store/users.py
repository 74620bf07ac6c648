"""The people who use the web application: names, roles, argon2 password hashes, personal
API tokens, and the web application's settings kept with the knowledge base.

Only hashes are stored: a password as argon2 (slow on purpose, salted), a token as SHA-256
(a token is long and random, so a fast hash is enough and lets it be looked up by index).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select, update

from liaison.errors import LiaisonError
from liaison.store.tables import api_tokens, users, web_settings

# argon2 is imported where a password is hashed or checked: every command opens the Store,
# and only these few need it.
if TYPE_CHECKING:
    from argon2 import PasswordHasher

TOKEN_BYTES = 32
SECRET_SETTING = "session_secret"


class Role(StrEnum):
    """What a user may do: read; read and change facts; and also manage users."""

    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"


# Each role may do what the roles before it may.
ROLE_RANK = {Role.READER: 0, Role.EDITOR: 1, Role.ADMIN: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    """A user as the knowledge base keeps them (the password hash stays in the store)."""

    name: str
    role: Role
    created_at: datetime

    def may(self, role: Role) -> bool:
        """Whether this user has ``role`` or a higher one.

        >>> from datetime import UTC
        >>> User(name="a", role=Role.EDITOR, created_at=datetime.now(UTC)).may(Role.READER)
        True
        """
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


def role_named(text: str) -> Role:
    """A role from what was typed; one line naming the roles otherwise.

    >>> role_named(" Editor ")
    <Role.EDITOR: 'editor'>
    """
    try:
        return Role(text.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise LiaisonError(f"{text!r} is not a role", f"use one of {names}") from None


def hasher() -> PasswordHasher:
    """argon2id with the library's recommended costs."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def check_new_user(name: str, password: str) -> None:
    """Refuse a name or a password no one could sign in with."""
    if not name.strip() or name != name.strip() or any(c.isspace() for c in name):
        raise LiaisonError(f"user name {name!r} is empty or holds spaces", "choose one word")
    if len(password) < 8:
        raise LiaisonError("the password is shorter than 8 characters", "choose a longer one")


def add_user(conn: Connection, name: str, role: Role, password: str, now: datetime) -> User:
    """Add a user; a name already taken is refused."""
    check_new_user(name, password)
    if find_user(conn, name) is not None:
        raise LiaisonError(f"user {name!r} exists already", "choose another name, or remove it")
    row = {"name": name, "role": role.value, "password_hash": hasher().hash(password)}
    conn.execute(users.insert().values(**row, created_at=now))
    return User(name=name, role=role, created_at=now)


def find_user(conn: Connection, name: str) -> User | None:
    """One user by name; None when there is none."""
    row = conn.execute(select(users).where(users.c.name == name)).first()
    return (
        None if row is None else User(name=row.name, role=Role(row.role), created_at=row.created_at)
    )


def list_users(conn: Connection) -> list[User]:
    """Every user, by name."""
    rows = conn.execute(select(users).order_by(users.c.name))
    return [User(name=r.name, role=Role(r.role), created_at=r.created_at) for r in rows]


def existing(conn: Connection, name: str) -> User:
    """The user ``name``; one line when there is none."""
    user = find_user(conn, name)
    if user is None:
        raise LiaisonError(f"no user {name!r}", "list them with: liaison user list")
    return user


def remove_user(conn: Connection, name: str) -> None:
    """Remove a user and their tokens."""
    existing(conn, name)
    conn.execute(delete(api_tokens).where(api_tokens.c.user_name == name))
    conn.execute(delete(users).where(users.c.name == name))


def set_role(conn: Connection, name: str, role: Role) -> User:
    """Give a user another role."""
    user = existing(conn, name)
    conn.execute(update(users).where(users.c.name == name).values(role=role.value))
    return User(name=user.name, role=role, created_at=user.created_at)


def set_password(conn: Connection, name: str, password: str) -> None:
    """Give a user a new password."""
    existing(conn, name)
    check_new_user(name, password)
    new_hash = hasher().hash(password)
    conn.execute(update(users).where(users.c.name == name).values(password_hash=new_hash))


def verify_password(conn: Connection, name: str, password: str) -> User | None:
    """The user when ``password`` is theirs; None otherwise (unknown name included).

    An unknown name is hashed against too, so that the time taken does not tell which
    names exist.
    """
    row = conn.execute(select(users).where(users.c.name == name)).first()
    from argon2.exceptions import InvalidHashError, VerificationError

    stored = row.password_hash if row is not None else dummy_hash()
    try:
        hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    return User(name=row.name, role=Role(row.role), created_at=row.created_at)


@cache
def dummy_hash() -> str:
    """A hash of a password nobody has, verified against for unknown names."""
    return hasher().hash(secrets.token_hex(16))


def token_hash(token: str) -> str:
    """The stored form of a token.

    >>> len(token_hash("abc"))
    64
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(conn: Connection, name: str, now: datetime) -> str:
    """A new personal API token for ``name``; only its hash is kept."""
    existing(conn, name)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    conn.execute(
        api_tokens.insert().values(token_hash=token_hash(token), user_name=name, created_at=now)
    )
    return token


def revoke_tokens(conn: Connection, name: str) -> int:
    """Revoke every token of ``name``; return how many there were."""
    existing(conn, name)
    result = conn.execute(delete(api_tokens).where(api_tokens.c.user_name == name))
    return int(result.rowcount or 0)


def user_of_token(conn: Connection, token: str) -> User | None:
    """The user a token belongs to; None for an unknown or revoked one."""
    query = select(api_tokens.c.user_name).where(api_tokens.c.token_hash == token_hash(token))
    row = conn.execute(query).first()
    return None if row is None else find_user(conn, row.user_name)


def read_setting(conn: Connection, name: str) -> str | None:
    """A web setting's value; None when it was never set."""
    row = conn.execute(select(web_settings.c.value).where(web_settings.c.name == name)).first()
    return None if row is None else str(row.value)


def write_setting(conn: Connection, name: str, value: str) -> None:
    """Set a web setting."""
    conn.execute(delete(web_settings).where(web_settings.c.name == name))
    conn.execute(web_settings.insert().values(name=name, value=value))


def session_secret(conn: Connection) -> str:
    """The key that signs session cookies, made on first use and kept, so that every
    process serving the knowledge base, and a restarted one, accepts the same sessions."""
    found = read_setting(conn, SECRET_SETTING)
    if found is not None:
        return found
    secret = secrets.token_urlsafe(48)
    write_setting(conn, SECRET_SETTING, secret)
    return secret
