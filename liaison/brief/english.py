"""Russian names, posts, places and titles said in English, for English notes and overviews.

Only what can be said with certainty is translated: a person's established English
spelling (``names_en.tsv``), else their Latin spelling or a transliteration; a post, an
agreement title or a gathering whose every word the glossary knows. What cannot be said
in English is shown as the Russian original, marked '[ru]', never passed off as English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from liaison.brief.glossary import english_names, name_part_en
from liaison.brief.translate import NameLookup, translate_phrase, transliterate
from liaison.data import REGIONS_RU, load_records
from liaison.model import Home, Partner, Person
from liaison.text.phrases import inflect

RUSSIAN_MARK = "[ru]"
MARK = re.compile(r"\\?\[ru\\?\]")  # as written, or escaped in Markdown
CLOSERS = {"“": "”", "(": ")", "«": "»"}

CYRILLIC = re.compile("[А-Яа-яЁё]")
INITIALS = re.compile(r"^(?P<surname>\S+)\s+(?P<initials>(?:[А-ЯЁ]\.\s?)+)$")


def person_name_en(name: str, person: Person | None) -> str:
    """'Igor Babushkin': the established English spelling, else the stored Latin one, else
    given name and surname from the full name, else 'I.Yu. Babushkin' from the canonical
    form; each part spelt as English spells it or transliterated.

    >>> person_name_en("Алиев И.Г.", None), person_name_en("Бабушкин П.С.", None)
    ('Ilham Aliyev', 'P.S. Babushkin')
    """
    known = english_names()["person"].get(" ".join(name.split()))
    if known:
        return known
    if person is not None and person.name_en:
        return person.name_en
    if person is not None and person.full_name and len(person.full_name.split()) >= 2:
        # A full name comes in either order ('Ильхам Алиев', 'Алиев Ильхам'): the surname is
        # the word the canonical name starts with.
        surname = name.split()[0]
        words = person.full_name.split()
        given = next((w for w in words if w != surname), words[0])
        if CYRILLIC.search(person.full_name):
            return f"{name_part_en(given, 'given')} {name_part_en(surname, 'surname')}"
        return person.full_name
    match = INITIALS.match(name.strip())
    if match is None:
        return transliterate(name) if CYRILLIC.search(name) else name
    initials = match["initials"].replace(" ", "")
    return f"{transliterate(initials)} {name_part_en(match['surname'], 'surname')}"


def names_lookup(persons: Mapping[str, Person]) -> NameLookup:
    """How a translated sentence names a person it writes 'Бабушкиным И.Ю.': the English
    name of the known person whose nominative surname and initials these are."""

    def lookup(surnames: tuple[str, ...], initials: str) -> str | None:
        for surname in surnames:
            name = f"{surname} {initials}"
            if name in persons or name in english_names()["person"]:
                return person_name_en(name, persons.get(name))
        return None

    return lookup


def russian_original(text: str) -> str:
    """Words that cannot be put into English, shown as what they are.

    >>> russian_original("Соглашение о ВТС")
    '[ru] Соглашение о ВТС'
    """
    return f"{RUSSIAN_MARK} {text}"


def without_russian_originals(text: str) -> tuple[str, bool]:
    """The text without its marked Russian originals, and whether it had any. A mark runs
    to the quote or bracket closing the one it opens, else to the end.

    >>> without_russian_originals("Festival “[ru] Дельта” in Astrakhan")
    ('Festival “” in Astrakhan', True)
    """
    out, found, i = [], False, 0
    for match in MARK.finditer(text):
        if match.start() < i:
            continue
        found = True
        out.append(text[i : match.start()])
        closer = CLOSERS.get(text[match.start() - 1 : match.start()])
        end = text.find(closer, match.end()) if closer else -1
        i = end if end >= 0 else len(text)
    out.append(text[i:])
    return "".join(out), found


def title_en(title: str) -> str:
    """An agreement's or gathering's title in English, built from its parts by the
    glossary; the marked Russian original when a part is not known; English as it is.

    >>> title_en("Соглашение о сотрудничестве в области культуры")
    'Agreement on Cooperation in the Field of Culture'
    >>> title_en("Agreement on trade")
    'Agreement on trade'
    """
    if not CYRILLIC.search(title):
        return title
    return translate_phrase(title) or russian_original(title)


def genitive_names(home: Home, partners: Iterable[Partner]) -> dict[str, str]:
    """Russian genitive forms of the home region and partners → their English names."""
    names = {inflect(home.name, "gent").lower(): home.name_en}
    for partner in partners:
        if not partner.name_en:
            continue
        for name in (partner.name, *partner.aliases):
            if CYRILLIC.search(name):
                genitive = inflect(name, "gent")
                names[genitive.lower().replace("ё", "е")] = partner.name_en
    return names


def post_en(title: str, places: dict[str, str] | None = None) -> str | None:
    """A post in English when every part of it is known, else None (an English post
    stays as it is).

    >>> post_en("Губернатор Астраханской области")
    'Governor of Astrakhan Region'
    >>> post_en("заместитель Министра культуры Азербайджанской Республики")
    'Deputy Minister of Culture of the Republic of Azerbaijan'
    >>> post_en("смотритель маяка") is None
    True
    """
    if not CYRILLIC.search(title):
        return title
    english = translate_phrase(title)
    if english is None and places:
        low = " ".join(title.lower().replace("ё", "е").split())
        head, _, rest = low.partition(" ")
        head_en = translate_phrase(head)
        if head_en and rest in places:
            return f"{head_en} of {places[rest]}"
    return english


def place_en(place: str, partners: Iterable[Partner]) -> str:
    """A place's English name: a partner's, a known city's, or a transliteration."""
    low = place.lower().replace("ё", "е").removeprefix("г. ").strip()
    for partner in partners:
        if partner.name.lower() == low and partner.name_en:
            return partner.name_en
    return russian_places_en().get(low) or translate_phrase(place) or transliterate(place)


@cache
def russian_places_en() -> dict[str, str]:
    """The regions of Russia and their centres by lower-case Russian name → English name.

    >>> russian_places_en()["астрахань"], russian_places_en()["волгоградская область"]
    ('Astrakhan', 'Volgograd Region')
    """
    table: dict[str, str] = {}
    for r in load_records(REGIONS_RU):
        table[r["name"].lower().replace("ё", "е")] = r["name_en"]
        table.setdefault(r["capital"].lower().replace("ё", "е"), r["capital_en"])
    return table
