"""Where a contact took place and which way it went: incoming, outgoing, elsewhere, remote.

Places come from three tables: the home side's cues (``Home.cues``), the partner gazetteer
(``partners.tsv``, through ``extract.partners``) and a short list of third places
(``events_places.tsv``: Moscow, Mineralnye Vody, Sochi, …). A place counts where a
contact is located: after 'в'/'во' ('в Баку', 'в г. Гродно', 'в Астраханскую область') or
in brackets ('(Москва)', '(г. Минеральные Воды)'), and never inside a post ('Посол … в
Российской Федерации'). Home is incoming, a partner's place outgoing, a third place
elsewhere; a video link anywhere in the bullet makes it remote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from liaison.data import DATA_DIR, REGIONS_RU, load_records
from liaison.extract.partners import gazetteer, hits_within, home_spans_within
from liaison.extract.positions import phrase_nominative
from liaison.model import Direction, Home
from liaison.text.morph import WORD, lemma
from liaison.text.scripts import has_cyrillic

THIRD_PLACES = DATA_DIR / "events_places.tsv"
CAPITALS = DATA_DIR / "capitals.tsv"
CAPITAL_WORD = re.compile(r"\b(?:столиц[а-яё]*|capital)\b", re.IGNORECASE)
# What joins a capital's word and its country: 'казахстанскую столицу', "Kazakhstan's
# capital", the Kazakh capital' before it; 'столицу Казахстана', 'capital of Kazakhstan' after.
COUNTRY_BEFORE = re.compile(r"(?:['’]s)?\s+")
COUNTRY_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
REMOTE = re.compile(
    r"видео-?конференц|видеосвяз|видеомост|\bвкс\b|онлайн|телемост"
    r"|по телефону|телефонн[а-я]+ (?:разговор|беседа)"
    r"|video-?conferenc|\bonline\b|\bby (?:tele)?phone\b|(?:tele)?phone (?:call|conversation)",
    re.IGNORECASE,
)
# What may stand between 'в' and the place: 'в г. Гродно', 'в городе Могилеве'; a city
# written with 'г.' in a bracket's list is where it happened: '(12.09.2023, г. Витебск)'.
LOCATED = re.compile(
    r"(?:(?:\bв|\bво|\bin|\bto|\bat|\(|посетил[аи]?|посещал[аи]?|visited)\s*"
    r"(?:г\.|город[а-я]*|с\.|(?:the )?city of|the|столиц[уеы]|(?:the )?capital of)?"
    r"|[,(]\s*г\.)\s*$",
    re.I,
)
LOCAL_LEVELS = ("city", "district", "region")
# The English words after a region's centre that make it the region: 'Astrakhan Region'.
REGION_AFTER = re.compile(r"[^\S\n]+(?:region|oblast|province)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in a text: its span, nominative name, side and partner id."""

    start: int
    end: int
    name: str
    side: str  # 'home', 'partner' or 'third'
    partner: str | None = None
    level: str = "country"


@cache
def third_place_countries() -> dict[str, str]:
    """The country of each third place, by its nominative name."""
    return {r["name"]: r["country"] for r in load_records(THIRD_PLACES)}


def third_place_country(name: str) -> str | None:
    """The ISO code of the country a third place lies in ('Москва' → 'RU')."""
    return third_place_countries().get(name)


@cache
def third_places() -> dict[tuple[str, ...], str]:
    """Third places by the lemmas of each name and alias → the nominative name."""
    table: dict[tuple[str, ...], str] = {}
    for r in load_records(THIRD_PLACES):
        for name in (r["name"], *[a.strip() for a in r["aliases"].split(";") if a.strip()]):
            table[tuple(lemma(w) for w in WORD.findall(name))] = r["name"]
    # Every region of Russia and its centre is a third place unless it is home: the home
    # is configuration, and its cues are matched before third places are.
    for r in load_records(REGIONS_RU):
        names = [(r["name"], r["name"]), (r["name_en"], r["name"])]
        if r["capital_is_word"] != "yes":
            names += [(r["capital"], r["capital"]), (r["capital_en"], r["capital"])]
        for words, name in names:
            table.setdefault(tuple(lemma(w) for w in WORD.findall(words)), name)
    return table


