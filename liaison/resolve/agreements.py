"""One agreement however many documents and languages name it.

An English page says "the Agreement between the Government of Astrakhan Region and the
Government of the Republic of Belarus on cooperation in trade and economic, scientific and
technical … spheres"; the Russian note lists "Соглашение между Правительством Астраханской
области … и Правительством Республики Беларусь о сотрудничестве в торгово-экономической,
научно-технической … сферах (2021 г.)". Same kind, same partner, the same subjects in two
languages: one agreement.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from liaison.data import TERMS_EN_RU, load_records
from liaison.model import Agreement, Extraction
from liaison.model.merge import union
from liaison.model.merges import Merge
from liaison.text.scripts import has_cyrillic

MIN_SHARED_TERMS = 3  # two titles sharing fewer subjects are not known to be one agreement


@cache
def term_stems() -> tuple[tuple[str, str, str], ...]:
    """(concept, English stem, Russian stem) for every shipped term."""
    return tuple((r["concept"], r["en"], r["ru"]) for r in load_records(TERMS_EN_RU))


def concepts(title: str) -> frozenset[str]:
    """The subjects a title names, in either language.

    >>> sorted(concepts("Agreement on trade and economic, cultural cooperation"))
    ['cultural', 'economic', 'trade']
    >>> sorted(concepts("Соглашение о торгово-экономическом и культурном сотрудничестве"))
    ['cultural', 'economic', 'trade']
    """
    low = title.lower()
    found = set()
    for concept, en, ru in term_stems():
        if re.search(rf"\b{re.escape(en)}", low) or ru in low:
            found.add(concept)
    return frozenset(found)


def is_translation_of(new: Agreement, known: Agreement) -> bool:
    """Whether two agreements in different languages are one: same kind, a common partner,
    no contradicting year, and at least MIN_SHARED_TERMS subjects in common."""
    if new.kind != known.kind or has_cyrillic(new.title) == has_cyrillic(known.title):
        return False
    if not set(new.partners) & set(known.partners):
        return False
    if new.signed and known.signed and new.signed[:4] != known.signed[:4]:
        return False
    return len(concepts(new.title) & concepts(known.title)) >= MIN_SHARED_TERMS


def fold_into(new: Agreement, known: Agreement) -> Agreement:
    """``new``'s sources added to ``known``, whose own wording and values stay."""
    return dataclasses.replace(
        known,
        mentions=new.mentions,
        entered_by=new.entered_by,
        entered_at=new.entered_at,
        partners=union(known.partners, new.partners),
        spheres=union(known.spheres, new.spheres),
    )


def resolve_agreements(extraction: Extraction, known: Sequence[Agreement]) -> Extraction:
    """The extraction with each agreement that translates exactly one known agreement folded
    into it; events that name the agreement follow it to its id."""
    return resolve_agreements_merging(extraction, known)[0]


def resolve_agreements_merging(
    extraction: Extraction, known: Sequence[Agreement]
) -> tuple[Extraction, list[Merge]]:
    """As ``resolve_agreements``, whichever language came first: the Russian wording is the
    agreement, so a known English one that a new Russian one translates merges into it."""
    renamed: dict[str, str] = {}
    agreements, merges = [], []
    for agreement in extraction.agreements:
        matches = [k for k in known if is_translation_of(agreement, k)]
        if len(matches) == 1 and not has_cyrillic(agreement.title):
            renamed[agreement.id] = matches[0].id
            agreement = fold_into(agreement, matches[0])
        elif len(matches) == 1:
            merges.append(
                Merge(
                    kind="agreement",
                    survivor=agreement.id,
                    absorbed=matches[0].id,
                    rule="translation",
                    is_folded=True,
                )
            )
            folded = fold_into(matches[0], agreement)
            agreement = dataclasses.replace(
                folded,
                mentions=agreement.mentions,
                entered_by=agreement.entered_by,
                entered_at=agreement.entered_at,
            )
        agreements.append(agreement)
    events = tuple(
        dataclasses.replace(e, agreements=tuple(renamed.get(a, a) for a in e.agreements))
        if renamed
        else e
        for e in extraction.events
    )
    extraction = dataclasses.replace(extraction, agreements=tuple(agreements), events=events)
    return extraction, merges
