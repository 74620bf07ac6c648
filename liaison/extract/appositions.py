"""Posts stated after a name, set off by commas or a spaced dash: 'Рахман Мустафаев,
Чрезвычайный и Полномочный Посол Азербайджанской Республики в Российской Федерации, посетил …',
'с Драганом Станковичем, проректором Университета в Нови-Саде, в г. Астрахани'.

The words between the comma after the name and the next comma, bracket or full stop are a
post when they open with one (its head within the first few words, after its adjectives);
the post stands in the name's case, which is what it tells the name.
"""

from __future__ import annotations

import re

from liaison.extract.name_spans import NAME_RU
from liaison.extract.positions import TOKEN, PostPhrase, is_head, post_of

# A comma, or a spaced dash as a list of participants writes it ('Текслер А.Л. – Губернатор
# Челябинской области; Аксакалов К.И. – аким Костанайской области').
COMMA = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+[–—-][^\S\n]+")
# Where an apposition ends: a comma, semicolon, bracket, line end or a full stop that is
# not a place's abbreviation ('в г. Астрахани').
APPOSITION_END = re.compile(r"[,;()\n]|(?<![\s(]г)(?<!\sобл)\.(?:\s|$)")
HEAD_WITHIN = 4
MAX_CHARS = 160


def post_after(text: str, name_end: int) -> PostPhrase | None:
    """The post in apposition right after a name, or None.

    >>> t = "Рахман Мустафаев, Чрезвычайный и Полномочный Посол Республики в г. Москве, посетил"
    >>> post_after(t, t.index(",")).title
    'Чрезвычайный и Полномочный Посол Республики в г. Москве'
    >>> t = "с Драганом Станковичем, проректором Университета в Нови-Саде, в г. Астрахани"
    >>> post = post_after(t, t.index(","))
    >>> post.title, sorted(post.cases)
    ('проректор Университета в Нови-Саде', ['ablt'])
    >>> post_after("встреча с Ивановым И.И., Петровым П.П. и другими", 24) is None
    True
    >>> t = "Текслер А.Л. – Губернатор Челябинской области; Аксакалов К.И. – аким области"
    >>> post_after(t, t.index(" –")).title
    'Губернатор Челябинской области'
    >>> post_after("12 мая – встреча с Петровым П.П. – переговоры", 32) is None
    True
    >>> t = "вошли Токтосунова А.Ж., мэр г. Каракол Жумалиев Б.С. и другие"
    >>> post_after(t, t.index(",")) is None
    True
    """
    comma = COMMA.match(text, name_end)
    if comma is None:
        return None
    stop = APPOSITION_END.search(text, comma.end(), comma.end() + MAX_CHARS)
    end = stop.start() if stop else min(len(text), comma.end() + MAX_CHARS)
    if NAME_RU.search(text, comma.end(), end + 1):
        # a name written with initials: 'Токтосунова А.Ж., мэр г. Каракол Жумалиев Б.С.'
        return None  # the words before it are the next one's post
    tokens = list(TOKEN.finditer(text, comma.end(), end))
    if not any(is_head(m.group()) for m in tokens[:HEAD_WITHIN]):
        return None
    return post_of(text, tokens)