def third_places_in(text: str, start: int, end: int) -> Iterator[Place]:
    """Third places named in ``text[start:end]``: the longest name at each word."""
    table = third_places()
    longest = max(len(k) for k in table)
    words = list(WORD.finditer(text, start, end))
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            name = table.get(tuple(lemma(w.group()) for w in words[i : i + size]))
            if name is not None:
                yield Place(
                    words[i].start(), words[i + size - 1].end(), name, "third", None, "city"
                )
                i += size - 1
                break
        i += 1


@cache
def capitals_en() -> dict[str, tuple[str, str]]:
    """Each region's centre, by the region's code: (English name, Russian name)."""
    return {r["code"]: (r["capital_en"], r["capital"]) for r in load_records(REGIONS_RU)}


def home_place(text: str, start: int, end: int, home: Home) -> Place:
    """A home place, named in the nominative: 'Астраханская область', 'Астрахань'; in
    English the centre's name alone is the city ('arrived in Astrakhan'), any other words
    the region ('Astrakhan Region').

    >>> t = "arrived in Astrakhan; the Astrakhan region"
    >>> home_place(t, 11, 20, Home()).name, home_place(t, 26, 35, Home()).name
    ('Астрахань', 'Астраханская область')
    """
    words = " ".join(text[start:end].split())
    if has_cyrillic(words):
        name = phrase_nominative(words)
    else:
        capital_en, capital = capitals_en().get(home.code, ("", ""))
        is_city = words.lower() == capital_en.lower() and not REGION_AFTER.match(text, end)
        name = capital if capital_en and is_city else home.name
    if name.lower() == home.name.lower():
        name = home.name
    return Place(start, end, name, "home", None, "region")


@cache
def capitals() -> dict[str, Place]:
    """Each partner country's capital as a place without a span, by the country's code."""
    by_name = {(p.country, p.name): p for p in gazetteer().partners.values()}
    found = {}
    for r in load_records(CAPITALS):
        p = by_name.get((r["country"], r["capital"]))
        if p is not None:
            found[r["country"]] = Place(0, 0, p.name, "partner", p.id, p.level)
        elif third_place_country(r["capital"]) == r["country"]:
            found[r["country"]] = Place(0, 0, r["capital"], "third", None, "city")
    return found


def capitals_in(text: str, start: int, end: int, home: Home) -> Iterator[Place]:
    """A country's capital named by its word ('в казахстанскую столицу', 'столицу
    Азербайджана', 'the Kazakh capital'): the city, spanning the words.

    >>> t = "прибыл в казахстанскую столицу; arrived in the capital of Azerbaijan"
    >>> [p.name for p in capitals_in(t, 0, len(t), Home())]
    ['Астана', 'Баку']
    """
    partners = gazetteer().partners
    for m in CAPITAL_WORD.finditer(text, start, end):
        for hit in hits_within(text, home, max(start, m.start() - 40), min(end, m.end() + 40)):
            country = partners[hit.partner]
            if country.level != "country" or country.id not in capitals():
                continue
            before = hit.end <= m.start() and COUNTRY_BEFORE.fullmatch(text, hit.end, m.start())
            after = hit.start >= m.end() and COUNTRY_AFTER.fullmatch(text, m.end(), hit.start)
            if before or after:
                city = capitals()[country.id]
                span = (min(hit.start, m.start()), max(hit.end, m.end()))
                yield Place(*span, city.name, city.side, city.partner, city.level)
                break


def places_in(text: str, start: int, end: int, home: Home) -> list[Place]:
    """Every place named in ``text[start:end]``, in text order."""
    found = [home_place(text, s, e, home) for s, e in home_spans_within(text, home, start, end)]
    found += capitals_in(text, start, end, home)
    partners = gazetteer().partners
    for hit in hits_within(text, home, start, end):
        in_capital = any(p.start <= hit.start and hit.end <= p.end for p in found)
        if hit.is_name and not in_capital:
            p = partners[hit.partner]
            found.append(Place(hit.start, hit.end, p.name, "partner", p.id, p.level))
    taken = [(p.start, p.end) for p in found]
    for place in third_places_in(text, start, end):
        if not any(a < place.end and place.start < b for a, b in taken):
            found.append(place)
    return sorted(found, key=lambda p: p.start)


