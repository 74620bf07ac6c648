"""Organisations named in a text, in the nominative, with their kind and partner.

Three shapes cover office notes:
- a legal form and a quoted name, quotes nested or not: ``АО «ОЭЗ «Лотос»``,
  ``ФГБОУ ВО «Астраханский государственный университет им. В.Н. Татищева»``;
- a numbered school: ``СОШ № 11 им. Гейдара Алиева``;
- a phrase headed by an organisation noun (фонд, центр, университет, правительство, …):
  its agreeing adjectives before it and its genitive dependents after it, ``им. …`` and
  a quoted name in apposition: "Фондом Гейдара Алиева", "Координационного совета
  общественных организаций российских соотечественников Азербайджанской Республики".
The phrase is put into the nominative by ``liaison.text.phrases.nominative``. Natasha's
NER was not used: its ORG spans cost about 25 ms a sentence, beyond the speed budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from liaison.extract.context import Context
from liaison.extract.partners import implied_partners
from liaison.extract.spheres import QUOTED, parts
from liaison.model import Document, Home, Mention, Organization, make_id
from liaison.text.morph import analyzer, lemma, lemmas
from liaison.text.phrases import nominative
from liaison.text.spans import Cover

LEGAL_FORM = (
    r"(?:ФГБОУ\s+ВО|ФГАОУ\s+ВО|ФГБОУ|ФГАОУ|ФГБУ|ФГУП|ГБУ\s+АО|ГБУ|ГАУ|ГБОУ|ГБПОУ|ГАПОУ|ГУП|"
    r"МУП|МКОУ|МБОУ|МАОУ|МБУ|ООО|ОАО|ЗАО|ПАО|НАО|АО|РУП|ГУ|УП|ОДО|СЭЗ|ОЭЗ|АНО|НКО|ФГКУ)"
)
LEGAL_NAME = re.compile(rf"(?<![\w«])(?:{LEGAL_FORM}\s+)+{QUOTED}")
SCHOOL = re.compile(
    r"(?<![\w«])(?:СОШ|ОСШ|ООШ|ДШИ|ДХШ|[Гг]имнази\w+|[Шш]кол\w+|[Лл]ице\w+)\s*№\s*\d+"
    r"(?:\s+(?:им\.|имени)\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ]\w+(?:\s+[А-ЯЁ]\w+)?)?"
)
TOKEN = re.compile(
    rf"{QUOTED}|(?:им\.|[А-ЯЁA-Z]\.(?:\s?[А-ЯЁA-Z]\.)?)"
    r"|[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*|\S"
)

HEAD_WORDS = (
    "фонд центр университет институт академия совет комитет палата биржа завод театр "
    "филармония общество землячество ассоциация дом министерство агентство правительство "
    "администрация дума библиотека оркестр ансамбль хор союз посольство консульство "
    "управление отделение дирекция комиссия собрание община движение банк порт "
    "представительство департамент служба корпорация холдинг"
)
HEADS = frozenset(HEAD_WORDS.split())
# Government bodies are written in lower case inside a sentence: "министерством …".
LOWER_CASE_WORDS = "министерство агентство управление администрация департамент"
LOWER_CASE_HEADS = frozenset(LOWER_CASE_WORDS.split())
# Names whose place is part of the name: "Русский дом в Баку".
NAMES_WITH_PLACE = frozenset({("русский", "дом")})

KINDS = (
    (("оэз", "сэз", "экономический зона", "индустриальный парк", "economic zone"), "zone"),
    (("университет", "институт", "академия", "фгбоу", "фгаоу", "вуз", "university"), "university"),
    (("сош", "осш", "оош", "школа", "гимназия", "лицей", "мкоу", "мбоу", "маоу"), "school"),
    (
        (
            "правительство", "администрация", "дума", "министерство", "агентство",
            "посольство", "консульство", "исполнительный комитет", "совет депутат",
            "управление", "департамент", "комиссия", "собрание", "government", "ministry",
            "committee", "embassy", "administration", "agency", "directorate",
        ),
        "government",
    ),
    (("центр", "дирекция", "center", "centre"), "centre"),
    (
        ("ооо", "оао", "зао", "пао", "ао", "руп", "завод", "биржа", "банк", "холдинг",
         "plant", "company", "bank", "exchange", "trading house"),
        "company",
    ),
    (
        ("фонд", "общество", "землячество", "ассоциация", "союз", "совет", "дом", "община",
         "foundation", "association", "council", "chamber"),
        "ngo",
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Tok:
    """A token of a block: a word, initials, a quoted name or a sign."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha() and not self.text.endswith(".")

    @property
    def is_quote(self) -> bool:
        return self.text[0] in '«"“'


