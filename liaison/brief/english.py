"""Russian names, posts and places said in English, for English notes and overviews.

Only what can be said with certainty is translated: a person's Latin spelling (or a
transliteration), a post whose head word and domain are in the tables below, and the
names of the home region and partners. A post that cannot be fully translated is left
out rather than half-translated: 'Igor Babushkin' is better than a Russian fragment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import iuliia

from liaison.data import REGIONS_RU, load_records
from liaison.model import Home, Partner, Person
from liaison.text.phrases import inflect

# Head words of posts, longest first so "заместитель министра" wins over "министр".
POSTS_EN: tuple[tuple[str, str], ...] = (
    ("чрезвычайный и полномочный посол", "Ambassador Extraordinary and Plenipotentiary"),
    ("заместитель премьер-министра", "Deputy Prime Minister"),
    ("заместитель председателя правительства", "Deputy Chairman of the Government"),
    ("первый заместитель министра", "First Deputy Minister"),
    ("заместитель министра", "Deputy Minister"),
    ("вице-губернатор – председатель правительства", "Vice-Governor, Chairman of the Government"),
    ("глава исполнительной власти", "Head of the Executive Power"),
    ("глава администрации", "Head of the Administration"),
    ("исполнительный директор", "Executive Director"),
    ("премьер-министр", "Prime Minister"),
    ("председатель", "Chairman"),
    ("президент", "President"),
    ("губернатор", "Governor"),
    ("министр", "Minister"),
    ("посол", "Ambassador"),
    ("мэр", "Mayor"),
    ("глава", "Head"),
    ("руководитель", "Head"),
)
# Domains of ministries and agencies, in the genitive as they follow the head word.
DOMAINS_EN: dict[str, str] = {
    "культуры": "Culture",
    "экономики": "Economy",
    "образования": "Education",
    "науки и образования": "Science and Education",
    "сельского хозяйства": "Agriculture",
    "сельского хозяйства и рыбной промышленности": "Agriculture and Fisheries",
    "внешних связей": "External Relations",
    "иностранных дел": "Foreign Affairs",
    "промышленности и природных ресурсов": "Industry and Natural Resources",
    "транспорта и коммуникаций": "Transport and Communications",
    "физической культуры и спорта": "Physical Culture and Sport",
    "здравоохранения": "Health",
    "туризма": "Tourism",
}
PLACES_EN: dict[str, str] = {
    "баку": "Baku",
    "минск": "Minsk",
    "могилев": "Mogilev",
    "витебск": "Vitebsk",
    "брест": "Brest",
}
CYRILLIC = re.compile("[А-Яа-яЁё]")
INITIALS = re.compile(r"^(?P<surname>\S+)\s+(?P<initials>(?:[А-ЯЁ]\.\s?)+)$")


def transliterate(text: str) -> str:
    """Russian letters in Latin, by the Wikipedia scheme (the one English news uses).

    >>> transliterate("Фарзалиев")
    'Farzaliyev'
    """
    return str(iuliia.WIKIPEDIA.translate(text))


def person_name_en(name: str, person: Person | None) -> str:
    """'Igor Babushkin': the stored Latin spelling, else given name and surname
    transliterated from the full name, else 'I.Yu. Babushkin' from the canonical form.

    >>> person_name_en("Бабушкин И.Ю.", None)
    'I.Yu. Babushkin'
    """
    if person is not None and person.name_en:
        return person.name_en
    if person is not None and person.full_name and len(person.full_name.split()) >= 2:
        # A full name comes in either order ('Ильхам Алиев', 'Алиев Ильхам'): the surname is
        # the word the canonical name starts with.
        surname = name.split()[0]
        words = person.full_name.split()
        given = next((w for w in words if w != surname), words[0])
        return f"{transliterate(given)} {transliterate(surname)}"
    match = INITIALS.match(name.strip())
    if match is None:
        return transliterate(name)
    initials = match["initials"].replace(" ", "")
    return f"{transliterate(initials)} {transliterate(match['surname'])}"


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


def post_en(title: str, places: dict[str, str]) -> str | None:
    """A post in English when every part of it is known, else None.

    >>> post_en("Губернатор Астраханской области", {"астраханской области": "Astrakhan Region"})
    'Governor of Astrakhan Region'
    >>> post_en("министр культуры Астраханской области",
    ...     {"астраханской области": "Astrakhan Region"})
    'Minister of Culture of Astrakhan Region'
    >>> post_en("смотритель маяка", {}) is None
    True
    """
    low = " ".join(title.lower().replace("ё", "е").split())
    for head, english in POSTS_EN:
        if low == head or low.startswith(head + " "):
            rest = low[len(head) :].strip()
            tail = rest_en(rest, places)
            return None if tail is None else f"{english}{tail}"
    return None


def rest_en(rest: str, places: dict[str, str]) -> str | None:
    """' of Culture of Astrakhan Region' for 'культуры астраханской области', or None."""
    if not rest:
        return ""
    if rest in places:
        return f" of {places[rest]}"
    for domain in sorted(DOMAINS_EN, key=len, reverse=True):
        if rest == domain or rest.startswith(domain + " "):
            after = rest_en(rest[len(domain) :].strip(), places)
            return None if after is None else f" of {DOMAINS_EN[domain]}{after}"
    return None


def place_en(place: str, partners: Iterable[Partner]) -> str:
    """A place's English name: a partner's, a known city's, or a transliteration."""
    low = place.lower().replace("ё", "е").removeprefix("г. ").strip()
    for partner in partners:
        if partner.name.lower() == low and partner.name_en:
            return partner.name_en
    return PLACES_EN.get(low) or russian_places_en().get(low) or transliterate(place)


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
