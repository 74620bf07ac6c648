"""What a heading or a lead-in line of a note opens: agreements, spheres, contacts, figures.

Offices word their headings differently ("ХРОНОЛОГИЯ КОНТАКТОВ", "Перечень мероприятий",
"Договорно-правовая база", "Нормативная основа сотрудничества"), and some write no heading
at all, only a line that leads in to a list ("В 2024 году состоялись следующие контакты:").
So a section is told by the lemmatised cue words of ``data/sections.tsv``, never by exact
headings. Which sphere a sphere section is about is ``spheres``' business; this module
only says whether the line names a sphere-independent section, and which.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from liaison.data import SECTIONS, load_records
from liaison.extract.partners import LemmaKey, LemmaTable, lemma_key, lemma_table, match_lemmas
from liaison.extract.partners import tokens as word_tokens
from liaison.model import BlockKind
from liaison.text.morph import WORD, parses

# A lead-in line is a short paragraph; a longer one is a statement that happens to hold a cue.
MAX_LEAD_IN_CHARS = 160
# A label standing for a heading: two to five words ('Контакты последних лет.').
LABEL_WORDS = (2, 5)
VERB_PARTS = frozenset(("VERB", "PRTS", "PRTF", "INFN", "GRND"))
# An item is about an agreement when its kind word comes among its first words: after a
# status ("Действует Соглашение …") or after the party that concluded it ("Особой
# экономической зоной «Лотос» заключены соглашения …").
OPENING_WORDS = 8
MIN_AGREEMENT_ITEMS = 2


class SectionKind(StrEnum):
    """What part of a note a block belongs to."""

    TITLE = "title"
    TOP = "top"  # the agreements in force, a note's top list
    CONTAINER = "container"  # "Основные направления сотрудничества": spheres follow
    SPHERE = "sphere"
    CHRONOLOGY = "chronology"
    FIGURES = "figures"
    BACKGROUND = "background"


@dataclass(frozen=True, slots=True)
class Cue:
    """What a cue word opens, and how strongly it says so."""

    section: SectionKind
    is_over_spheres: bool
    is_in_text: bool


@cache
def section_cues() -> LemmaTable[Cue]:
    """The lemmatised cues of ``data/sections.tsv``."""
    cues: dict[LemmaKey, Cue] = {}
    for record in load_records(SECTIONS):
        cue = Cue(
            SectionKind(record["section"]),
            record["over_spheres"] == "yes",
            record["in_text"] == "yes",
        )
        for phrase in record["cues"].split(";"):
            key = lemma_key(phrase.strip())
            if key:
                cues.setdefault(key, cue)
    return lemma_table(cues)


def first_cue(text: str) -> Cue | None:
    """The cue that comes first in ``text``, or None.

    >>> first_cue("Перечень мероприятий").section, first_cue("Договорно-правовая база").section
    (<SectionKind.CHRONOLOGY: 'chronology'>, <SectionKind.TOP: 'top'>)
    >>> first_cue("В сфере культуры") is None
    True
    """
    for _, _, cue in match_lemmas(word_tokens(text), section_cues()):
        return cue
    return None


def is_lead_in(text: str) -> bool:
    """True for a paragraph that introduces a list: short, ending in a colon; or a label
    of a few words with no verb and no number, written as a sentence ('Контакты последних
    лет.').

    >>> is_lead_in("В 2024 году состоялись следующие контакты:"), is_lead_in("Визит.")
    (True, False)
    >>> is_lead_in("Контакты последних лет."), is_lead_in("Контакты продолжились.")
    (True, False)
    """
    if len(text) <= MAX_LEAD_IN_CHARS and text.rstrip().endswith(":"):
        return True
    words = WORD.findall(text)
    return (
        LABEL_WORDS[0] <= len(words) <= LABEL_WORDS[1]
        and not any(ch.isdigit() for ch in text)
        and not any(parses(w.lower())[0].tag.POS in VERB_PARTS for w in words)
    )


def heading_section(text: str, *, names_sphere: bool) -> SectionKind | None:
    """The section a heading opens by its cue words; None leaves it to the sphere words.

    ``names_sphere`` says whether the heading names a sphere, which outranks most cues.

    >>> heading_section("КОНТАКТЫ НА ВЫСОКОМ УРОВНЕ", names_sphere=False)
    <SectionKind.CHRONOLOGY: 'chronology'>
    >>> heading_section("Соглашения в сфере образования", names_sphere=True) is None
    True
    """
    cue = first_cue(text)
    if cue is None or (names_sphere and not cue.is_over_spheres):
        return None
    return cue.section


def opened_section(
    kind: BlockKind, text: str, *, names_sphere: bool, in_sphere: bool
) -> SectionKind | None:
    """The section a paragraph opens: a lead-in line with a cue, or a strong cue in text.

    Inside a sphere section a lead-in line ("Проведены следующие мероприятия:") lists that
    sphere's work and opens nothing, unless it names the chronology outright.

    >>> opened_section(BlockKind.PARAGRAPH, "В 2024 году состоялись следующие контакты:",
    ...                names_sphere=False, in_sphere=False)
    <SectionKind.CHRONOLOGY: 'chronology'>
    >>> opened_section(BlockKind.PARAGRAPH, "Тесные контакты поддерживаются по линии МИД.",
    ...                names_sphere=False, in_sphere=False) is None
    True
    """
    if kind is not BlockKind.PARAGRAPH:
        return None
    cue = first_cue(text)
    if cue is None or (names_sphere and not cue.is_over_spheres):
        return None
    if cue.is_in_text and len(text) < MAX_LEAD_IN_CHARS:
        return cue.section
    if is_lead_in(text) and not in_sphere:
        return cue.section
    return None


def opens_with_agreement(text: str) -> bool:
    """True for an item about an agreement: its first cue, among its first words, is an
    agreement's kind word.

    >>> opens_with_agreement("Меморандум о взаимопонимании между портами (2021 г.).")
    True
    >>> opens_with_agreement("Университетом заключены соглашения с тремя вузами (2023 г.).")
    True
    >>> opens_with_agreement("Прошли Дни культуры с участием коллективов обеих сторон в рамках "
    ...                      "Соглашения.")
    False
    """
    for first, _, cue in match_lemmas(word_tokens(text), section_cues()):
        return first < OPENING_WORDS and cue.section is SectionKind.TOP
    return False


def is_agreement_list(items: list[str]) -> bool:
    """True for a section's items that are mostly agreements: the list of the documents
    cooperation rests on, whatever words its heading uses.

    >>> is_agreement_list(["Соглашение о сотрудничестве (2017 г.).",
    ...                    "Меморандум о взаимопонимании (2021 г.)."])
    True
    >>> is_agreement_list(["Соглашение о сотрудничестве (2017 г.).", "Прошли ярмарки.",
    ...                    "Проведён форум."])
    False
    """
    agreements = sum(1 for text in items if opens_with_agreement(text))
    return agreements >= MIN_AGREEMENT_ITEMS and 2 * agreements > len(items)