@dataclass(frozen=True, slots=True)
class Found:
    """An organisation found in a text: its span, name as written and nominative name."""

    start: int
    end: int
    written: str
    name: str


@lru_cache(maxsize=100_000)
def word_tags(word: str) -> tuple[bool, bool, bool, bool]:
    """(is adjective, is noun, may be genitive, is a place name) over likely parses."""
    parses = [p for p in analyzer().parse(word.lower()) if p.score >= 0.02]
    pos = {p.tag.POS for p in parses}
    is_adj = bool(pos & {"ADJF", "PRTF"}) and parses[0].tag.POS in {"ADJF", "PRTF", "NOUN"}
    is_noun = parses[0].tag.POS == "NOUN"
    gent = any(
        p.tag.case in ("gent", "gen2") and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses
    )
    place = any("Geox" in p.tag for p in parses)
    return is_adj, is_noun, gent, place


def block_tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def is_joined(text: str, left: Tok, right: Tok) -> bool:
    """Whether only white space separates two tokens."""
    return not text[left.end : right.start].strip()


def is_dependent(tok: Tok, previous: Tok) -> bool:
    """A genitive word, or a capitalised place after one ("Республики Беларусь")."""
    if not tok.is_word:
        return False
    _, _, gent, place = word_tags(tok.text)
    return gent or (place and tok.text[0].isupper() and previous.is_word)


def extend_left(text: str, toks: list[Tok], head: int) -> int:
    """Index of the first of the agreeing adjectives before the head."""
    i = head
    while i > 0 and toks[i - 1].is_word and is_joined(text, toks[i - 1], toks[i]):
        if not word_tags(toks[i - 1].text)[0]:
            break
        i -= 1
    while i < head and not toks[i].text[0].isupper():
        i += 1  # "международном Фонде": lower-case adjectives are not part of a name
    return i


def is_initials(tok: Tok) -> bool:
    """Initials such as "В.Н.".

    >>> is_initials(Tok(0, 4, "В.Н.")), is_initials(Tok(0, 3, "им."))
    (True, False)
    """
    return tok.text[0].isupper() and tok.text.endswith(".") and len(tok.text) <= 5


def is_person(toks: list[Tok], j: int) -> bool:
    """A capitalised word followed by initials is a person: "Исаченко А.М."."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return toks[j].text[0].isupper() and nxt is not None and is_initials(nxt)


def ends_at_place(prev: Tok, tok: Tok) -> bool:
    """After a place name only another place goes on: "театра России | Динара Алиева"."""
    return prev.is_word and word_tags(prev.text)[3] and not word_tags(tok.text)[3]


def takes_dependent(toks: list[Tok], j: int, honorific: bool) -> bool:
    """Whether token ``j`` continues the dependents of an organisation's head."""
    tok, prev = toks[j], toks[j - 1]
    if is_initials(tok):
        return honorific or prev.text[0].islower()  # "им. В.Н.", "генерал-адмирала Ф.М."
    if honorific:
        return tok.text[0].isupper() or is_dependent(tok, prev)
    if is_person(toks, j) or ends_at_place(prev, tok):
        return False
    return is_dependent(tok, prev)


