"""Link facts found by separate rules: what lies inside a bullet belongs to that bullet's fact.

An agreement mentioned inside a chronology bullet was signed at that event; a person or an
organisation inside a sphere bullet is named by that fact; a fact that names no partner is
about the partner the whole note is about. A contact's partners are the foreign sides that
take part (the partners it names, its people's sides, a news text's own partner), never the
country that only hosts it ('встреча … в Ашхабаде (Туркмения)' is a contact with AZ).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from liaison.extract.directions import is_located
from liaison.extract.honoured import is_honoured
from liaison.extract.news import event_from_dated_sentence
from liaison.extract.partners import (
    document_hits,
    finest_partner,
    gazetteer,
    is_home,
    partner_mentioned,
    partner_of_document,
    partner_of_title,
)
from liaison.extract.positions import side_of
from liaison.extract.sides import side_in_words
from liaison.model import (
    Agreement,
    Document,
    Event,
    EventKind,
    Fact,
    Home,
    Indicator,
    Mention,
    Organization,
    Participant,
    Partner,
    Person,
)


def contains(outer: Mention, inner: Mention) -> bool:
    """Whether ``inner`` lies within ``outer``.

    >>> contains(Mention(start=0, end=10), Mention(start=2, end=5))
    True
    >>> contains(Mention(start=0, end=10), Mention(start=8, end=12))
    False
    """
    return outer.start <= inner.start and inner.end <= outer.end


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Facts of one kind and their mentions as (start, end, fact number), sorted by start,
    so that those inside a span are found by bisection, not by a scan of them all."""

    items: tuple[Any, ...]
    spans: tuple[tuple[int, int, int], ...]
    firsts: tuple[int, ...] = ()  # where each item is first mentioned


def index_mentions(items: Iterable[Any]) -> MentionIndex:
    """The index of ``items`` by the starts of their mentions."""
    listed = tuple(items)
    spans = sorted((m.start, m.end, n) for n, item in enumerate(listed) for m in item.mentions)
    firsts = tuple(min((m.start for m in item.mentions), default=0) for item in listed)
    return MentionIndex(listed, tuple(spans), firsts)


def inside(container: Any, index: MentionIndex) -> list[Any]:
    """The items with a mention inside one of the container's mentions, in text order.

    >>> az = Partner(id="AZ", name="Азербайджан", mentions=(Mention(start=8, end=12),))
    >>> by = Partner(id="BY", name="Беларусь", mentions=(Mention(start=2, end=5),))
    >>> event = Partner(id="UZ", name="Узбекистан", mentions=(Mention(start=0, end=10),))
    >>> [p.id for p in inside(event, index_mentions([az, by]))]
    ['BY']
    """
    return [item for item, _ in inside_with_starts(container, index)]


def inside_with_starts(container: Any, index: MentionIndex) -> list[tuple[Any, list[int]]]:
    """The items inside the container (as ``inside``), each with where its mentions there
    start; found by bisection, so the cost is that of the mentions inside, however many
    the items have in the whole document."""
    spans = index.spans
    starts: dict[int, list[int]] = {}
    for outer in container.mentions:
        at = bisect.bisect_left(spans, (outer.start,))
        while at < len(spans) and spans[at][0] <= outer.end:
            if spans[at][1] <= outer.end:
                starts.setdefault(spans[at][2], []).append(spans[at][0])
            at += 1
    order = sorted(starts, key=lambda n: (index.firsts[n], n))
    return [(index.items[n], starts[n]) for n in order]


def partners_of(container: Any, partners: MentionIndex, default: str | None) -> tuple[str, ...]:
    """The finest partners named inside a fact, or the note's partner when it names none."""
    named = tuple(finest_partner(p.id for p in inside(container, partners)))
    return named or ((default,) if default else ())


def side_of_person(person: Person, home: Home) -> str | None:
    """'home' when a post of the person names the home side, else the person's partner."""
    if any(side_of(p.title, home) == "home" for p in person.positions):
        return "home"
    return person.partner


