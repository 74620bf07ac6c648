"""The domain model, declared once: storage, the exchange JSON, its schema and the docs follow it.

Field names are the agreed exchange keys. ``metadata["doc"]`` explains a field and
``metadata["json"]`` renames it at the JSON edge where the key is a Python keyword.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from liaison.errors import InvalidFact
from liaison.model.vocab import (
    AgreementKind,
    AgreementStatus,
    BlockKind,
    ChangeAction,
    Direction,
    EventKind,
    PartnerLevel,
    Sphere,
)

MODEL = {"frozen": True, "slots": True, "kw_only": True}


def doc(text: str, **extra: Any) -> Any:
    """A dataclass field with its documentation; ``extra`` goes to ``field``.

    ``json`` renames the field at the JSON edge; ``ref`` says what its values name
    ('person', 'partner', 'agreement'), which a correction checks them against; ``form``
    names the shape of a text field ('year or date') that a correction parses it by.
    """
    metadata = {"doc": text}
    for key in ("json", "ref", "form"):
        if extra.get(key):
            metadata[key] = extra[key]
        extra.pop(key, None)
    return field(metadata=metadata, **extra)


@dataclass(**MODEL)
class Mention:
    """A span of a document's text that a fact was read from, and the rule that read it."""

    start: int = doc("Offset of the first character in the document's text.")
    end: int = doc("Offset just past the last character.")
    rule: str = doc("Name of the rule that found it.", default="")
    document: str | None = doc("Id of the document (set in the knowledge base).", default=None)

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise InvalidFact(
                f"mention span {self.start}..{self.end} is not a span",
                "start must be >= 0 and end >= start",
            )


@dataclass(**MODEL)
class Provenance:
    """Where a fact comes from: spans of documents, or a person who typed it."""

    mentions: tuple[Mention, ...] = doc("Spans the fact was read from.", default=())
    entered_by: str | None = doc("Who typed or corrected the fact by hand.", default=None)
    entered_at: datetime | None = doc("When it was typed or corrected.", default=None)

    def check_source(self, what: str) -> None:
        """Every fact names its source: at least one mention or a person."""
        if not self.mentions and not self.entered_by:
            raise InvalidFact(f"{what} has no mention and no author", "give it a source")


@dataclass(**MODEL)
class Block:
    """A structural unit of a document: title, heading, bullet, paragraph or table row."""

    kind: BlockKind = doc("What the block is.")
    start: int = doc("Offset of its first character in the text.")
    end: int = doc("Offset just past its last character.")
    level: int = doc("Nesting depth: 0 for top-level bullets and headings.", default=0)


@dataclass(**MODEL)
class Document:
    """A file or page as read: clean text, its structure and identity."""

    id: str = doc("Content hash of the bytes as read.")
    path: str = doc("Where it was read from.")
    title: str = doc("Title: the document's own, or its first heading.", default="")
    lang: str = doc("Language code: 'ru' or 'en'.", default="ru")
    published: date | None = doc("Publication date where the document states one.", default=None)
    text: str = doc("Clean text: NFC, Word leftovers removed, mixed scripts repaired.", default="")
    blocks: tuple[Block, ...] = doc("Structure: headings, bullets, paragraphs.", default=())
    source_offsets: tuple[tuple[int, int], ...] = doc(
        "Anchors (offset in text, offset in the raw text as read) where the two drift apart.",
        default=(),
    )
    format: str = doc("Format read: txt, docx, pdf or html.", default="txt")
    encoding: str | None = doc("Character encoding detected for text files.", default=None)
    supersedes: str | None = doc("Id of the earlier version of the same file.", default=None)
    ingested_at: datetime | None = doc("When it entered the knowledge base.", default=None)
    home: str | None = doc(
        "Code of the home region it was read for (RU-AST): the side its facts call 'home'.",
        default=None,
    )

    def __hash__(self) -> int:
        # Passes cache their work per document; the generated hash would walk every block
        # on each lookup, making a pass that asks once per fact quadratic in the length.
        # Strings keep their hash, so this costs the same for a page and for a book.
        return hash((self.id, self.path, self.text))

    def raw_offset(self, offset: int) -> int:
        """Map an offset in ``text`` back to the text as read.

        >>> d = Document(id="d", path="p", source_offsets=((5, 7), (10, 9)))
        >>> [d.raw_offset(at) for at in (0, 5, 9, 10, 12)]
        [0, 7, 11, 9, 11]
        """
        at = bisect.bisect_right(self.source_offsets, offset, key=lambda anchor: anchor[0])
        if at == 0:
            return offset
        anchor, raw = self.source_offsets[at - 1]
        return offset + raw - anchor


