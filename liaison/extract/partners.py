"""Foreign partners named in a text, in any case, from the shipped gazetteer.

Every gazetteer name is lemmatised once; the text's words are lemmatised (cached) and the
longest run of lemmas equal to a name is a mention: "Могилевом", "Могилёва" and "город
Могилев" all name BY-MA-MOGILEV. Adjectives ("азербайджанский капитал", "Брестский
областной исполнительный комитет") name no partner: ``partners_from_text`` ignores them,
but ``implied_partners`` counts them, because an organisation, an agreement or a figure
they describe belongs to that partner. The home side (``Home.code``, its country and its
cues) is never a partner.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from liaison.data import PARTNER_KEYS, PARTNERS, load_records
from liaison.extract.context import Context
from liaison.model import Document, Home, Mention, Partner, PartnerLevel
from liaison.text.morph import WORD, lemma
from liaison.text.phrases import CASES, inflect
from liaison.text.scripts import has_cyrillic

LemmaKey = tuple[str, ...]
V = TypeVar("V")
# Words with a partner's name in them that name no partner: '27,9 млн долл. США' is a sum.
# They are keys of the table without a partner, so the longest match takes them whole.
NOT_PARTNERS = ("долл. США", "доллар США", "цент США")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text with its offsets and lemma."""

    start: int
    end: int
    lemma: str


@dataclass(frozen=True, slots=True)
class Hit:
    """Words naming (or, for an adjective, implying) a partner."""

    start: int
    end: int
    partner: str
    is_name: bool


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The partners by id, and their names and adjectives by lemma sequence."""

    partners: dict[str, Partner]
    cues: dict[LemmaKey, tuple[str, bool]]
    table: LemmaTable[tuple[str, bool]]

    def ancestors(self, partner_id: str) -> set[str]:
        """Every partner ``partner_id`` lies in: parent, grandparent, country."""
        found: set[str] = set()
        current = self.partners.get(partner_id)
        while current is not None and current.parent and current.parent not in found:
            found.add(current.parent)
            current = self.partners.get(current.parent)
        if partner_id in self.partners and self.partners[partner_id].country != partner_id:
            found.add(self.partners[partner_id].country)
        return found


SHORT = 500  # a text shorter than this is a phrase: not worth a place in the caches


def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` with offsets and lemmas (a document's are cached).

    >>> [t.lemma for t in tokens("с городом Могилевом")]
    ['с', 'город', 'могилев']
    """
    return word_tokens(text) if len(text) < SHORT else document_tokens(text)