def people_taking_part(
    event: Event, text: str, persons: MentionIndex, home: Home
) -> tuple[Participant, ...]:
    """The people named inside an event (news sentences), but not those only honoured or
    quoted there ('к 100-летию со дня рождения …'), each with a post and side."""
    found = []
    for person, starts in inside_with_starts(event, persons):
        if all(is_honoured(text, start) for start in starts):
            continue
        post = person.positions[0].title if person.positions else None
        first = min(starts)
        side = side_of_person(person, home) or side_in_words(text, first, home)
        found.append(Participant(name=person.name, position=post, side=side))
    return tuple(found)


def is_venue_abroad(text: str, starts: list[int], partner: Partner, own: str | None) -> bool:
    """Whether a partner is named inside an event (at ``starts``) only as where it took
    place ('в Ашхабаде (Туркмения)'), outside the country the document is about: a venue,
    not a side."""
    if own is None or partner.country == own:
        return False
    return all(is_located(text, start) for start in starts)


# A route written as its stops, 'маршрута Мумбаи – Бандар-Аббас – Астрахань': the words
# between the route and a place, and the dash after a place that is the first stop.
ROUTE_BEFORE = re.compile(
    r"(?:[Мм]аршрут|[Кк]оридор|[Rr]oute|[Cc]orridor)[а-яёa-z]*\s+«?([^.;,()]*)$"
)
DASH_AFTER = re.compile(r"[\w-]+(?:\s[А-ЯЁA-Z][\w-]*)*\s[–—-]\s")