def outside(place: Place, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a place lies outside every span (posts, names)."""
    return not any(s <= place.start and place.end <= e for s, e in spans)


def is_located(text: str, start: int) -> bool:
    """Whether the words before ``start`` put what follows as a location: 'в г. ', '(', 'to ',
    'в столицу' (the capital of what follows is where it was).

    >>> t = "встреча в Ашхабаде (Туркмения) in the Kremlin (12.09.2023, г. Витебск) at the Baku"
    >>> [is_located(t, t.index(w)) for w in ("Ашхабаде", "Туркмения", "Kremlin", "Витебск", "Baku")]
    [True, True, True, True, True]
    >>> t = "прибыла в столицу Татарстана"
    >>> is_located(t, t.index("Татарстана"))
    True
    """
    return LOCATED.search(text, max(0, start - 16), start) is not None


def located_place(
    text: str, places: Sequence[Place], excluded: Sequence[tuple[int, int]]
) -> Place | None:
    """The first place a contact is located at: after 'в', or in brackets; not in a post.
    A city of that region in brackets, just after it or further on, is the finer place: 'в
    Атыраускую область (г. Атырау)' is in Атырау."""
    for at, place in enumerate(places):
        if outside(place, excluded) and is_located(text, place.start):
            # 'визит в Андижанскую область; … (г. Андижан, 8–10 октября 2024 г.)': the
            # city in brackets, there or at the item's end, is where in the region it was
            finer = next(
                (
                    p
                    for p in places[at + 1 :]
                    if is_within(p, place)
                    and outside(p, excluded)
                    and BRACKET_BEFORE.search(text, max(0, p.start - 6), p.start)
                ),
                None,
            )
            return finer or place
    return None


BRACKET_BEFORE = re.compile(r"\(\s*(?:г\.|город|the city of)?\s*$", re.IGNORECASE)


def is_within(inner: Place, outer: Place) -> bool:
    """Whether a partner's place lies inside another partner's place."""
    if inner.partner is None or outer.partner is None:
        return False
    return outer.partner in gazetteer().ancestors(inner.partner)


def named_local_place(places: Sequence[Place], excluded: Sequence[tuple[int, int]]) -> Place | None:
    """A partner's city or region named anyway ('к 756-летию города Могилева'), not in a post."""
    for place in places:
        if place.side == "partner" and place.level in LOCAL_LEVELS and outside(place, excluded):
            return place
    return None


def direction_of_place(place: Place, about: str | None = None) -> Direction:
    """Home is incoming, a partner's place outgoing, anywhere else elsewhere; a third place
    in ``about``, the country the note is about, is that partner's ('в г. Стамбул' in a
    note on Turkey).

    >>> istanbul = Place(0, 8, "Стамбул", "third", None, "city")
    >>> direction_of_place(istanbul).value, direction_of_place(istanbul, "TR").value
    ('elsewhere', 'outgoing')
    """
    if place.side == "third" and about is not None and third_place_country(place.name) == about:
        return Direction.OUTGOING
    return {
        "home": Direction.INCOMING,
        "partner": Direction.OUTGOING,
        "third": Direction.ELSEWHERE,
    }[place.side]


def is_remote(text: str, start: int, end: int) -> bool:
    """Whether the words speak of a video link ('в режиме видеоконференции', 'ВКС').

    >>> is_remote("заседание (в режиме видеоконференции)", 0, 38)
    True
    """
    return REMOTE.search(text, start, end) is not None


DELEGATION = re.compile(r"делегаци[яиюей]\s+(?:[а-яё]+\s+){0,2}?$", re.IGNORECASE)


def delegation_side(text: str, places: Sequence[Place]) -> str | None:
    """'home' or 'partner': whose delegation it is ('делегации Азербайджанской Республики')."""
    for place in places:
        if place.side != "third" and DELEGATION.search(text, max(0, place.start - 40), place.start):
            return place.side
    return None
