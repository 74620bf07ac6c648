"""The parties of an agreement, in the nominative, and what identifies them.

Parties are listed after "между" ("между Правительством Астраханской области и
Правительством Республики Беларусь") or "с"; a list of cities ("между городами Астраханью и
Могилевом") names cities. A title that only refers to its parties ("Между центрами подписан
Меморандум", "между ними", "сторонами") takes the two organisations the sentence before it
names in the same bullet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.extract.organizations import HEADS, find_organizations
from liaison.extract.partners import implied_partners
from liaison.extract.spheres import masked, sentences
from liaison.model import Home
from liaison.text.morph import analyzer, lemma, lemmas
from liaison.text.phrases import nominative
from liaison.text.scripts import has_cyrillic

CITY_WORDS = frozenset({"город", "городской", "муниципальный", "city", "municipal"})
BETWEEN = re.compile(r"\b(?:между|between)\s+")
WITH = re.compile(r"(?<!\w)(?:с|with)\s+")
PARTY_STOP = re.compile(r"\s(?:о|об|o|в|на|по|для|on|in|for|regarding)\s")
PARTY_SPLIT = re.compile(r"\s+(?:и|and)\s+|\s*,\s+")
EN_PARTY_SPLIT = re.compile(r"\s+and\s+")
# Words that stand for parties named before: "между центрами", "между ними", "сторонами".
REFERRING = re.compile(
    r"\b[Мм]ежду\s+(?:ними|[а-яё]+[ая]ми)\b(?!\s+[А-ЯЁ«\"])|\b[Сс]торонами\b|\bbetween\s+them\b"
)
# A place written right after an organisation's name: "деловой центр в г. Астрахани".
PLACE_AFTER = re.compile(r"\s+в\s+(?:г\.\s*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*")


def split_parties(text: str, start: int, end: int, always: bool) -> list[tuple[int, int]]:
    """Spans of the parties listed in ``text[start:end]``: split at "и"/","/"and" before a
    capital, an abbreviation or an instrumental (``always`` for a list of city names),
    outside quotes and brackets."""
    plain = masked(text, start, end)
    spans, begin = [], start
    splitter = PARTY_SPLIT if has_cyrillic(plain[start:end]) else EN_PARTY_SPLIT
    for m in plain.finditer(splitter, start, end):
        nxt = re.match(r"[«\"(]*[\w-]+", text[m.end() : m.end() + 40])
        if always or (nxt and starts_party(nxt.group())):
            spans.append((begin, m.start()))
            begin = m.end()
    return [*spans, (begin, end)]


def starts_party(word: str) -> bool:
    """Whether a word can open another party after "и": "Правительством", "городом", "СЭЗ"."""
    bare = word.strip('«"(')
    if not bare or bare.isupper() or not has_cyrillic(bare[:1]):
        return bool(bare) and (bare[0].isupper() or bare == "the")
    parses = [p for p in analyzer().parse(bare.lower()) if p.score > 0.01]
    is_instrumental = any(p.tag.case == "ablt" for p in parses)  # "между кем"
    # "… и акиматом Атырауской области": a noun in the instrumental opens a party too.
    is_noun = any(p.tag.case == "ablt" and "NOUN" in p.tag for p in parses)
    return lemma(bare) in HEADS | CITY_WORDS or (is_instrumental and (bare[0].isupper() or is_noun))


def party_name(text: str, start: int, end: int, cities: bool) -> str:
    """A party in the nominative without its country in brackets ("(Российская Федерация)")."""
    words = re.sub(r"\s*\([^()]*\)", "", text[start:end]).strip(" ,")
    name = nominative(words)
    return f"город {name}" if cities else name


def parties_of(text: str, start: int, end: int) -> tuple[str, ...]:
    """The parties of a title: the list after "между" up to "о …", "в …", "на …"."""
    between = BETWEEN.search(text, start, end) or masked(text, start, end).search(WITH, start, end)
    if between is None:
        return ()
    stop = masked(text, between.end(), end).search(PARTY_STOP, between.end(), end)
    begin, finish = between.end(), stop.start() if stop else end
    cities = re.match(r"город(?:ами|ов)\s+", text[begin:finish])
    if cities:
        begin += cities.end()
    spans = split_parties(text, begin, finish, bool(cities))
    names = [party_name(text, s, e, bool(cities)) for s, e in spans if text[s:e].strip()]
    return tuple(n for n in names if n)


def party_key(party: str, home: Home) -> str:
    """What identifies a party across phrasings: a place by its partner, else its lemmas.

    >>> party_key("город Могилев", Home()), party_key("Правительство Республики Беларусь", Home())
    ('BY-MA-MOGILEV', 'правительство республика беларусь')
    >>> party_key("муниципальное образование «Городской округ город Астрахань»", Home())
    'home:city'
    """
    words = lemmas(party)
    if any(w in HEADS for w in words) or party.split()[0].isupper():
        return " ".join(words)
    named = implied_partners(party, home)
    if named:
        return named[0]
    joined = " ".join(words)
    if any(cue in joined for cue in home.cues):
        return "home:city" if CITY_WORDS & set(words) else "home"
    return joined


def referred_parties(
    text: str,
    block: tuple[int, int],
    sentence: tuple[int, int],
    is_referring: bool | None = None,
) -> tuple[str, ...]:
    """The parties a sentence only refers to ("Между центрами подписан Меморандум"): the
    organisations the sentence before it in the same block names, when there are two.
    ``is_referring`` says whether the sentence refers so, when the caller has read it.

    >>> t = ("Работают Азербайджанский деловой центр в г. Астрахани и Астраханский деловой "
    ...      "центр в Баку. Между центрами подписан Меморандум.")
    >>> referred_parties(t, (0, len(t)), (t.index("Между"), len(t)))
    ('Азербайджанский деловой центр в г. Астрахани', 'Астраханский деловой центр в Баку')
    """
    if is_referring is None:
        is_referring = REFERRING.search(text, *sentence) is not None
    if not is_referring:
        return ()
    before = [s for s in block_sentences(text, *block) if s[1] <= sentence[0]]
    if not before:
        return ()
    found = find_organizations(text, *before[-1])
    names = list(dict.fromkeys(f.name + place_after(text, f.end) for f in found))
    return tuple(names) if len(names) == 2 else ()


@lru_cache(maxsize=256)
def block_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sentences of a block, cached: each agreement of the block that refers to its
    parties looks for the sentence before its own."""
    return tuple(sentences(text, start, end))


