"""People's names in any case: 'Бабушкин И.Ю.' → 'Бабушкиным И.Ю.' for 'во главе с ...'.

Only the surname of a canonical 'Фамилия И.О.' changes; initials stay. Russian surnames
decline by their ending (-ов/-ин like short adjectives, -ский like adjectives, -енко
never), and by gender: a woman's surname in a consonant ('Якушевич') does not decline.
pymorphy3 knows many surnames by dictionary; where it has no reading of the right gender,
the ending tables below decide, so an unknown Azerbaijani or Belarusian surname still
declines the way a clerk would decline it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.text.morph import analyzer

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
CANONICAL = re.compile(
    r"^(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<rest>(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]?\.?)?)$"
)
# Endings that never decline in Russian: Головченко, Дурново, Черных, Гарсия-Маркес' 'и'.
INDECLINABLE = ("о", "е", "э", "и", "ы", "у", "ю", "ых", "их")
FEMININE = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя")
# (nominative ending, {case: ending}) — longest ending first; case order as CASES.
MASCULINE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ский", ("ский", "ского", "скому", "ского", "ским", "ском")),
    ("цкий", ("цкий", "цкого", "цкому", "цкого", "цким", "цком")),
    ("ской", ("ской", "ского", "скому", "ского", "ским", "ском")),
    ("ой", ("ой", "ого", "ому", "ого", "ым", "ом")),
    ("ый", ("ый", "ого", "ому", "ого", "ым", "ом")),
    ("ий", ("ий", "его", "ему", "его", "им", "ем")),
    ("ов", ("ов", "ова", "ову", "ова", "овым", "ове")),
    ("ев", ("ев", "ева", "еву", "ева", "евым", "еве")),
    ("ёв", ("ёв", "ёва", "ёву", "ёва", "ёвым", "ёве")),
    ("ин", ("ин", "ина", "ину", "ина", "иным", "ине")),
    ("ын", ("ын", "ына", "ыну", "ына", "ыным", "ыне")),
    ("й", ("й", "я", "ю", "я", "ем", "е")),
    ("ь", ("ь", "я", "ю", "я", "ем", "е")),
    ("а", ("а", "ы", "е", "у", "ой", "е")),
    ("я", ("я", "и", "е", "ю", "ей", "е")),
)
FEMININE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ская", ("ская", "ской", "ской", "скую", "ской", "ской")),
    ("цкая", ("цкая", "цкой", "цкой", "цкую", "цкой", "цкой")),
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой")),
    ("яя", ("яя", "ей", "ей", "юю", "ей", "ей")),
    ("ова", ("ова", "овой", "овой", "ову", "овой", "овой")),
    ("ева", ("ева", "евой", "евой", "еву", "евой", "евой")),
    ("ёва", ("ёва", "ёвой", "ёвой", "ёву", "ёвой", "ёвой")),
    ("ина", ("ина", "иной", "иной", "ину", "иной", "иной")),
    ("ына", ("ына", "ыной", "ыной", "ыну", "ыной", "ыной")),
    ("а", ("а", "ы", "е", "у", "ой", "е")),
    ("я", ("я", "и", "е", "ю", "ей", "е")),
)
# After these letters an unstressed 'ом' is written 'ем' and 'ы' is written 'и'.
HUSHING = "жшчщц"
VELAR_OR_HUSHING = "гкхжшчщ"


def inflect_name(canonical: str, case: str, gender: str | None = None) -> str:
    """The canonical name with its surname put into ``case``; initials unchanged.

    ``gender`` is 'm' or 'f'; when None it is guessed from the surname's ending.
    Anything that is not 'Фамилия И.О.' (a Latin name, 'Полад Бюльбюль оглы') is
    returned as it is rather than guessed at.

    >>> inflect_name("Бабушкин И.Ю.", "ablt")
    'Бабушкиным И.Ю.'
    >>> inflect_name("Прокофьева О.Н.", "ablt", "f")
    'Прокофьевой О.Н.'
    >>> inflect_name("Головченко Р.А.", "ablt")
    'Головченко Р.А.'
    >>> inflect_name("Ляхнович А.А.", "gent")
    'Ляхновича А.А.'
    >>> inflect_name("Якушевич О.", "ablt", "f")
    'Якушевич О.'
    """
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}; use one of {', '.join(CASES)}")
    match = CANONICAL.match(canonical.strip())
    if match is None or case == "nomn":
        return canonical
    surname = match["surname"]
    sex = gender if gender in ("m", "f") else guess_gender(surname)
    parts = [inflect_surname(part, case, sex) for part in surname.split("-")]
    return "-".join(parts) + match["rest"]


def guess_gender(surname: str) -> str:
    """'f' for a surname with a feminine ending, else 'm'.

    >>> guess_gender("Рагимова"), guess_gender("Алиев"), guess_gender("Волынская")
    ('f', 'm', 'f')
    """
    return "f" if surname.lower().endswith(FEMININE) else "m"


@lru_cache(maxsize=20_000)
def inflect_surname(surname: str, case: str, gender: str) -> str:
    """One surname (no hyphen) in ``case`` for a person of ``gender`` ('m' or 'f')."""
    low = surname.lower()
    if low.endswith(INDECLINABLE):
        return surname
    form = dictionary_form(low, case, gender) or ending_form(low, case, gender)
    return surname[:1] + form[1:] if form else surname


def dictionary_form(low: str, case: str, gender: str) -> str | None:
    """The form pymorphy3 gives for a surname reading of the right gender, if it has one."""
    wanted = "femn" if gender == "f" else "masc"
    for parse in analyzer().parse(low):
        tag = parse.tag
        if "Surn" not in tag or "nomn" not in tag or "Fixd" in tag:
            continue
        if tag.gender not in (wanted, "ms-f"):
            continue
        new = parse.inflect({case, "sing"})
        return str(new.word) if new is not None else None
    return None


def ending_form(low: str, case: str, gender: str) -> str | None:
    """The form the ending tables give, or None when the surname does not decline."""
    table = FEMININE_ENDINGS if gender == "f" else MASCULINE_ENDINGS
    index = CASES.index(case)
    for ending, forms in table:
        if low.endswith(ending):
            return spell(low[: -len(ending)], forms[index], ending)
    if gender == "f":
        return None  # Якушевич О. (a woman): a consonant ending does not decline
    return consonant_form(low, index)


def consonant_form(low: str, index: int) -> str:
    """A masculine surname in a hard consonant: Страхар → Страхаром, Ляхнович → Ляхновичем."""
    ablt = "ем" if low[-1] in HUSHING else "ом"
    return low + ("", "а", "у", "а", ablt, "е")[index]


def spell(stem: str, ending: str, nominative: str = "") -> str:
    """Join stem and ending by the spelling rules of nouns in -а (Гуща, Кулеба).

    After г к х ж ш ч щ 'ы' is written 'и'; after a hushing letter an unstressed 'ой'
    is written 'ей' — only for nouns in -а: adjectives (Большая → Большой) keep 'ой'.

    >>> spell("гущ", "ой", "а"), spell("кулеб", "ы", "а"), spell("больш", "ой", "ая")
    ('гущей', 'кулебы', 'большой')
    """
    if ending.startswith("ы") and stem[-1:] in VELAR_OR_HUSHING:
        ending = "и" + ending[1:]
    if nominative == "а" and ending == "ой" and stem[-1:] in HUSHING:
        ending = "ей"
    return stem + ending
