"""Settings, read once at the edge (CLI, web) and passed down; nothing here runs at import."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from liaison.errors import ConfigError
from liaison.model import Home


def default_db_file() -> Path:
    """Where the knowledge base lives unless told otherwise (asked when needed, not at
    import: a service may run with another home folder)."""
    return Path.home() / ".local" / "share" / "liaison" / "liaison.sqlite"


# A reference note is tens of kilobytes; a file past this is almost surely not one.
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Where the knowledge base lives, which region is home, and the limits on input."""

    database_url: str = field(default_factory=lambda: f"sqlite:///{default_db_file()}")
    home: Home = field(default_factory=Home)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES

    @classmethod
    def load(cls, db: str | None = None) -> Settings:
        """Settings from the command line's ``--db`` or ``LIAISON_DATABASE_URL``, else defaults."""
        url = db or os.environ.get("LIAISON_DATABASE_URL")
        if url is None:
            return cls()
        return cls(database_url=database_url(url))


def database_url(value: str) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, or a path to a SQLite file.

    >>> database_url("kb.sqlite")
    'sqlite:///kb.sqlite'
    >>> database_url("postgresql://localhost/test")
    'postgresql+psycopg://localhost/test'
    """
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        if not value.startswith(("sqlite", "postgresql+")):
            raise ConfigError(
                f"database URL {value!r} is not SQLite or PostgreSQL",
                "use a file path or postgresql://host/dbname",
            )
        return value
    return f"sqlite:///{value}"
