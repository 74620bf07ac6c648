"""Repair words typed in two scripts: a Latin letter inside a Cyrillic word and the reverse.

Office documents mix look-alike letters: ``Сaspian`` starts with a Cyrillic ``С``,
``Меморандум o сотрудничестве`` has a Latin ``o`` for the preposition. Search, lemmas and
names break on such words, so each one is written in the script of the rest of the word
(or, for a lone letter, of the words around it). The repair never changes the length of
the text, so offsets stay valid.
"""

from __future__ import annotations

import re

CYRILLIC_TWINS = "АВЕКМНОРСТУХаекорсухіјѕ"
LATIN_TWINS = "ABEKMHOPCTYXaekopcyxijs"
TO_LATIN = str.maketrans(CYRILLIC_TWINS, LATIN_TWINS)
TO_CYRILLIC = str.maketrans(LATIN_TWINS[:-3], CYRILLIC_TWINS[:-3])

CYR = "А-Яа-яЁёІіЈјЅѕ"
LAT = "A-Za-z"
MIXED_WORD = re.compile(rf"[^\W\d_]*(?:[{LAT}][{CYR}]|[{CYR}][{LAT}])[^\W\d_]*")
LATIN_RUN = re.compile(rf"[{LAT}]+")
CYRILLIC_RUN = re.compile(rf"[{CYR}]+")
CYRILLIC_ONLY = re.compile(rf"[{CYR}]")
# Letters of one script with no look-alike in the other: they say which script a word is.
LATIN_ONLY = re.compile(r"[DFGIJLNQRSUVWZbdfghijlmnqrstuvwz]")
CYRILLIC_NO_TWIN = re.compile(r"[БГДЁЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯбвгдёжзийлмнптфцчшщъыьэюя]")

# A lone Latin letter between Cyrillic words is a Russian one-letter word typed on the
# wrong layout (``o``, ``c``, ``B``). Roman numerals (X, V, I, L, M, D) stay as they are:
# ``в X Форуме`` is a tenth forum. Each pattern starts with its letter, so that the scan
# is quick, and the word before is checked on the few matches.
# The words around may stand on the lines before and after: a PDF wraps at any space.
LONE_LATIN = re.compile(rf"[aockyAOCKYB](?=[ \n][{CYR}])")
LONE_CYRILLIC = re.compile(rf"[аоесрхуАОСЕВНКМРТХ](?=[ \n][{LAT}])")
AFTER_CYRILLIC_WORD = re.compile(rf"(?:^|[{CYR}][,;:.]?[ \n])\Z")
AFTER_LATIN_WORD = re.compile(rf"(?:^|[{LAT}][,;:.]?[ \n])\Z")


def word_in_one_script(word: str, prefer_cyrillic: bool = True) -> str:
    """``word`` written in one script when its look-alike letters allow it.

    The letters that exist in one script only decide; when there are none, the script
    most of the word is in decides, then ``prefer_cyrillic``. A word with letters of both
    scripts that have no look-alike (a real mixture) is left as it is.

    >>> word_in_one_script("Сaspian")
    'Caspian'
    >>> word_in_one_script("сотрудничeство")
    'сотрудничество'
    >>> word_in_one_script("Яndex")
    'Яndex'
    """
    has_latin_only = LATIN_ONLY.search(word) is not None
    has_cyrillic_only = CYRILLIC_NO_TWIN.search(word) is not None
    if has_latin_only and has_cyrillic_only:
        return word
    if has_latin_only:
        to_latin = True
    elif has_cyrillic_only:
        to_latin = False
    else:
        cyrillic = len(CYRILLIC_ONLY.findall(word))
        latin = len(word) - cyrillic
        to_latin = latin > cyrillic or (latin == cyrillic and not prefer_cyrillic)
    repaired = word.translate(TO_LATIN if to_latin else TO_CYRILLIC)
    return repaired if MIXED_WORD.fullmatch(repaired) is None else word


def repair_mixed_scripts(text: str, prefer_cyrillic: bool = True) -> str:
    """``text`` with mixed-script words and lone look-alike letters repaired; same length.

    A lone Cyrillic letter between Latin words is repaired only in a mostly Latin text
    (``prefer_cyrillic`` false): Russian prose puts ``с`` and ``и`` between Latin names.

    >>> repair_mixed_scripts("Меморандум o сотрудничестве; Встреча c вице-губернатором")
    'Меморандум о сотрудничестве; Встреча с вице-губернатором'
    >>> repair_mixed_scripts("Сaspian Sea, а partner", prefer_cyrillic=False)
    'Caspian Sea, a partner'
    >>> repair_mixed_scripts("участие в X Форуме, B2B переговоры")
    'участие в X Форуме, B2B переговоры'
    """
    text = repair_mixed_words(text, prefer_cyrillic)
    text = repair_lone_letters(text, LONE_LATIN, AFTER_CYRILLIC_WORD, TO_CYRILLIC)
    if prefer_cyrillic:
        return text
    return repair_lone_letters(text, LONE_CYRILLIC, AFTER_LATIN_WORD, TO_LATIN)


def repair_mixed_words(text: str, prefer_cyrillic: bool) -> str:
    """``text`` with each word of mixed scripts written in one.

    Runs of the text's minority script are few, so only those are looked at: a run
    glued to a letter of the other script is part of a mixed word.
    """
    runs = LATIN_RUN if prefer_cyrillic else CYRILLIC_RUN
    pieces: list[str] = []
    done = 0
    for run in runs.finditer(text):
        start, end = word_around(text, *run.span())
        if start < done or (start, end) == run.span():
            continue
        pieces += [text[done:start], word_in_one_script(text[start:end], prefer_cyrillic)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole word that ``text[start:end]`` is part of."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def repair_lone_letters(
    text: str, letters: re.Pattern[str], context: re.Pattern[str], table: dict[int, int]
) -> str:
    """``text`` with each match of ``letters`` that ``context`` precedes put in ``table``."""

    def repair(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 3) : match.start()]
        is_word = match.start() == 0 or before.endswith("\n") or context.search(before)
        return match.group().translate(table) if is_word else match.group()

    return letters.sub(repair, text)