def word_tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` with offsets and lemmas."""
    return tuple(Token(m.start(), m.end(), lemma(m.group())) for m in WORD.finditer(text))


@lru_cache(maxsize=32)
def document_tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a whole document, cached: every rule asks for them."""
    return word_tokens(text)


def lemma_key(phrase: str) -> LemmaKey:
    """The lemma sequence a phrase is matched by.

    >>> lemma_key("Республикой Беларусь")
    ('республика', 'беларусь')
    """
    return tuple(lemma(m.group()) for m in WORD.finditer(phrase))


def split_list(cell: str) -> list[str]:
    """The items of a ``;``-separated gazetteer cell."""
    return [item.strip() for item in cell.split(";") if item.strip()]


def partner_of_record(record: dict[str, str]) -> Partner:
    """A gazetteer record as a Partner (entered by the gazetteer, not read from a text)."""
    return Partner(
        id=record["id"],
        name=record["name"],
        name_en=record["name_en"],
        level=PartnerLevel(record["level"]),
        country=record["country"],
        parent=record["parent"] or None,
        aliases=tuple(split_list(record["aliases"])),
        entered_by="gazetteer",
    )


def case_keys(name: str) -> set[LemmaKey]:
    """The lemma keys of a name in every case: pymorphy guesses unknown words
    ("Атырауская", "Атырауской") into different lemmas, so each form is keyed."""
    if not has_cyrillic(name):
        return {lemma_key(name)}
    return {lemma_key(name)} | {lemma_key(inflect(name, case)) for case in CASES}


def gazetteer_source() -> str:
    """What the shipped keys were made from: the gazetteer file's digest."""
    return hashlib.sha256(PARTNERS.read_bytes()).hexdigest()


def names_keys() -> dict[str, list[list[str]]]:
    """The case keys of every name of the gazetteer, as ``PARTNER_KEYS`` ships them."""
    names = {
        name
        for record in load_records(PARTNERS)
        for name in (record["name"], record["name_en"], *split_list(record["aliases"]))
    }
    return {name: sorted(list(k) for k in case_keys(name)) for name in sorted(names)}


def write_partner_keys() -> None:
    """Write ``PARTNER_KEYS`` again after an edit of the gazetteer (``python -m
    liaison.extract.partners``): inflecting two thousand names takes seconds a process
    should not spend at every start."""
    data = {"source": gazetteer_source(), "keys": names_keys()}
    PARTNER_KEYS.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")


@cache
def shipped_keys() -> dict[str, set[LemmaKey]]:
    """The case keys shipped beside the gazetteer, when they were made from it as it is;
    else none, and each name is keyed as it is read."""
    try:
        data = json.loads(PARTNER_KEYS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("source") != gazetteer_source():
        return {}
    return {name: {tuple(k) for k in keys} for name, keys in data["keys"].items()}


def keys_of(name: str) -> set[LemmaKey]:
    """A gazetteer name's case keys, shipped or made now."""
    shipped = shipped_keys().get(name)
    return shipped if shipped is not None else case_keys(name)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, lemmatised once."""
    partners: dict[str, Partner] = {}
    cues: dict[LemmaKey, tuple[str, bool]] = {}
    for record in load_records(PARTNERS):
        partner = partner_of_record(record)
        partners[partner.id] = partner
        for name in (partner.name, partner.name_en, *partner.aliases):
            for key in keys_of(name):
                cues.setdefault(key, (partner.id, True))
        for adjective in split_list(record["adjectives"]):
            cues.setdefault(lemma_key(adjective), (partner.id, False))
    for phrase in NOT_PARTNERS:
        cues[lemma_key(phrase)] = ("", False)
    cues.pop((), None)
    return Gazetteer(partners, cues, lemma_table(cues))


@dataclass(frozen=True, slots=True)
class LemmaTable(Generic[V]):
    """Lemma sequences to values, with the lengths of the keys each first lemma starts."""

    keys: Mapping[LemmaKey, V]
    sizes: Mapping[str, tuple[int, ...]]


def lemma_table(keys: Mapping[LemmaKey, V]) -> LemmaTable[V]:
    """A table for ``match_lemmas`` (build it once: it indexes every key)."""
    sizes: dict[str, set[int]] = {}
    for key in keys:
        if key:
            sizes.setdefault(key[0], set()).add(len(key))
    return LemmaTable(keys, {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()})


def match_lemmas(toks: Sequence[Token], table: LemmaTable[V]) -> Iterator[tuple[int, int, V]]:
    """Longest runs of tokens whose lemmas are a key of ``table``: (first, last + 1, value)."""
    i = 0
    while i < len(toks):
        for size in table.sizes.get(toks[i].lemma, ()):
            if i + size > len(toks):
                continue
            value = table.keys.get(tuple(t.lemma for t in toks[i : i + size]))
            if value is not None:
                yield i, i + size, value
                i += size
                break
        else:
            i += 1


def tokens_between(text: str, start: int, end: int, limit: int | None = None) -> Sequence[Token]:
    """The tokens of ``text`` inside ``start..end``; the first ``limit`` of them if given
    (a rule that looks a few words ahead need not copy the rest of a long sentence)."""
    toks = tokens(text)
    first = bisect.bisect_left(token_starts(text), start)
    # Tokens do not overlap, so their ends rise too: bisect, not a scan to ``end``, which
    # made a sentence of many numbers quadratic.
    last = max(first, bisect.bisect_right(token_ends(text), end))
    return toks[first : last if limit is None else min(last, first + limit)]


@lru_cache(maxsize=32)
def token_starts(text: str) -> list[int]:
    """Where the tokens of ``text`` start (for bisection)."""
    return [t.start for t in tokens(text)]


@lru_cache(maxsize=32)
def token_ends(text: str) -> list[int]:
    """Where the tokens of ``text`` end (for bisection)."""
    return [t.end for t in tokens(text)]


@cache
def home_table(home: Home) -> LemmaTable[bool]:
    """The home side's cues as a lemma table."""
    return lemma_table({tuple(cue.split()): True for cue in home.cues})


def home_spans(text: str, home: Home) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` naming the home side by one of its cues, in text order."""
    return find_home_spans(text, home) if len(text) < SHORT else document_home_spans(text, home)


@lru_cache(maxsize=32)
def document_home_spans(text: str, home: Home) -> tuple[tuple[int, int], ...]:
    """The home spans of a whole document, cached: every bullet asks for its own."""
    return find_home_spans(text, home)


def find_home_spans(text: str, home: Home) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` naming the home side by one of its cues, in text order."""
    toks = tokens(text)
    found = match_lemmas(toks, home_table(home))
    return tuple((toks[i].start, toks[j - 1].end) for i, j, _ in found)


