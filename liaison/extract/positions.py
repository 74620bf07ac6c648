"""Posts stated before a person's name: 'Губернатором Астраханской области Бабушкиным И.Ю.'.

A post is a head word from a shipped list (губернатор, глава, заместитель, посол, …), the
adjectives before it that agree with it ('Чрезвычайным и Полномочным Послом') and the
words after it up to the name ('Главы Исполнительной власти Наримановского района Баку').
The head's case is the name's case, which is what tells 'Бабушкина' (genitive of a man's
name) from 'Аманова' (a woman's, in the nominative). The post goes to the nominative
through ``phrases.nominative``; an organisation inside it is split off when one of the
shipped organisation words heads a dependent ('Исполнительной власти …').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.dates import find_dates
from liaison.extract.partners import gazetteer, implied_partners
from liaison.model import Document, Home, Position
from liaison.text.morph import lemma, parses
from liaison.text.phrases import adjective_parses, match_case, nominative, noun_parse

HEADS = DATA_DIR / "positions_heads.tsv"
ORGANIZATIONS = DATA_DIR / "positions_organizations.tsv"
COUNTRIES = DATA_DIR / "positions_countries.tsv"

CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))
# A post never runs across these words: they govern the name rather than belong to the post.
STOP_WORDS = frozenset(
    [
        "с",
        "c",
        "со",
        "под",
        "во",
        "главе",
        "руководством",
        "председательством",
        "участием",
        "визит",
        "встреча",
        "встречи",
        "переговоры",
        "участие",
        "заседание",
        "посещение",
        "церемония",
    ]
)
TOKEN = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"|[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*|[–—-]|\S")
TEMPORAL = frozenset(
    {"тогдашний", "тогдашнего", "тогдашним", "тогдашнему", "тогдашнем", "бывший", "бывшего"}
    | {"бывшим", "бывшему", "новый", "нового", "новым", "новому", "нынешний", "нынешнего"}
    | {"нынешним", "нынешнему", "действующий", "действующего", "действующим"}
)
PLACE_WORDS = frozenset(("г", "гор", "обл", "пос", "ст"))
WORDLIKE = re.compile(r"[«\"А-Яа-яЁёA-Za-z–—-]")
MAX_TOKENS = 14
# Cases a preposition puts the next noun in (only those that take a person).
PREPOSITION_CASES = {
    "с": frozenset(("ablt", "gent")),
    "со": frozenset(("ablt", "gent")),
    "к": frozenset(("datv",)),
    "по": frozenset(("datv",)),
    "о": frozenset(("loct",)),
    "при": frozenset(("loct",)),
    "у": frozenset(("gent",)),
    "от": frozenset(("gent",)),
    "для": frozenset(("gent",)),
    "без": frozenset(("gent",)),
}


@dataclass(frozen=True, slots=True)
class PostPhrase:
    """A post stated before a name: its span, nominative title, organisation and head case."""

    start: int
    end: int
    title: str
    organization: str | None
    cases: frozenset[str]
    is_feminine: bool = False


@cache
def head_genders() -> dict[str, str]:
    """Head lemmas of posts, each with 'f' when the word itself names a woman."""
    return {r["lemma"]: r["gender"] for r in load_records(HEADS)}


@cache
def organization_words() -> dict[str, str]:
    """Lemmas of nouns that head an organisation's name, each with the adjective it needs."""
    return {r["lemma"]: r["after"] for r in load_records(ORGANIZATIONS)}


