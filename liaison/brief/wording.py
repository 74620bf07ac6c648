"""The fixed wording of a note, in one place: title, section and sphere headings, labels.

The Russian texts are the ones the office's notes use; change a heading here and every
format (md, html, docx, pdf) follows.
"""

from __future__ import annotations

import re

from liaison.model import AgreementStatus, Home, Partner, Sphere, label
from liaison.text.morph import analyzer
from liaison.text.phrases import inflect

# The order is the order of the sections in a note.
SPHERE_HEADINGS: dict[Sphere, tuple[str, str]] = {
    Sphere.POLITICS: ("Политическое взаимодействие", "Political dialogue"),
    Sphere.TRADE: ("В торгово-экономической сфере", "Trade and economy"),
    Sphere.INDUSTRY: (
        "В сфере промышленности, строительства и ЖКХ",
        "Industry, construction and utilities",
    ),
    Sphere.TRANSPORT: ("В сфере транспорта и логистики", "Transport and logistics"),
    Sphere.AGRICULTURE: ("В сфере сельского хозяйства", "Agriculture"),
    Sphere.HUMANITARIAN: ("В социально-гуманитарной сфере", "Social and humanitarian affairs"),
    Sphere.EDUCATION: ("В сфере образования", "Education"),
    Sphere.SCIENCE: ("В сфере науки", "Science"),
    Sphere.HEALTH: ("В сфере здравоохранения", "Health"),
    Sphere.CULTURE: ("В сфере культуры", "Culture"),
    Sphere.YOUTH: ("В сфере молодежной политики", "Youth"),
    Sphere.SPORT: ("В сфере физической культуры и спорта", "Sport"),
    Sphere.TOURISM: ("В сфере туризма", "Tourism"),
    Sphere.MEDIA: ("В сфере средств массовой информации", "Media"),
    Sphere.COMPATRIOTS: (
        "Взаимодействие с соотечественниками за рубежом",
        "Compatriots abroad",
    ),
    Sphere.OTHER: ("Иные направления", "Other areas"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("СПРАВОЧНАЯ ИНФОРМАЦИЯ", "REFERENCE NOTE"),
    "areas": ("ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА", "MAIN AREAS OF COOPERATION"),
    "chronology": ("ХРОНОЛОГИЯ КОНТАКТОВ", "CHRONOLOGY OF CONTACTS"),
    "sources": ("Источники", "Sources"),
    "other_source": ("по данным другого источника", "another source gives"),
    "entered_by": ("внесено вручную", "entered by hand"),
    "document": ("документ", "document"),
}

# Forms of the status verb agreeing with the title's head noun: masc, femn, neut, plur.
STATUS_FORMS: dict[str, tuple[str, str, str, str]] = {
    "signed": ("Подписан", "Подписана", "Подписано", "Подписаны"),
    "superseded": ("Утратил силу", "Утратила силу", "Утратило силу", "Утратили силу"),
    "signed_in": ("подписан", "подписана", "подписано", "подписаны"),
}
CYRILLIC = re.compile("[А-Яа-яЁё]")
# Heads whose proper name keeps the nominative: 'Республикой Беларусь', 'Королевством Дания'.
CONSONANTS = set("бвгджзйклмнпрстфхцчшщ")


def text(key: str, lang: str) -> str:
    """A fixed text of the note in ``lang``.

    >>> text("areas", "ru"), text("areas", "en")
    ('ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА', 'MAIN AREAS OF COOPERATION')
    """
    ru, en = TEXTS[key]
    return en if lang == "en" else ru


def sphere_heading(sphere: Sphere, lang: str) -> str:
    """The heading of a sphere's section.

    >>> sphere_heading(Sphere.COMPATRIOTS, "ru")
    'Взаимодействие с соотечественниками за рубежом'
    """
    ru, en = SPHERE_HEADINGS[sphere]
    return en if lang == "en" else ru


def title_lines(home: Home, partner: Partner, lang: str) -> tuple[str, str, str]:
    """The three centred lines of a note's title.

    >>> for line in title_lines(Home(), Partner(id="AZ", name="Азербайджан",
    ...     aliases=("Азербайджанская Республика",), entered_by="t"), "ru"):
    ...     print(line)
    СПРАВОЧНАЯ ИНФОРМАЦИЯ
    О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ
    С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ
    """
    if lang == "en":
        other = partner.name_en or partner.name
        return (
            text("title", lang),
            f"ON COOPERATION BETWEEN {home.name_en}".upper(),
            f"AND {other}".upper(),
        )
    home_gen = inflect(home.name, "gent")
    partner_ablt = inflect(official_name(partner), "ablt")
    with_ = with_preposition(partner_ablt)
    return (
        text("title", lang),
        f"О СОТРУДНИЧЕСТВЕ {home_gen}".upper(),
        f"{with_} {partner_ablt}".upper(),
    )


def official_name(partner: Partner) -> str:
    """The formal Russian name a note uses: the name when it has several words, else the
    first Cyrillic alias of several words ('Азербайджанская Республика'), else the name.

    >>> official_name(Partner(id="BY", name="Беларусь",
    ...     aliases=("Республика Беларусь", "Belarus"), entered_by="t"))
    'Республика Беларусь'
    >>> official_name(Partner(id="TM", name="Туркменистан", aliases=("Туркмения",),
    ...     entered_by="t"))
    'Туркменистан'
    """
    if len(partner.name.split()) > 1:
        return partner.name
    for alias in partner.aliases:
        words = alias.split()
        if len(words) > 1 and all(CYRILLIC.search(w) for w in words) and not alias.isupper():
            return alias
    return partner.name


def with_preposition(word: str) -> str:
    """'с' or 'со': 'со' before с, з, ш, ж, щ followed by a consonant (со Швецией).

    >>> with_preposition("Азербайджанской"), with_preposition("Швецией")
    ('с', 'со')
    """
    low = word.lower()
    if len(low) > 1 and low[0] in "сзшжщ" and low[1] in CONSONANTS:
        return "со"
    return "с"


def head_gender(title: str) -> int:
    """Index into ``STATUS_FORMS`` for the title's first word: 0 masc … 3 plural.

    >>> head_gender("Меморандум о сотрудничестве"), head_gender("Программа мероприятий")
    (0, 1)
    >>> head_gender("Соглашение о побратимстве"), head_gender("Соглашения о сотрудничестве")
    (2, 3)
    """
    words = title.split()
    if not words:
        return 2
    parses = [p for p in analyzer().parse(words[0].lower()) if "NOUN" in p.tag and "nomn" in p.tag]
    if not parses:
        return 2
    tag = parses[0].tag
    if tag.number == "plur":
        return 3
    return {"masc": 0, "femn": 1, "neut": 2}.get(str(tag.gender), 2)


def status_word(status: str, title: str, lang: str) -> str:
    """The status that opens an agreement's line, agreeing with the title in Russian.

    >>> status_word("in_force", "Соглашение", "ru"), status_word("signed", "Меморандум", "ru")
    ('Действует', 'Подписан')
    >>> status_word("superseded", "Программа", "ru"), status_word("signed", "x", "en")
    ('Утратила силу', 'Signed')
    """
    if status == AgreementStatus.UNKNOWN:
        return ""
    if lang != "en" and status in STATUS_FORMS:
        return STATUS_FORMS[status][head_gender(title)]
    return label(AgreementStatus(status), lang)
