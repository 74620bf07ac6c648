"""Settings, read once at the edge (CLI, web) and passed down; nothing here runs at import."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from liaison.data import REGIONS_RU, load_records
from liaison.errors import ConfigError
from liaison.model import Home
from liaison.text.morph import WORD, lemma

SETTINGS_FILE = "liaison.toml"
# Words every region's English name shares; what is left names the region itself.
GENERIC_EN = frozenset(
    ["region", "republic", "krai", "autonomous", "okrug", "of", "the", "oblast", "territory"]
)


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
    def load(cls, db: str | None = None, home: str | None = None) -> Settings:
        """Settings from the command line, the environment, ``liaison.toml``, else defaults.

        The knowledge base: ``--db``, else ``LIAISON_DATABASE_URL``, else the file's
        ``database``. Home: ``--home``, else ``LIAISON_HOME``, else the file's ``home``
        (a region's name or code, or a table with ``name``, ``name_en``, ``code``, ``cues``).
        """
        file = settings_file(Path.cwd() / SETTINGS_FILE)
        settings = cls()
        url = db or os.environ.get("LIAISON_DATABASE_URL") or file.get("database")
        if url is not None:
            settings = replace(settings, database_url=database_url(str(url)))
        wanted = home or os.environ.get("LIAISON_HOME") or file.get("home")
        if wanted:
            settings = replace(settings, home=home_of(wanted))
        return settings

    def with_home(self, name: str | None) -> Settings:
        """These settings with the home named by a command's ``--home``, if given."""
        return self if not name else replace(self, home=home_of(name))


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


def settings_file(path: Path) -> Mapping[str, Any]:
    """The settings in a ``liaison.toml``, or nothing when there is none."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(
            f"{path}: cannot be read as settings ({error})",
            'fix the file (e.g. home = "Волгоградская область") or remove it',
        ) from None


def home_of(wanted: str | Mapping[str, Any]) -> Home:
    """The home a setting names: a region of Russia by name, code or alias, or a table."""
    if isinstance(wanted, Mapping):
        return home_from_table(wanted)
    key = name_key(wanted)
    for record in load_records(REGIONS_RU):
        names = [record["code"], record["name"], record["name_en"], *split(record["aliases"])]
        if key in {name_key(n) for n in names}:
            return home_from_region(record)
    raise ConfigError(
        f"home {wanted!r} is not a region of Russia that Liaison knows",
        "write its name as 'Волгоградская область', 'Volgograd Region' or RU-VGG, "
        "or describe it in liaison.toml under [home] with name, name_en, code and cues",
    )


def home_from_region(record: Mapping[str, str]) -> Home:
    """A Home from a row of the regions gazetteer, its cues lemmatised.

    >>> home_from_region({"code": "RU-VGG", "name": "Волгоградская область",
    ...     "name_en": "Volgograd Region", "capital": "Волгоград", "capital_en": "Volgograd",
    ...     "aliases": ""}).cues
    ('волгоградский область', 'волгоград', 'volgograd')
    """
    phrases = [record["name"], *split(record["aliases"])]
    if record.get("capital_is_word") == "yes":
        # 'Владимир', 'Vladimir' alone are more often a given name than the region.
        phrases.append(record["name_en"])
    else:
        english = [w for w in record["name_en"].split() if w.lower() not in GENERIC_EN]
        phrases += [record["capital"], " ".join(english), record["capital_en"]]
    return Home(
        name=record["name"],
        name_en=record["name_en"],
        code=record["code"],
        country=record["code"].split("-")[0],
        cues=tuple(dict.fromkeys(c for c in (name_key(p) for p in phrases) if c)),
    )


def home_from_table(table: Mapping[str, Any]) -> Home:
    """A Home described in ``liaison.toml`` (a city hall, a region not in the gazetteer)."""
    try:
        name, name_en, code = str(table["name"]), str(table["name_en"]), str(table["code"])
    except KeyError as missing:
        raise ConfigError(
            f"liaison.toml: [home] has no {missing.args[0]}",
            "give name, name_en and code (and cues, words that name the home side)",
        ) from None
    cues = [name, name_en, *(str(c) for c in table.get("cues", ()))]
    return Home(
        name=name,
        name_en=name_en,
        code=code,
        country=str(table.get("country", code.split("-")[0])),
        cues=tuple(dict.fromkeys(c for c in (name_key(p) for p in cues) if c)),
    )


def name_key(phrase: str) -> str:
    """The lemmas of a name, space-separated: how a cue is matched in any case form.

    >>> name_key("Волгоградской области"), name_key("RU-VGG")
    ('волгоградский область', 'ru-vgg')
    """
    return " ".join(lemma(m.group()) for m in WORD.finditer(phrase))


def split(cell: str) -> list[str]:
    """The items of a ``;``-separated gazetteer cell."""
    return [item.strip() for item in cell.split(";") if item.strip()]
