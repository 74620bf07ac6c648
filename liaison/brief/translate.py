"""Russian noun phrases in English, word group by word group, from the glossary.

A title, a post or the name of a forum is a chain of noun groups: adjectives and a noun,
then dependents in the genitive, prepositional groups and coordinations. English keeps the
order of the groups and says the genitive with 'of': 'Министр культуры Астраханской
области' → 'Minister of Culture of Astrakhan Region'. Each group is looked up by its
lemmas (the longest glossary phrase wins); proper names and abbreviations no glossary can
hold are transliterated; any other word unknown makes the whole phrase fail (None), so a
caller shows the Russian original rather than half a translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import iuliia

from liaison.brief.glossary import NOUN_KINDS, Entry, glossary, name_part_en, word_lemmas
from liaison.text.morph import analyzer

TOKEN = re.compile(
    r"\d+(?:[.,]\d+)?(?:[–—-]\d+)?(?:-[а-я]+)?"  # 96,4; 2024–2026; 20-м
    r"|[A-Za-zА-Яа-яЁё]+(?:[-–][A-Za-zА-Яа-яЁё0-9]+)*"
    r"|[«»\"“”„()]|[,;:.№–—-]|\S"
)
OPENING = {"«": "»", "“": "”", "„": "“", '"': '"'}
ROMAN = re.compile(r"^[IVXLC]+$")
MONEY = re.compile(r"(?P<number>\d+(?:,\d+)?)\s*(?P<scale>тыс|млн|млрд)\.?\s*долл\.?\s*США")
SKIPPED_AFTER_NUMBER = {"г", "гг", "год", "годы"}
# Abbreviations written before a name: 'г. Астрахани', 'с. Махрузлу'.
NAME_PREFIXES = {"г", "с", "пос", "им"}
ORDINALS = [
    "первый",
    "второй",
    "третий",
    "четвертый",
    "пятый",
    "шестой",
    "седьмой",
    "восьмой",
    "девятый",
    "десятый",
    "одиннадцатый",
    "двенадцатый",
    "тринадцатый",
    "четырнадцатый",
    "пятнадцатый",
    "шестнадцатый",
    "семнадцатый",
    "восемнадцатый",
    "девятнадцатый",
    "двадцатый",
]
SMALL_WORDS = {
    "of", "and", "the", "for", "on", "in", "with", "between", "to", "by", "or", "as", "from",
    "after", "at", "under", "within", "across",
}  # fmt: skip
# English words with no plural of their own (or plural already).
UNCOUNTED = ("s", "ren", "people", "fish", "equipment", "food", "aid", "machinery", "research",
             "information", "support", "fiction", "youth")  # fmt: skip
# Prepositions whose English follows the case of the next word ('' when it has none).
BY_CASE = {
    "в": {"loct": "in", "accs": "to", "": "in"},
    "во": {"loct": "in", "accs": "to", "": "in"},
    "на": {"loct": "at", "accs": "for", "": "for"},
}
IRREGULAR_PLURALS = {"child": "children", "schoolchild": "schoolchildren", "man": "men",
                     "woman": "women", "person": "people"}  # fmt: skip
NUMBER_WORDS = {"two", "three", "four", "five"}
PROPER_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
# Case endings of surnames and what the nominative ends in instead (Бабушкиным → Бабушкин,
# Прокофьевой → Прокофьева).
SURNAME_ENDINGS = (("ым", ""), ("ом", ""), ("ем", ""), ("ой", "а"), ("ую", "а"), ("а", ""),
                   ("у", ""), ("е", ""), ("ого", "ий"), ("ому", "ий"), ("им", "ий"))  # fmt: skip
NameLookup = Callable[[tuple[str, ...], str], str | None]
"""(nominatives a surname may have, its initials) → the person's English name, or None."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One translated group: its English, what it is, and the cases its first word may be in."""

    en: str
    kind: str
    cases: frozenset[str] = frozenset()
    role: str = ""