@cache
def country_stems() -> tuple[tuple[str, str], ...]:
    """(word beginning, ISO code), longest first."""
    rows = [(r["stem"], r["code"]) for r in load_records(COUNTRIES)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def is_head(word: str) -> bool:
    """Whether a word is the head of a post in any case: 'Губернатором', 'Главы'."""
    return head_lemma(word) in head_genders()


def head_lemma(word: str) -> str:
    """The dictionary form of ``word`` as the head of a post, where one of its readings is
    one ('Раиса' is the name Раиса to the dictionary first, and the genitive of 'раис');
    else its lemma.

    >>> head_lemma("Раиса"), head_lemma("Губернатором"), head_lemma("Бабушкиным")
    ('раис', 'губернатор', 'бабушкин')
    """
    low = word.lower().replace("ё", "е")
    heads = head_genders()
    for parse in parses(low):
        form = str(parse.normal_form).replace("ё", "е")
        if form in heads:
            return form
    return lemma(word)


@lru_cache(maxsize=50_000)
def noun_cases(word: str, lemma_wanted: str) -> frozenset[str]:
    """Cases (singular) in which ``word`` is a form of the noun ``lemma_wanted``."""
    found = set()
    for p in parses(word.lower()):
        if p.normal_form.replace("ё", "е") == lemma_wanted and "plur" not in p.tag:
            found.add(str(p.tag.case))
    return frozenset(found & CASES)


@lru_cache(maxsize=50_000)
def agrees(word: str, cases: frozenset[str]) -> bool:
    """Whether ``word`` is an adjective or participle in one of ``cases``."""
    return any(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases and p.score > 0.05
        for p in parses(word.lower())
    )


@lru_cache(maxsize=50_000)
def part_of_speech(word: str) -> str | None:
    """The part of speech of a word's likeliest reading ('NOUN', 'VERB', …)."""
    pos = parses(word.lower())[0].tag.POS
    return str(pos) if pos else None


def is_verb(word: str) -> bool:
    """Whether the likeliest reading of a word is a verb form (a post never holds one)."""
    return part_of_speech(word) in ("VERB", "GRND", "INFN", "PRTS")


@lru_cache(maxsize=20_000)
def phrase_nominative(phrase: str) -> str:
    """``phrases.nominative``, remembered: notes repeat the same posts on every line."""
    return nominative(phrase)


def window(text: str, floor: int, name_start: int) -> list[re.Match[str]]:
    """The tokens just before a name that may belong to its post, in text order."""
    tokens = list(TOKEN.finditer(text, max(floor, name_start - 400), name_start))[-MAX_TOKENS:]
    kept: list[re.Match[str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        if "\n" in text[tokens[i].end() : (kept[-1].start() if kept else name_start)]:
            break  # a post does not run over from the line above
        # 'консул … в г. Астрахани': the full stop of a place's abbreviation is inside
        is_abbreviation = word == "." and i > 0 and tokens[i - 1].group().lower() in PLACE_WORDS
        # 'заместитель Председателя Кабинета Министров, министр иностранных дел …': two
        # posts of one person, joined by a comma
        is_list = word == "," and bool(kept) and is_head(kept[-1].group())
        if not (is_abbreviation or is_list) and not WORDLIKE.match(word):
            break
        if word.lower() in STOP_WORDS or is_verb(word):
            break
        kept.append(tokens[i])
    return kept[::-1]


def post_before(text: str, floor: int, name_start: int) -> PostPhrase | None:
    """The post stated right before the name at ``name_start``, or None.

    >>> t = "встреча с Премьер-министром Азербайджанской Республики Асадовым А.И."
    >>> post = post_before(t, 0, t.index("Асадовым"))
    >>> post.title, sorted(post.cases)
    ('Премьер-министр Азербайджанской Республики', ['ablt'])
    """
    return post_of(text, window(text, floor, name_start))


def post_of(text: str, tokens: list[re.Match[str]]) -> PostPhrase | None:
    """The post the tokens state: from its first head (and the adjectives before it) to the
    last token; None without a head of one person."""
    heads = [i for i, m in enumerate(tokens) if is_head(m.group())]
    # 'президентов России и Азербайджана', 'сопредседатели комиссии – …': a post of several
    # people is not this one's, though a later head in the window may be
    while heads and not noun_cases(tokens[heads[0]].group(), head_lemma(tokens[heads[0]].group())):
        heads.pop(0)
    if not heads:
        return None
    first = heads[0]
    head = tokens[first].group()
    cases = noun_cases(head, head_lemma(head))
    for later in heads[1:]:
        # 'в присутствии главы региона министр … Сидоренко': a head in another case, and no
        # genitive that would hang on the first ('заместителя министра'), opens the post
        word = tokens[later].group()
        its = noun_cases(word, head_lemma(word))
        if its and "gent" not in its and not its & cases:
            first, head, cases = later, word, its
    begin = with_modifiers(tokens, first, cases)
    words = " ".join(text[tokens[begin].start() : tokens[-1].end()].split())
    # each of two posts joined by a comma goes to the nominative on its own
    title = ", ".join(phrase_nominative(part) for part in words.split(", "))
    if "nomn" not in cases and noun_parse(head) is None:
        title = nominative_by_head(tokens, begin, first, cases)
    return PostPhrase(
        start=tokens[begin].start(),
        end=tokens[-1].end(),
        title=title,
        organization=organization_in(tokens[heads[0] + 1 :]),
        cases=cases,
        is_feminine=head_genders()[head_lemma(head)] == "f",
    )


def nominative_by_head(
    tokens: list[re.Match[str]], begin: int, head: int, cases: frozenset[str]
) -> str:
    """A post to the nominative through its head word as a post ('акимом' is a given name
    to the dictionary, 'аким' here) and the adjectives before it; the rest keeps its case.

    >>> t = "с акимом Атырауской области Шапкеновым"
    >>> post_before(t, 0, t.index("Шапкеновым")).title
    'аким Атырауской области'
    """
    word = tokens[head].group()
    wanted = head_lemma(word)
    parse = next(
        p
        for p in parses(word.lower())
        if p.normal_form.replace("ё", "е") == wanted and p.tag.case in cases
    )
    new = parse.inflect({"nomn", "sing"})
    out = [m.group() for m in tokens[begin:]]
    if new is not None:
        out[head - begin] = match_case(word, new.word)
        gender = {str(new.tag.gender)} if new.tag.gender in ("masc", "femn", "neut") else set()
        for i in range(head - begin):
            adjective = next(iter(adjective_parses(out[i])), None)
            inflected = adjective.inflect({"nomn", "sing", *gender}) if adjective else None
            if inflected is not None:
                out[i] = match_case(out[i], inflected.word)
    return " ".join(" ".join(out).replace(" .", ".").split())


def is_feminine_apposition(text: str, floor: int, name_start: int, cases: frozenset[str]) -> bool:
    """Whether a noun naming a woman stands in apposition before a name, in a case the name
    allows: 'народная артистка, председатель Союза композиторов Франгиз Ализаде'.

    The walk goes back over words and commas; 'и', a verb, a stop word or other punctuation
    ends it (beyond them the noun belongs to someone else).

    >>> t = "народная артистка, председатель Союза композиторов Франгиз Ализаде"
    >>> is_feminine_apposition(t, 0, t.index("председатель"), frozenset({"nomn"}))
    True
    >>> t = "солистка оркестра и председатель союза Иван Петров"
    >>> is_feminine_apposition(t, 0, t.index("председатель"), frozenset({"nomn"}))
    False
    """
    tokens = list(TOKEN.finditer(text, max(floor, name_start - 200), name_start))
    for m in reversed(tokens[-2 * MAX_TOKENS :]):
        word = m.group()
        if word == ",":
            continue
        low = word.lower()
        if not WORDLIKE.match(word) or low in STOP_WORDS or low == "и" or is_verb(word):
            return False
        head = head_lemma(word)
        if head_genders().get(head) == "f" and noun_cases(word, head) & cases:
            return True
    return False


def with_modifiers(tokens: list[re.Match[str]], head: int, cases: frozenset[str]) -> int:
    """The index where a post begins: its head, or the agreeing adjectives before it."""
    first = head
    i = head - 1
    while i >= 0:
        word = tokens[i].group()
        if word.lower() in TEMPORAL:
            break  # 'тогдашний посол': when, not what, the post is
        if agrees(word, cases):
            first = i
        elif word.lower() != "и" or i == 0 or not agrees(tokens[i - 1].group(), cases):
            break
        i -= 1
    return first


def organization_in(tokens: list[re.Match[str]]) -> str | None:
    """The organisation a post names after its head, in the nominative, or None.

    The organisation starts at the first organisation noun (with its adjectives) and runs
    to the end of the post: 'Исполнительной власти Наримановского района Баку'.
    """
    orgs = organization_words()
    for i, m in enumerate(tokens):
        needs = orgs.get(lemma(m.group()))
        if needs is not None and (not needs or (i and lemma(tokens[i - 1].group()) == needs)):
            first = i
            while (
                first > 0
                and agrees(tokens[first - 1].group(), CASES)
                and not is_head(tokens[first - 1].group())
            ):
                first -= 1
            start = tokens[first].start()
            return phrase_nominative(" ".join(m.string[start : tokens[-1].end()].split()))
    return None


def governing_cases(text: str, floor: int, name_start: int) -> frozenset[str] | None:
    """The cases the word before a name (with no post) allows it, or None if unknown.

    A noun before a name takes it in the genitive ('рождения Г.А. Алиева'); a preposition
    in its own case ('с Алиевым'); at the start of a clause a name is the subject.
    """
    before = text[max(floor, name_start - 60) : name_start].rstrip()
    if re.search(r"(?:\bим\.|\bимени)$", before):
        return frozenset(("gent",))  # 'университет им. В.Н. Татищева'
    if not before or before[-1] in ",;:(—–" or (before[-1] == "." and not before[-2:-1].isupper()):
        return frozenset(("nomn",))
    word = TOKEN.findall(before)[-1].lower()
    if word in PREPOSITION_CASES:
        return PREPOSITION_CASES[word]
    pos = part_of_speech(word)
    if pos == "NOUN":
        return frozenset(("gent",))
    if pos in ("VERB", "PRTS"):
        return frozenset(("nomn", "accs"))
    return None


HOST_PREPOSITIONS = frozenset({"в", "во", "to", "in"})


@lru_cache(maxsize=20_000)
def side_of(title: str, home: Home) -> str | None:
    """'home' for a post of the home side, else the ISO code of the country it names: the
    first country word, else the country of a district, region or city the gazetteer knows.

    >>> side_of("Губернатор Астраханской области", Home())
    'home'
    >>> side_of("Чрезвычайный и Полномочный Посол Республики Беларусь в Российской Федерации",
    ...         Home())
    'BY'
    >>> side_of("заместитель Главы Исполнительной власти Апшеронского района", Home())
    'AZ'
    >>> side_of("Генеральный консул Республики Казахстан в г. Астрахани", Home())
    'KZ'
    >>> side_of("Serbian Ambassador to Russia", Home()), side_of("Посол в России", Home())
    ('RS', None)
    """
    keys = [lemma(w) for w in re.findall(r"[А-Яа-яЁёA-Za-z]+", title)]
    joined = f" {' '.join(keys)} "
    cues = home_cues(home)
    at_home = min((joined.find(f" {c} ") for c in cues if f" {c} " in joined), default=-1)
    # The country an envoy is sent to is not his side: 'Serbian Ambassador to Russia'.
    named_at = next(
        (
            i
            for i, key in enumerate(keys)
            if country_of(key) and (i == 0 or keys[i - 1] not in HOST_PREPOSITIONS)
        ),
        None,
    )
    # Whichever the post names first is whose it is: 'Генеральный консул Республики
    # Казахстан в г. Астрахани' is Kazakhstan's consul, resident at home.
    # ... and the home region named in its own country is home ('Governor of Russia's
    # Astrakhan Region').
    own_country = named_at is not None and country_of(keys[named_at]) == home.country
    if at_home >= 0 and (
        named_at is None or own_country or at_home <= len(" ".join(keys[:named_at]))
    ):
        return "home"
    if named_at is not None:
        return country_of(keys[named_at])
    places = implied_partners(title, home)
    return gazetteer().partners[places[0]].country if places else None


@lru_cache(maxsize=64)
def home_cues(home: Home) -> tuple[str, ...]:
    """The home side's cues, and the adjective of its name alone ('астраханский': a post of
    the Астраханский государственный университет is the home side's).

    >>> home_cues(Home())
    ('астраханский область', 'астрахань', 'astrakhan', 'астраханский')
    """
    adjectives = [w for c in home.cues for w in c.split() if w.endswith(("ский", "цкий"))]
    return tuple(dict.fromkeys([*home.cues, *adjectives]))


def country_of(word: str) -> str | None:
    """The ISO code of the country a lower-case word names, by its beginning.

    >>> country_of("азербайджанский"), country_of("белорусский"), country_of("область")
    ('AZ', 'BY', None)
    """
    return next((code for stem, code in country_stems() if word.startswith(stem)), None)


def block_day(doc: Document, offset: int) -> tuple[date | None, date | None]:
    """The days of the date a bullet or paragraph opens with, for the post seen in it;
    else the day the document was published, when it says (a post told without a date of
    its own is the one held when the text was written)."""
    i = bisect.bisect_right(doc.blocks, offset, key=lambda b: b.start) - 1
    if i >= 0 and doc.blocks[i].end >= offset:
        begin, end = doc.blocks[i].start, doc.blocks[i].end
    else:
        begin, end = doc.text.rfind("\n", 0, offset) + 1, offset
    for span in find_dates(doc.text, begin, min(end, begin + 60)):
        lead = doc.text[begin : span.start]
        if span.value.precision == "day" and not re.search(r"[А-Яа-яЁёA-Za-z]{3}", lead):
            return span.value.start, span.value.end
        break
    return doc.published, doc.published


def without_shorter(positions: Iterable[Position]) -> tuple[Position, ...]:
    """The positions less any whose words all stand in a longer one of the same head
    ('губернатор' beside 'Губернатор Астраханской области').

    >>> [p.title for p in without_shorter([Position(title="губернатор"),
    ...                                    Position(title="Губернатор Астраханской области")])]
    ['Губернатор Астраханской области']
    """
    kept = list(positions)
    keys = [title_key(p.title).split() for p in kept]
    return tuple(
        p
        for p, k in zip(kept, keys, strict=True)
        if not any(len(o) > len(k) and o[:1] == k[:1] and set(k) <= set(o) for o in keys)
    )


def title_key(title: str) -> str:
    """What tells two posts apart: their lemmas without country names ('… Азербайджана')."""
    words = [lemma(w) for w in re.findall(r"[А-Яа-яЁёA-Za-z]+", title)]
    return " ".join(w for w in words if country_of(w) is None and w != "республика")


def merge_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    """One position per post, spanning every date it was seen, the longest title kept."""
    merged: dict[str, Position] = {}
    for p in positions:
        key = title_key(p.title)
        old = merged.get(key)
        if old is None:
            merged[key] = p
            continue
        starts = [d for d in (old.start, p.start) if d]
        ends = [d for d in (old.end, p.end) if d]
        merged[key] = Position(
            title=max(old.title, p.title, key=len),
            organization=old.organization or p.organization,
            start=min(starts, default=None),
            end=max(ends, default=None),
        )
    return tuple(sorted(merged.values(), key=lambda p: p.start or date.min))
