"""Names and posts read from English sources, said in Russian for a Russian note.

A Russian note never shows English words: a person first met in English ('Rustam Annayev')
is named by the Russian person of the knowledge base whose name transliterates to it, else
by a Russian spelling of the Latin one ('Аннаев Р.'); a post seen only in English is left
out for the Russian post the person is known by, or for none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from liaison.brief.translate import transliterate
from liaison.model import Person

LATIN = re.compile("[A-Za-z]")
CYRILLIC = re.compile("[А-Яа-яЁё]")
# Latin letters and clusters back into Cyrillic, longest first (the Wikipedia scheme the
# English news follow, read backwards).
LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("yo", "ё"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("j", "дж"),
    ("q", "г"), ("w", "в"), ("x", "кс"),
)  # fmt: skip


def russian_name(name: str, persons: Mapping[str, Person]) -> str:
    """The canonical Russian name for a participant's name: itself when Russian; the known
    person it transliterates to; else the Latin name spelt in Cyrillic, surname first.

    >>> russian_name("Rustam Annayev", {})
    'Аннаев Р.'
    >>> russian_name("Бабушкин И.Ю.", {})
    'Бабушкин И.Ю.'
    """
    if not LATIN.search(name) or CYRILLIC.search(name):
        return name
    words = name.replace(".", " ").split()
    if not words:
        return name
    surname, given = words[-1], words[:-1]
    for person in persons.values():
        if CYRILLIC.search(person.name) and same_person(person, surname, given):
            return person.name
    initials = "".join(f"{cyrillic(g)[:1].upper()}." for g in given)
    return f"{cyrillic(surname).capitalize()} {initials}".strip()


def same_person(person: Person, surname: str, given: list[str]) -> bool:
    """Whether a Russian canonical name transliterates to the Latin surname and initials."""
    if person.name_en and person.name_en.split()[-1:] == [surname]:
        return True
    parts = person.name.split()
    if not parts or transliterate(parts[0]).lower() != surname.lower():
        return False
    initials = re.findall(r"[А-ЯЁ]", " ".join(parts[1:]))
    wanted = [transliterate(i)[:1].upper() for i in initials]
    return not given or not wanted or wanted[0] == given[0][:1].upper()


def cyrillic(word: str) -> str:
    """A Latin word spelt in Cyrillic by the reverse of the transliteration English uses.

    >>> cyrillic("Annayev"), cyrillic("Zhumabekov")
    ('аннаев', 'жумабеков')
    """
    low, out, i = word.lower(), [], 0
    while i < len(low):
        for latin, letters in LATIN_TO_CYRILLIC:
            if low.startswith(latin, i):
                out.append(letters)
                i += len(latin)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


def russian_post(post: str | None, person: Person | None, day: date) -> str | None:
    """A post fit for a Russian line: the one given when Russian, else the person's
    Russian post nearest ``day``, else none."""
    if post and not LATIN.search(post):
        return post
    if person is None:
        return None
    russian = [p for p in person.positions if p.title and not LATIN.search(p.title)]
    if not russian:
        return None
    before = [p for p in russian if p.start is None or p.start <= day]
    return (before or russian)[-1].title