def tokenize(text: str) -> list[str]:
    """The words, numbers and marks of a phrase.

    >>> tokenize("План на 2024–2026 гг. (Республика Беларусь)")
    ['План', 'на', '2024–2026', 'гг', '.', '(', 'Республика', 'Беларусь', ')']
    """
    return TOKEN.findall(text.replace("\u00a0", " "))


def translate_phrase(
    text: str, names: NameLookup | None = None, *, title: bool = True, plural: bool = False
) -> str | None:
    """The English of a Russian noun phrase, or None when a word of it is not known.

    >>> translate_phrase("Министр культуры Астраханской области")
    'Minister of Culture of Astrakhan Region'
    >>> translate_phrase("Правительством Республики Беларусь")
    'Government of the Republic of Belarus'
    >>> translate_phrase("смотритель маяка") is None
    True
    """
    units = translate_tokens(tokenize(MONEY.sub(money_en, text)), names)
    if units is None:
        return None
    if plural and not any(u.en == "and" for u in units):
        # the subject of a plural verb: 'подписаны соглашения' → 'agreements' (not a
        # coordination: 'работают центр … и центр …' are two)
        head = next((k for k, u in enumerate(units) if u.kind == "noun"), None)
        if head is not None and " of " not in units[head].en:
            u = units[head]
            units[head] = Unit(pluralise(u.en), u.kind, u.cases, u.role)
    return title_case(assemble(units)) if title else assemble(names_capitalised(units))


NAMED_ROLES = ("post", "organisation")


def names_capitalised(units: list[Unit]) -> list[Unit]:
    """Posts, bodies and gatherings with capitals inside a sentence: the named unit, the
    adjectives before it and the groups its 'of' chain holds ('Session of the
    Intergovernmental Commission')."""
    of = [takes_of(units, k) for k in range(len(units))]
    named = [u.role in NAMED_ROLES for u in units]
    for k in range(1, len(units)):
        if of[k] and named[k - 1] and units[k].role in NAMED_ROLES:
            named[k] = True
    for k in range(len(units) - 2, -1, -1):
        if units[k].kind == "adj" and named[k + 1]:
            named[k] = True
    return [
        Unit(title_case(u.en), u.kind, u.cases, u.role) if n else u
        for u, n in zip(units, named, strict=True)
    ]


def money_en(match: re.Match[str]) -> str:
    """'96,4 млн долл. США' → 'USD 96.4 million'."""
    scale = {"тыс": "thousand", "млн": "million", "млрд": "billion"}[match["scale"]]
    return f"USD {match['number'].replace(',', '.')} {scale}"


def translate_tokens(tokens: list[str], names: NameLookup | None = None) -> list[Unit] | None:
    """Units for every token, or None at the first word nothing can say."""
    units: list[Unit] = []
    i = 0
    while i < len(tokens):
        step = translate_at(tokens, i, units, names)
        if step is None:
            return None
        i = step
    return units


def translate_at(
    tokens: list[str], i: int, units: list[Unit], names: NameLookup | None = None
) -> int | None:
    """Translate the group starting at ``tokens[i]`` into ``units``; the next index."""
    token = tokens[i]
    person = (
        person_at(tokens, i, names) or initials_first(tokens, i, names) or full_name_at(tokens, i)
    )
    if person is not None:
        surname = next(t for t in tokens[i : person[1]] if len(t) > 1)
        units.append(Unit(person[0], "name", cases_of(surname, first=True), role="person"))
        return person[1]
    if token in OPENING:
        return quoted(tokens, i, units)
    if not re.search(r"\w", token):
        units.append(Unit(mark_en(token), "punct"))
        return i + 1
    if token[0].isdigit():
        return number(tokens, i, units)
    if is_initial(tokens, i):
        units.append(Unit(f"{transliterate(token)}.", "initial"))
        return i + 2
    skip = skipped(tokens, i, units)
    if skip is not None:
        return skip
    entry, length = longest_entry(tokens, i)
    if entry is not None:
        unit = entry_unit(entry, tokens[i : i + length])
        if length == 1 and token.lower() in BY_CASE and i + 1 < len(tokens):
            unit = Unit(preposition_en(token.lower(), tokens[i + 1]), "function")
        units.append(unit)
        return i + length
    unit = fallback_unit(token)
    if unit is None:
        return None
    units.append(unit)
    return i + 1