def place_after(text: str, end: int) -> str:
    """The place written right after a name ("в г. Астрахани"), with single spaces; or ""."""
    m = PLACE_AFTER.match(text, end)
    return " " + " ".join(m.group().split()) if m else ""


# The party a sentence names as its subject, before "заключено"/"подписан" and the kind
# word: "Каспийским институтом морского и речного транспорта заключено Соглашение …".
# A subject runs from the sentence's start to the kind word, so it is looked for only that
# near the start: a line of many agreements and no sentence end (a hostile file, a broken
# export) would otherwise be read from its start for each, in the square of its length.
SUBJECT_MAX = 1_000
SUBJECT = re.compile(
    r"^[\s\-–—•*+\d.)]*(?P<subject>[А-ЯЁ«](?:[^.;:]|(?<=\bг)\.)*?)\s+"
    r"(?:заключен[аоы]?|подписан[аоы]?)\s*$"
)


def subject_parties(text: str, start: int, kind_start: int) -> tuple[str, ...]:
    """The parties named as the subject of a signing (in the instrumental) before the kind
    word, in the nominative; none when the sentence has no such subject.

    >>> t = "Каспийским институтом морского и речного транспорта заключено Соглашение"
    >>> subject_parties(t, 0, t.index("Соглашение"))
    ('Каспийский институт морского и речного транспорта',)
    >>> t = "В 2021 г. подписано Соглашение"
    >>> subject_parties(t, 0, t.index("Соглашение"))
    ()
    """
    if kind_start - start > SUBJECT_MAX:
        return ()
    m = SUBJECT.match(text[start:kind_start])
    if m is None:
        return ()
    begin = start + m.start("subject")
    first = text[begin:kind_start].split()[0].strip('«"')
    if (
        BETWEEN.match(text, begin)
        or REFERRING.match(text, begin)
        or not any(p.tag.case == "ablt" for p in analyzer().parse(first.lower()) if p.score > 0.01)
    ):
        return ()
    spans = split_parties(text, begin, start + m.end("subject"), always=False)
    return tuple(n for s, e in spans if (n := party_name(text, s, e, cities=False)))


# "Между Правительством Астраханской области и Министерством … в 2017 г. подписано
# Соглашение": the parties named before the kind word, up to the date or the verb.
BETWEEN_FIRST = re.compile(r"^[\s\-–—•*+\w.)]{0,4}?(?:[Мм]ежду|[Bb]etween)\s+")
BETWEEN_FIRST_MAX = 100  # characters it can match: not a whole long line copied each time
SIGNING_VERB = re.compile(r"\s+(?:подписан[аоы]?|заключен[аоы]?|signed|concluded)\b")


def leading_parties(text: str, start: int, kind_start: int) -> tuple[str, ...]:
    """The parties a sentence names after an opening "Между" before its kind word.

    >>> t = ("Между Правительством Астраханской области и Министерством экономики Армении "
    ...      "в 2017 г. подписано Соглашение")
    >>> leading_parties(t, 0, t.index("Соглашение"))
    ('Правительство Астраханской области', 'Министерство экономики Армении')
    """
    m = BETWEEN_FIRST.match(text[start : min(kind_start, start + BETWEEN_FIRST_MAX)])
    if m is None or REFERRING.match(text, start + m.start()):
        return ()
    begin = start + m.end()
    verb = SIGNING_VERB.search(text, begin, kind_start)
    finish = verb.start() if verb else kind_start
    stop = masked(text, begin, finish).search(PARTY_STOP, begin, finish)
    finish = stop.start() if stop else finish
    spans = split_parties(text, begin, finish, always=False)
    return tuple(n for s, e in spans if (n := party_name(text, s, e, cities=False)))
