"""An English post in Russian, as the knowledge base stores posts: 'President of
Azerbaijan' → 'президент Азербайджана', 'Iranian Ambassador to Russia' → 'посол Ирана в
России', 'Astrakhan Region Governor' → 'губернатор Астраханской области'.

The post's words are looked up in ``posts_en_ru.tsv`` (the longest phrase wins); the place
it belongs to (a country or region the partner gazetteer knows, its adjective, the home
region) follows in the genitive, and the country it serves in ('to Russia', 'in
Astrakhan') in the prepositional. A post with words the table does not know stays as
written: a half-translated post would say something the text did not.
"""

from __future__ import annotations

import re
from functools import cache

from liaison.data import DATA_DIR, REGIONS_RU, load_records
from liaison.extract.directions import capitals_en
from liaison.extract.partners import gazetteer, implied_partners, name_in_post
from liaison.model import Home, PartnerLevel
from liaison.text.morph import parses
from liaison.text.phrases import inflect
from liaison.text.pinyin import palladius

POSTS = DATA_DIR / "posts_en_ru.tsv"
HOME_COUNTRY = {"russia": "Россия", "russian": "Россия", "russia's": "Россия"}
SERVED_IN = re.compile(r"\b(?:to|in)\s+(.+)$", re.IGNORECASE)
FILLER = frozenset(("of", "the", "region", "region's", "province", "oblast"))
# Words that make a post's place a body in it, which the table does not translate.
BODIES = frozenset(
    ("committee", "government", "council", "administration", "executive", "ministry",
     "parliament", "assembly", "duma", "university", "company", "bank", "chamber",
     "institute", "house", "centre", "center", "port", "agency", "fund", "association",
     "union", "corporation", "plant", "factory", "office", "service", "department")
)  # fmt: skip


@cache
def post_words() -> dict[str, str]:
    """English post phrases (lower case) → the Russian post."""
    return {r["en"]: r["ru"] for r in load_records(POSTS)}


def place_name(words: str, home: Home) -> str | None:
    """The Russian name of the one place some English words name, or None: the home
    region before its country ("Russia's Astrakhan Region"), the home centre alone as the
    city ('in Astrakhan'), and no place where the words name a body in it ('Vitebsk
    Regional Executive Committee' is not Vitebsk).

    >>> place_name("Russia's Astrakhan Region", Home()), place_name("Astrakhan", Home())
    ('Астраханская область', 'Астрахань')
    >>> place_name("Russia", Home()), place_name("the Vitebsk Regional Executive Committee", Home())
    ('Россия', None)
    >>> place_name("the Russian Federation", Home())
    'Российская Федерация'

    """
    low = words.lower().split()
    if BODIES & set(low):
        return None
    named = [w for w in low if w not in FILLER and w not in HOME_COUNTRY]
    capital_en, capital = capitals_en().get(home.code, ("", ""))
    if named == [capital_en.lower()] and not FILLER & set(low) - {"of", "the"}:
        return capital
    if any(cue in " ".join(low) for cue in home.cues if cue.isascii()):
        return home.name
    if not named and any(w in HOME_COUNTRY for w in low):
        return "Россия"
    if named == ["federation"] and "russian" in low:
        return "Российская Федерация"  # the state's name as its papers write it
    found = implied_partners(words, home)
    if len(found) != 1:
        return russian_region(words) or chinese_place(words)
    return name_in_post(gazetteer().partners[found[0]])


@cache
def russian_regions() -> dict[str, str]:
    """Russia's regions by their English name in lower case ('republic of dagestan')."""
    return {r["name_en"].lower(): r["name"] for r in load_records(REGIONS_RU)}


def russian_region(words: str) -> str | None:
    """The Russian name of a region of Russia some English words name, or None.

    >>> russian_region("the Republic of Dagestan"), russian_region("Baku")
    ('Республика Дагестан', None)
    """
    named = [w for w in words.lower().split() if w != "the"]
    while named and named[0] == "of":
        named.pop(0)
    return russian_regions().get(" ".join(named))


def chinese_place(words: str) -> str | None:
    """A Chinese place the gazetteer does not hold, spelt from its pinyin ('Wuxi' → 'Уси'),
    or None when the words are not one such name."""
    named = [w for w in words.split() if w.lower() not in FILLER]
    if len(named) != 1 or not named[0][:1].isupper():
        return None
    return palladius(named[0])