def preposition_en(preposition: str, following: str) -> str:
    """'в'/'на' as the case of the next word has them: 'в Баку' (prepositional) 'in', 'в
    Астраханскую область' (accusative) 'to', 'на фестивале' 'at', 'на 2024 год' 'for'."""
    cases = cases_of(following)
    by_case = BY_CASE[preposition]
    if "loct" in cases:
        return by_case["loct"]
    return by_case["accs"] if "accs" in cases else by_case[""]


def skipped(tokens: list[str], i: int, units: list[Unit]) -> int | None:
    """Words English does without: 'г.' before a city, 'гг.' after years."""
    low = tokens[i].lower()
    after_dot = i + 2 if i + 1 < len(tokens) and tokens[i + 1] == "." else i + 1
    if low in NAME_PREFIXES - {"им"} and after_dot > i + 1:
        return after_dot
    if low in SKIPPED_AFTER_NUMBER and units and units[-1].kind == "num":
        return after_dot
    return None


def longest_entry(tokens: list[str], i: int) -> tuple[Entry | None, int]:
    """The longest glossary entry matching from ``tokens[i]`` and how many tokens it takes."""
    best: tuple[Entry | None, int] = (None, 0)
    for lemma in word_lemmas(tokens[i]):
        for entry in glossary().candidates(lemma):
            length = match_length(tokens, i, entry.key)
            if length and length > best[1]:
                best = (entry, length)
    return best


def match_length(tokens: list[str], i: int, key: tuple[str, ...]) -> int:
    """How many tokens from ``i`` spell ``key`` (a full stop after 'им' counts), or 0."""
    j = i
    for part in key:
        if j >= len(tokens) or part not in word_lemmas(tokens[j]):
            return 0
        j += 1
        if j < len(tokens) and tokens[j] == "." and part in NAME_PREFIXES:
            j += 1
    return j - i


def entry_unit(entry: Entry, span: list[str]) -> Unit:
    """The unit of a matched entry: plural English for a plural Russian head (its first
    noun: 'Агентства | развития медиа')."""
    kind = "function" if entry.kind == "function" else "adj" if entry.is_adjective else "noun"
    en = entry.en
    head = next((w for w in span if is_noun(w)), span[-1])
    # 'Days of Culture' is plural already: only a head that ends the English takes an -s
    is_head_last = " of " not in en
    if kind == "noun" and entry.kind in NOUN_KINDS | {"word"} and is_head_last and is_plural(head):
        en = pluralise(en)
    kind = kind if entry.kind != "region" else "name"
    return Unit(en, kind, cases_of(span[0]), entry.kind)


def is_noun(word: str) -> bool:
    """Whether the likeliest reading of a Russian word is a noun."""
    parses = analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def fallback_unit(token: str) -> Unit | None:
    """A proper name or abbreviation in Latin letters; None for a common word."""
    if ROMAN.match(token):
        return Unit(ordinal(roman_value(token)), "adj")
    if re.fullmatch(r"[A-Za-z0-9-]+", token):
        return Unit(token, "name")
    lemma = ordinal_lemma(token)
    if lemma is not None:
        return Unit(ordinal(ORDINALS.index(lemma) + 1), "adj", cases_of(token))
    if token.isupper() and len(token) > 1:
        return Unit(transliterate(token).upper(), "name")
    if token[:1].isupper() and is_proper(token):
        return Unit(transliterate(proper_lemma(token)), "name", cases_of(token, first=True))
    place = place_adjective(token)
    if place is not None:
        return Unit(place, "adj", cases_of(token))
    return None


