"""Noun phrases in any case: to the nominative for storage, to any case for writing.

A post or an organisation is a head noun with its agreeing adjectives, followed by
dependents that keep their own case: "Губернатором | Астраханской области",
"Могилевским областным Советом | депутатов". Only the head group is inflected, which is
what a person does and what a word-by-word lemma gets wrong ("Фонд Гейдар Алиев").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from liaison.text.morph import analyzer, parses

TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*|\s+|.", re.S)
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]")
DASHES = {"-", "–", "—"}
INDECLINABLE_ENDINGS = frozenset("оуюеэиыОУЮЕЭИЫ")
ADJECTIVE_TAGS = ("ADJF", "PRTF", "NUMR")
# Heads a place name agrees with ("городом Могилевом"); after "Республика" the name keeps
# its own form ("Республикой Беларусь", "Республикой Казахстан").
SETTLEMENTS = frozenset(
    {"город", "село", "посёлок", "поселок", "деревня", "станица", "аул", "хутор"}
)
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def nominative(phrase: str) -> str:
    """The phrase with its head group in the nominative singular.

    >>> nominative("Губернатором Астраханской области")
    'Губернатор Астраханской области'
    >>> nominative("Фондом Гейдара Алиева")
    'Фонд Гейдара Алиева'
    >>> nominative("Могилевским областным Советом депутатов")
    'Могилевский областной Совет депутатов'
    >>> nominative("Высшего Евразийского экономического совета")
    'Высший Евразийский экономический совет'
    >>> nominative("Совместным Белорусско-Узбекским межотраслевым институтом")
    'Совместный Белорусско-Узбекский межотраслевой институт'
    >>> nominative("городом Могилевом")
    'город Могилев'
    >>> nominative("вице-губернатором – председателем Правительства Астраханской области")
    'вице-губернатор – председатель Правительства Астраханской области'
    """
    return inflect(phrase, "nomn")


def inflect(phrase: str, case: str) -> str:
    """The phrase with its head group put into ``case`` (a pymorphy3 case tag).

    >>> inflect("Губернатор Астраханской области", "ablt")
    'Губернатором Астраханской области'
    >>> inflect("Чрезвычайный и Полномочный Посол Азербайджанской Республики", "ablt")
    'Чрезвычайным и Полномочным Послом Азербайджанской Республики'
    >>> inflect("Правительство Республики Беларусь", "gent")
    'Правительства Республики Беларусь'
    >>> inflect("Республика Казахстан", "ablt")
    'Республикой Казахстан'
    """
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}; use one of {', '.join(CASES)}")
    tokens = TOKEN.findall(phrase)
    out = list(tokens)
    i = head_group(tokens, 0, case, out)
    # "вице-губернатором – председателем ...": a second head joined by a dash.
    while i is not None:
        j = next_word(tokens, i + 1)
        if j is None or tokens[j] not in DASHES:
            break
        k = next_word(tokens, j + 1)
        if k is None or not is_noun_like(tokens[k]):
            break
        i = head_group(tokens, k, case, out)
    return "".join(out)


def head_group(tokens: list[str], begin: int, case: str, out: list[str]) -> int | None:
    """Inflect adjectives up to and including the first noun from ``begin``; its index."""
    pending: list[int] = []
    for i in range(begin, len(tokens)):
        token = tokens[i]
        if token.isspace() or token.lower() == "и" or token == ",":
            continue
        if not CYRILLIC_WORD.search(token) or is_abbreviation(token):
            return None
        noun = noun_parse(token)
        if noun is not None:
            agree(out, pending, i, noun, case)
            return inflect_apposition(tokens, i, noun, case, out)
        if not adjective_parses(token):
            return None
        pending.append(i)
    return None


def agree(out: list[str], adjectives: list[int], head: int, noun: Any, case: str) -> None:
    """Put the noun into ``case`` and make its adjectives agree with it."""
    number = "sing" if "sing" in noun.tag or case == "nomn" else "plur"
    new_noun = noun.inflect({case, number}) or noun.inflect({case})
    if new_noun is None:
        return
    out[head] = match_case(out[head], new_noun.word)
    gender = new_noun.tag.gender
    for i in adjectives:
        adj = agreeing_adjective(out[i], noun)
        grammemes = {case, number} | ({gender} if gender and number == "sing" else set())
        if case == "accs" and "anim" in new_noun.tag:
            grammemes.add("anim")
        new_adj = inflect_like(adj, grammemes, out[i]) if adj is not None else None
        if new_adj is not None:
            out[i] = match_case(out[i], new_adj)


def agreeing_adjective(word: str, noun: Any) -> Any:
    """The adjective reading of ``word`` that agrees with ``noun`` in case and number."""
    readings = adjective_parses(word)
    for p in readings:
        same = p.tag.case == noun.tag.case and p.tag.number == noun.tag.number
        if same and (noun.tag.number != "sing" or p.tag.gender in (None, noun.tag.gender)):
            return p
    return readings[0] if readings else None


def inflect_like(parse: Any, grammemes: set[str], original: str) -> str | None:
    """The form with ``grammemes`` closest in spelling to ``original``.

    A superlative's lexeme holds several stems: "высшего" must become "высший", not the
    "высочайший" that pymorphy3 would pick first.
    """
    if "Supr" not in parse.tag:
        new = parse.inflect(grammemes)
        return new.word if new is not None else None
    forms = [f.word for f in parse.lexeme if grammemes <= f.tag.grammemes]
    low = original.lower()
    return max(forms, key=lambda w: shared_prefix(w, low), default=None)


def shared_prefix(a: str, b: str) -> int:
    """How many leading letters two words share.

    >>> shared_prefix("высший", "высшего")
    4
    """
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def inflect_apposition(tokens: list[str], head: int, noun: Any, case: str, out: list[str]) -> int:
    """ "городом Могилевом" → "город Могилев": a place name in apposition follows its head."""
    j = next_word(tokens, head + 1)
    if j is None or not tokens[j][:1].isupper() or noun.normal_form not in SETTLEMENTS:
        return head
    old_case = noun.tag.case
    for p in analyzer().parse(tokens[j].lower()):
        if "Geox" in p.tag and p.tag.case == old_case:
            new = p.inflect({case})
            if new is not None:
                out[j] = match_case(tokens[j], new.word)
                return j
    return head


def next_word(tokens: list[str], begin: int) -> int | None:
    """Index of the next token that is not white space."""
    for i in range(begin, len(tokens)):
        if not tokens[i].isspace():
            return i
    return None


def is_abbreviation(token: str) -> bool:
    """ФГБОУ, АО, СЭЗ: written in capitals and not inflected."""
    return len(token) > 1 and token.isupper()


def is_noun_like(token: str) -> bool:
    """Whether a token may start a head group."""
    return bool(CYRILLIC_WORD.search(token)) and (
        noun_parse(token) is not None or bool(adjective_parses(token))
    )


@lru_cache(maxsize=50_000)
def noun_parse(word: str) -> Any:
    """The most likely parse of ``word`` as a common noun, or None if it is not a noun.

    A word written in lower case is no name, whatever the dictionary knows it as: 'хяким'
    and 'аким' are posts it has only as given names.

    A foreign name the dictionary does not know that ends in a vowel other than 'а', 'я'
    does not decline ('провинции Цзянсу', 'в Кутаиси'): no reading of it is guessed.

    >>> noun_parse("хяким").inflect({"gent"}).word, noun_parse("Хяким") is None
    ('хякима', True)
    >>> noun_parse("Цзянсу") is None, noun_parse("Тбилиси").inflect({"gent"}).word
    (True, 'тбилиси')
    """
    if word[-1:] in INDECLINABLE_ENDINGS and not analyzer().word_is_known(word.lower()):
        return None
    readings = parses(word.lower())
    best = readings[0]
    if "NOUN" not in best.tag:
        return None
    if {"Surn", "Name", "Patr"} & best.tag.grammemes and not word[:1].islower():
        return None
    # Prefer the singular reading: "Главы" is one head in the genitive, not many.
    for p in readings:
        if "NOUN" in p.tag and "sing" in p.tag and p.normal_form == best.normal_form:
            return p
    return best


@lru_cache(maxsize=50_000)
def adjective_parses(word: str) -> tuple[Any, ...]:
    """Every reading of ``word`` as an adjective, participle or ordinal, likeliest first."""
    return tuple(p for p in parses(word.lower()) if p.tag.POS in ADJECTIVE_TAGS)


def match_case(original: str, new: str) -> str:
    """Give ``new`` the capitalisation of ``original``.

    >>> match_case("Губернатором", "губернатор")
    'Губернатор'
    >>> match_case("ГУБЕРНАТОРОМ", "губернатор")
    'ГУБЕРНАТОР'
    >>> match_case("Белорусско-Узбекским", "белорусско-узбекский")
    'Белорусско-Узбекский'
    >>> match_case("Могилевским", "могилёвский")
    'Могилевский'
    """
    if "ё" not in original.lower():
        # Office texts rarely write ё; the dictionary always does.
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return new.upper()
    old_parts, new_parts = original.split("-"), new.split("-")
    if len(old_parts) != len(new_parts):
        old_parts, new_parts = [original], [new]
    # "Белорусско-Узбекским" → "Белорусско-Узбекский": each part keeps its capital.
    return "-".join(
        n[:1].upper() + n[1:] if o[:1].isupper() else n
        for o, n in zip(old_parts, new_parts, strict=True)
    )
