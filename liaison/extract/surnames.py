"""Surnames and given names in any case: which nominative and gender a written form comes from.

Russian surnames decline by type: possessive (-ов, -ев, -ин: 'Бабушкиным' → Бабушкин),
adjectival (-ский, and -ой/-ый read through pymorphy3: 'Крутым' → Крутой), a man's surname
in a consonant ('Страхаром' → Страхар; a woman's does not decline), and the indeclinable
('Головченко', 'Ализаде'). A form has several readings ('Бабушкина': a man's genitive or a
woman's nominative); the caller picks one by the case its context allows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from liaison.data import GIVEN_NAMES, load_records
from liaison.text.morph import analyzer, parses

CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))
# Endings of surnames that keep their form in every case ('Гулмахмадзода': Tajik '-зода').
INDECLINABLE = ("о", "и", "у", "ю", "ы", "е", "э", "ых", "их", "зода")
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
POSSESSIVE = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|)$")
ADJECTIVAL = re.compile(r"^(.+[сц]к)(ий|ой|ого|ому|им|ом|ая|ую)$")
CONSONANT_FORM = re.compile(rf"^(.+?[{CONSONANTS}])(а|у|ом|ем|ём|е|)$")
# A man's surname in -й after a vowel declines like 'Килыбай': Килыбая, Килыбаю, Килыбаем.
J_FORM = re.compile(r"^(.+[аеоуэ])(й|я|ю|ем)$")
# Endings of surnames common in the partners' countries, in any case.
FOREIGN_SURNAME = re.compile(r"(?:заде|зода|ли|ян|янц|дзе|швили|енко|ич|ук|юк)(?:а|у|ом|ем|е|)$")
PATRONYMIC = re.compile(r"(?:ович|евич|ич|овн|евн|ичн)(?:а|у|ем|е|ы|ой|)$")

Table = dict[str, tuple[tuple[str | None, frozenset[str], str], ...]]


def cases(*names: str) -> frozenset[str]:
    """A set of case tags."""
    return frozenset(names)


# ending → ((gender, cases it marks, ending of that gender's nominative), ...), man first.
POSSESSIVE_FORMS: Table = {
    "": (("m", cases("nomn"), ""),),
    "а": (("m", cases("gent", "accs"), ""), ("f", cases("nomn"), "а")),
    "у": (("m", cases("datv"), ""), ("f", cases("accs"), "а")),
    "ым": (("m", cases("ablt"), ""),),
    "е": (("m", cases("loct"), ""),),
    "ой": (("f", cases("gent", "datv", "ablt", "loct"), "а"),),
}
ADJECTIVAL_FORMS: Table = {
    "ий": (("m", cases("nomn"), "ий"),),
    "ой": (("f", cases("gent", "datv", "ablt", "loct"), "ая"), ("m", cases("nomn"), "ой")),
    "ого": (("m", cases("gent", "accs"), "ий"),),
    "ому": (("m", cases("datv"), "ий"),),
    "им": (("m", cases("ablt"), "ий"),),
    "ом": (("m", cases("loct"), "ий"),),
    "ая": (("f", cases("nomn"), "ая"),),
    "ую": (("f", cases("accs"), "ая"),),
}
J_FORMS: Table = {
    "й": (("m", cases("nomn"), "й"), ("f", CASES, "й")),
    "я": (("m", cases("gent", "accs"), "й"),),
    "ю": (("m", cases("datv"), "й"),),
    "ем": (("m", cases("ablt"), "й"),),
}
CONSONANT_FORMS: Table = {
    "": (("m", cases("nomn"), ""), ("f", CASES, "")),
    "а": (("m", cases("gent", "accs"), ""), ("f", cases("nomn"), "а")),
    "у": (("m", cases("datv"), ""),),
    "ом": (("m", cases("ablt"), ""),),
    "ем": (("m", cases("ablt"), ""),),
    "ём": (("m", cases("ablt"), ""),),
    "е": (("m", cases("loct"), ""),),
}


# Surnames ending in '-а' decline as nouns do, for a man too: 'Владимиром Кыссой', 'Кыссы'.
# Read last, so that a case the given name tells is what chooses them.
A_FORM = re.compile(rf"^(.+[{CONSONANTS}])(ой|ы)$")
A_FORMS: Table = {
    "ой": (("m", cases("ablt"), "а"), ("f", cases("ablt"), "а")),
    "ы": (("m", cases("gent"), "а"), ("f", cases("gent"), "а")),
}


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a surname form: the nominative it comes from, gender and cases."""

    surname: str
    gender: str | None
    cases: frozenset[str]