def place_adjective(token: str) -> str | None:
    """A capitalised adjective of a place no table lists: 'Наримановский' → 'Narimanovsky'."""
    if not token[:1].isupper():
        return None
    for p in analyzer().parse(token.lower()):
        lemma = str(p.normal_form)
        if p.tag.POS == "ADJF" and lemma.endswith(("ский", "цкий")):
            return transliterate(lemma).capitalize()
    return None


def person_at(tokens: list[str], i: int, names: NameLookup | None) -> tuple[str, int] | None:
    """'Бабушкиным И.Ю.' → ('Igor Babushkin', next index): a surname and its initials."""
    token = tokens[i]
    if not (token[:1].isupper() and re.search("[а-яё]", token)) or not is_initial(tokens, i + 1):
        return None
    j, initials = i + 1, ""
    while j < len(tokens) and is_initial(tokens, j):
        initials += tokens[j] + "."
        j += 2
    candidates = surname_nominatives(token)
    found = names(candidates, initials) if names is not None else None
    return found or f"{transliterate(initials)} {name_part_en(candidates[0], 'surname')}", j


def initials_first(tokens: list[str], i: int, names: NameLookup | None) -> tuple[str, int] | None:
    """'Г.А. Алиева' → ('Heydar Aliyev', next index): initials, then the surname."""
    j, initials = i, ""
    while j < len(tokens) and is_initial(tokens, j):
        initials += tokens[j] + "."
        j += 2
    if not initials or j >= len(tokens) or not tokens[j][:1].isupper():
        return None
    if not re.search("[а-яё]", tokens[j]):
        return None
    candidates = surname_nominatives(tokens[j])
    found = names(candidates, initials) if names is not None else None
    return found or f"{transliterate(initials)} {name_part_en(candidates[0], 'surname')}", j + 1


def full_name_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """'Узеира Гаджибекова' → ('Uzeyir Hajibeyov', next index): a given name and a surname."""
    if i + 1 >= len(tokens) or not (tokens[i][:1].isupper() and tokens[i + 1][:1].isupper()):
        return None
    given = name_reading(tokens[i], "Name")
    if given is None:
        return None
    surname = name_reading(tokens[i + 1], "Surn", given)
    if surname is None:
        return None
    last = str(surname.normal_form).capitalize()
    if surname.tag.gender == "femn":
        # pymorphy gives a woman's surname in the man's form: 'Алиева' → 'алиев'
        word = tokens[i + 1]
        last = word if surname.tag.case == "nomn" else surname_nominatives(word)[0]
    given_en = name_part_en(str(given.normal_form).capitalize(), "given")
    return f"{given_en} {name_part_en(last, 'surname')}", i + 2


def name_reading(word: str, tag: str, like: Any = None) -> Any:
    """A reading of a word as a given name ('Name') or surname ('Surn'), or None: in the
    case and gender of ``like`` where it has one, else a man's genitive, else the first."""
    readings = [p for p in analyzer().parse(word.lower()) if tag in p.tag.grammemes]
    if like is not None:
        readings.sort(key=lambda p: (p.tag.case != like.tag.case, p.tag.gender != like.tag.gender))
    else:
        readings.sort(key=lambda p: p.tag.case != "gent" or p.tag.gender != "masc")
    return readings[0] if readings else None


def surname_nominatives(word: str) -> tuple[str, ...]:
    """The nominatives a surname in some case may have, likeliest first.

    >>> surname_nominatives("Прокофьевой")[:2]
    ('Прокофьева', 'Прокофьев')
    """
    found = [stem_of(word, ending, nominative) for ending, nominative in SURNAME_ENDINGS]
    for p in analyzer().parse(word.lower()):
        if "Surn" in p.tag.grammemes:
            found.append(str(p.normal_form).capitalize())
    found.append(word)
    return tuple(dict.fromkeys(f for f in found if f))


