"""What a Russian chronology sentence says beyond an event's fields, said in English.

A note's line names the forum or commission a delegation took part in ('в XI
Российско-Азербайджанском межрегиональном форуме') and goes on in further sentences ('Открытие
Астраханского делового центра в Баку.'). The fields of an event hold its kind, dates,
people and place, not these; so the English line is built from the fields and completed
from the Russian sentence: the gathering put into English by the glossary, every further
sentence the fields do not already say translated, or shown as the marked Russian original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.brief.glossary import word_lemmas
from liaison.brief.translate import (
    NameLookup,
    is_initial,
    joined,
    longest_entry,
    surname_nominatives,
    tokenize,
    translate_phrase,
)
from liaison.text.morph import analyzer

# A sentence of the line ends at a full stop before a capital, unless the stop closes an
# initial ('Бабушкиным И.Ю. Встреча' still ends there: the next word opens a clause).
SENTENCE_END = re.compile(r"(?<=[.])\s+(?=[А-ЯЁ«])")
INITIAL_END = re.compile(r"(?:^|[\s.])[А-ЯЁ]\.$")
# Abbreviations a name follows: 'в г. Астрахани', 'с. Махрузлу', 'им. Татищева'.
ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:г|с|им|ул|пос|обл|гг|р-н|долл|млн|млрд|тыс|руб)\.$")
# Words that end the name of a gathering: who led it, where and how it was held.
SPAN_ENDS = (("под",), ("во", "главе"), ("с", "участием"), ("в", "формате"), ("в", "режиме"),
             ("в", "рамках"), ("для", "участия"), ("в", "г"), ("на", "площадке"))  # fmt: skip
# Clauses whose content an event's fields already carry: its kind and the people met.
SAID_BY_FIELDS = frozenset({"визит", "встреча", "переговоры", "встречи"})
# Words a post named before a person does not reach back past.
POST_STOPS = frozenset(
    {"с", "со", "главе", "руководством", "председательством", "участием", "и", "встреча",
     "переговоры", "визит", "участие", ",", "(", ")"}
)  # fmt: skip
LEADS = (
    (("в", "рамках"), "within the framework of"),
    (("для", "участия", "в"), "to take part in"),
    (("для", "участия", "во"), "to take part in"),
)


@dataclass(frozen=True, slots=True)
class Gathering:
    """The gathering a clause names, in English, and the words that lead to it."""

    english: str
    lead: str
    is_translated: bool


def sentences(title: str) -> list[str]:
    """The sentences of a chronology line, without their full stops.

    >>> sentences("визит делегации во главе с Бабушкиным И.Ю. Встреча с Алиевым И.Г.")
    ['визит делегации во главе с Бабушкиным И.Ю.', 'Встреча с Алиевым И.Г.']
    """
    parts: list[str] = []
    for piece in SENTENCE_END.split(title.strip()):
        after_initial = parts and INITIAL_END.search(parts[-1]) and not opens_clause(piece)
        if parts and (after_initial or ABBREVIATION_END.search(parts[-1])):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.rstrip(" .") if not INITIAL_END.search(p) else p for p in parts if p.strip()]


def opens_clause(piece: str) -> bool:
    """Whether a piece opens with a noun of the kind that starts a clause ('Встреча')."""
    first = piece.split(" ", 1)[0]
    parses = analyzer().parse(first.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and "Surn" not in parses[0].tag


def gathering_in(clause: str, names: NameLookup | None = None) -> Gathering | None:
    """The forum, session or festival a clause names, in English; None when it names none.

    >>> gathering_in("участие в Десятом Российско-Азербайджанском межрегиональном форуме").english
    '10th Russian-Azerbaijani Interregional Forum'
    """
    tokens = tokenize(clause)
    for g in range(1, len(tokens)):
        entry, _ = longest_entry(tokens, g)
        if entry is None or entry.kind != "gathering":
            continue
        start = g
        while start > 0 and is_modifier(tokens[start - 1]):
            start -= 1
        end = next((k for k in range(g, len(tokens)) if ends_span(tokens, k)), len(tokens))
        span = joined(tokens[start:end])
        english = translate_phrase(span, names)  # the name of a gathering is a title
        return Gathering(english or span, lead_of(tokens[:start]), english is not None)
    return None


def ends_span(tokens: list[str], k: int) -> bool:
    """Whether the name of a gathering ends before ``tokens[k]``."""
    if tokens[k] == "(":
        return True
    low = [t.lower() for t in tokens[k : k + 2]]
    return any(low[: len(words)] == list(words) for words in SPAN_ENDS)


def is_modifier(token: str) -> bool:
    """An ordinal or adjective before a gathering: 'XI', '20-м', 'Десятом', 'Каспийского'."""
    if re.fullmatch(r"[IVXLC]+|\d+-[а-я]+", token):
        return True
    parses = analyzer().parse(token.lower())
    is_word = token.replace("-", "").isalpha()
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF") and is_word


def lead_of(before: list[str]) -> str:
    """How English joins the gathering: 'within the framework of', 'to take part in', 'in'."""
    low = tuple(t.lower() for t in before)
    for words, english in LEADS:
        if low[-len(words) :] == words:
            return english
    return "in"


def further_clauses_en(title: str, names: NameLookup | None = None) -> list[str]:
    """The sentences after the first that the fields do not say, each in English or as the
    marked Russian original; a meeting with the people the fields list is left out."""
    out = []
    for clause in sentences(title)[1:]:
        first = clause.split(" ", 1)[0]
        if word_lemmas(first) & SAID_BY_FIELDS and re.search(r"[А-ЯЁ]\.", clause):
            continue
        english = translate_phrase(clause, names, title=False)
        out.append(english if english is not None else f"[ru] {clause}")
    return out


def is_delegation(title: str) -> bool:
    """Whether the line's first sentence speaks of a delegation ('участие делегации …').

    >>> is_delegation("участие делегации Астраханской области в форуме")
    True
    """
    first = sentences(title)[0] if title.strip() else ""
    return any("делегация" in word_lemmas(w) for w in first.split()[:3])


def post_before(sentence: str, name: str) -> str | None:
    """The post a sentence writes before a person ('с хякимом Балканского велаята
    Аннаевым Р.Б.' → 'хякимом Балканского велаята'), in the sentence's case; None if it
    names none or the glossary cannot say it.

    >>> post_before("Переговоры с хякимом Балканского велаята Аннаевым Р.Б.", "Аннаев Р.Б.")
    'хякимом Балканского велаята'
    """
    surname, _, initials = name.partition(" ")
    tokens = tokenize(sentence)
    for j, token in enumerate(tokens):
        if surname not in surname_nominatives(token) or not is_initial(tokens, j + 1):
            continue
        if initials and tokens[j + 1] != initials[:1]:
            continue
        k = j
        while k > 0 and tokens[k - 1].lower() not in POST_STOPS:
            k -= 1
        post = joined(tokens[k:j])
        has_post = any(longest_entry(tokens, n)[0] for n in range(k, j) if is_post(tokens, n))
        if has_post and translate_phrase(post) is not None:
            return post
    return None


def is_post(tokens: list[str], n: int) -> bool:
    """Whether a glossary post ('консул', 'хяким') starts at ``tokens[n]``."""
    entry, _ = longest_entry(tokens, n)
    return entry is not None and entry.kind == "post"
