"""People an English text names, stored under their Russian canonical name.

'Governor Igor Babushkin' is Бабушкин И. (``cyrillic_names``), the Latin form kept as what
the text wrote. A pair of capitalised words is a name when its first word is a given name
the dictionary knows, or it follows a title ('Governor', 'Minister of Foreign Relations'),
or its second word has a surname's ending; a Chinese family name comes first and the name
is spelt the way Russian spells Chinese ('Wang Xiaoming' is Ван С., ``pinyin``). A weekday,
a month or a word of a place or body is never part of a name ('On Saturday Khadikov met …').
Once a text has named someone in full, its surname alone ('Shapkenov said') is that person
again.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from liaison.data import DATA_DIR, SURNAMES_ZH, load_records
from liaison.extract.context import Context
from liaison.extract.cyrillic_names import cyrillic_name, cyrillic_word, is_known_name, plain
from liaison.extract.english_posts import russian_post
from liaison.extract.name_spans import NamedPerson, NameSpan
from liaison.extract.persons import group_by_name, person_of
from liaison.extract.positions import CASES, PostPhrase, side_of
from liaison.extract.surname_mentions import known_people
from liaison.model import Document, Home, Person
from liaison.text.pinyin import palladius

ENGLISH_WORDS = DATA_DIR / "persons_english.tsv"
LATIN_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?:-[A-ZÀ-ÞĀ-Ž]?[a-zß-ÿā-ž]+)*"
RUN_EN = re.compile(rf"(?<![\w-]){LATIN_WORD}(?:[ \u00a0]+{LATIN_WORD})+")
WORD_EN = re.compile(LATIN_WORD)
SURNAME_EN = re.compile(
    r"(?:ov|ev|yev|in|yn|ova|eva|ina|enko|sky|ski|skiy|li|zade|yan|ian|dze|shvili|ich|uk)$"
)
TITLE_WORDS_EN = re.compile(r"[A-Za-z]+")
TITLE_WORD_EN = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")  # 'Russia's', 'Vice-Governor'
JOINTS = frozenset(("of", "for", "and"))
# The small words a post's title may hold after its head: 'Ambassador to Russia', 'Consul
# General of Kazakhstan in Astrakhan', 'Governor of the Astrakhan Region'.
POST_JOINTS = JOINTS | {"to", "in", "at", "the", "region", "province", "city", "oblast"}
CLAUSE_BREAK = re.compile(r"[,.;:()\n]")
TITLE_REACH = 5
# A wire's credit line names who wrote the item, nobody it is about: 'Reporting by …;
# Editing by Alex Richardson', 'Photo by …'.
CREDIT_BEFORE = re.compile(
    r"(?i)\b(?:reporting|editing|writing|written|edited|compiled|translated|photos?|"
    r"photographs?|video|graphics?)\s+by\s+(?:[A-Z][\w.-]*\s+)*?(?:and\s+)?$"
)


@cache
def english_words() -> dict[str, str]:
    """English words around names → 'title', 'byline' or 'not_name'."""
    return {r["word"]: r["role"] for r in load_records(ENGLISH_WORDS)}


@cache
def pinyin_surnames() -> dict[str, str]:
    """Chinese surnames in pinyin (lower case) → their Russian spelling."""
    return {r["pinyin"].lower(): r["surname"] for r in load_records(SURNAMES_ZH)}


def pinyin_name(surname: str, given: str) -> tuple[str, str] | None:
    """The canonical and full Russian name of a Chinese name in pinyin, surname first
    ('Wang Xiaoming' → 'Ван С.', 'Ван Сяомин'); None when it is not one.

    >>> pinyin_name("Wang", "Xiaoming"), pinyin_name("Li", "Sergei")
    (('Ван С.', 'Ван Сяомин'), None)
    """
    russian = pinyin_surnames().get(surname.lower())
    first = palladius(given, max_syllables=2) if russian else None
    if first is None:
        return None
    return f"{russian} {first[0]}.", f"{russian} {first}"


def title_before(text: str, start: int) -> bool:
    """Whether a title word stands among the few words before ``start`` in its clause
    ('Governor-General of Gilan Hadi Haghshenas')."""
    before = CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
    words = [w.lower() for w in TITLE_WORDS_EN.findall(before)][-TITLE_REACH:]
    return any(english_words().get(w) in ("title", "byline") for w in words)


@lru_cache(maxsize=20_000)
def is_given_word(word: str) -> bool:
    """Whether a Latin word is a given name the dictionary knows, once in Cyrillic."""
    return is_known_name(cyrillic_word(word, True))


def pair_in_run(text: str, run: re.Match[str]) -> tuple[int, bool] | None:
    """Which pair of a run's words is a name (the index of its first word) and whether
    the family name comes first; None when none is."""
    roles = english_words()
    words = [w.group() for w in WORD_EN.finditer(run.group())]
    low = [w.lower() for w in words]
    weaker: tuple[int, bool] | None = None
    for i in range(len(words) - 1):
        if i + 2 < len(words) and roles.get(low[i + 2]) == "not_name":
            continue  # 'Heydar Aliyev Foundation': the pair names a body
        if i > 0 and words[i - 1] == "By":
            return None  # the article's author ('By Ayya Lmahamad'), not a person it is about
        if low[i] in roles or low[i + 1] in roles:
            continue
        if pinyin_name(words[i], words[i + 1]) is not None:
            return i, True
        after_title = i > 0 and roles.get(low[i - 1]) in ("title", "byline")
        given = is_given_word(words[i])
        if given and not is_given_word(words[i + 1]):
            return i, False
        if weaker is None and (given or after_title or SURNAME_EN.search(plain(words[i + 1]))):
            weaker = (i, False)  # 'Gilan Hadi' gives way to 'Hadi Haghshenas' after it
    last = len(words) - 2
    is_free = last > 0 and not {low[last], low[last + 1]} & roles.keys()
    if is_free and title_before(text, run.start()):
        return last, False  # 'Governor-General of Gilan Hadi Haghshenas'
    return weaker


def full_english_names(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, given name, surname) of every full English name."""
    for run in RUN_EN.finditer(text):
        if CREDIT_BEFORE.search(text, max(0, run.start() - 40), run.start()):
            continue
        found = pair_in_run(text, run)
        if found is None:
            continue
        i, family_first = found
        words = list(WORD_EN.finditer(text, run.start(), run.end()))
        first, second = words[i], words[i + 1]
        given, surname = (second, first) if family_first else (first, second)
        if not family_first and i > 0 and is_given_pair(words[i - 1].group(), given.group()):
            # 'Mohammad Reza Ahmadi': the name starts a word earlier, with two given names
            both = f"{words[i - 1].group()} {given.group()}"
            yield words[i - 1].start(), second.end(), both, surname.group()
            continue
        yield first.start(), second.end(), given.group(), surname.group()


