"""The extraction pipeline: ordered passes of named rules over a Document → an Extraction.

Contract for every pass: a pure function ``(doc: Document, ctx: Context) -> Iterable[fact]``
that yields model objects (Agreement, Event, Person, Organization, Partner, Fact,
Indicator), each with at least one Mention whose ``rule`` is the function's name and whose
span, cut from ``doc.text``, is the words it came from. Passes do not call each other:
the pipeline links facts afterwards by span containment (an agreement inside a
chronology bullet is signed at that event; a person inside a fact's bullet is named by it).
"""