def stem_of(word: str, ending: str, nominative: str) -> str:
    """The word with a case ending replaced by the nominative's, or '' if it has not that end."""
    if len(word) > len(ending) + 2 and word.endswith(ending):
        return word[: len(word) - len(ending)] + nominative
    return ""


def is_initial(tokens: list[str], i: int) -> bool:
    """A capital letter and a full stop: an initial of a name ('В.Н. Татищева')."""
    if i + 1 >= len(tokens):
        return False
    token = tokens[i]
    is_letter = len(token) == 1 and token.isupper() and token.isalpha()
    return is_letter and i + 1 < len(tokens) and tokens[i + 1] == "."


def quoted(tokens: list[str], i: int, units: list[Unit]) -> int:
    """A name in quotes: translated where every word is known, else transliterated."""
    close = OPENING[tokens[i]]
    depth, j = 0, i + 1
    while j < len(tokens):
        if tokens[j] in OPENING and tokens[j] != close:
            depth += 1
        elif tokens[j] == close or tokens[j] in "»”":
            # «ОЭЗ «Лотос» closes both quotes with one mark, as Russian typography does.
            if depth == 0 or not closing_follows(tokens, j + 1):
                break
            depth -= 1
        j += 1
    inner = [t for t in tokens[i + 1 : j] if t not in OPENING and t not in "»”"]
    translated = translate_tokens(inner)
    if translated and not any(re.search(r"\w[А-ЯЁ]", t) for t in inner):
        text = title_case(assemble(translated))
    elif is_short_name(inner):  # 'БерегА' is a name, not the word 'берег'
        text = spelled(inner)
    else:
        text = "[ru] " + joined(inner)
    units.append(Unit(f"“{text}”", "name"))
    return j + 1


def is_short_name(tokens: list[str]) -> bool:
    """A name of up to three words, each capitalised: «Лотос», «Кяман», «ПЛК Каспий»."""
    words = [t for t in tokens if re.search(r"\w", t)]
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def joined(tokens: list[str]) -> str:
    """Tokens back into text, with no space inside brackets and quotes or before marks.

    >>> joined(["Каспий", "–", "море", "«", "дружбы", "»", ","])
    'Каспий – море «дружбы»,'
    """
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.;:)»”])", r"\1", text)
    return re.sub(r"([(«“])\s+", r"\1", text)


def closing_follows(tokens: list[str], j: int) -> bool:
    """Whether the next quotation mark from ``j`` closes a quote rather than opens one."""
    for token in tokens[j:]:
        if token in "»”":
            return True
        if token in "«“„":
            return False
    return False


def spelled(tokens: list[str]) -> str:
    """Tokens transliterated as a name: 'Всевеликое войско' → 'Vsevelikoye Voysko'."""
    out = " ".join(transliterate(t) if re.search(r"\w", t) else t for t in tokens)
    return re.sub(r"\s+([,.;:)])", r"\1", out)


def number(tokens: list[str], i: int, units: list[Unit]) -> int:
    """'2024–2026', '258'; '20-м' and '23-е' are ordinals."""
    token = tokens[i]
    match = re.fullmatch(r"(\d+)-([а-я]+)", token)
    if match and match[2].startswith("лет"):
        units.append(Unit(f"{ordinal(int(match[1]))} anniversary", "noun", cases_of(match[2])))
    elif match:
        units.append(Unit(ordinal(int(match[1])), "adj"))
    else:
        units.append(Unit(token.replace("-", "–").replace(",", "."), "num"))
    return i + 1