def is_given_pair(before: str, given: str) -> bool:
    """Whether a given name follows another, the two one person's ('Mohammad Reza',
    'Ali Akbar'): both are given names, neither a title's or a place's word."""
    roles = english_words()
    return (
        before.lower() not in roles
        and given.lower() not in roles
        and is_given_word(before)
        and is_given_word(given)
    )


def english_post(text: str, start: int) -> str | None:
    """The title before an English name as written: 'Governor of Russia's Astrakhan
    Region', 'Economy Minister'.

    >>> t = "Serdar Berdimuhamedov received Governor of Russia's Astrakhan Region Igor Babushkin"
    >>> english_post(t, t.index("Igor"))
    "Governor of Russia's Astrakhan Region"
    >>> t = "On Thursday the Head of the Republic of Dagestan, Sergei Melikov, held talks"
    >>> english_post(t, t.index("Sergei"))
    'Head of the Republic of Dagestan'
    >>> t = "Astrakhan Governor Igor Babushkin, Kazem Jalali and others met."
    >>> english_post(t, t.index("Kazem")) is None
    True
    """
    clause_start, clause_end = max(0, start - 80), start
    if breaks := list(CLAUSE_BREAK.finditer(text, clause_start, start)):
        clause_start = breaks[-1].end()
        if breaks[-1].group() == "," and not text[clause_start:start].strip():
            # 'the Head of the Republic of Dagestan, Sergei Melikov': the post before the comma
            clause_end = breaks[-1].start()
            clause_start = breaks[-2].end() if len(breaks) > 1 else max(0, start - 80)
    found = list(TITLE_WORD_EN.finditer(text, clause_start, clause_end))
    words = [m.group() for m in found]
    titles = [i for i, w in enumerate(words) if is_title_word(w)]
    if not titles or len(words) - titles[-1] > 7:
        return None
    if any(w.islower() and w not in POST_JOINTS for w in words[titles[-1] + 1 :]):
        return None  # 'the governor met Mohammad Reza Ahmadi': a verb, no title, between
    if clause_end < start and any(is_given_word(w) for w in words[titles[-1] + 1 :]):
        return None  # 'Governor Igor Babushkin, Kazem Jalali': the post is the name's before
    first = title_start(words, titles[-1])
    return " ".join(text[found[first].start() : clause_end].split())


