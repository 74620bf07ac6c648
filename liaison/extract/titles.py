"""Titles of agreements as a reader wants them: kind words in the nominative, the title's
own abbreviation period kept ("на 2024–2026 гг."), a superseded agreement named in the
nominative with its participle agreeing ("Соглашение, действовавшее с 1999 г.").
"""

from __future__ import annotations

import re
from typing import Any

from liaison.extract.spheres import masked
from liaison.text.phrases import (
    adjective_parses,
    inflect_like,
    match_case,
    nominative,
    noun_parse,
)
from liaison.text.scripts import has_cyrillic

# The bracket with a year or date right after a title: "(2011 г.)", "(подписано в 2021 г.
# …)", "(17 апреля 2023 г.)", "(24.05.2024)".
YEAR_PAREN = re.compile(r"\s*\(([^()]{0,40}?(?:19|20)\d\d[^()]*)\)")
STOP_PHRASES = re.compile(
    r",\s*между\s|;|\s(?:в\s+рамках|в\s+соответствии|в\s+ходе|на\s+полях|по\s+итогам"
    r"|is\s+being|are\s+being|making|which)\b"
    # What became of it, after the title: "… подписана 22 февраля 2022 г.", "… – действует",
    # ", подписанного в 2016 г.".
    r"|(?:\s+[–—-])?,?\s+(?:подписан[аоы]?|заключен[аоы]?|утвержден[аоы]?|действу(?:ет|ют)"
    r"|реализу(?:ется|ются))(?![а-яё])"
    r"|,\s*(?:подписанн|заключенн|утвержденн|действующ|реализуем)[а-яё]*\s"
    # a clause about it: "…, она реализуется", "…, который действует", ", it is in force"
    r"|,\s*(?:она|оно|он|они|котор[а-яё]+|it)\s"
)
PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|concluded)\b")
# A title that ends in an abbreviation keeps its period, even when it is also the sentence's.
ABBREVIATION_END = re.compile(
    r"(?<![А-Яа-яЁё])(?:гг?|г\.\s?г|им|др|обл|ст|тыс|млн|млрд|руб|т\.\s?[дп])\.$"
)
PARTICIPLE_AFTER = re.compile(r"(?P<head>[^,]+),(?P<space>\s+)(?P<word>[А-Яа-яЁё]+)")


def title_end(text: str, start: int, stop: int) -> int:
    """Where a title ends: before its year in brackets, a stop phrase or the sentence end."""
    ends = [stop]
    for paren in re.finditer(r"\(", text[start:stop]):
        if YEAR_PAREN.match(text, start + paren.start()):
            ends.append(start + paren.start())
            break
    if m := masked(text, start, stop).search(STOP_PHRASES, start, stop):
        ends.append(m.start())
    end = min(ends)
    kept = re.sub(r"(?:[\s,;:]+(?:и|and))?[\s,;:]*$", "", text[start:end])
    if kept.endswith(".") and not ABBREVIATION_END.search(kept):
        kept = kept[:-1]
    return start + len(kept)


def title_of(text: str, start: int, head_end: int, end: int) -> str:
    """The title as written, its kind words in the nominative: "Плана мероприятий" → "План …";
    on one line with single spaces, however a wrapped source spaced it.

    >>> title_of("Соглашения о  торгово-экономическом\\nсотрудничестве", 0, 10, 50)
    'Соглашение о торгово-экономическом сотрудничестве'
    """
    head = text[start:head_end]
    if has_cyrillic(head):
        head = nominative(head)
        head = head[:1].upper() + head[1:]
    return " ".join((head + PASSIVE.sub("", text[head_end:end])).split())


def nominative_title(phrase: str) -> str:
    """A title cited in another case, in the nominative, a participle after its comma
    agreeing with the head noun.

    >>> nominative_title("Соглашения, действовавшего с 1999 г.")
    'Соглашение, действовавшее с 1999 г.'
    >>> nominative_title("Плана мероприятий, утвержденного в 2020 г.")
    'План мероприятий, утвержденный в 2020 г.'
    >>> nominative_title("Договора о дружбе")
    'Договор о дружбе'
    """
    m = PARTICIPLE_AFTER.match(phrase)
    if m is None:
        return nominative(phrase)
    noun = next((n for n in map(noun_parse, m["head"].split()) if n is not None), None)
    participle = agreeing_participle(m["word"], noun) if noun is not None else None
    if noun is None or participle is None:
        return nominative(phrase)
    gender = noun.tag.gender
    grammemes = {"nomn", "sing"} | ({gender} if gender else set())
    new = inflect_like(participle, grammemes, m["word"])
    word = match_case(m["word"], new) if new else m["word"]
    return f"{nominative(m['head'])},{m['space']}{word}{phrase[m.end() :]}"


def agreeing_participle(word: str, noun: Any) -> Any:
    """The participle or adjective reading of ``word`` in the noun's case, number and gender."""
    for p in adjective_parses(word):
        same = p.tag.case == noun.tag.case and p.tag.number == noun.tag.number
        if same and p.tag.gender in (None, noun.tag.gender):
            return p
    return None
