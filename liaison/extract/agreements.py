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

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from liaison.extract.context import Context
from liaison.extract.events import chronology_bullets
from liaison.extract.facts import dates_in
from liaison.extract.news import told_contacts
from liaison.extract.parties import (
    BETWEEN,
    PARTY_STOP,
    REFERRING,
    leading_parties,
    parties_of,
    party_key,
    referred_parties,
    subject_parties,
)
from liaison.extract.partners import implied_partners, lemma_table, match_lemmas, tokens_between
from liaison.extract.relative_dates import find_relative
from liaison.extract.spheres import Part, SectionKind, masked, parts, spheres_in, statements
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
from liaison.text.morph import analyzer, lemma, lemmas, words

RULE = "agreements_from_text"
# Kind words (lemmas; "+" joins a phrase) and status words, in Russian and English.
KIND_WORDS = {
    AgreementKind.AGREEMENT: "соглашение agreement agreements",
    AgreementKind.MEMORANDUM: "меморандум memorandum memoranda memorandums",
    AgreementKind.PROGRAMME: "программа+мероприятие программа action+program action+programme "
    "program programme",
    AgreementKind.PLAN: "план+мероприятие план+действие action+plan plan+of+action "
    "plan+of+events plan+of+joint+events plan+of+measures",
    AgreementKind.CONTRACT: "договор treaty treaties contract contracts",
    AgreementKind.DECLARATION: "декларация совместный+заявление declaration declarations "
    "joint+statement",
    AgreementKind.ROADMAP: "дорожный+карта roadmap roadmaps road+map",
    AgreementKind.PROTOCOL: "протокол protocol protocols",
    AgreementKind.WORKING_GROUP: "рабочий+группа working+group",
}
KIND_CUES = lemma_table(
    {tuple(w.split("+")): k for k, words in KIND_WORDS.items() for w in words.split()}
)
S = AgreementStatus
STATUS_WORDS = {
    S.IN_FORCE: "действовать действующий under force",  # 'remains in force'
    S.BEING_IMPLEMENTED: "реализоваться реализовываться implemented",
    S.SIGNED: "подписать подписание подписывать заключить утвердить принять signed concluded "
    "adopted",
}
STATUS_CUES = {w: status for status, words in STATUS_WORDS.items() for w in words.split()}
# Cues that tell the status of the agreement named after them, never of one before them:
# 'signed a plan … under the cooperation agreement' leaves the plan signed.
LEADING_CUES = frozenset(("under",))
REFERENCE_WORDS = frozenset({"реализация", "рамка", "соответствие", "исполнение", "основа"})
CONTINUATION = re.compile(r"\s*,\s*(?=между\s)")
# dates.py reads "for 2023-2024" as the year 2023 ("for 2023" wins as the leftmost match).
YEARS_FOR = re.compile(r"\b(?:на|for)\s+((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?\b")
REPLACED = re.compile(r"взамен\s+([^()]+)")


# The statuses an agreement stands in now, which outrank its signing told before it.
STANDING = frozenset((S.IN_FORCE, S.BEING_IMPLEMENTED))
# A number right before a kind word counts documents rather than naming one.
COUNTED = re.compile(r"\b\d+\s+(?:(?:new|more|further|новых|новые)\s+)?$", re.IGNORECASE)
WORTH = re.compile(r"\s+(?:worth|valued\s+at|на\s+сумму|стоимостью|общей\s+стоимостью)\b", re.I)


def is_counted_deals(text: str, start: int, head_end: int, kind: AgreementKind) -> bool:
    """Whether a kind word counts business deals, a figure rather than an agreement of
    cooperation: a number before contracts, or before deals of a stated worth ('14
    contracts worth 3.5 billion rubles'); 'подписаны 3 соглашения с A, B и C' still are
    agreements."""
    if not COUNTED.search(text, max(0, start - 16), start):
        return False
    return kind == AgreementKind.CONTRACT or WORTH.match(text, head_end) is not None


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