def extend_right(text: str, toks: list[Tok], head: int, stops: Cover) -> int:
    """Index past the last genitive dependent, ``им. …`` or quoted name after the head."""
    end = j = head + 1
    honorific = False
    while j < len(toks) and is_joined(text, toks[j - 1], toks[j]):
        tok = toks[j]
        if tok.start in stops:
            break
        if tok.is_quote:
            return j + 1 if end == j else end
        if tok.text in ("им.", "имени"):
            honorific, j = True, j + 1
            continue
        if tok.text == "и" and j + 1 < len(toks) and is_dependent(toks[j + 1], tok):
            j += 1
            continue
        if not takes_dependent(toks, j, honorific):
            break
        j += 1
        if word_tags(tok.text)[1] or honorific or tok.text[0].isupper():
            end = j  # a noun or a proper name can end the name; an adjective cannot
    return end


def with_place(text: str, toks: list[Tok], first: int, end: int) -> int:
    """Extend "Русский дом" with "в Баку": the place is part of the name."""
    key = tuple(lemma(t.text) for t in toks[first:end])
    is_place = end + 1 < len(toks) and toks[end].text == "в" and word_tags(toks[end + 1].text)[3]
    return end + 2 if key in NAMES_WITH_PLACE and is_place else end


def head_phrase(text: str, toks: list[Tok], head: int, stops: Cover) -> tuple[int, int] | None:
    """The token range of the organisation phrase around a head noun, if it is a name."""
    first = extend_left(text, toks, head)
    end = with_place(text, toks, first, extend_right(text, toks, head, stops))
    is_lower_body = lemma(toks[head].text) in LOWER_CASE_HEADS and end > head + 1
    if not toks[first].text[0].isupper() and not is_lower_body:
        return None
    if first == head and end == head + 1:
        return None  # a bare "Центром" is not a name
    return first, end


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted stretches: organisation heads inside event names are not names."""
    return [m.span() for m in re.compile(QUOTED).finditer(text, start, end)]


def head_phrases(text: str, start: int, end: int, named: list[tuple[int, int]]) -> Iterator[Found]:
    """Organisation phrases headed by an organisation noun in ``text[start:end]``.

    A head inside a name already found or inside quotes (an event's name) starts nothing,
    nor does one inside a phrase found before it: phrases are found in text order, so
    the farthest end of those found so far tells.
    """
    toks = block_tokens(text, start, end)
    stops = Cover(named)
    covered = Cover(named + quote_spans(text, start, end))
    reach = start
    for i, tok in enumerate(toks):
        if not tok.is_word or lemma(tok.text) not in HEADS:
            continue
        if tok.start < reach or tok.start in covered:
            continue
        found = head_phrase(text, toks, i, stops)
        if found is None:
            continue
        first, last = toks[found[0]], toks[found[1] - 1]
        reach = max(reach, last.end)
        # Only the head group is inflected; dependents keep their case as written.
        group = nominative(text[first.start : tok.end])
        name = capitalised(group + text[tok.end : last.end])
        yield Found(first.start, last.end, text[first.start : last.end], name)


def capitalised(name: str) -> str:
    """An organisation's name starts with a capital: "министерство …" → "Министерство …"."""
    return name[:1].upper() + name[1:]


def pattern_names(text: str, start: int, end: int) -> list[Found]:
    """Legal-form names and numbered schools, written as they stand."""
    found = [
        Found(m.start(), m.end(), m.group(), m.group())
        for m in LEGAL_NAME.finditer(text, start, end)
    ]
    legal = Cover((f.start, f.end) for f in found)
    for m in SCHOOL.finditer(text, start, end):
        if m.start() not in legal:
            found.append(Found(m.start(), m.end(), m.group(), capitalised(nominative(m.group()))))
    return found


# Blocks whose organisations are remembered: the organisation pass and the facts pass each
# read every block, so a note of more blocks than this reads each of them twice; at 4,096 a
# note of a megabyte already did, and the share grew with the length.
BLOCKS_REMEMBERED = 65_536


@lru_cache(maxsize=BLOCKS_REMEMBERED)
def find_organizations(text: str, start: int, end: int) -> tuple[Found, ...]:
    """Every organisation named in ``text[start:end]``, in text order."""
    named = pattern_names(text, start, end) + list(english_names(text, start, end))
    spans = [(f.start, f.end) for f in named]
    found = named + list(head_phrases(text, start, end, spans))
    return tuple(sorted(found, key=lambda f: f.start))


def kind_of(name: str) -> str:
    """The kind of an organisation from its legal form or head noun.

    >>> kind_of("АО «ОЭЗ «Лотос»"), kind_of("Фонд Гейдара Алиева")
    ('zone', 'ngo')
    >>> kind_of("Брестский областной исполнительный комитет"), kind_of("Тройка")
    ('government', 'other')
    """
    joined = " " + " ".join(lemmas(name)) + " "
    for cues, kind in KINDS:
        if any(f" {cue} " in joined for cue in cues):
            return kind
    return "other"


def organization_of(text: str, found: Found, home: Home, rule: str) -> Organization:
    """The Organization of a found name: id from its lemmas, partner from its words."""
    partners = implied_partners(text, home, found.start, found.end)
    aliases = (found.written,) if found.written != found.name else ()
    return Organization(
        id=make_id("organization", " ".join(lemmas(found.name))),
        name=found.name,
        kind=kind_of(found.name),
        partner=partners[0] if partners else None,
        aliases=aliases,
        mentions=(Mention(start=found.start, end=found.end, rule=rule),),
    )


def organizations_from_text(doc: Document, ctx: Context) -> Iterator[Organization]:
    """Every organisation named in the document's blocks, one object per mention."""
    for part in parts(doc):
        for found in find_organizations(doc.text, part.start, part.end):
            yield organization_of(doc.text, found, ctx.home, "organizations_from_text")


def organization_names(text: str, start: int, end: int) -> tuple[str, ...]:
    """The nominative names of the organisations in ``text[start:end]``, each once."""
    return tuple(dict.fromkeys(f.name for f in find_organizations(text, start, end)))


EN_HEADS = (
    "Foundation|Center|Centre|University|Institute|Council|Committee|Chamber|Exchange|Plant"
    "|Theatre|Theater|Association|House|Ministry|Agency|Government|Administration|Bank"
    "|Embassy|Directorate|Parliament|Company|Corporation|Port|Library|Orchestra"
)
EN_WORD = r"[A-Z][A-Za-z’'-]*"
EN_RUN = re.compile(rf"{EN_WORD}(?:\s+(?:(?:of|and|for)\s+)?(?:the\s+)?{EN_WORD})*")
EN_HEAD = re.compile(rf"\b(?:{EN_HEADS})\b")
EN_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def english_names(text: str, start: int, end: int) -> Iterator[Found]:
    """English organisation names: runs of capitalised words holding a head word.

    A run joined by "and" splits where both sides have a head ("Iran’s Trading House and
    Azerbaijan’s Business Center"); "Chamber of Commerce and Industry" stays whole.
    """
    for run in EN_RUN.finditer(text, start, end):
        begin = run.start()
        for m in re.finditer(r"\s+and\s+", text[run.start() : run.end()]):
            left = text[begin : run.start() + m.start()]
            rest = text[run.start() + m.end() : run.end()]
            if EN_HEAD.search(left) and EN_HEAD.search(re.split(r"\s+and\s+", rest)[0]):
                yield from english_piece(text, begin, run.start() + m.start())
                begin = run.start() + m.end()
        yield from english_piece(text, begin, run.end())


def english_piece(text: str, begin: int, stop: int) -> Iterator[Found]:
    """One name of a run, without a leading article, if it holds a head word."""
    piece = text[begin:stop].rstrip()
    article = EN_ARTICLE.match(piece)
    if article:
        begin, piece = begin + article.end(), piece[article.end() :]
    if EN_HEAD.search(piece) and " " in piece:
        yield Found(begin, begin + len(piece), piece, piece)