def russian_post(title: str, home: Home) -> str | None:
    """The Russian for an English post, or None when a word of it is not known.

    >>> home = Home()
    >>> russian_post("President of Azerbaijan", home), russian_post("Governor", home)
    ('президент Азербайджана', 'губернатор')
    >>> russian_post("Iranian Ambassador to Russia", home)
    'посол Ирана в России'
    >>> russian_post("Governor-General of Gilan", home)
    'генерал-губернатор провинции Гилян'
    >>> russian_post("Astrakhan Region Governor", home)
    'губернатор Астраханской области'
    >>> russian_post("Vice Governor of Jiangsu Province", home), russian_post("mayor of Wuxi", home)
    ('вице-губернатор провинции Цзянсу', 'мэр Уси')
    >>> russian_post("Astrakhan Minister of External Relations", home)
    'министр внешних связей Астраханской области'
    """
    served = SERVED_IN.search(title)
    own = title[: served.start()] if served else title
    table = post_words()
    words = own.split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            head = " ".join(words[i : i + size]).lower()
            if head in table:
                rest = " ".join(words[:i] + words[i + size :])
                return compose(table[head], rest, served.group(1) if served else None, home)
    return None


EXECUTIVE_COMMITTEE = re.compile(r"\b(?:regional|oblast)\s+executive\s+committee\b", re.I)
GOVERNMENT = re.compile(r"\b(?:people's\s+)?government(?:\s+of)?\b", re.IGNORECASE)
DEPUTY = re.compile(r"\b(?:(?P<first>first)\s+)?deputy\b", re.IGNORECASE)


def region_named(words: str, home: Home) -> str | None:
    """The Russian name of the one region some words name, a city's name standing for its
    region ('Vitebsk' in 'Vitebsk Regional …' is the Витебская область)."""
    gaz = gazetteer()
    regions = set()
    for code in implied_partners(words, home):
        partner = gaz.partners[code]
        if partner.level is PartnerLevel.CITY and partner.parent in gaz.partners:
            partner = gaz.partners[partner.parent]
        regions.add(partner.name)
    return regions.pop() if len(regions) == 1 else None


def executive_committee(region: str) -> str | None:
    """The genitive of a region's executive committee: 'Витебская область' → 'Витебского
    областного исполнительного комитета'; None for a place that is no 'область'.

    >>> executive_committee("Витебская область")
    'Витебского областного исполнительного комитета'
    """
    words = region.split()
    if len(words) != 2 or words[1] != "область":
        return None
    found = next((p for p in parses(words[0].lower()) if p.tag.POS == "ADJF"), None)
    form = found.inflect({"masc", "sing", "gent"}) if found is not None else None
    if form is None:
        return None
    word = form.word if "ё" in words[0] else form.word.replace("ё", "е")  # as the name spells it
    return f"{word.capitalize()} областного исполнительного комитета"


# Posts of a region's government, whose place a region's centre alone stands for.
REGIONAL_HEAD = re.compile(r"^(?:первый\s+)?(?:заместитель\s+)?(?:министр|губернатор|вице-губ)")


def compose(head: str, rest: str, served_in: str | None, home: Home) -> str | None:
    """The post's head, the place it belongs to and where it serves, in Russian; a
    'deputy' the table's phrase left out makes it the deputy's post ('Deputy Minister of
    Culture' → 'заместитель министра культуры').

    >>> compose("министр культуры", "First Deputy", None, Home())
    'первый заместитель министра культуры'
    >>> russian_post("vice chairman of the Xinjiang Uygur Autonomous Region government", Home())
    'заместитель председателя правительства Синьцзян-Уйгурского автономного района'
    """
    deputy = DEPUTY.search(rest)
    if deputy is not None and not head.startswith(("заместитель", "первый заместитель")):
        rest = rest[: deputy.start()] + rest[deputy.end() :]
        title = "первый заместитель" if deputy.group("first") else "заместитель"
        head = f"{title} {inflect(head, 'gent')}"
    parts = [head]
    if EXECUTIVE_COMMITTEE.search(rest):
        # Belarus's regions are run by executive committees: 'Deputy Chairman of the Vitebsk
        # Regional Executive Committee' → '… Витебского областного исполнительного комитета'
        region = region_named(EXECUTIVE_COMMITTEE.sub(" ", rest), home)
        committee = executive_committee(region) if region else None
        return f"{head} {committee}" if committee else None
    if GOVERNMENT.search(rest):
        # 'vice chairman of the Xinjiang … Region government': the body is the place's
        rest = GOVERNMENT.sub(" ", rest)
        parts.append("правительства")
    if [w for w in rest.lower().split() if w not in FILLER]:
        place = place_name(rest, home)
        if place is None:
            return None
        if place == capitals_en().get(home.code, ("", ""))[1] and REGIONAL_HEAD.search(head):
            place = home.name  # 'Astrakhan Minister of External Relations': the region's
        parts.append(inflect(place, "gent"))
    if served_in:
        place = place_name(served_in, home)
        if place is None:
            return None
        parts.append(f"в {inflect(place, 'loct')}")
    return " ".join(parts)