# "на основе Соглашения …, подписанного в 2016 г.": a reference that states the agreement.
# A participle of signing after a title: the agreement the title names was signed, and
# the date after it is its own ('на основе Соглашения …, подписанного в 2019 году').
SIGNED_PARTICIPLE = re.compile(
    r"\s*,?\s*(?:(?:подписанн|заключ[её]нн|утвержд[её]нн)[а-яё]*|(?:which\s+was\s+)?signed)\b",
    re.IGNORECASE,
)
# A passive of signing: 'was signed', 'had been jointly signed'.
PASSIVE_SIGNED_VERB = r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?signed\b"


def kind_matches(text: str, start: int, end: int) -> list[tuple[int, int, AgreementKind]]:
    """Kind words in ``start..end`` outside quotes and not after "по реализации", "в рамках"
    (unless a participle of signing follows: "на основе Соглашения …, подписанного в …")."""
    toks = tokens_between(text, start, end)
    plain = masked(text, start, end)
    found = []
    for i, j, kind in match_lemmas(toks, KIND_CUES):
        refers = i and toks[i - 1].lemma in REFERENCE_WORDS
        if refers and SIGNED_PARTICIPLE.search(text, toks[j - 1].end, end) is not None:
            refers = False
        quoted = plain[toks[i].start] == "_" and not is_quoted_kind(
            text, toks[i].start, toks[j - 1].end
        )
        if quoted or refers:
            continue
        found.append((toks[i].start, toks[j - 1].end, kind))
    return found


def is_quoted_kind(text: str, start: int, end: int) -> bool:
    """Whether the kind words are all a quote holds: 'Реализуется «дорожная карта» …' names
    a roadmap; a kind word inside a longer quoted name ('АНО «Центр Соглашение»') does not.

    >>> t = "Реализуется «дорожная карта» развития"
    >>> is_quoted_kind(t, 13, 27)
    True
    """
    return text[start - 1 : start] in OPENING_QUOTES and text[end : end + 1] in CLOSING_QUOTES


OPENING_QUOTES = frozenset('«"“„')
CLOSING_QUOTES = frozenset('»"”“')


def status_in(text: str, start: int, end: int, leading: bool = True) -> AgreementStatus:
    """The last status cue in ``text[start:end]`` ("приняли заявление" is one, "принял
    участие" is not, nor a signing still to come: "планируется подписание", "будет
    подписан", "is to be signed", "не подписан").

    >>> status_in("Планируется подписание Меморандума", 0, 34)
    <AgreementStatus.UNKNOWN: 'unknown'>
    >>> status_in("Меморандум подписан в 2023 г.", 0, 29)
    <AgreementStatus.SIGNED: 'signed'>
    >>> status_in("which was signed in 2004 and remains in force", 0, 45)
    <AgreementStatus.IN_FORCE: 'in_force'>
    """
    status = S.UNKNOWN
    raw = [w.lower() for w in words(text[start:end])]
    found = [lemma(w) for w in raw]
    for k, word in enumerate(found):
        if word == "принять" and found[k + 1 : k + 2] == ["участие"]:
            continue
        cue = STATUS_CUES.get(word)
        if not leading and word in LEADING_CUES:
            continue
        if cue is not None and is_to_come(raw[max(0, k - 3) : k], found[max(0, k - 3) : k]):
            continue
        status = cue or status
    return status


# Words before a status cue that put it in the future, or deny it: the agreement is not yet.
TO_COME_WORDS = frozenset(("будет", "будут", "будем", "не", "be", "will", "not"))
TO_COME_LEMMAS = frozenset(
    ("планироваться", "планировать", "предстоять", "намечаться", "наметить", "намечать",
     "предполагаться", "готовиться", "подготовка", "проект", "к", "plan", "expect", "prepare")
)  # fmt: skip


def is_to_come(raw: list[str], found: list[str]) -> bool:
    """Whether the few words before a status cue put it still to come (``TO_COME_WORDS``,
    ``TO_COME_LEMMAS``)."""
    return bool(TO_COME_WORDS.intersection(raw) or TO_COME_LEMMAS.intersection(found))