@dataclass(**MODEL)
class Home:
    """The region whose cooperation this is (configuration, not code): its names and cues."""

    name: str = doc("Russian name in the nominative.", default="Астраханская область")
    name_en: str = doc("English name.", default="Astrakhan Region")
    code: str = doc("ISO 3166-2 code.", default="RU-AST")
    country: str = doc("ISO 3166-1 alpha-2 code of its country.", default="RU")
    cues: tuple[str, ...] = doc(
        "Lemmatised word sequences that name the home side in any case or language.",
        default=("астраханский область", "астрахань", "astrakhan"),
    )


@dataclass(**MODEL)
class Period:
    """A span of years, such as 'на 2024–2026 гг.'."""

    from_: int | None = doc("First year.", json="from", default=None)
    to: int | None = doc("Last year.", default=None)


@dataclass(**MODEL)
class Partner(Provenance):
    """A foreign partner: a country, or a region, district or city inside one."""

    id: str = doc("ISO 3166 code (AZ, BY-MA) or the parent's code and a slug for a city.")
    name: str = doc("Russian name in the nominative.")
    name_en: str = doc("English name.", default="")
    level: PartnerLevel = doc("Country, region, district or city.", default=PartnerLevel.COUNTRY)
    country: str = doc("ISO 3166-1 alpha-2 code of the country it lies in.", default="")
    parent: str | None = doc("Id of the partner it lies in.", default=None, ref="partner")
    aliases: tuple[str, ...] = doc("Other names and word forms.", default=())


@dataclass(**MODEL)
class Position:
    """A post a person was seen holding, with the dates it was seen."""

    title: str = doc("The post, in the nominative: 'Губернатор Астраханской области'.")
    organization: str | None = doc("The organisation the post belongs to.", default=None)
    start: date | None = doc("First date the post was seen.", default=None)
    end: date | None = doc("Last date the post was seen.", default=None)


@dataclass(**MODEL)
class Person(Provenance):
    """A person, one however many cases, spellings and documents name them."""

    id: str = doc("Deterministic id.")
    name: str = doc("Canonical short form 'Фамилия И.О.'.")
    full_name: str | None = doc("Full name where some source gives it.", default=None)
    name_en: str | None = doc("Latin spelling.", default=None)
    gender: str | None = doc("'m' or 'f' where the forms tell.", default=None)
    aliases: tuple[str, ...] = doc(
        "Every form seen: cases, initials first, Latin, typos.", default=()
    )
    positions: tuple[Position, ...] = doc("Posts held, with the dates seen.", default=())
    partner: str | None = doc(
        "Partner id the person belongs to; null for the home side.", default=None, ref="partner"
    )

    def __post_init__(self) -> None:
        self.check_source(f"person {self.name!r}")


@dataclass(**MODEL)
class Organization(Provenance):
    """A government body, university, company, economic zone, business centre or association."""

    id: str = doc("Deterministic id.")
    name: str = doc("Name in the nominative.")
    kind: str = doc(
        "government, university, school, company, zone, centre, ngo, other.", default="other"
    )
    partner: str | None = doc(
        "Partner id it belongs to; null for the home side.", default=None, ref="partner"
    )
    aliases: tuple[str, ...] = doc("Other forms seen.", default=())

    def __post_init__(self) -> None:
        self.check_source(f"organization {self.name!r}")


