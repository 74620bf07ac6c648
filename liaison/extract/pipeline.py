"""The extraction pipeline: ordered passes of named rules over a Document → an Extraction.

Contract for every pass: a pure function ``(doc: Document, ctx: Context) -> Iterable[fact]``
that yields model objects (Agreement, Event, Person, Organization, Partner, Fact,
Indicator), each with at least one Mention whose ``rule`` is the function's name and whose
span, cut from ``doc.text``, is the words it came from. Passes do not call each other:
the pipeline links facts afterwards by span containment (an agreement inside a
chronology bullet is signed at that event; a person inside a fact's bullet is named by it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from liaison.model import Home


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What every rule may consult besides the document: the home side."""

    home: Home = field(default_factory=Home)