def signed_from_dates(
    text: str, start: int, end: int, published: date | None = None, periods: bool = True
) -> str | None:
    """The first date or year in ``text[start:end]``: "2021-12-07" for a day, else "2021";
    without ``periods``, a year a title covers is passed over ('a plan … for 2025-2026',
    'план на 2024–2026 годы': the period, not the signing)."""
    for span in dates_in(text, start, end, published):
        if not periods and PERIOD_BEFORE.search(text, max(0, span.start - 6), span.start):
            continue
        value = span.value
        return value.start.isoformat() if value.precision == "day" else str(value.start.year)
    return None


PERIOD_BEFORE = re.compile(r"\b(?:на|for)\s+$", re.IGNORECASE)


def bullet_date(doc: Document, part: Part) -> str | None:
    """The date a chronology bullet or a news paragraph opens with (its first day), as the
    chronology read it: a sub-item's day without a year is a day of the item above it."""
    bullets = chronology_bullets(doc)[0]
    at = bisect.bisect_right(bullets, part.start, key=lambda b: b.start) - 1
    bullet = bullets[at] if at >= 0 and part.start < bullets[at].end else None
    if bullet is not None and bullet.depth > 0 and bullet.dates.precision == "day":
        return bullet.dates.start.isoformat()
    spans = dates_in(doc.text, part.start, min(part.end, part.start + 40))
    is_day = bool(spans) and spans[0].start <= part.start + 2 and spans[0].value.precision == "day"
    return spans[0].value.start.isoformat() if is_day else None


def signed_in_following(doc: Document, part: Part) -> str | None:
    """A date in the next blocks when they tell of the signing: news say "have signed …"
    in the lead and "The document was signed … on December 7" after it. Only a signing
    told of the document itself ('The document was signed', 'They were signed') is this
    one: "the Declaration the two countries signed in 2022", "…, which was signed in 2004"
    are others'."""
    following = [p for p in parts(doc) if p.start >= part.end][:2]
    for nxt in following:
        told = PASSIVE_SIGNED.search(doc.text, nxt.start, nxt.end)
        if told is not None:
            return signed_from_dates(doc.text, nxt.start, nxt.end, doc.published)
    return None


PASSIVE_SIGNED = re.compile(
    r"\b(?:the\s+(?:documents?|agreements?|memorand(?:um|a)|plans?|programmes?|programs?"
    rf"|roadmaps?|protocols?|accords?)|it|they)\s+{PASSIVE_SIGNED_VERB}",
    re.IGNORECASE,
)


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
                self.signed = signed_from_dates(
                    self.text, self.reached, at, self.published, periods=False
                )
            self.reached = at
        return self


def signed_of(
    doc: Document, part: Part, sentence: tuple[int, int], before: Lookback, end: int
) -> str | None:
    """When it was signed: the chronology bullet's date, the year in brackets after the
    title, a date elsewhere in the sentence (``before`` the kind word, then after the
    title), else the date the block opens with, unless the sentence tells its own day in
    words relative to another."""
    text = doc.text
    dated = bullet_date(doc, part)
    if part.section == SectionKind.CHRONOLOGY and dated:
        return dated
    paren = YEAR_PAREN.match(text, end)
    if paren is not None:
        return signed_from_dates(text, paren.start(1), paren.end(1))
    if IN_FORCE_SINCE.match(text, end):
        return None  # "… действует с 2006 г.": in force since, the signing not stated
    # 'На следующий день стороны подписали …': the day the sentence tells, not the one its
    # block opened with (``signed_when_told`` places it)
    relative = doc.published is not None and any(find_relative(text, *sentence))
    # A participle right after the title dates it, whatever dates the sentence gave before
    # ('подписали план … на 2024–2026 годы по реализации соглашения …, подписанного в 2019 году')
    if SIGNED_PARTICIPLE.match(text, end):
        told = signed_from_dates(text, end, sentence[1], doc.published)
        if told is not None:
            return told
    return (
        before.signed
        or signed_from_dates(text, end, sentence[1], doc.published)
        or day_within(doc, before.reached, end)
        or (None if relative else dated)
    )