def is_route_stop(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a stop of a route the words name.

    >>> t = "развитие маршрута Мумбаи – Бандар-Аббас – Астрахань и визит в Баку"
    >>> [is_route_stop(t, t.index(w)) for w in ("Мумбаи", "Бандар-Аббас", "Баку")]
    [True, True, False]
    """
    route = ROUTE_BEFORE.search(text, max(0, start - 120), start)
    if route is None:
        return False
    stops = route.group(1).split()
    if not stops:
        return DASH_AFTER.match(text, start) is not None
    return stops[-1] in "–—-" and all(w[0].isupper() or w in "–—-" for w in stops)


def is_waypoint(text: str, starts: list[int]) -> bool:
    """Whether a partner is named inside an event only as a stop of a route ('маршрута
    Мумбаи – Бандар-Аббас – Астрахань'): a way goods go, not a side."""
    return all(is_route_stop(text, start) for start in starts)


def contact_partners(
    event: Event, found: dict[type, MentionIndex], doc: Document, home: Home, default: str | None
) -> tuple[str, ...]:
    """The foreign sides of a contact, finest first: the partners it names other than a
    venue abroad or a route's stop, the partners of the people taking part, and for a news
    sentence naming nobody of a partner's side the document's own partner; the document's
    partner alone when nothing else tells."""
    gaz = gazetteer()
    own = gaz.partners[default].country if default in gaz.partners else None
    named = [
        p.id
        for p, starts in inside_with_starts(event, found[Partner])
        if not is_venue_abroad(doc.text, starts, p, own) and not is_waypoint(doc.text, starts)
    ]
    sides = [p.side for p in event.participants if p.side and p.side in gaz.partners]
    people = [s for s in sides if not is_home(s, home)]
    is_news = any(m.rule == event_from_dated_sentence.__name__ for m in event.mentions)
    # a news sentence is about the partner the title names; one naming nobody of a
    # partner's side, about the partner the document names most. A release whose title
    # names no partner may tell of several, each with its own people.
    told = not people or default == partner_of_title(doc, home)
    lead = [default] if default and is_news and told else []
    ids = finest_partner(lead + named + people)
    ids.sort(key=lambda i: gaz.partners[i].country != own)  # the document's partner first
    return tuple(ids) or ((default,) if default else ())


def link_event(
    event: Event, found: dict[type, MentionIndex], doc: Document, home: Home, default: str | None
) -> Event:
    """An event with the agreements signed at it, the people it names when no rule gave it
    participants (news sentences), and its partners: the sides taking part, not the venue."""
    agreements = [a.id for a in inside(event, found[Agreement])]
    if event.kind == EventKind.SIGNING:
        agreements += [a.id for a in found[Agreement].items if signed_within(a, event)]
    participants = event.participants or people_taking_part(event, doc.text, found[Person], home)
    event = dataclasses.replace(
        event,
        agreements=event.agreements or tuple(dict.fromkeys(agreements)),
        participants=participants,
    )
    partners = event.partners or contact_partners(event, found, doc, home, default)
    return dataclasses.replace(event, partners=partners)


def signed_within(agreement: Agreement, event: Event) -> bool:
    """Whether an agreement's signing date falls on the days of an event."""
    if agreement.signed is None or len(agreement.signed) != 10:
        return False
    return event.start.isoformat() <= agreement.signed <= event.end.isoformat()


def link_fact(fact: Fact, found: dict[type, MentionIndex], default: str | None) -> Fact:
    """A fact with the people, organisations and partners it names."""
    return dataclasses.replace(
        fact,
        persons=fact.persons or tuple(dict.fromkeys(p.name for p in inside(fact, found[Person]))),
        organizations=fact.organizations
        or tuple(dict.fromkeys(o.name for o in inside(fact, found[Organization]))),
        partners=fact.partners or partners_of(fact, found[Partner], default),
    )


def link_all(
    doc: Document, found: dict[type, list[Any]], home: Home | None = None
) -> dict[type, list[Any]]:
    """Every kind of fact, linked; the note's own partner fills what names none."""
    home = home or Home()
    default = partner_of_document(doc, home)
    linked = defaultdict(list, found)
    index: dict[type, MentionIndex] = {
        kind: index_mentions(found[kind]) for kind in (Agreement, Organization, Partner, Person)
    }
    linked[Event] = [link_event(e, index, doc, home, default) for e in found[Event]]
    linked[Fact] = [link_fact(f, index, default) for f in found[Fact]]
    linked[Agreement] = [
        a
        if a.partners
        else dataclasses.replace(a, partners=partners_of(a, index[Partner], default))
        for a in found[Agreement]
    ]
    # Figures take the note's own partner in their rule, which also knows a figure of
    # several partners at once is none's.
    linked[Partner] = [*found[Partner], *implied_partners_of(doc, linked, home)]
    return linked


def referenced_partners(linked: dict[type, list[Any]]) -> dict[str, Any]:
    """Every partner id a fact names, with the first fact naming it."""
    named: dict[str, Any] = {}
    for kind in (Agreement, Event, Fact):
        for item in linked[kind]:
            for pid in item.partners:
                named.setdefault(pid, item)
    for indicator in linked[Indicator]:
        if indicator.partner:
            named.setdefault(indicator.partner, indicator)
    return named


def implied_partners_of(doc: Document, linked: dict[type, list[Any]], home: Home) -> list[Partner]:
    """A Partner record for each partner a fact names only through an adjective
    ('Брестским областным исполнительным комитетом' → Брестская область), so that every id
    the facts use can be looked up; its mention is the implying word, else the fact."""
    have = {p.id for p in linked[Partner]}
    hits = {h.partner: h for h in reversed(document_hits(doc.text, home))}
    records = gazetteer().partners
    found = []
    for pid, item in referenced_partners(linked).items():
        if pid in have or pid not in records:
            continue
        hit = hits.get(pid)
        if hit is not None:
            found.append(partner_mentioned(hit, "partner_implied"))
        else:
            span = item.mentions[0]
            mention = Mention(start=span.start, end=span.end, rule="partner_implied")
            found.append(dataclasses.replace(records[pid], mentions=(mention,)))
    return found