@dataclass(**MODEL)
class Agreement(Provenance):
    """An agreement, memorandum, programme, plan, contract, declaration, roadmap or protocol."""

    id: str = doc("Deterministic id.")
    kind: AgreementKind = doc("What kind of document it is.")
    title: str = doc("Title as the source gives it.")
    parties: tuple[str, ...] = doc("Parties in the nominative.", default=())
    signed: str | None = doc(
        "Signing year '2011' or date '2021-12-07'.", default=None, form="year or date"
    )
    period: Period | None = doc("Years it covers.", default=None)
    status: AgreementStatus = doc(
        "In force, being implemented, signed, superseded.", default=AgreementStatus.UNKNOWN
    )
    replaces: str | None = doc("What it superseded, as the source says it.", default=None)
    partners: tuple[str, ...] = doc("Partner ids, finest level stated.", default=(), ref="partner")
    spheres: tuple[Sphere, ...] = doc("Spheres it covers.", default=())

    def __post_init__(self) -> None:
        self.check_source(f"agreement {self.title[:40]!r}")


@dataclass(**MODEL)
class Participant:
    """A person taking part in an event, with the post stated at that date."""

    name: str = doc("Canonical name 'Фамилия И.О.'.", ref="person")
    position: str | None = doc("Post in the nominative, as stated at the event.", default=None)
    role: str = doc("leader, participant, host, co-chair.", default="participant")
    side: str | None = doc("'home' or the partner id whose side they are on.", default=None)


@dataclass(**MODEL)
class Event(Provenance):
    """A dated contact: visit, meeting, forum, session, videoconference, fair, concert, signing."""

    id: str = doc("Deterministic id.")
    kind: EventKind = doc("What kind of contact.")
    start: date = doc("First day.")
    end: date = doc("Last day (equal to start for one day).")
    title: str = doc("The sentence that states it.", default="")
    direction: Direction = doc(
        "Incoming, outgoing, elsewhere or remote.", default=Direction.UNKNOWN
    )
    place: str | None = doc("Where it took place, in the nominative.", default=None)
    leader: str | None = doc(
        "Canonical name of the head of the delegation.", default=None, ref="person"
    )
    participants: tuple[Participant, ...] = doc("Everyone named, with posts.", default=())
    partners: tuple[str, ...] = doc("Partner ids, finest level stated.", default=(), ref="partner")
    spheres: tuple[Sphere, ...] = doc("Spheres it concerns.", default=())
    agreements: tuple[str, ...] = doc(
        "Ids of agreements signed at it.", default=(), ref="agreement"
    )

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidFact(
                f"event ends {self.end} before it starts {self.start}", "check the date range"
            )
        self.check_source(f"event {self.start}")


@dataclass(**MODEL)
class Fact(Provenance):
    """A statement of cooperation in a sphere, with its years."""

    id: str = doc("Deterministic id.")
    sphere: Sphere = doc("The sphere it belongs to.")
    text: str = doc("The statement as the source gives it.")
    years: tuple[int, ...] = doc("Years it names.", default=())
    organizations: tuple[str, ...] = doc("Organisations named, in the nominative.", default=())
    persons: tuple[str, ...] = doc("Canonical names of people named.", default=(), ref="person")
    partners: tuple[str, ...] = doc("Partner ids.", default=(), ref="partner")

    def __post_init__(self) -> None:
        self.check_source("fact")


