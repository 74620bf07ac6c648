"""The Russian-English glossary of notes: words and phrases keyed by their dictionary forms.

``liaison/data/glossary_en.tsv`` holds kinds of agreement, subjects, organisations, regions,
posts and gatherings with their English. Every Russian entry is lemmatised with pymorphy3
when loaded, and text is lemmatised before lookup, so one line serves every case and
number of a phrase ('Правительством', 'Правительства' → 'правительство'). The names of
partners (``partners.tsv``) and of Russia's regions and centres (``regions_ru.tsv``) join
it, so a place needs no line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import iuliia

from liaison.data import GLOSSARY_EN, NAMES_EN, PARTNERS, REGIONS_RU, load_records
from liaison.text.morph import analyzer

WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]+(?:[-–][A-Za-zА-Яа-яЁё0-9]+)*")

NOUN_KINDS = frozenset({"agreement", "subject", "organisation", "region", "post", "gathering"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One glossary line: its lemmas, its English and what it is."""

    key: tuple[str, ...]
    en: str
    kind: str
    is_adjective: bool = False


@dataclass(frozen=True, slots=True)
class Glossary:
    """Entries by their first lemma, longest first."""

    by_first: dict[str, tuple[Entry, ...]]

    def candidates(self, first: str) -> tuple[Entry, ...]:
        """Entries whose first lemma is ``first``, longest first."""
        return self.by_first.get(first, ())


@lru_cache(maxsize=50_000)
def word_lemmas(word: str) -> frozenset[str]:
    """Every dictionary form a word may have, and the word itself, lower-cased.

    >>> sorted(word_lemmas("области"))
    ['области', 'область']
    """
    low = word.lower().replace("ё", "е")
    forms = {low}
    if any("а" <= c <= "я" for c in low):
        forms |= {str(p.normal_form).replace("ё", "е") for p in analyzer().parse(low)[:4]}
    return frozenset(forms)


def key_of(phrase: str, *, as_written: bool = False) -> tuple[str, ...]:
    """A glossary key: the likeliest lemma of each word of a dictionary-form phrase, or
    the words as written (prepositions: 'им.' is no form of 'они').

    >>> key_of("Сельское хозяйство"), key_of("им.", as_written=True)
    (('сельский', 'хозяйство'), ('им',))
    """
    out = []
    for word in WORD.findall(phrase):
        low = word.lower().replace("ё", "е")
        parses = analyzer().parse(low) if any("а" <= c <= "я" for c in low) else []
        lemma = str(parses[0].normal_form).replace("ё", "е") if parses else low
        out.append(low if as_written else lemma)
    return tuple(out)


def is_adjective_phrase(phrase: str) -> bool:
    """Whether a phrase is an adjective ('торгово-экономический'), not a noun group."""
    last = WORD.findall(phrase)[-1].lower()
    parses = analyzer().parse(last)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


@cache
def glossary() -> Glossary:
    """The shipped glossary with the names of partners and Russian regions added."""
    entries: dict[tuple[str, ...], Entry] = {}
    for ru, en in place_adjectives():
        key = key_of(ru)
        entries.setdefault(key, Entry(key, en, "word", is_adjective=True))
    for ru, en in place_names():
        key = key_of(ru)
        if key:
            entries.setdefault(key, Entry(key, en, "region"))
    for row in load_records(GLOSSARY_EN):
        key = key_of(row["ru"], as_written=row["kind"] == "function")
        if key:
            adjective = row["kind"] != "function" and is_adjective_phrase(row["ru"])
            entries[key] = Entry(key, row["en"], row["kind"], adjective)
    grouped: dict[str, list[Entry]] = {}
    for entry in entries.values():
        grouped.setdefault(entry.key[0], []).append(entry)
    return Glossary({k: tuple(sorted(v, key=lambda e: -len(e.key))) for k, v in grouped.items()})


def place_names() -> list[tuple[str, str]]:
    """(Russian name, English name) of every partner and Russian region and centre."""
    pairs = []
    for row in load_records(PARTNERS):
        if row["name_en"]:
            pairs.append((row["name"], row["name_en"]))
            pairs += [(a.strip(), row["name_en"]) for a in row["aliases"].split(";") if a.strip()]
    for row in load_records(REGIONS_RU):
        pairs += [(row["name"], row["name_en"]), (row["capital"], row["capital_en"])]
    return [(ru, en) for ru, en in pairs if any("а" <= c.lower() <= "я" for c in ru)]


def place_adjectives() -> list[tuple[str, str]]:
    """('могилевский', 'Mogilev'): the adjective of a region, district or city, from its
    Russian name ('Могилевская область') or its lemmatised cues, said as its English name."""
    pairs = []
    for row in load_records(PARTNERS):
        if row["level"] == "country" or not row["name_en"]:
            continue
        english = row["name_en"].split()[0]
        cues = [c.split()[0] for c in row["adjectives"].split(";") if c.strip()]
        pairs += [(cue, english) for cue in cues if cue.endswith(("ий", "ый", "ой"))]
    for row in load_records(REGIONS_RU):
        first = row["name"].split()[0]
        if first.endswith(("ая", "ий", "ый")) and len(row["name"].split()) > 1:
            pairs.append((first, row["name_en"].split()[0]))
    return pairs


def name_part_en(word: str, kind: str) -> str:
    """A given name or surname as English spells it: 'Ильхам' → 'Ilham'.

    >>> name_part_en("Ильхам", "given"), name_part_en("Фарзалиев", "surname")
    ('Ilham', 'Farzaliyev')
    """
    return english_names()[kind].get(word) or str(iuliia.WIKIPEDIA.translate(word))


@cache
def english_names() -> dict[str, dict[str, str]]:
    """The gazetteer of English spellings by kind: person, given, surname."""
    table: dict[str, dict[str, str]] = {"person": {}, "given": {}, "surname": {}}
    for row in load_records(NAMES_EN):
        table.setdefault(row["kind"], {})[row["ru"]] = row["en"]
    return table