def day_within(doc: Document, start: int, end: int) -> str | None:
    """A day written inside what was read as the title ("signed a cooperation agreement in
    Atyrau on 12 April 2022"); years there are the period it covers, not its signing."""
    days = [d for d in dates_in(doc.text, start, end, doc.published) if d.value.precision == "day"]
    return days[0].value.start.isoformat() if days else None


IN_FORCE_SINCE = re.compile(r"\s*(?:[–—-]\s*)?действу(?:ет|ют)\s+с\s")


# Where an English title gives way to the place and day of its signing: "an action plan for
# 2024-2026 in Aktau on Monday, June 10", "… signed in Astrakhan on …".
EN_PLACE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?([A-Z][\w-]+)")
EN_DAY = re.compile(
    r"\s(?:on|last|this)\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
)


# Where an English title gives way to a clause about it: "the Declaration on Allied
# Interaction the two countries signed in 2022", "… which was signed in 2019", "memoranda
# of understanding signed in 2017".
EN_CLAUSE = re.compile(
    r"\s(?:(?:which|that)\b|(?:the\s+)?(?:two|both)\s+(?:countries|sides|regions|leaders)\b"
    r"|(?:they|it)\s+(?:signed|was|were)\b|(?:signed|concluded)\s+(?:in|on|at|last)\b)"
)


def english_title_end(doc: Document, start: int, end: int) -> int:
    """An English title cut before the place (a partner or the home region), the day it was
    signed and a clause about it."""
    ends = [end]
    if day := EN_DAY.search(doc.text, start, end):
        ends.append(day.start())
    if clause := EN_CLAUSE.search(doc.text, start, end):
        ends.append(clause.start())
    for place in EN_PLACE.finditer(doc.text, start, end):
        # A partner's name, or a capitalised word that closes the title ("… in Astrakhan.").
        closes = re.match(r"\s*(?:on\b|[,.;]|$)", doc.text[place.end() : end])
        if implied_partners(place.group(1), Home()) or closes:
            ends.append(place.start())
            break
    return min(ends)


# Words before a kind word that leave the document still to be made.
TO_BE_MADE = re.compile(
    r"\b(?:draw\s+up|to\s+(?:draft|prepare|develop|sign|conclude)|разработать|подготовить"
    r"|подписать|заключить)\s+(?:(?:a|an|the)\s+)?(?:new\s+|новую\s+|новый\s+|новое\s+)?$",
    re.IGNORECASE,
)
# A sentence that opens with its kind word and tells how the one just named was signed.
BACK_REFERENCE = re.compile(r"\s*(?:The|This|That)\s+")
PASSIVE_AFTER = re.compile(rf"\s+{PASSIVE_SIGNED_VERB}")


def clause_of(
    doc: Document,
    part: Part,
    sentence: tuple[int, int],
    match: tuple[int, int, AgreementKind],
    before: Lookback,
    lead: AgreementStatus = S.UNKNOWN,
) -> Clause | None:
    """The agreement a kind word states (up to ``sentence[1]``), or None when it only names
    one; ``before`` reads what the sentence says before it; ``lead`` is the status of the
    line that leads in to the item ("… действуют:")."""
    text, (start, head_end, kind) = doc.text, match
    if is_counted_deals(text, start, head_end, kind):
        return None  # 'signed 14 contracts worth 3.5 billion rubles': a count, a figure
    if TO_BE_MADE.search(text, max(sentence[0], start - 40), start):
        return None  # 'agreed to draw up a new plan', 'договорились разработать программу'
    if BACK_REFERENCE.fullmatch(text, sentence[0], start) and PASSIVE_AFTER.match(text, head_end):
        return None  # 'The memorandum was signed by …': the one the sentence before told of
    status = before.up_to(start).status
    after = status_in(text, head_end, sentence[1], leading=False)
    if status == S.UNKNOWN or (status == S.SIGNED and after in STANDING):
        # 'утверждена Программа …, она реализуется': what it is now, not what befell it
        status = after if after != S.UNKNOWN else status
    if status == S.UNKNOWN:
        status = lead
    if not is_stated(part, status):
        return None
    end = title_end(text, start, sentence[1])
    if doc.lang == "en":
        end = english_title_end(doc, start, end)
    signed = signed_of(doc, part, sentence, before, end)
    if signed is None and status == S.SIGNED and doc.lang == "en":
        signed = signed_in_following(doc, part)
    # "Действуют соглашения о сотрудничестве между вузами…" is one standing agreement of
    # that kind, with no year; "заключены соглашения с A, B и C (2023 г.)" is split by
    # partner later.
    title = title_of(text, start, head_end, end)
    block = (part.start, part.end)
    refers = before.refers_up_to(sentence[1])
    kind = treaty_kind(kind, title)
    return Clause(kind, start, head_end, end, status, signed, title, sentence, block, refers)