def by_table(stem: str, ending: str, table: Table) -> tuple[Reading, ...]:
    """Readings of a surname split into stem and ending, from one declension table."""
    return tuple(Reading(stem + nom, g, c) for g, c, nom in table.get(ending, ()))


@lru_cache(maxsize=50_000)
def surname_readings(word: str) -> tuple[Reading, ...]:
    """Every reading of a surname form, a man's before a woman's.

    >>> [(r.surname, r.gender) for r in surname_readings("Бабушкина")]
    [('Бабушкин', 'm'), ('Бабушкина', 'f')]
    >>> [(r.surname, r.gender) for r in surname_readings("Прокофьевой")]
    [('Прокофьева', 'f')]
    >>> [r.surname for r in surname_readings("Ляхновичем")]
    ['Ляхнович']
    >>> [(r.surname, r.gender) for r in surname_readings("Головченко")]
    [('Головченко', None)]
    >>> [r.surname for r in surname_readings("Килыбаем")]
    ['Килыбай']
    >>> [(r.surname, r.gender, sorted(r.cases)) for r in surname_readings("Кыссой")]
    [('Кыссой', 'm', ['nomn']), ('Кысса', 'm', ['ablt']), ('Кысса', 'f', ['ablt'])]
    """
    for pattern, table in ((POSSESSIVE, POSSESSIVE_FORMS), (ADJECTIVAL, ADJECTIVAL_FORMS)):
        m = pattern.match(word)
        if m:
            return by_table(m[1], m[2], table)
    found = adjective_readings(word)
    if found:
        return found
    low = word.lower()
    declined = A_FORM.match(word)
    by_noun = by_table(declined[1], declined[2], A_FORMS) if declined else ()
    m = J_FORM.match(word)
    if m:
        found = by_table(m[1], m[2], J_FORMS)
        if by_noun:  # a woman's surname in '-ой' is an adjective's case ('Толстой' is a man)
            found = tuple(r for r in found if r.gender != "f")
        return found + by_noun
    m = CONSONANT_FORM.match(word)
    if m and not low.endswith(("ко", "ых", "их", "заде", "зода", "дзе", "ли")):
        found = by_table(m[1], m[2], CONSONANT_FORMS)
    found += by_noun
    if low.endswith(INDECLINABLE) or not found:
        found += (Reading(word, None, CASES),)
    return found


def adjective_readings(word: str) -> tuple[Reading, ...]:
    """Readings of a surname declined like an adjective but not in -ский: Крутым → Крутой."""
    if not word.lower().endswith(("ым", "ого", "ому", "ой", "ая", "ую", "ый")):
        return ()
    found: dict[tuple[str, str], set[str]] = {}
    for p in parses(word.lower()):
        if p.tag.POS != "ADJF" or "plur" in p.tag or p.tag.gender not in ("masc", "femn"):
            continue
        base = p.inflect({"nomn", "sing", str(p.tag.gender)})
        nominative = (base.word if base else p.normal_form).replace("ё", "е")
        gender = "m" if p.tag.gender == "masc" else "f"
        found.setdefault((word[:1] + nominative[1:], gender), set()).add(str(p.tag.case))
    ordered = sorted(found.items(), key=lambda item: item[0][1] != "m")
    return tuple(Reading(name, gender, frozenset(c)) for (name, gender), c in ordered)