def title_start(words: list[str], first: int) -> int:
    """Where a title whose last title word is ``words[first]`` begins: back over its
    capitalised words ('Serbian Ambassador', 'Astrakhan Region Governor'; a dateline's
    capitals are none: 'MOSCOW – Russian President') and over 'of the' to an earlier title
    word ('Minister of Foreign Relations', 'Deputy Chairman of the Vitebsk Regional
    Executive Committee').

    >>> title_start("Igor Babushkin and Iranian Ambassador".split(), 4)
    3
    """
    while first > 0:
        before = words[first - 1]
        if is_title_word(before) or (before.istitle() and before not in ("The", "A")):
            first -= 1
            continue
        joint = first - 1
        while joint > 0 and words[joint].lower() in ("of", "the", "for"):
            joint -= 1
        if joint == first - 1 or not is_title_word(words[joint]):
            return first
        first = joint
    return first


def is_title_word(word: str) -> bool:
    """Whether a word, or a part of a hyphenated one, is a title's ('Governor-General')."""
    return any(english_words().get(part) == "title" for part in word.lower().split("-"))


def post_phrase(text: str, start: int) -> PostPhrase | None:
    """The English title before a name as a post (its words as written)."""
    title = english_post(text, start)
    if title is None:
        return None
    at = text.rfind(title.split()[0], max(0, start - 80), start)
    return PostPhrase(max(at, 0), start, title, None, CASES)


POST_AFTER = re.compile(r",\s+(?:the\s+)?([^,.;:()\n]{3,90}?)(?=\s*(?:[,.;:()\n]|\s+and\s|$))")


def post_after(text: str, end: int) -> PostPhrase | None:
    """A post set off by commas after a name ('Chen Jianguo, mayor of Wuxi, received …'):
    a clause whose first few words hold a title word, all words before it capitalised."""
    m = POST_AFTER.match(text, end)
    if m is None:
        return None
    words = TITLE_WORDS_EN.findall(m.group(1))
    roles = english_words()
    first = next((i for i, w in enumerate(words[:4]) if roles.get(w.lower()) == "title"), None)
    if first is None or not all(w[:1].isupper() for w in words[:first]):
        return None
    return PostPhrase(m.start(1), m.end(1), m.group(1).strip(), None, CASES)