def assemble(units: list[Unit]) -> str:
    """The English of the units: 'of' before a genitive group that follows a noun, 'the'
    before an organisation that follows a joint, no article inside brackets."""
    of = [takes_of(units, k) for k in range(len(units))]
    out: list[str] = []
    for k, unit in enumerate(units):
        if unit.kind == "noun" and k and counted_noun(units, k):
            unit = Unit(pluralise(unit.en), unit.kind, unit.cases, unit.role)  # 'два буксира
        if of[k]:
            out.append("of")
        elif takes_to(units, k):
            out.append("to")
        elif takes_by(units, k):
            out.append("by")
        starts_group = k > 0 and units[k - 1].kind != "adj"
        if unit.kind in ("noun", "adj") and starts_group and needs_article(units, k, of):
            out.append("the")
        out.append(unit.en)
    text = " ".join(out)
    text = re.sub(r"\s+([,.;:)»”])", r"\1", text)
    text = re.sub(r"([(«“])\s+", r"\1", text)
    text = re.sub(r"([(“])the ", r"\1", text)
    text = re.sub(r"\b([A-Z][a-z]?\.) (?=[A-Z][a-z]?\.)", r"\1", text)
    return re.sub(r"\bthe the\b", "the", text)


def takes_of(units: list[Unit], k: int) -> bool:
    """Whether 'of' goes before unit ``k``: a genitive group after a noun ('Minister |
    of Culture'), but not a post after a post ('Deputy Minister') nor a name after a name."""
    if k == 0:
        return False
    prev, unit = units[k - 1], units[k]
    if prev.kind not in ("noun", "name") or unit.kind not in ("noun", "adj", "name", "initial"):
        return False
    if unit.role == "person" and (prev.kind != "noun" or prev.role == "post"):
        return False
    cases = unit.cases
    if not cases and unit.kind == "adj" and k + 1 < len(units):
        cases = units[k + 1].cases  # 'VI Каспийского': an ordinal agrees with what follows
    if prev.role == "post" and unit.role == "post":
        return False
    if is_person_part(prev) and (is_person_part(unit) or unit.kind == "initial"):
        return False
    return "gent" in cases


def takes_to(units: list[Unit], k: int) -> bool:
    """Whether 'to' goes before unit ``k``: a group only in the dative after a noun
    ('стипендий студентам' → 'scholarships to students')."""
    if k == 0 or units[k - 1].kind not in ("noun", "name"):
        return False
    unit, cases = units[k], units[k].cases
    if unit.role == "person" and (units[k - 1].kind != "noun" or units[k - 1].role == "post"):
        return False
    is_group = unit.kind in ("noun", "adj") or unit.role == "person"
    return is_group and bool(cases) and cases <= {"datv", "loct"}


def takes_by(units: list[Unit], k: int) -> bool:
    """Whether 'by' goes before unit ``k``: an organisation only in the instrumental after
    a noun, the agent of a deed ('проектов Фондом …' → 'projects by the Foundation')."""
    if k == 0 or units[k - 1].kind not in ("noun", "name"):
        return False
    unit = units[k]
    j = k
    while j + 1 < len(units) and units[j].kind == "adj":
        j += 1
    head = units[j]
    return head.role == "organisation" and bool(unit.cases) and unit.cases <= {"ablt"}


def is_person_part(unit: Unit) -> bool:
    """A transliterated name or a quoted one: not a place of the glossary."""
    return unit.kind == "name" and unit.role != "region"


def counted_noun(units: list[Unit], k: int) -> bool:
    """Whether the noun at ``k`` follows a count, over its adjectives ('3 специализированных
    магазина')."""
    j = k - 1
    while j > 0 and units[j].kind == "adj":
        j -= 1
    return is_count(units[j])


def is_count(unit: Unit) -> bool:
    """A number above one before a noun: 'two', '20'."""
    if unit.en in NUMBER_WORDS:
        return True
    # a year is no count: '2025 учебный год'
    return unit.kind == "num" and unit.en.isdigit() and 1 < int(unit.en) < 1900


def needs_article(units: list[Unit], k: int, of: list[bool]) -> bool:
    """Whether the group starting at ``k`` takes 'the': after a joint or 'of', an
    organisation, or a noun that a genitive follows ('on the development of …')."""
    prev = units[k - 1]
    j = k
    while j + 1 < len(units) and units[j].kind == "adj":
        j += 1
    head = units[j]
    if head.kind != "noun" or head.role in ("post", "region") or head.en.startswith("the "):
        return False
    if head.role in ("organisation", "gathering"):
        return prev.kind == "function" or of[k]
    joint = prev.kind == "function" and prev.en not in ("and", "or", ",")
    return joint and j + 1 < len(units) and of[j + 1]