def fitting(readings: Sequence[Reading], allowed: frozenset[str] | None) -> list[Reading]:
    """The readings in a case the context allows; all of them when none is."""
    if allowed is None:
        return list(readings)
    return [r for r in readings if r.cases & allowed] or list(readings)


def is_surname_like(word: str) -> bool:
    """Whether a capitalised word has a surname's ending in some case.

    >>> is_surname_like("Азизов"), is_surname_like("Ализаде"), is_surname_like("Республики")
    (True, True, False)
    """
    return bool(POSSESSIVE.match(word) or ADJECTIVAL.match(word) or FOREIGN_SURNAME.search(word))


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """Whether a capitalised word may be a given name: pymorphy3 knows it as one, or it is
    one of ``given_names.tsv`` in some case ('Али', 'Масудом').

    >>> is_first_name("Игорем"), is_first_name("Али"), is_first_name("Масудом")
    (True, True, True)
    """
    if any("Name" in p.tag and p.score >= 0.1 for p in parses(word.lower())):
        return True
    return is_listed_given(word)


def is_listed_given(word: str) -> bool:
    """Whether a word is one of ``given_names.tsv`` in some case ('Масудом')."""
    return any(word.removesuffix(end) in listed_given_names() for end in GIVEN_ENDINGS)


# The endings a listed given name takes in the oblique cases ('Масуд': Масуда, Масудом).
GIVEN_ENDINGS = ("а", "у", "ом", "ем", "е", "ой", "ы", "ю", "я", "")


@lru_cache(maxsize=1)
def listed_given_names() -> frozenset[str]:
    """The given names of ``given_names.tsv``."""
    return frozenset(r["name"] for r in load_records(GIVEN_NAMES))


@lru_cache(maxsize=50_000)
def name_cases(word: str) -> frozenset[str]:
    """The cases (singular) in which a word is a given name, as the dictionary reads it.

    >>> sorted(name_cases("Мерданом")), sorted(name_cases("Игорь"))
    (['ablt'], ['nomn'])
    """
    return (
        frozenset(
            str(p.tag.case)
            for p in parses(word.lower())
            if "Name" in p.tag and "sing" in p.tag and p.score >= 0.05
        )
        & CASES
    )


@lru_cache(maxsize=50_000)
def is_unknown(word: str) -> bool:
    """Whether the dictionary does not know a word (foreign given names often are not)."""
    return not analyzer().word_is_known(word.lower())


@lru_cache(maxsize=50_000)
def first_name_nominative(word: str, gender: str | None, allowed: frozenset[str]) -> str:
    """A given name in the nominative, read in a case ``allowed`` and of ``gender``.

    >>> first_name_nominative("Поладом", "m", CASES)
    'Полад'
    >>> first_name_nominative("Солмаз", "f", cases("nomn"))
    'Солмаз'
    """
    wanted = {"m": "masc", "f": "femn"}.get(gender or "")
    for p in parses(word.lower()):
        if "Name" not in p.tag or p.tag.case not in allowed or "plur" in p.tag:
            continue
        if wanted is None or p.tag.gender == wanted:
            return word[:1] + str(p.normal_form).replace("ё", "е")[1:]
    return word


def patronymic_nominative(word: str) -> str:
    """A patronymic in the nominative: 'Юрьевичем' → 'Юрьевич', 'Николаевной' → 'Николаевна'.

    >>> patronymic_nominative("Юрьевичем"), patronymic_nominative("Николаевной")
    ('Юрьевич', 'Николаевна')
    """
    m = re.match(r"^(.+?(?:ич|н))(а|у|ем|е|ы|ой|)$", word)
    if m is None:
        return word
    return m[1] + ("а" if m[1].endswith("н") else "")
