"""Russian word forms: lemmas for search, through pymorphy3's shipped dictionaries.

The analyzer loads in about a second, so it is built once by ``analyzer()`` and the
lemma of each distinct word is cached: office texts repeat the same few thousand words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import pymorphy3

WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared Russian morphological analyzer (a pure loader of shipped files)."""
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Any, ...]:
    """Every reading pymorphy3 gives a lower-case word, remembered: the rules ask several
    questions of the same word (a given name? a surname? a patronymic? a verb?).

    >>> parses("бабушкиным")[0].normal_form
    'бабушкин'
    """
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of one word, lower-cased; Latin and digits pass through.

    >>> lemma("Бабушкиным")
    'бабушкин'
    >>> lemma("соглашения")
    'соглашение'
    >>> lemma("Baku")
    'baku'
    """
    low = word.lower().replace("ё", "е")
    if not re.search("[а-я]", low):
        return low
    return str(parses(low)[0].normal_form).replace("ё", "е")


def words(text: str) -> list[str]:
    """The words of a text, in order.

    >>> words("Соглашение о сотрудничестве (2011 г.)")
    ['Соглашение', 'о', 'сотрудничестве', '2011', 'г']
    """
    return WORD.findall(text)


def lemmas(text: str) -> list[str]:
    """The lemma of every word of ``text``, in order.

    >>> lemmas("Губернатором Астраханской области")
    ['губернатор', 'астраханский', 'область']
    """
    return [lemma(w) for w in words(text)]


@lru_cache(maxsize=200_000)
def search_forms(word: str) -> tuple[str, ...]:
    """The lemmas a word is indexed and searched under: its dictionary form, and for a word
    the dictionary only guesses at (a foreign place or name) every form it guesses, for the
    guess differs from case to case ('Гилян' is read as 'гиляна', 'Гиляном' as 'гилян').

    >>> search_forms("соглашения")
    ('соглашение',)
    >>> "гилян" in search_forms("Гилян") and "гилян" in search_forms("Гиляном")
    True
    """
    first = lemma(word)
    low = word.lower().replace("ё", "е")
    if not re.search("[а-я]", low) or analyzer().word_is_known(low):
        return (first,)
    guessed = (str(p.normal_form).replace("ё", "е") for p in parses(low) if p.score >= 0.05)
    return tuple(dict.fromkeys((first, *guessed)))[:GUESSES]


# How many guessed lemmas of one word the index keeps.
GUESSES = 4


def search_text(text: str) -> str:
    """What the full-text index stores for ``text``: the lemmas of its words joined by
    spaces, every guess of a word the dictionary does not know."""
    return " ".join(form for w in words(text) for form in search_forms(w))