def named_english(text: str, start: int, end: int, given: str, surname: str) -> NamedPerson:
    """One English mention read: Russian canonical and full names, the Latin as written."""
    name, full = pinyin_name(surname, given) or cyrillic_name(given, surname)
    span = NameSpan(start, end, surname, "", given)
    post = post_phrase(text, start) or post_after(text, end)
    return NamedPerson(span, name, None, full, post, f"{given} {surname}")


def surname_mentions(text: str, named: list[NamedPerson]) -> list[NamedPerson]:
    """The surname alone of someone named in full ('Shapkenov said'), as that person; a
    surname two people share is left alone."""
    by_surname: dict[str, list[NamedPerson]] = {}
    for n in named:
        if n.name not in {m.name for m in by_surname.get(n.span.surname, [])}:
            by_surname.setdefault(n.span.surname, []).append(n)
    taken = [(n.span.start, n.span.end) for n in named]
    found = []
    for surname, people in by_surname.items():
        if len(people) != 1:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            person = people[0]
            span = NameSpan(m.start(), m.end(), surname)
            post = post_phrase(text, m.start())
            found.append(NamedPerson(span, person.name, None, person.full_name, post, person.latin))
    return found


@lru_cache(maxsize=8)
def english_names_in(text: str) -> tuple[NamedPerson, ...]:
    """Every English mention of a person, full or by surname, in text order."""
    named = [named_english(text, *found) for found in full_english_names(text)]
    found = named + surname_mentions(text, named)
    found += known_latin_mentions(text, found)
    return tuple(sorted(found, key=lambda n: n.span.start))


def known_latin_mentions(text: str, named: list[NamedPerson]) -> list[NamedPerson]:
    """A head of state named by surname alone ('talks with Putin') whom the text names no
    other way, as the shipped list writes them."""
    surnames = {n.span.surname for n in named}
    taken = [(n.span.start, n.span.end) for n in named]
    found = []
    for known in known_people().values():
        latin = known["latin"].split()[-1]
        if latin in surnames:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(latin)}(?![\w-])", text):
            if not any(a <= m.start() < b for a, b in taken):
                span = NameSpan(m.start(), m.end(), latin)
                post = post_phrase(text, m.start())
                found.append(
                    NamedPerson(span, known["name"], "m", known["full_name"], post, known["latin"])
                )
    return found


def read_english_names(text: str) -> list[NamedPerson]:
    """English names as read names, under their Russian canonical names."""
    return list(english_names_in(text))


def english_in_russian(text: str, home: Home) -> list[NamedPerson]:
    """The English names of a text with their posts in Russian where the words are known:
    what a contact's participants are written with ('генерал-губернатор провинции
    Мазендеран', not 'Governor General')."""
    return [in_russian(n, home) for n in english_names_in(text)]


def in_russian(named: NamedPerson, home: Home) -> NamedPerson:
    """A mention with its English post in Russian, where the post's words are all known."""
    title = russian_post(named.post.title, home) if named.post else None
    if named.post is None or title is None:
        return named
    return dataclasses.replace(named, post=dataclasses.replace(named.post, title=title))


def person_from_english_name(doc: Document, ctx: Context) -> Iterator[Person]:
    """Every person an English text names ('Igor Babushkin'), as Бабушкин И. with the Latin
    form as an alias; the resolver folds it into a person known more fully."""
    for group in group_by_name(english_names_in(doc.text)).values():
        group = [in_russian(n, ctx.home) for n in group]
        person = person_of(doc, ctx.home, group, "person_from_english_name")
        text = doc.text
        sides = [side_of(text[max(0, n.span.start - 60) : n.span.end], ctx.home) for n in group]
        # the home country's people ('Putin') serve no partner, whoever stands near them
        is_ours = any(s in ("home", ctx.home.country) for s in sides) or any(
            side_of(p.title, ctx.home) == ctx.home.country for p in person.positions
        )
        if person.partner is None and not is_ours:
            partner = next((s for s in sides if s not in (None, ctx.home.country)), None)
            person = dataclasses.replace(person, partner=partner)
        yield person