def home_spans_within(text: str, home: Home, start: int, end: int) -> list[tuple[int, int]]:
    """The home spans of ``text`` that start inside ``start``..``end``."""
    spans = home_spans(text, home)
    first = bisect.bisect_left(spans, (start,))
    last = bisect.bisect_left(spans, (end,), lo=first)
    return list(spans[first:last])


def is_home(partner_id: str, home: Home) -> bool:
    """Whether a partner id is the home region, inside it, or the home country."""
    return partner_id in (home.code, home.country) or partner_id.startswith(home.code + "-")


def partner_hits(text: str, home: Home) -> tuple[Hit, ...]:
    """Every name or adjective of a foreign partner in ``text``, home side left out."""
    return find_hits(text, home) if len(text) < SHORT else document_hits(text, home)


@lru_cache(maxsize=32)
def document_hits(text: str, home: Home) -> tuple[Hit, ...]:
    """The partner hits of a whole document, cached."""
    return find_hits(text, home)


def find_hits(text: str, home: Home) -> tuple[Hit, ...]:
    """Every name or adjective of a foreign partner in ``text``, home side left out."""
    gaz = gazetteer()
    toks = tokens(text)
    homes = home_spans(text, home)
    hits = []
    for i, j, (partner_id, is_name) in match_lemmas(toks, gaz.table):
        found = [(toks[i].start, toks[j - 1].end, partner_id, is_name)]
        if j - i == 2:
            found[:0] = sharing_the_noun(text, toks, i, gaz.table.keys)
        for start, end, partner, named in found:
            if not partner or is_home(partner, home) or overlaps_any(homes, start, end):
                continue
            hits.append(Hit(start, end, partner, named))
    return tuple(hits)


def sharing_the_noun(
    text: str, toks: Sequence[Token], i: int, keys: Mapping[LemmaKey, tuple[str, bool]]
) -> list[tuple[int, int, str, bool]]:
    """The places named before a matched 'adjective + noun' that share its noun: 'с
    Согдийской и Хатлонской областями' names the Sughd Region too, 'Витебской, Гомельской
    и Брестской областей' three regions (start, end, partner, is_name; in text order).

    >>> t = "с Согдийской и Хатлонской областями"
    >>> [t[a:b] for a, b, _, _ in sharing_the_noun(t, tokens(t), 3, gazetteer().table.keys)]
    ['Согдийской']
    """
    noun = toks[i + 1].lemma
    found: list[tuple[int, int, str, bool]] = []
    k = i - 1
    if k < 1 or toks[k].lemma != "и":
        return found
    k -= 1
    while k >= 0:
        value = keys.get((toks[k].lemma, noun))
        if value is None:
            break
        found.insert(0, (toks[k].start, toks[k].end, *value))
        if k == 0 or "," not in text[toks[k - 1].end : toks[k].start]:
            break
        k -= 1
    return found


