"""Agreements, memoranda, programmes, plans, contracts, declarations, roadmaps, protocols
and working groups, wherever a note or a news text states one.

A kind word ("Соглашение", "Плана мероприятий", "Action Program") states an agreement when
its sentence says what became of it (действует, реализуется, подписано, signed, under) or
when it opens a bullet of the top list. In the chronology only a signing counts, dated by
the bullet's date. After "по реализации" or "в рамках" a kind word refers to an agreement
stated elsewhere and is skipped.

The id is kind, party keys and period (``agreement_id``): the top list's "Меморандум …
между муниципальным образованием «Городской округ город Астрахань» и городом Могилевом" and
the chronology's "Меморандума … между городами Астраханью и Могилевом" are one agreement;
agreements of the same partners differ by kind, an organisation party or period. A place
party is keyed by the partner it names or "home"/"home:city", an organisation by its lemmas
(``party_key``); without parties, the title's lemmas and signing year stand in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from liaison.extract.context import Context
from liaison.extract.facts import dates_in
from liaison.extract.parties import (
    BETWEEN,
    PARTY_STOP,
    REFERRING,
    parties_of,
    party_key,
    referred_parties,
)
from liaison.extract.partners import implied_partners, lemma_table, match_lemmas, tokens_between
from liaison.extract.spheres import Part, SectionKind, masked, parts, sentences, spheres_in
from liaison.extract.titles import YEAR_PAREN, nominative_title, title_end, title_of
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BlockKind,
    Document,
    Home,
    Mention,
    Period,
    make_id,
)
from liaison.text.morph import analyzer, lemmas

RULE = "agreements_from_text"
# Kind words (lemmas; "+" joins a phrase) and status words, in Russian and English.
KIND_WORDS = {
    AgreementKind.AGREEMENT: "соглашение agreement agreements",
    AgreementKind.MEMORANDUM: "меморандум memorandum",
    AgreementKind.PROGRAMME: "программа+мероприятие программа action+program action+programme "
    "program programme",
    AgreementKind.PLAN: "план+мероприятие план+действие action+plan plan+of+action",
    AgreementKind.CONTRACT: "договор treaty contract",
    AgreementKind.DECLARATION: "декларация declaration",
    AgreementKind.ROADMAP: "дорожный+карта roadmap road+map",
    AgreementKind.PROTOCOL: "протокол protocol",
    AgreementKind.WORKING_GROUP: "рабочий+группа working+group",
}
KIND_CUES = lemma_table(
    {tuple(w.split("+")): k for k, words in KIND_WORDS.items() for w in words.split()}
)
S = AgreementStatus
STATUS_WORDS = {
    S.IN_FORCE: "действовать under",
    S.BEING_IMPLEMENTED: "реализоваться реализовываться implemented",
    S.SIGNED: "подписать подписание подписывать заключить утвердить signed concluded",
}
STATUS_CUES = {w: status for status, words in STATUS_WORDS.items() for w in words.split()}
REFERENCE_WORDS = frozenset({"реализация", "рамка", "соответствие", "исполнение", "основа"})
CONTINUATION = re.compile(r"\s*,\s*(?=между\s)")
# dates.py reads "for 2023-2024" as the year 2023 ("for 2023" wins as the leftmost match).
YEARS_FOR = re.compile(r"\b(?:на|for)\s+((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?\b")
REPLACED = re.compile(r"взамен\s+([^()]+)")


@dataclass(frozen=True, slots=True)
class Clause:
    """One agreement stated by a sentence: where its kind word and title are, what befell it."""

    kind: AgreementKind
    start: int
    head_end: int
    end: int
    status: AgreementStatus
    signed: str | None
    title: str
    sentence: tuple[int, int]
    block: tuple[int, int] = (0, 0)
    is_referring: bool = False  # its sentence, up to the next kind word, says "между ними"


def kind_matches(text: str, start: int, end: int) -> list[tuple[int, int, AgreementKind]]:
    """Kind words in ``start..end`` outside quotes and not after "по реализации", "в рамках"."""
    toks = tokens_between(text, start, end)
    plain = masked(text, start, end)
    found = []
    for i, j, kind in match_lemmas(toks, KIND_CUES):
        if plain[toks[i].start] == "_" or (i and toks[i - 1].lemma in REFERENCE_WORDS):
            continue
        found.append((toks[i].start, toks[j - 1].end, kind))
    return found


def status_in(text: str, start: int, end: int) -> AgreementStatus:
    """The last status cue in ``text[start:end]``."""
    status = S.UNKNOWN
    for word in lemmas(text[start:end]):
        status = STATUS_CUES.get(word, status)
    return status


def signed_from_dates(text: str, start: int, end: int, published: date | None = None) -> str | None:
    """The first date or year in ``text[start:end]``: "2021-12-07" for a day, else "2021"."""
    for span in dates_in(text, start, end, published):
        value = span.value
        return value.start.isoformat() if value.precision == "day" else str(value.start.year)
    return None


def bullet_date(doc: Document, part: Part) -> str | None:
    """The date a chronology bullet or a news paragraph opens with (its first day)."""
    spans = dates_in(doc.text, part.start, min(part.end, part.start + 40))
    is_day = bool(spans) and spans[0].start <= part.start + 2 and spans[0].value.precision == "day"
    return spans[0].value.start.isoformat() if is_day else None


def signed_in_following(doc: Document, part: Part) -> str | None:
    """A date in the next blocks when they tell of the signing: news say "have signed …"
    in the lead and "The document was signed … on December 7" after it."""
    following = [p for p in parts(doc) if p.start >= part.end][:2]
    for nxt in following:
        if "signed" in doc.text[nxt.start : nxt.end]:
            return signed_from_dates(doc.text, nxt.start, nxt.end, doc.published)
    return None


def is_stated(part: Part, status: AgreementStatus) -> bool:
    """Whether a kind word with this status states an agreement in this part of the note."""
    if part.section == SectionKind.CHRONOLOGY:
        return status == S.SIGNED
    return status != S.UNKNOWN or (part.section == SectionKind.TOP and part.kind == "bullet")


@dataclass(slots=True)
class Lookback:
    """What a sentence says before its kind words: the last status cue and the first date,
    read once as the kind words are met in order. Looking back to the sentence's start for
    each of them cost time in the square of its length on a line of many agreements; a
    kind word starts a token and no date, so the stretches between them read the same."""

    text: str
    reached: int
    published: date | None = None
    status: AgreementStatus = S.UNKNOWN
    signed: str | None = None
    referring_reached: int = -1  # the sentence's start until read
    is_referring: bool = False

    def __post_init__(self) -> None:
        if self.referring_reached < 0:
            self.referring_reached = self.reached

    def refers_up_to(self, at: int) -> bool:
        """Whether the sentence up to ``at`` (the next kind word, or its end) only refers to
        the parties ("Между ними подписан …"), read on from where the last call stopped."""
        if at > self.referring_reached and not self.is_referring:
            found = REFERRING.search(self.text, self.referring_reached, at)
            self.is_referring = found is not None
        self.referring_reached = max(at, self.referring_reached)
        return self.is_referring

    def up_to(self, at: int) -> Lookback:
        """Read on to ``at`` (a kind word's start) and return itself."""
        if at > self.reached:
            status = status_in(self.text, self.reached, at)
            self.status = self.status if status == S.UNKNOWN else status
            if self.signed is None:
                self.signed = signed_from_dates(self.text, self.reached, at, self.published)
            self.reached = at
        return self


def signed_of(
    doc: Document, part: Part, sentence: tuple[int, int], before: Lookback, end: int
) -> str | None:
    """When it was signed: the chronology bullet's date, the year in brackets after the
    title, a date elsewhere in the sentence (``before`` the kind word, then after the
    title), else the date the block opens with."""
    text = doc.text
    dated = bullet_date(doc, part)
    if part.section == SectionKind.CHRONOLOGY and dated:
        return dated
    paren = YEAR_PAREN.match(text, end)
    if paren is not None:
        return signed_from_dates(text, paren.start(1), paren.end(1))
    return before.signed or signed_from_dates(text, end, sentence[1], doc.published) or dated


def clause_of(
    doc: Document,
    part: Part,
    sentence: tuple[int, int],
    match: tuple[int, int, AgreementKind],
    before: Lookback,
) -> Clause | None:
    """The agreement a kind word states (up to ``sentence[1]``), or None when it only names
    one; ``before`` reads what the sentence says before it."""
    text, (start, head_end, kind) = doc.text, match
    status = before.up_to(start).status
    if status == S.UNKNOWN:
        status = status_in(text, head_end, sentence[1])
    if not is_stated(part, status):
        return None
    end = title_end(text, start, sentence[1])
    signed = signed_of(doc, part, sentence, before, end)
    if signed is None and status == S.SIGNED and doc.lang == "en":
        signed = signed_in_following(doc, part)
    lead = text[max(sentence[0], start - PLURAL_LEAD) : start]
    if signed is None and states_many(lead, text[start:head_end]):
        # "Действуют соглашения о сотрудничестве между вузами…": a kind of work, not one
        # agreement the office could list; the sphere statement keeps it.
        return None
    title = title_of(text, start, head_end, end)
    block = (part.start, part.end)
    refers = before.refers_up_to(sentence[1])
    return Clause(kind, start, head_end, end, status, signed, title, sentence, block, refers)


PLURAL_VERB = re.compile(r"\b(?:[Дд]ействуют|[Рр]еализуются|[Пп]одписаны|[Зз]аключены)\s*$")
PLURAL_LEAD = 40  # characters before a kind word that may hold that verb


def states_many(before: str, head: str) -> bool:
    """Whether a clause speaks of agreements in the plural: 'Действуют соглашения …'.

    >>> states_many("Действуют ", "соглашения"), states_many("Действует ", "Соглашение")
    (True, False)
    """
    if is_plural(head):
        return True
    readings = analyzer().parse(head.split()[0].lower()) if head.split() else []
    is_nominative_plural = any({"plur", "nomn"} <= p.tag.grammemes for p in readings)
    return bool(PLURAL_VERB.search(before)) and is_nominative_plural


def is_plural(head: str) -> bool:
    """Whether the kind word is plural in every reading ('соглашения' may be a genitive).

    >>> is_plural("соглашения"), is_plural("Соглашение"), is_plural("agreements")
    (False, False, True)
    >>> is_plural("соглашений"), is_plural("меморандумы")
    (True, True)
    """
    word = head.split()[0].lower() if head.split() else ""
    if re.fullmatch(r"[a-z]+s", word):
        return True
    parses = [p for p in analyzer().parse(word) if "NOUN" in p.tag]
    return bool(parses) and all("plur" in p.tag for p in parses)


def continuations(text: str, clause: Clause, stop: int) -> Iterator[Clause]:
    """ ", между X и Z (2023 г.)" after a clause: one more agreement of the same kind each."""
    paren = YEAR_PAREN.match(text, clause.end)
    at = paren.end() if paren else clause.end
    while (m := CONTINUATION.match(text, at)) is not None:
        end = title_end(text, m.end(), stop)
        paren = YEAR_PAREN.match(text, end)
        signed = signed_from_dates(text, paren.start(1), paren.end(1)) if paren else None
        head = title_of(text, clause.start, clause.head_end, clause.head_end)
        title = f"{head} {text[m.end() : end]}"
        yield dataclasses.replace(
            clause, start=m.end(), head_end=m.end(), end=end, signed=signed, title=title
        )
        at = paren.end() if paren else end


def clauses_of(doc: Document, part: Part) -> Iterator[Clause]:
    """Every agreement the sentences of a block state."""
    for sentence in sentences(doc.text, part.start, part.end):
        matches = kind_matches(doc.text, *sentence)
        before = Lookback(doc.text, sentence[0], doc.published)
        for k, match in enumerate(matches):
            stop = matches[k + 1][0] if k + 1 < len(matches) else sentence[1]
            clause = clause_of(doc, part, (sentence[0], stop), match, before)
            if clause is not None:
                yield clause
                yield from continuations(doc.text, clause, stop)


def agreement_id(agreement: Agreement, home: Home, *extra: str) -> str:
    """Kind, party keys and period; the title's lemmas and signing year when no parties."""
    period = agreement.period
    years = f"{period.from_}-{period.to}" if period else ""
    if agreement.parties:
        keys = sorted({party_key(p, home) for p in agreement.parties})
        return make_id("agreement", agreement.kind, *keys, years, *extra)
    title = " ".join(lemmas(agreement.title))
    return make_id("agreement", agreement.kind, title, years, agreement.signed or "", *extra)


def subject_of(title: str) -> str:
    """The words of a title that say what it is about, without its parties' names."""
    between = BETWEEN.search(title)
    if between is None:
        return title
    about = PARTY_STOP.search(title, between.end())
    return title[: between.start()] + (title[about.start() :] if about else "")


def agreement_of(doc: Document, clause: Clause, home: Home) -> Agreement:
    """The Agreement a clause states, with partners and spheres from its words."""
    text = doc.text
    draft = Agreement(
        id="",
        kind=clause.kind,
        title=clause.title,
        parties=parties_of(text, clause.start, clause.end)
        or referred_parties(text, clause.block, clause.sentence, clause.is_referring),
        signed=clause.signed,
        period=period_in(text, clause.start, clause.end),
        status=clause.status,
        partners=tuple(
            implied_partners(text, home, clause.start, clause.end)
            or implied_partners(text, home, *clause.sentence)
        ),
        spheres=tuple(spheres_in(subject_of(clause.title))),
        mentions=(Mention(start=clause.start, end=clause.end, rule=RULE),),
    )
    return dataclasses.replace(draft, id=agreement_id(draft, home))


def period_in(text: str, start: int, end: int) -> Period | None:
    """The years a title covers: "на 2024–2026 гг.", "на 2023–2025 годы", "for 2022"."""
    if m := YEARS_FOR.search(text, start, end):
        return Period(from_=int(m.group(1)), to=int(m.group(2) or m.group(1)))
    for span in dates_in(text, start, end):
        value = span.value
        before = text[max(start, span.start - 4) : span.start]
        is_range = value.start.year != value.end.year and value.precision == "year"
        if is_range or (value.precision == "year" and re.search(r"(?:на|for)\s*$", before)):
            return Period(from_=value.start.year, to=value.end.year)
    return None


def superseded(doc: Document, clause: Clause, newer: Agreement, home: Home) -> Agreement | None:
    """The agreement a bullet says this one replaced: "(… взамен Соглашения, действовавшего
    с 1999 г.)" → an agreement of the same parties, superseded, signed that year."""
    paren = YEAR_PAREN.match(doc.text, clause.end)
    found = REPLACED.search(doc.text, paren.start(1), paren.end(1)) if paren else None
    if found is None:
        return None
    start, end = found.span(1)
    kinds = kind_matches(doc.text, start, end)
    older = dataclasses.replace(
        newer,
        kind=kinds[0][2] if kinds else newer.kind,
        title=nominative_title(doc.text[start:end]),
        signed=signed_from_dates(doc.text, start, end),
        period=None,
        status=S.SUPERSEDED,
        mentions=(Mention(start=start, end=end, rule=RULE),),
    )
    return dataclasses.replace(
        older, id=agreement_id(older, home, "superseded", older.signed or "")
    )


def agreements_from_text(doc: Document, ctx: Context) -> Iterator[Agreement]:
    """Every agreement the document states, one object per mention (merged by id later)."""
    for part in parts(doc):
        if part.section == SectionKind.TITLE or part.kind == BlockKind.HEADING:
            continue
        for clause in clauses_of(doc, part):
            agreement = agreement_of(doc, clause, ctx.home)
            older = superseded(doc, clause, agreement, ctx.home)
            if older is not None:
                yield older
                # As the source says it: "взамен Соглашения, действовавшего с 1999 г.".
                words = doc.text[older.mentions[0].start : older.mentions[0].end]
                agreement = dataclasses.replace(agreement, replaces=words)
            yield agreement
