"""Where a Russian text names a person, and the parts of each name as written.

Forms found: initials before or after the surname ('Бабушкиным И.Ю.', 'И.Ю. Бабушкин',
'Мамед-заде Т.-А.'); full names given name first ('Игорем Юрьевичем Бабушкиным', 'Хамидом
Резаи', 'Поладом Бюльбюль оглы') or surname first ('Бабушкин Игорь Юрьевич', 'Оразовым
Мерданом'); a foreign name of two given names after a post ('Кулдипом Сингхом Бхати'). A
patronymic is never a surname and a verb never a name: each part is checked against what
the dictionary knows of it, and a name no dictionary knows is taken only after a post.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from liaison.data import SURNAMES_ZH, load_records
from liaison.extract.positions import PostPhrase, is_head, post_before
from liaison.extract.surnames import (
    ADJECTIVAL,
    PATRONYMIC,
    POSSESSIVE,
    is_first_name,
    is_listed_given,
    is_surname_like,
    is_unknown,
    name_cases,
    surname_readings,
)
from liaison.text.morph import analyzer, parses
from liaison.text.spans import Cover

SP = r"[^\S\n]"
PARTICLE = r"заде|оглы|оглу|кызы|гызы"
SURNAME = rf"[А-ЯЁ][а-яё]+(?:-(?:[А-ЯЁ][а-яё]+|{PARTICLE}))?"
INITIAL = r"[А-ЯЁ]\.(?:-[А-ЯЁ]\.)?"
INITIALS = rf"{INITIAL}(?:{SP}?{INITIAL})?"
NAME_RU = re.compile(
    rf"(?<![А-Яа-яЁё.])(?:(?P<sur>{SURNAME}){SP}+(?P<ini>{INITIALS})"
    rf"|(?P<ini2>{INITIALS}){SP}?(?P<sur2>{SURNAME})(?![А-Яа-яЁё]))"
)
RUN_RU = re.compile(rf"(?<![А-Яа-яЁё.-]){SURNAME}(?:{SP}+(?:{SURNAME}|{PARTICLE})(?![а-яё-]))+")
RUN_WORD = re.compile(rf"{SURNAME}|{PARTICLE}")
SUFFIXES = frozenset(("оглы", "оглу", "кызы", "гызы"))


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name as written: its offsets and parts (initials, or a given name and patronymic)."""

    start: int
    end: int
    surname: str
    initials: str = ""
    first: str | None = None
    patronymic: str | None = None
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A name found in a text and read: canonical form, gender, full name and post."""

    span: NameSpan
    name: str
    gender: str | None = None
    full_name: str | None = None
    post: PostPhrase | None = None
    latin: str | None = None  # the name as an English text writes it
    cases: frozenset[str] = frozenset()  # the cases the name may stand in here


# A surname after initials (a word before a full stop only when long enough to be no
# abbreviation: '… А.З. Анквабом.', not 'И.Ю. Ген.'; see ``initials_go_after``).
NEXT_SURNAME = re.compile(rf"{SP}?{SURNAME}(?![А-Яа-яЁё])")
ABBREVIATION_MAX = 4


def initials_names(text: str) -> Iterator[NameSpan]:
    """Names written with initials, before or after the surname; a patronymic, a verb, or a
    word the dictionary knows as no name before initials that a surname follows is no
    surname ('Юрьевич И.', 'Подписан И.Ю. Бабушкиным', 'Раиса Республики Татарстан Р.Н.
    Минниханова', 'Встреча М.Ю. Ведерникова': the initials belong to the name after).

    >>> [n.surname for n in initials_names("Встреча М.Ю. Ведерникова с Бабушкиным И.Ю.")]
    ['Ведерникова', 'Бабушкиным']
    """
    at = 0
    while (m := NAME_RU.search(text, at)) is not None:
        surname, ini = (m["sur"], m["ini"]) if m["sur"] else (m["sur2"], m["ini2"])
        if m["sur"] and (
            is_known_patronymic(surname)
            or is_verb_form(surname)
            or initials_go_after(text, m.end(), surname)
        ):
            at = m.start("ini")
            continue
        if m["sur2"] and is_list_letter(text, m.start(), ini, surname):
            at = m.end()
            continue
        yield NameSpan(m.start(), m.end(), surname, re.sub(r"\s+", "", ini))
        at = m.end()


def is_list_letter(text: str, start: int, initials: str, word: str) -> bool:
    """Whether one letter opening a line is a heading's or an item's letter ('А. Договоры и
    соглашения', 'Б. Показатели'), not an initial: the word after it is no name."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and len(initials) == 2 and is_known_non_name(word)


def initials_go_after(text: str, end: int, before: str) -> bool:
    """Whether initials between two capitalised words belong to the one after: the word
    before is no name to the dictionary and the word after may be one, or has a surname's
    ending where the word before has none ('Губернатор И.Ю. Бабушкин': 'бабушкин' is a
    word to the dictionary too).

    >>> [n.surname for n in initials_names("в Астрахани Губернатор И.Ю. Бабушкин принял")]
    ['Бабушкин']
    >>> [n.surname for n in initials_names("Совета Министров Р.А. Головченко")]
    ['Головченко']
    """
    after = NEXT_SURNAME.match(text, end)
    if after is None or not is_known_non_name(before):
        return False
    word = after.group().strip()
    if text[after.end() : after.end() + 1] == "." and len(word) <= ABBREVIATION_MAX:
        return False
    return not is_known_non_name(word) or (is_surname_like(word) and not is_surname_like(before))


WORD_BEFORE = re.compile(r"([А-Яа-яЁё-]+)[^\S\n]*$")


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` on its line, or ''."""
    m = WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


@lru_cache(maxsize=50_000)
def is_adjective(word: str) -> bool:
    """Whether the dictionary reads a word first as an adjective ('Российской')."""
    readings = parses(word.lower()) if word else []
    return bool(readings) and readings[0].tag.POS == "ADJF"


@lru_cache(maxsize=50_000)
def is_known_non_name(word: str) -> bool:
    """Whether the dictionary knows a word and reads it as no name of a person ('Встреча',
    'Татарстан')."""
    return analyzer().word_is_known(word.lower()) and not is_person_word(word)


@lru_cache(maxsize=50_000)
def is_verb_form(word: str) -> bool:
    """Whether the dictionary knows a word as a verb or short participle, not a surname."""
    readings = parses(word.lower())
    is_verb = any(p.tag.POS in ("VERB", "PRTS", "INFN", "GRND") and p.score > 0.2 for p in readings)
    return is_verb and analyzer().word_is_known(word.lower())


class Run:
    """The capitalised words of one run, with what the dictionary tells of each."""

    def __init__(self, text: str, words: list[re.Match[str]]) -> None:
        self.text = text
        self.words = words
        self.after_post: dict[int, bool] = {}

    def word(self, i: int) -> str:
        """The i-th word, or '' past the end."""
        return self.words[i].group() if i < len(self.words) else ""

    def is_post_before(self, i: int) -> bool:
        """Whether a post stands right before word ``i`` ('министром … Балвантсинхом …')."""
        if i not in self.after_post:
            start = self.words[i].start()
            found = post_before(self.text, max(0, start - 300), start)
            self.after_post[i] = found is not None
        return self.after_post[i]

    def span(self, i: int, last: int, surname: int, first: int, middle: int | None) -> NameSpan:
        """The NameSpan of words ``i..last``."""
        suffix = self.word(last) if self.word(last) in SUFFIXES else ""
        return NameSpan(
            self.words[i].start(),
            self.words[last].end(),
            self.word(surname),
            "",
            self.word(first),
            self.word(middle) if middle is not None else None,
            suffix,
        )


def is_patronymic(word: str) -> bool:
    """Whether a word has a patronymic's ending ('Юрьевичем', 'Алимовича'); between a given
    name and a surname that is what it is, though 'Станковичем' alone is a surname."""
    return bool(PATRONYMIC.search(word))


@lru_cache(maxsize=50_000)
def is_known_patronymic(word: str) -> bool:
    """Whether the dictionary knows a word as a patronymic: never a surname.

    >>> is_known_patronymic("Юрьевичем"), is_known_patronymic("Станковичем")
    (True, False)
    """
    low = word.lower()
    return analyzer().word_is_known(low) and any("Patr" in p.tag for p in parses(low))


@lru_cache(maxsize=50_000)
def is_given(word: str) -> bool:
    """Whether a word may be a given name: the dictionary's, or one it does not know."""
    return not is_known_patronymic(word) and (is_first_name(word) or is_unknown(word))


def agree_in_case(surname: str, given: str) -> bool:
    """Whether a surname and a given name can stand in one case ('Оразовым Мерданом')."""
    given_cases = name_cases(given)
    return not given_cases or any(r.cases & given_cases for r in surname_readings(surname))


def surname_first(run: Run, i: int) -> NameSpan | None:
    """'Бабушкин Игорь Юрьевич', 'Морозовым Олегом Анатольевичем', 'Оразовым Мерданом'."""
    surname, given, third = run.word(i), run.word(i + 1), run.word(i + 2)
    if not given or not is_surname_like(surname):
        return None
    # A surname the dictionary also knows as a given name ('Абаева') still leads a name
    # that ends with a patronymic: 'Абаева Даурена Аскербековича'.
    ends_with_patronymic = bool(third) and is_patronymic(third) and is_first_name(given)
    if is_first_name(surname) and not ends_with_patronymic:
        return None
    if ends_with_patronymic and is_surname_like(surname) and not is_known_patronymic(surname):
        # 'Белоусова Константина Андреевича': a given name that looks like a woman's
        # surname ('Константина') is still the given name before a patronymic
        return run.span(i, i + 2, i, i + 1, i + 2)
    if is_surname_like(given) or not is_given(given) or is_known_patronymic(surname):
        return None
    if third and is_patronymic(third):
        return run.span(i, i + 2, i, i + 1, i + 2)
    if not agree_in_case(surname, given) or (is_unknown(given) and not run.is_post_before(i)):
        return None
    return run.span(i, i + 1, i, i + 1, None)


def given_first(run: Run, i: int) -> NameSpan | None:
    """'Игорем Юрьевичем Бабушкиным', 'Хамидом Резаи', 'Поладом Бюльбюль оглы', and after
    a post 'Шахин Мустафаев', 'Асадоллой Аббаси', 'Кулдипом Сингхом Бхати'."""
    first, k = run.word(i), i + 1
    middle = None
    if run.word(k + 1) in SUFFIXES and is_surname_like(run.word(k + 2)):
        middle, k = k, k + 2  # 'Ильхам Гейдар оглу Алиев': the father's name and 'оглу'
    elif run.word(k + 1) and (is_patronymic(run.word(k)) or is_foreign_middle(run, k)):
        middle, k = k, k + 1
    surname = run.word(k)
    last = k + 1 if run.word(k + 1) in SUFFIXES else k
    if first in SUFFIXES or surname in SUFFIXES or is_known_patronymic(surname):
        return None
    if ADJECTIVAL.match(surname) and names_a_place_after(run.text, run.words[k].end()):
        return None  # 'Аким Актюбинской области': a post and its region, not Аким А.
    # two given names before it make a word no name to the dictionary a surname all the same
    two_given = middle == i + 1 and is_second_given(first, run.word(middle), surname)
    fits = (two_given and not is_known_non_name(surname)) or fits_given_first(run, i, surname)
    if last == k and not fits:
        return None
    return run.span(i, last, k, i, middle)


def is_foreign_middle(run: Run, k: int) -> bool:
    """Whether word ``k`` is the second given name of a foreign name: after a post
    ('Кулдипом Сингхом Бхати'), or anywhere when both given names agree in case and the
    word after is no given name in that case ('Мохаммадом Резой Ахмади', 'Али Акбаром
    Салехи')."""
    first, middle, following = run.word(k - 1), run.word(k), run.word(k + 1)
    if following in SUFFIXES or not is_first_name(middle):
        return False
    if is_unknown(following) and not is_first_name(following) and run.is_post_before(k - 1):
        return True
    return is_second_given(first, middle, following)


@lru_cache(maxsize=50_000)
def is_second_given(first: str, middle: str, following: str) -> bool:
    """Whether ``middle`` is a second given name between ``first`` and a surname: both are
    given names (the second never a surname: 'Игорь Бабушкин Олег' is two people), in a
    case they share, and ``following`` is unknown to the dictionary or no given name in that case.

    >>> is_second_given("Мохаммадом", "Резой", "Ахмади")
    True
    >>> is_second_given("Али", "Акбар", "Салехи")
    True
    >>> is_second_given("Игорем", "Юрьевичем", "Бабушкиным")
    False
    >>> is_second_given("Игорь", "Бабушкин", "Олег")
    False
    """
    if not is_first_name(first) or is_surname_like(middle) or is_patronymic(middle):
        return False
    if is_unknown(first) and not is_listed_given(first):
        return False  # 'Университета Мазендерана Хоссейном …': a guess is no first name
    first_cases, middle_cases = name_cases(first), name_cases(middle)
    if first_cases and middle_cases:
        shared = first_cases & middle_cases
        if not shared:
            return False
    else:
        shared = first_cases or middle_cases
    return is_unknown(following) or not (name_cases(following) & shared)


def fits_given_first(run: Run, i: int, surname: str) -> bool:
    """Whether word ``i`` and ``surname`` read as a given name and a surname."""
    first = run.word(i)
    known_first = is_first_name(first) and not is_unknown(first)
    if is_surname_like(surname):
        if ADJECTIVAL.match(surname) and not known_first:
            return False  # 'Махрузлу Губадлинского': a village and its district
        if is_given(first) or (is_person_word(first) and run.is_post_before(i)):
            return True
        # After a post a possessive surname names a person whose given name the dictionary
        # reads as a word: 'Послом … Федерации Болот Отунбаев' ('болот', of marshes); a
        # noun an adjective qualifies is the post's own ('… Российской Федерации Асадовым').
        return (
            bool(POSSESSIVE.match(surname))
            and not is_known_non_name(surname)
            and not ADJECTIVAL.match(first)
            and not is_place(first)
            and not is_head(first)
            and not is_adjective(word_before(run.text, run.words[i].start()))
            and run.is_post_before(i)
        )
    if not is_unknown(surname):
        # 'Посол … Винай Кумар': after a post, a given name and a word that is no place
        return is_given(first) and not is_place(surname) and run.is_post_before(i)
    return known_first or (is_given(first) and run.is_post_before(i))


@lru_cache(maxsize=50_000)
def is_place(word: str) -> bool:
    """Whether the dictionary reads a word as a place name."""
    return any("Geox" in p.tag for p in parses(word.lower()))


@lru_cache(maxsize=50_000)
def is_person_word(word: str) -> bool:
    """Whether the dictionary reads a word as someone's name of any kind ('Шахин' is a
    surname to it, a given name in 'Шахин Мустафаев')."""
    return any({"Name", "Surn"} & p.tag.grammemes for p in parses(word.lower()))


def name_spans(text: str) -> list[NameSpan]:
    """Every name of a text in text order; where a full name and initials overlap
    ('Республики Беларусь Головченко Р.А.'), the initials tell. A surname in capitals, as
    official papers write it beside the given name and patronymic, is read as written in
    lower case ('ХОЦЕНКО Виталием Павловичем').

    >>> [(n.surname, n.first) for n in name_spans("во главе с ХОЦЕНКО Виталием Павловичем")]
    [('Хоценко', 'Виталием')]
    """
    text = capital_surnames_folded(text)
    with_initials = list(initials_names(text))
    taken = Cover((s.start, s.end) for s in with_initials)
    full = [s for s in full_names(text) if not taken.overlaps(s.start, s.end)]
    return sorted([*with_initials, *full], key=lambda s: s.start)


# A surname in capitals, as official papers write it (group 'sur'), beside a given name and
# a patronymic (group 'check', which must be one) or beside initials.
CAPS_WORD = r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]+)?"
CAPITAL_SURNAMES = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?P<sur>{CAPS_WORD}){SP}+[А-ЯЁ][а-яё]+{SP}+(?P<check>[А-ЯЁ][а-яё]+)\b",
        rf"\b[А-ЯЁ][а-яё]+{SP}+(?P<check>[А-ЯЁ][а-яё]+){SP}+(?P<sur>{CAPS_WORD})\b",
        rf"\b(?P<sur>{CAPS_WORD}){SP}+{INITIALS}",
        rf"{INITIALS}{SP}?(?P<sur>{CAPS_WORD})\b",
    )
)
CAPITALS = re.compile(r"[А-ЯЁ]{3}")


def capital_surnames_folded(text: str) -> str:
    """``text`` with each surname written in capitals beside a given name and patronymic,
    or beside initials, in lower case after its first letter (the same length, so every
    offset holds).

    >>> capital_surnames_folded("Виталий Павлович ХОЦЕНКО и МИД России")
    'Виталий Павлович Хоценко и МИД России'
    >>> capital_surnames_folded("министра ГОЛОВКОВА В.В. с И.Ю. БАБУШКИНЫМ")
    'министра Головкова В.В. с И.Ю. Бабушкиным'
    """
    if CAPITALS.search(text) is None:
        return text
    for pattern in CAPITAL_SURNAMES:
        text = pattern.sub(folded_surname, text)
    return text


def folded_surname(m: re.Match[str]) -> str:
    """The match with its surname in capitals folded ('ХОЦЕНКО' → 'Хоценко'), unless the
    word beside it that must be a patronymic is none."""
    check = m.groupdict().get("check")
    if check is not None and not is_patronymic(check):
        return m[0]
    word, at = m["sur"], m.start("sur") - m.start()
    folded = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return m[0][:at] + folded + m[0][at + len(word) :]


@cache
def chinese_surnames() -> frozenset[str]:
    """The Chinese surnames of ``surnames_zh.tsv``."""
    return frozenset(r["surname"] for r in load_records(SURNAMES_ZH) if r["in_russian"] == "yes")


def chinese_name(run: Run, i: int) -> NameSpan | None:
    """'Ли Юем', 'Чжан Цзюнь', 'Го Минем': a Chinese surname, then a given name that is no
    word the dictionary knows, nor a post's head or a place.

    >>> [(n.surname, n.first) for n in full_names("с вице-губернатором Ли Юем и Го Минем")]
    [('Ли', 'Юем'), ('Го', 'Минем')]
    >>> [(n.surname, n.first) for n in full_names("правительства провинции Хэйлунцзян Чжан Цзюнь")]
    [('Чжан', 'Цзюнь')]
    """
    surname, given = run.word(i), run.word(i + 1)
    if surname not in chinese_surnames() or not given or "-" in surname:
        return None
    # a place the dictionary knows ('Ли Бэйцзин'), not one it guesses from an unknown word;
    # after a post, a rare word is a given name all the same ('консулом … Сюэ Бином')
    if is_head(given) or (is_place(given) and not is_unknown(given)):
        return None
    if is_known_non_name(given) and not (is_rare(given) and run.is_post_before(i)):
        return None
    return run.span(i, i + 1, i, i + 1, None)


@lru_cache(maxsize=50_000)
def is_rare(word: str) -> bool:
    """Whether the dictionary knows a word only as a noun of no common use: 'Бином'
    (binomial) may be a Chinese given name, 'Мир' or 'Лес' may not."""
    readings = parses(word.lower())
    return bool(readings) and all(p.tag.POS == "NOUN" for p in readings) and len(word) > 4


# Nouns whose genitive a place's name follows: 'провинции Гилян', 'области Мангистау'.
PLACE_NOUNS = frozenset(
    ("провинции", "провинция", "области", "района", "округа", "города", "г.", "штата",
     "велаята", "остана", "уезда", "края", "республики", "автономного", "эмирата", "аймака")
)  # fmt: skip


def names_a_place(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a noun a place's name follows, itself not
    qualified by the place ('Астраханской области Белоусова …' names no place after it)."""
    noun = word_before(text, start)
    if noun.lower() not in PLACE_NOUNS:
        return False
    before = text.rfind(noun, 0, start)
    return not is_adjective(word_before(text, before))


WORD_AFTER = re.compile(r"[^\S\n]*([А-Яа-яЁё.-]+)")


def names_a_place_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a noun of places ('области', 'края'): the word
    before it is then the place's adjective, whatever name it looks like."""
    m = WORD_AFTER.match(text, end)
    return m is not None and m.group(1) in PLACE_NOUNS


def names_the_body_before(run: Run, i: int, found: NameSpan) -> bool:
    """Whether the first of three words read as a name with two given names is the place
    of the body the word before names ('Университета Мазендерана Хоссейном Моджтахеди':
    the university of Mazandaran, then the man).

    >>> [n.first for n in full_names("ректором Университета Мазендерана Хоссейном Моджтахеди")]
    ['Хоссейном']
    >>> [n.first for n in full_names("Аким Актюбинской области Асхат Шахаров поблагодарил")]
    ['Асхат']
    """
    has_two_given = found.patronymic is not None and not is_patronymic(found.patronymic)
    before = run.word(i - 1) if i > 0 else ""
    return has_two_given and is_known_non_name(before) and not is_place(before)


def full_names(text: str) -> Iterator[NameSpan]:
    """Full names in either order, in text order."""
    for m in RUN_RU.finditer(text):
        run = Run(text, list(RUN_WORD.finditer(text, m.start(), m.end())))
        # 'провинции Мазандаран Махмудом Хосейни-Пуром': the first word names the place
        i = 1 if len(run.words) > 2 and names_a_place(text, m.start()) else 0
        while i < len(run.words) - 1:
            if chinese_name(run, i + 1) is not None:
                i += 1  # 'провинции Хэйлунцзян Чжан Цзюнь': the name starts at 'Чжан'
                continue
            found = chinese_name(run, i) or surname_first(run, i) or given_first(run, i)
            if found is None or names_the_body_before(run, i, found):
                i += 1
                continue
            yield found
            i = next(j for j, w in enumerate(run.words) if w.end() >= found.end) + 1