def overlaps_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps one of ``spans`` (in text order, none overlapping).

    >>> overlaps_any([(0, 4), (10, 14)], 4, 10), overlaps_any([(0, 4), (10, 14)], 3, 5)
    (False, True)
    """
    at = bisect.bisect_right(spans, start, key=lambda span: span[1])
    return at < len(spans) and spans[at][0] < end


def hits_within(text: str, home: Home, start: int, end: int) -> list[Hit]:
    """The partner hits of ``text`` inside ``start``..``end``, in text order."""
    hits = partner_hits(text, home)
    first = bisect.bisect_left(hits, start, key=lambda h: h.start)
    last = bisect.bisect_left(hits, end, lo=first, key=lambda h: h.start)
    return [h for h in hits[first:last] if h.end <= end]


def finest_partner(partner_ids: Iterable[str]) -> list[str]:
    """The ids without any that contains another one named: a city, not its country.

    >>> finest_partner(["BY", "BY-MA", "BY-MA-MOGILEV", "AZ"])
    ['BY-MA-MOGILEV', 'AZ']
    """
    ids = list(dict.fromkeys(partner_ids))
    gaz = gazetteer()
    containing = {a for i in ids for a in gaz.ancestors(i)}
    return [i for i in ids if i not in containing]


def implied_partners(text: str, home: Home, start: int = 0, end: int | None = None) -> list[str]:
    """The finest partners a stretch of text names or implies by an adjective.

    >>> implied_partners("20 компаний с участием азербайджанского капитала", Home())
    ['AZ']
    >>> implied_partners("Брестским областным исполнительным комитетом Республики Беларусь",
    ...                  Home())
    ['BY-BR']
    """
    stop = len(text) if end is None else end
    return finest_partner(h.partner for h in hits_within(text, home, start, stop))


def name_in_post(partner: Partner) -> str:
    """A partner's name as a post names it: a province the gazetteer writes so keeps the
    word ('генерал-губернатор провинции Гилян'), any other its name."""
    province = f"провинция {partner.name}"
    return province if province in partner.aliases else partner.name


def partner_mentioned(hit: Hit, rule: str) -> Partner:
    """The gazetteer partner of a hit, with the hit as its mention."""
    known = gazetteer().partners[hit.partner]
    return Partner(
        id=known.id,
        name=known.name,
        name_en=known.name_en,
        level=known.level,
        country=known.country,
        parent=known.parent,
        aliases=known.aliases,
        mentions=(Mention(start=hit.start, end=hit.end, rule=rule),),
    )


def partners_from_text(doc: Document, ctx: Context) -> Iterator[Partner]:
    """Every foreign partner the text names, one Partner per mention, in any case."""
    for hit in partner_hits(doc.text, ctx.home):
        if hit.is_name:
            yield partner_mentioned(hit, "partners_from_text")


def title_text(doc: Document) -> str:
    """The document's title: its title blocks, else its ``title``."""
    blocks = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "title"]
    return " ".join(blocks) if blocks else doc.title


def partner_of_title(doc: Document, home: Home) -> str | None:
    """The finest partner a document's title names ("… С МОГИЛЕВСКОЙ ОБЛАСТЬЮ" → BY-MA)."""
    named = finest_partner(h.partner for h in partner_hits(title_text(doc), home) if h.is_name)
    return named[0] if named else None


@lru_cache(maxsize=32)
def partner_of_document(doc: Document, home: Home | None = None) -> str | None:
    """The partner a whole note is about: the one its title names, else the country named most.

    A title's partner is the finest it names ("… С МОГИЛЕВСКОЙ ОБЛАСТЬЮ" → BY-MA). Cached:
    it counts every name of the document, and a note's indicators and events ask it each.
    """
    side = home or Home()
    if (named := partner_of_title(doc, side)) is not None:
        return named
    gaz = gazetteer()
    countries = Counter(
        gaz.partners[h.partner].country for h in partner_hits(doc.text, side) if h.is_name
    )
    return countries.most_common(1)[0][0] if countries else None


if __name__ == "__main__":
    write_partner_keys()
