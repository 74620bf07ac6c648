"""Whether what a user typed names a person or a partner, in any case, form or script.

'Mustafayev', 'Мустафаеву' and 'Мустафаев' all name 'Мустафаев Ш.А.'; 'Витебском' and
'Vitebsk' name 'Витебск'; 'Ilham Aliyev' names 'Алиев И.Г.'. Each word is compared by the
spelling-neutral Latin form (``latin_key``) of itself and of every dictionary form
pymorphy gives it, so a case ending or a transliteration scheme makes no difference; a
word of a query meets an initial by its first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from liaison.text.keys import latin_key
from liaison.text.morph import analyzer

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*(?:\.(?:[^\W\d_]\.)*)?")
INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")


@lru_cache(maxsize=50_000)
def word_keys(word: str) -> frozenset[str]:
    """The Latin forms of a word and of its dictionary forms.

    >>> "mustafaev" in word_keys("Мустафаеву") and "mustafaev" in word_keys("Mustafayev")
    True
    >>> "vitebsk" in word_keys("Витебском")
    True
    """
    forms = {word}
    if re.search("[а-яё]", word.lower()):
        forms |= {p.normal_form for p in analyzer().parse(word.lower())}
    return frozenset(k for k in map(latin_key, forms) if k)


def name_words(text: str) -> list[str]:
    """The words of a name, initials ('Ш.А.') kept as one word.

    >>> name_words("Мамед-заде Т.-А."), name_words("Ilham Aliyev")
    (['Мамед-заде', 'Т.', 'А.'], ['Ilham', 'Aliyev'])
    """
    return WORD.findall(text)


def word_meets(query: str, word: str) -> bool:
    """Whether a query word is a form of a name's word (or its initial)."""
    if INITIALS.match(word):
        if INITIALS.match(query):
            return word.casefold().startswith(query.casefold())
        return latin_key(query)[:1] == latin_key(word[0])[:1]
    return bool(word_keys(query) & word_keys(word))


def names(query: str, name: str) -> bool:
    """Whether every word of ``query`` is a form of a different word of ``name``, one of
    them a whole word (an initial alone names nobody).

    >>> names("Мустафаеву", "Мустафаев Ш.А."), names("Ilham Aliyev", "Алиев И.Г.")
    (True, True)
    >>> names("Ilham Aliyev", "Алиев Г.А."), names("Витебская", "Витебск")
    (False, False)
    >>> names("Mustafayev", "Магомаев М.")
    False
    """
    wanted, words = name_words(query), name_words(name)
    free = list(words)
    for q in wanted:
        hit = next((w for w in free if word_meets(q, w)), None)
        if hit is None:
            return False
        free.remove(hit)
    return any(not INITIALS.match(w) for w in words if w not in free)


def is_whole_name(query: str, name: str) -> bool:
    """Whether ``query`` names ``name`` word for word: as many words, each a form of one.

    >>> is_whole_name("Витебском", "Витебск"), is_whole_name("Витебском", "Витебская область")
    (True, False)
    """
    return len(name_words(query)) == len(name_words(name)) and names(query, name)


def any_names(query: str, forms: Iterable[str]) -> bool:
    """Whether ``query`` names one of ``forms``."""
    return any(names(query, form) for form in forms if form)
