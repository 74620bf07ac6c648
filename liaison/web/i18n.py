"""The interface's words in Russian (the default) and English, from the Babel message
catalogues in ``liaison/web/locales``.

The .po files are the source; they are compiled in memory when the application starts, so
a plain ``pip install -e .`` needs no build step and no .mo file can fall out of step.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"


def locales_folder() -> Path:
    """Where the catalogues ship."""
    return Path(str(resources.files("liaison.web") / "locales"))


@cache
def translations(lang: str) -> Translations:
    """The compiled catalogue of ``lang`` (a pure loader of shipped files)."""
    path = locales_folder() / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain="messages")


def language_of(wanted: str | None) -> str:
    """A supported language: the one asked for, else Russian.

    >>> language_of("en"), language_of("de"), language_of(None)
    ('en', 'ru', 'ru')
    """
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE
