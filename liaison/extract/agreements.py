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
    parties_of,
    party_key,
    referred_parties,
    subject_parties,
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
from liaison.text.morph import lemmas

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


# "на основе Соглашения …, подписанного в 2016 г.": a reference that states the agreement.
SIGNED_PARTICIPLE = re.compile(r",\s*(?:подписанн|заключенн|утвержденн)[а-яё]*\s")


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
        if plain[toks[i].start] == "_" or refers:
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


def signed_of(
    doc: Document, part: Part, sentence: tuple[int, int], start: int, end: int
) -> str | None:
    """When it was signed: the chronology bullet's date, the year in brackets after the
    title, a date elsewhere in the sentence, else the date the block opens with."""
    text = doc.text
    dated = bullet_date(doc, part)
    if part.section == SectionKind.CHRONOLOGY and dated:
        return dated
    paren = YEAR_PAREN.match(text, end)
    if paren is not None:
        return signed_from_dates(text, paren.start(1), paren.end(1))
    if IN_FORCE_SINCE.match(text, end):
        return None  # "… действует с 2006 г.": in force since, the signing not stated
    begin = sentence[0]
    for m in YEAR_SENTENCE_END.finditer(text, sentence[0], start):
        begin = m.end()
    return (
        signed_from_dates(text, begin, start, doc.published)
        or signed_from_dates(text, end, sentence[1], doc.published)
        or dated
    )


IN_FORCE_SINCE = re.compile(r"\s*(?:[–—-]\s*)?действу(?:ет|ют)\s+с\s")
# "…, подписанного в 2016 г. В его развитие реализуется План": the sentence splitter keeps
# "г. В" together (it may be "г. Астрахань"); a year after "в" and a capital end a sentence.
YEAR_SENTENCE_END = re.compile(r"(?<=[а-яё,])\s+в\s+(?:19|20)\d\d\s*гг?\.\s+(?=[А-ЯЁ])")


def clause_of(
    doc: Document,
    part: Part,
    sentence: tuple[int, int],
    match: tuple[int, int, AgreementKind],
    lead: AgreementStatus = S.UNKNOWN,
) -> Clause | None:
    """The agreement a kind word states (up to ``sentence[1]``), or None when it only names
    one; ``lead`` is the status of the line that leads in to the item ("… действуют:")."""
    text, (start, head_end, kind) = doc.text, match
    status = status_in(text, sentence[0], start)
    if status == S.UNKNOWN:
        status = status_in(text, head_end, sentence[1])
    if status == S.UNKNOWN:
        status = lead
    if not is_stated(part, status):
        return None
    end = title_end(text, start, sentence[1])
    signed = signed_of(doc, part, sentence, start, end)
    if signed is None and status == S.SIGNED and doc.lang == "en":
        signed = signed_in_following(doc, part)
    # "Действуют соглашения о сотрудничестве между вузами…" is one standing agreement of
    # that kind, with no year; "заключены соглашения с A, B и C (2023 г.)" is split by
    # partner later.
    title = title_of(text, start, head_end, end)
    block = (part.start, part.end)
    return Clause(kind, start, head_end, end, status, signed, title, sentence, block)


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


def clauses_of(doc: Document, part: Part, lead: AgreementStatus = S.UNKNOWN) -> Iterator[Clause]:
    """Every agreement the sentences of a block state."""
    for sentence in sentences(doc.text, part.start, part.end):
        matches = kind_matches(doc.text, *sentence)
        for k, match in enumerate(matches):
            stop = matches[k + 1][0] if k + 1 < len(matches) else sentence[1]
            clause = clause_of(doc, part, (sentence[0], stop), match, lead)
            if clause is not None:
                yield clause
                yield from continuations(doc.text, clause, sentence[1])


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
    named = parties_of(text, clause.start, clause.end) or referred_parties(
        text, clause.block, clause.sentence
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


def one_per_partner(agreement: Agreement, home: Home) -> list[Agreement]:
    """ "заключены соглашения о сотрудничестве с A, B и C (2023 г.)": one agreement of the
    home side with each partner the sentence lists (a party naming several places, "с
    компаниями из Мумбаи, Ченнаи и Ахмадабада", gives one per place); else the agreement."""
    home_side = [p for p in agreement.parties if is_home_party(p, home)]
    others = [p for p in agreement.parties if p not in home_side]
    units = [(p, code) for p in others for code in (implied_partners(p, home) or [""])]
    if not home_side or len(units) < 2:
        return [agreement]
    found = []
    for party, code in units:
        single = dataclasses.replace(
            agreement,
            parties=(*home_side, party),
            partners=(code,) if code else agreement.partners,
        )
        found.append(dataclasses.replace(single, id=agreement_id(single, home, code)))
    return found


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
    lead = S.UNKNOWN
    for part in parts(doc):
        words = doc.text[part.start : part.end]
        if part.kind == BlockKind.PARAGRAPH and words.rstrip().endswith(":"):
            lead = status_in(doc.text, part.start, part.end)
            continue
        if part.kind not in (BlockKind.BULLET, BlockKind.SUBBULLET):
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
            stated.extend((a, in_chronology) for a in one_per_partner(agreement, ctx.home))
    yield from same_as_listed(stated)


def same_as_listed(stated: list[tuple[Agreement, bool]]) -> list[Agreement]:
    """A signing in the chronology of an agreement the note lists before ("подписание
    Меморандума о взаимопонимании между университетами" after the top list's "Меморандум о
    взаимопонимании между Астраханским государственным университетом и …") takes the
    listed one's id: same kind, partner and period, its words a beginning of the listed
    one's, and no party of its own named (none, or only common nouns)."""
    found = []
    for i, (agreement, in_chronology) in enumerate(stated):
        unnamed = all(not any(c.isupper() for c in p) for p in agreement.parties)
        # Outside a chronology the section may not have been recognised: a bare title
        # ("подписание Плана мероприятий по …") after the listed one is the same.
        bare = not agreement.parties and agreement.period is None
        if unnamed and (in_chronology or bare):
            listed = next(
                (a for a, chron in stated[:i] if not chron and is_listed_as(agreement, a)), None
            )
            if listed is not None:
                agreement = dataclasses.replace(agreement, id=listed.id)
        found.append(agreement)
    return found


def is_listed_as(signing: Agreement, listed: Agreement) -> bool:
    """Whether a chronology's signing names the agreement ``listed`` (see ``same_as_listed``)."""
    # A signing's partner may be the note's own, filled in later: none is no difference.
    other_partner = signing.partners and countries(signing.partners) != countries(listed.partners)
    other_period = signing.period and listed.period and signing.period != listed.period
    if signing.kind != listed.kind or other_partner or other_period:
        return False
    words, listed_words = subject_words(signing.title), subject_words(listed.title)
    return bool(words) and listed_words[: len(words)] == words


def subject_words(title: str) -> list[str]:
    """The lemmas of what a title is about, without its parties, years and "гг."."""
    return [w for w in lemmas(subject_of(title)) if w.isalpha() and w not in ("г", "гг", "год")]


def countries(partners: tuple[str, ...]) -> set[str]:
    """The countries of partner ids: "KZ-ATY" → "KZ"."""
    return {p.split("-")[0] for p in partners}
