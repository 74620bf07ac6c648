"""The extraction pipeline: ordered passes of named rules over a Document → an Extraction.

Contract for every pass: a pure function ``(doc: Document, ctx: Context) -> Iterable[fact]``
that yields model objects (Agreement, Event, Person, Organization, Partner, Fact,
Indicator), each with at least one Mention whose ``rule`` is the function's name and whose
span, cut from ``doc.text``, is the words it came from. Passes do not call each other:
the pipeline links facts afterwards by span containment (an agreement inside a
chronology bullet is signed at that event; a person inside a fact's bullet is named by it).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from liaison.extract import link, rules
from liaison.extract.context import Context
from liaison.extract.news import unplaced_dates
from liaison.model import (
    Agreement,
    Event,
    Extraction,
    Fact,
    Indicator,
    Organization,
    Partner,
    Person,
)
from liaison.model.merge import merge_same_id

__all__ = ["Context", "extract"]

Rule = Callable[..., Iterable[Any]]


def rules_for(lang: str) -> Sequence[Rule]:
    """The ordered passes for a language."""
    return rules.RULES_EN if lang == "en" else rules.RULES_RU


def run_rules(doc: Any, ctx: Context, rules: Sequence[Rule]) -> list[Any]:
    """Every object every rule yields, in rule order."""
    return [obj for rule in rules for obj in rule(doc, ctx)]


def extract(doc: Any, ctx: Context) -> Extraction:
    """Everything Liaison can read from one document, linked and merged."""
    found = merge_same_id(run_rules(doc, ctx, rules_for(doc.lang)))
    by_kind: dict[type, list[Any]] = defaultdict(list)
    for obj in found:
        by_kind[type(obj)].append(obj)
    linked = link.link_all(doc, by_kind, ctx.home)
    return Extraction(
        document=dataclasses.replace(doc, home=ctx.home.code),
        partners=tuple(linked[Partner]),
        agreements=tuple(linked[Agreement]),
        events=tuple(linked[Event]),
        persons=tuple(linked[Person]),
        organizations=tuple(linked[Organization]),
        facts=tuple(linked[Fact]),
        indicators=tuple(linked[Indicator]),
        unplaced=unplaced_dates(doc),
    )