@dataclass(**MODEL)
class Indicator(Provenance):
    """A figure: value and unit, as of a date or for a period, for a partner and scope."""

    id: str = doc("Deterministic id.")
    metric: str = doc("What is counted: trade_turnover, students, companies, events, visitors, …")
    value: float = doc("The number.")
    unit: str = doc("Unit as stated: 'компаний', 'граждан', 'USD', 'ед.'.", default="")
    as_of: date | None = doc("Date the figure holds at.", default=None)
    period: Period | None = doc("Years the figure covers.", default=None)
    partner: str | None = doc("Partner id.", default=None, ref="partner")
    scope: str | None = doc("What the figure is about, in words.", default=None)
    text: str = doc("The words it was read from.", default="")

    def __post_init__(self) -> None:
        if not math.isfinite(self.value):
            raise InvalidFact(
                f"indicator {self.metric!r} has value {self.value}",
                "a figure must be a finite number",
            )
        self.check_source(f"indicator {self.metric!r}")


@dataclass(**MODEL)
class Conflict:
    """A value one source gave for a fact's field that differs from the value kept."""

    fact_kind: str = doc("Kind of the fact: event, agreement, person, …")
    fact_id: str = doc("Id of the fact.")
    field: str = doc("Name of the field the sources disagree on.")
    value: Any = doc("The value the other source gave, as JSON.", default=None)
    document: str | None = doc("Id of the document that gave it.", default=None)


@dataclass(**MODEL)
class Change:
    """One entry of the audit log: who changed what in the knowledge base, when, from what
    to what (a correction, an undo, a review decision, a merge)."""

    id: str = doc("Id of the change: 'change:' and a hash of what it records.")
    at: datetime = doc("When it was made (UTC).")
    user: str = doc("Who made it.")
    action: ChangeAction = doc("What kind of change it is.")
    fact_kind: str = doc("Kind of the fact changed: event, agreement, person, …")
    fact_id: str = doc("Id of the fact changed.")
    field: str | None = doc("The field changed; null for the whole fact.", default=None)
    before: Any = doc(
        "The value before, as JSON (null for a fact that was not there).", default=None
    )
    after: Any = doc("The value after, as JSON (null for a fact taken out).", default=None)
    item: str | None = doc("Id of the review item it decides, if any.", default=None)
    undoes: str | None = doc("Id of the change it undoes, for an undo.", default=None)


@dataclass(**MODEL)
class Extraction:
    """Everything read from one document: the exchange format of `liaison extract --json`."""

    document: Document = doc("The document read.")
    partners: tuple[Partner, ...] = doc("Partners named.", default=())
    agreements: tuple[Agreement, ...] = doc("Agreements.", default=())
    events: tuple[Event, ...] = doc("Dated contacts.", default=())
    persons: tuple[Person, ...] = doc("People.", default=())
    organizations: tuple[Organization, ...] = doc("Organisations.", default=())
    facts: tuple[Fact, ...] = doc("Statements of cooperation by sphere.", default=())
    indicators: tuple[Indicator, ...] = doc("Figures.", default=())
    unplaced: tuple[str, ...] = doc(
        "Words of relative dates ('в пятницу', 'yesterday') the document gives no date to "
        "place: its events on those days are left out until a publication date is given.",
        default=(),
    )


@dataclass(**MODEL)
class KnowledgeBase:
    """The whole knowledge base: the shape of `liaison export --format json` and `import`."""

    documents: tuple[Document, ...] = doc("Every document ingested.", default=())
    partners: tuple[Partner, ...] = doc("Partners.", default=())
    agreements: tuple[Agreement, ...] = doc("Agreements.", default=())
    events: tuple[Event, ...] = doc("Dated contacts.", default=())
    persons: tuple[Person, ...] = doc("People.", default=())
    organizations: tuple[Organization, ...] = doc("Organisations.", default=())
    facts: tuple[Fact, ...] = doc("Statements of cooperation by sphere.", default=())
    indicators: tuple[Indicator, ...] = doc("Figures.", default=())
    conflicts: tuple[Conflict, ...] = doc(
        "Values sources disagree on, kept side by side.", default=()
    )
    changes: tuple[Change, ...] = doc(
        "The audit log: every change people made, oldest first.", default=()
    )


FACT_CLASSES: tuple[type, ...] = (Partner, Agreement, Event, Person, Organization, Fact, Indicator)