# What makes a 'договор' a treaty between states or regions rather than a contract.
TREATY = re.compile(
    r"treat(?:y|ies)|партн[её]рств|дружб|союзн|добрососедств|межгосударств|межправительств",
    re.IGNORECASE,
)


def treaty_kind(kind: AgreementKind, title: str) -> AgreementKind:
    """A contract that is a treaty (of partnership, friendship, alliance) is an agreement.

    >>> treaty_kind(AgreementKind.CONTRACT, "Договор о всеобъемлющем стратегическом партнёрстве")
    <AgreementKind.AGREEMENT: 'agreement'>
    >>> treaty_kind(AgreementKind.CONTRACT, "контракт на строительство терминала")
    <AgreementKind.CONTRACT: 'contract'>
    """
    if kind == AgreementKind.CONTRACT and TREATY.search(title):
        return AgreementKind.AGREEMENT
    return kind


PLURAL_VERB = re.compile(r"(?:ны|ли)\s+(?:[а-яё]+(?:ые|ие)\s+)?$")
PLURAL_LEAD = 40  # characters before a kind word that may hold that verb
# "соглашения о сотрудничестве в энергетике и о создании филиалов": one subject per "о".
AND_ABOUT = re.compile(r",?\s+и\s+(?=об?\s)")


def by_subject(text: str, clause: Clause) -> list[Clause]:
    """A plural kind word with subjects joined by "и о …" ("подписаны соглашения о
    сотрудничестве в энергетике и о создании филиалов вузов") states one agreement per
    subject; any other clause is one."""
    plain = masked(text, clause.head_end, clause.end)
    joins = list(plain.finditer(AND_ABOUT, clause.head_end, clause.end))
    before = text[max(clause.sentence[0], clause.start - PLURAL_LEAD) : clause.start]
    if not joins or not (
        is_plural(text[clause.start : clause.head_end]) or PLURAL_VERB.search(before)
    ):
        return [clause]
    head = title_of(text, clause.start, clause.head_end, clause.head_end)
    bounds = [clause.head_end, *(j.end() for j in joins)]
    ends = [*(j.start() for j in joins), clause.end]
    return [
        dataclasses.replace(clause, start=b, head_end=b, end=e, title=f"{head} {text[b:e].strip()}")
        for b, e in zip(bounds, ends, strict=True)
    ]


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
        if REFERRING.match(text, m.end()):
            return  # ", между ними подписан План": another agreement of the same parties
        end = title_end(text, m.end(), stop)
        paren = YEAR_PAREN.match(text, end)
        signed = signed_from_dates(text, paren.start(1), paren.end(1)) if paren else None
        head = title_of(text, clause.start, clause.head_end, clause.head_end)
        title = f"{head} {text[m.end() : end]}"
        yield dataclasses.replace(
            clause, start=m.end(), head_end=m.end(), end=end, signed=signed, title=title
        )
        at = paren.end() if paren else end