def mark_en(token: str) -> str:
    """Marks as English writes them."""
    return {"№": "No.", "—": "–", "-": "–"}.get(token, token)


def title_case(text: str) -> str:
    """Content words with a capital, as English names of bodies and documents have them.

    >>> title_case("agreement on trade and economic cooperation")
    'Agreement on Trade and Economic Cooperation'
    """
    out = []
    for n, word in enumerate(text.split(" ")):
        if n and word in SMALL_WORDS:
            out.append(word)
        else:
            out.append(re.sub(r"(^[(“«]?|-)(\w)", lambda m: m[1] + m[2].upper(), word))
    return " ".join(out)


def is_plural(word: str) -> bool:
    """Whether the likeliest reading of a Russian word is plural."""
    parses = analyzer().parse(word.lower())
    if not parses or parses[0].tag.number != "plur":
        return False
    lemma = parses[0].normal_form
    return not any(p.tag.number == "sing" and p.normal_form == lemma for p in parses)


def cases_of(word: str, *, first: bool = False) -> frozenset[str]:
    """The cases a Russian word may be in (``first``: in its likeliest reading only)."""
    if not re.search("[А-Яа-яЁё]", word):
        return frozenset()
    parses = analyzer().parse(word.lower())[: 1 if first else None]
    return frozenset(str(p.tag.case) for p in parses if p.tag.case)


def pluralise(en: str) -> str:
    """The last English word in the plural.

    >>> pluralise("sphere"), pluralise("twin city"), pluralise("talks"), pluralise("branch")
    ('spheres', 'twin cities', 'talks', 'branches')
    """
    head, _, last = en.rpartition(" ")
    if last in IRREGULAR_PLURALS:
        return f"{head} {IRREGULAR_PLURALS[last]}".strip()
    if last.endswith(UNCOUNTED) or not last[-1:].isalpha():
        plural = last
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def is_proper(word: str) -> bool:
    """A name: tagged as one, or a word the dictionary does not know."""
    parses = analyzer().parse(word.lower())
    if not parses:
        return True
    if PROPER_TAGS & set(parses[0].tag.grammemes):
        return True
    return not any(p.is_known for p in parses)


def proper_lemma(word: str) -> str:
    """A name in the nominative: 'Самеда' → 'Самед'; the word itself when in doubt."""
    parses = analyzer().parse(word.lower())
    for p in parses:
        is_name = PROPER_TAGS & set(p.tag.grammemes)
        if is_name and p.tag.case == "gent" and p.tag.gender == "masc":
            return str(p.normal_form).capitalize()
    if not parses or any(p.tag.case == "nomn" for p in parses):
        return word
    return str(parses[0].normal_form).capitalize()


def ordinal_lemma(word: str) -> str | None:
    """The lemma of an ordinal numeral word ('Десятом' → 'десятый'), else None."""
    for p in analyzer().parse(word.lower()):
        if p.normal_form in ORDINALS:
            return str(p.normal_form)
    return None


def ordinal(n: int) -> str:
    """'1st', '2nd', '11th', '23rd'.

    >>> ordinal(1), ordinal(11), ordinal(22), ordinal(13)
    ('1st', '11th', '22nd', '13th')
    """
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def roman_value(numeral: str) -> int:
    """'XII' → 12.

    >>> roman_value("XII"), roman_value("IX")
    (12, 9)
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(numeral, [*numeral[1:], "I"], strict=True):
        total += -values[a] if values[a] < values[b] else values[a]
    return total


def transliterate(text: str) -> str:
    """Russian letters in Latin, by the Wikipedia scheme English news uses."""
    return str(iuliia.WIKIPEDIA.translate(text))