def clauses_of(doc: Document, part: Part, lead: AgreementStatus = S.UNKNOWN) -> Iterator[Clause]:
    """Every agreement the sentences of a block state."""
    for sentence in statements(doc.text, part.start, part.end):
        matches = kind_matches(doc.text, *sentence)
        before = Lookback(doc.text, sentence[0], doc.published)
        for k, match in enumerate(matches):
            stop = matches[k + 1][0] if k + 1 < len(matches) else sentence[1]
            clause = clause_of(doc, part, (sentence[0], stop), match, before, lead)
            if clause is not None:
                yield from by_subject(doc.text, clause)
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
    subject = subject_parties(text, clause.sentence[0], clause.start)
    named = (
        parties_of(text, clause.start, clause.end)
        or leading_parties(text, clause.sentence[0], clause.start)
        or referred_parties(text, clause.block, clause.sentence, clause.is_referring)
    )
    draft = Agreement(
        id="",
        kind=clause.kind,
        title=clause.title,
        parties=tuple(dict.fromkeys((*subject, *named))),
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


def one_per_partner(
    agreement: Agreement, home: Home, subject: tuple[str, ...] = ()
) -> list[Agreement]:
    """ "заключены соглашения о сотрудничестве с A, B и C (2023 г.)": one agreement of the
    home side (the subject of the signing, else the parties naming no foreign partner) with
    each partner the sentence lists (a party naming several places, "с компаниями из
    Мумбаи, Ченнаи и Ахмадабада", gives one per place); else the agreement."""
    home_side = list(subject) or [p for p in agreement.parties if is_home_party(p, home)]
    others = [p for p in agreement.parties if p not in home_side]
    units = [(p, code) for p in others for code in (implied_partners(p, home) or [""])]
    # "Заключены соглашения … с городами A и B": the home side goes without saying.
    with_listed = WITH_LIST.search(agreement.title) is not None
    if not (home_side or with_listed) or len(units) < 2:
        return [agreement]
    # A party that names no place of its own ("Белорусско-Российский университет") is of
    # the country the others are in.
    countries_named = tuple(dict.fromkeys(p.split("-")[0] for p in agreement.partners))
    found = []
    for party, code in units:
        single = dataclasses.replace(
            agreement,
            parties=(*home_side, party),
            partners=(code,) if code else countries_named,
        )
        found.append(dataclasses.replace(single, id=agreement_id(single, home, code)))
    return found


WITH_LIST = re.compile(r"^(?!.*\b(?:между|between)\b).*\s(?:с|with)\s", re.IGNORECASE)


def is_home_party(party: str, home: Home) -> bool:
    """A party of the home side: it names the home region or no foreign partner at all."""
    return party_key(party, home).startswith("home") or not implied_partners(party, home)


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
    stated: list[tuple[Agreement, bool]] = []
    lead, previous = S.UNKNOWN, ""
    for part in parts(doc):
        words = doc.text[part.start : part.end].rstrip()
        if part.kind == BlockKind.PARAGRAPH and words.endswith(":"):
            lead, previous = status_in(doc.text, part.start, part.end), words
            continue
        # Items under a lead-in line: bullets, or plain lines each ending in ";" but the last.
        is_item = part.kind in (BlockKind.BULLET, BlockKind.SUBBULLET) or (
            part.kind == BlockKind.PARAGRAPH and previous.endswith((":", ";"))
        )
        previous = words
        if not is_item:
            lead = S.UNKNOWN
        if part.section == SectionKind.TITLE or part.kind == BlockKind.HEADING:
            continue
        in_chronology = part.section == SectionKind.CHRONOLOGY
        for clause in clauses_of(doc, part, lead):
            agreement = agreement_of(doc, clause, ctx.home)
            older = superseded(doc, clause, agreement, ctx.home)
            if older is not None:
                stated.append((older, in_chronology))
                # As the source says it: "взамен Соглашения, действовавшего с 1999 г.".
                words = doc.text[older.mentions[0].start : older.mentions[0].end]
                agreement = dataclasses.replace(agreement, replaces=words)
            subject = subject_parties(doc.text, clause.sentence[0], clause.start)
            split = one_per_partner(agreement, ctx.home, subject)
            stated.extend((a, in_chronology) for a in split)
    for agreement in same_as_listed(doc.text, stated):
        yield signed_when_told(doc, agreement)


def signed_when_told(doc: Document, agreement: Agreement) -> Agreement:
    """A signing a news item tells without a date ("The next day … signed a memorandum",
    "По итогам заседания подписали протокол") was signed on the day of the contact told in
    that sentence; failing one, in the year the item was published."""
    if agreement.signed is not None or agreement.status != S.SIGNED or not doc.published:
        return agreement
    at = agreement.mentions[0].start
    told = next((t for t in told_contacts(doc)[0] if any(s <= at < e for s, e in t.spans)), None)
    if told is not None:
        days = told.dates
        signed = days.start.isoformat() if days.start == days.end else str(days.start.year)
    elif any(p.section == SectionKind.CHRONOLOGY for p in parts(doc)):
        return agreement  # a note: its chronology dates what it signed
    else:
        signed = str(doc.published.year)
    return dataclasses.replace(agreement, signed=signed)


def same_as_listed(text: str, stated: list[tuple[Agreement, bool]]) -> list[Agreement]:
    """A signing in the chronology of an agreement the note lists before ("подписание
    Меморандума о взаимопонимании между университетами" after the top list's "Меморандум о
    взаимопонимании между Астраханским государственным университетом и …") takes the
    listed one's id: same kind, partner and period, its words among the listed one's in
    order, and no party of its own named (none, or only common nouns)."""
    found = []
    for i, (agreement, in_chronology) in enumerate(stated):
        unnamed = all(not any(c.isupper() for c in p) for p in agreement.parties)
        # Outside a chronology the section may not have been recognised: a bare title
        # ("подписание Плана мероприятий по …") after the listed one is the same.
        bare = not agreement.parties and agreement.period is None and is_signing(text, agreement)
        if unnamed and (in_chronology or bare):
            listed = next(
                (
                    a
                    for a, chron in stated[:i]
                    if not chron
                    and is_listed_as(agreement, a)
                    and (in_chronology or same_year(agreement.signed, a.signed))
                ),
                None,
            )
            if listed is not None:
                agreement = dataclasses.replace(agreement, id=listed.id)
        found.append(agreement)
    return found


SIGNING_OF = re.compile(r"(?:подписани[еяю]|signing\s+of(?:\s+the)?)\s*$", re.IGNORECASE)


def is_signing(text: str, agreement: Agreement) -> bool:
    """Whether a mention tells the signing of an agreement named by its title only
    ("подписание Плана мероприятий по …")."""
    start = agreement.mentions[0].start
    return SIGNING_OF.search(text, max(0, start - 30), start) is not None


def is_listed_as(signing: Agreement, listed: Agreement) -> bool:
    """Whether a chronology's signing names the agreement ``listed`` (see ``same_as_listed``)."""
    # A signing's partner may be the note's own, filled in later: none is no difference.
    other_partner = signing.partners and countries(signing.partners) != countries(listed.partners)
    other_period = signing.period and listed.period and signing.period != listed.period
    if signing.kind != listed.kind or other_partner or other_period:
        return False
    words, listed_words = subject_words(signing.title), subject_words(listed.title)
    rest = iter(listed_words)
    return bool(words) and words[0] == listed_words[0] and all(w in rest for w in words)


def same_year(signed: str | None, listed: str | None) -> bool:
    """Whether a bare mention may be the listed agreement: no year of its own, or the same
    ("прежнее соглашение, подписанное в 2013 году" is not the one signed today)."""
    return signed is None or signed[:4] == (listed or "")[:4]


def subject_words(title: str) -> list[str]:
    """The lemmas of what a title is about, without its parties, years and "гг."."""
    return [w for w in lemmas(subject_of(title)) if w.isalpha() and w not in ("г", "гг", "год")]


def countries(partners: tuple[str, ...]) -> set[str]:
    """The countries of partner ids: "KZ-ATY" → "KZ"."""
    return {p.split("-")[0] for p in partners}
