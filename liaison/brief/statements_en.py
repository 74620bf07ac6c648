"""A note's statement of cooperation said in English from its structure, or marked Russian.

The notes write a statement as a verb of what happened and the thing it happened to:
'Подписано Соглашение о … (2023 г.)', 'Состоялась встреча …', 'Учреждена стипендия …', or
as a bare noun group in a list ('реконструкция сквера …'). English turns the first into
'<the thing> was <done>' and keeps the second as a noun group; both translated group by
group from the glossary. A statement with a word the glossary does not know, or of another
shape, stays the Russian original, marked so, rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date

from liaison.brief.clauses_en import sentences
from liaison.brief.dates import format_date
from liaison.brief.english import russian_original
from liaison.brief.translate import NameLookup, translate_phrase
from liaison.text.morph import analyzer

# Verbs the notes open statements with, by lemma: English past participle or phrase. '{be}'
# takes was/were (a past form) or is/are (a present one).
VERBS: dict[str, str] = {
    "подписать": "{be} signed",
    "установить": "{be} set up",
    "открыть": "{be} opened",
    "учредить": "{be} established",
    "провести": "{be} held",
    "состояться": "took place",
    "пройти": "took place",
    "выступить": "performed",
    "посетить": "visited",
    "реализовать": "{be} implemented",
    "реализоваться": "{be} being implemented",
    "присвоить": "{be} conferred",
    "передать": "{be} handed over",
    "направить": "{be} sent",
    "зарегистрировать": "{be} registered",
    "действовать": "{be} in force",
    "работать": "{be} operating",
    "осуществляться": "{be} carried out",
    "вестись": "{be} carried out",
    "создать": "{be} set up",
    "организовать": "{be} organised",
    "заключить": "{be} concluded",
    "наладить": "{be} established",
    "обучаться": "{be} studying",
    "производиться": "{be} carried out",
    "проводиться": "{be} held",
}
# The same verbs in the active voice ('Судостроители передали …'): the simple past.
ACTIVE: dict[str, str] = {
    "передать": "handed over", "подписать": "signed", "провести": "held", "открыть": "opened",
    "установить": "set up", "заключить": "concluded", "направить": "sent",
    "реализовать": "implemented", "организовать": "organised", "учредить": "established",
    "составить": "amounted to", "выступить": "performed", "проследовать": "passed",
}  # fmt: skip
# A verb and the noun that makes a phrase of it, by lemma and word.
PAIRS: dict[tuple[str, str], str] = {
    ("принять", "участие"): "took part",
    ("проходить", "обучение"): "{be} studying",
    ("пройти", "обучение"): "{be} trained",
    ("принимать", "участие"): "{take} part",
}
CYRILLIC = re.compile("[А-Яа-яЁё]")
YEARS_TAIL = re.compile(r"\s*\((?P<years>[^()]*\d{4}[^()]*)\)\s*[.;:]?\s*$")
AS_OF = re.compile(r"^на (\d{2})\.(\d{2})\.(\d{4})$")


def statement_en(text: str, names: NameLookup | None = None) -> str:
    """A statement in English, or its Russian original marked '[ru]'; English as it is.

    >>> statement_en("Подписано Соглашение о сотрудничестве в области культуры (2023 г.).")
    'Agreement on cooperation in the field of culture was signed (2023).'
    >>> statement_en("Проведен смотр маяков.")
    '[ru] Проведен смотр маяков.'
    """
    if not CYRILLIC.search(text):
        return text
    body, years, end = split_tail(text)
    english = body_en(f"{body}:" if end == ":" else body, names)
    years_en = tail_en(years)
    if english is None or years_en is None:
        return russian_original(text)
    stamp = f" ({years_en})" if years_en else ""
    return f"{english.removesuffix(':')}{stamp}{end}"


def split_tail(text: str) -> tuple[str, str, str]:
    """(the statement, its years in English, its closing mark)."""
    stripped = text.rstrip()
    end = stripped[-1] if stripped[-1:] in ".;:" else ""
    match = YEARS_TAIL.search(stripped)
    if match is None:
        return stripped.rstrip(".;:"), "", end
    years = re.sub(r"\s*гг?\.?", "", match["years"]).strip()
    as_of = AS_OF.match(years)
    if as_of is not None:
        day = date(int(as_of[3]), int(as_of[2]), int(as_of[1]))
        years = f"as of {format_date(day, 'en')}"
    return stripped[: match.start()].rstrip(" ,"), years, end or "."


def tail_en(tail: str) -> str | None:
    """The bracket after a statement in English: 'Баку, 2022' → 'Baku, 2022'; None if a
    place in it cannot be said."""
    parts = []
    for part in tail.split(", "):
        since = re.fullmatch(r"с (\d{4})", part)
        english = f"since {since[1]}" if since else part
        english = translate_phrase(part) if CYRILLIC.search(english) else english
        if english is None:
            return None
        parts.append(english)
    return ", ".join(parts)


def body_en(body: str, names: NameLookup | None) -> str | None:
    """Every sentence of a statement in English, or None if one cannot be said."""
    out = []
    for sentence in sentences(body):
        english = verb_sentence(sentence, names) or noun_statement(sentence, names)
        if english is None:
            return None
        out.append(english[:1].upper() + english[1:])
    return ". ".join(out)


def verb_sentence(text: str, names: NameLookup | None) -> str | None:
    """A sentence around one of the verbs the notes use: 'Подписано Соглашение …' →
    'Agreement … was signed'; 'Спортсмены … приняли участие в …' → '… took part in …';
    'В 2024 г. … прошло 20 встреч' → '20 meetings took place in 2024 …'."""
    is_lead = text.endswith(":")
    words = text.rstrip(":").split()
    for n, word in enumerate(words):
        form = verb_form(word, words[n + 1] if n + 1 < len(words) else "")
        if form is None:
            continue
        english_verb, plural, present, used = form
        before, after = " ".join(words[:n]), " ".join(words[n + used :])
        subject, rest = (before, after) if opens_with_noun(before) else (after, before)
        if rest and subject == before and oblique_role(rest) == "к":
            rest = f"к {rest}"  # 'передали туркменской стороне …': to the Turkmen side
        role = oblique_role(before) if before and subject == before else None
        if role is not None:
            # the doer or the receiver of a passive deed: 'Землячеством … направлена помощь'
            subject, rest = after, f"{role} {before}"
        if not subject and not is_lead:
            return None
        verb_plural = plural
        plural = plural or bool(re.match(r"(?:\d+|свыше|более|около)\s", subject))
        be = ("are" if plural else "is") if present else ("were" if plural else "was")
        parts = [
            translate_phrase(subject, names, title=False, plural=verb_plural) if subject else "",
            translate_phrase(rest, names, title=False) if rest else "",
        ]
        if None in parts:
            return None
        take = "took" if not present else ("take" if plural else "takes")
        verb = english_verb.format(be=be, take=take)
        said = [parts[0] or "the following", verb, parts[1] or ""]
        return " ".join(w for w in said if w) + (":" if is_lead else "")
    return None


def oblique_role(text: str) -> str | None:
    """A Russian joint that says a group before a passive verb is its doer (instrumental
    alone: 'силами', 'by') or its receiver (dative alone: 'к', 'to'); else None."""
    # the cases the words up to the first noun share: 'Астраханским фондом' is instrumental
    cases: set[str] | None = None
    for word in text.lower().split():
        parses = analyzer().parse(word)
        found = {str(p.tag.case) for p in parses if p.tag.case}
        cases = found if cases is None else cases & found
        if parses and parses[0].tag.POS == "NOUN":
            break
    cases = cases or set()
    if cases and cases <= {"ablt"}:
        return "силами"
    if cases and cases <= {"datv"}:
        return "к"
    return None


def opens_with_noun(text: str) -> bool:
    """Whether a group opens with a noun, adjective or number (a subject), not a
    preposition (an adverbial: 'В 2024 г.', 'На их площадках')."""
    if not text:
        return False
    first = text.split()[0]
    if first[0].isdigit():
        return True
    parses = analyzer().parse(first.lower())
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO")


def verb_form(word: str, after: str) -> tuple[str, bool, bool, int] | None:
    """(English of the verb, whether plural, whether present, words it takes) for a verb
    of the table, the noun it goes with included ('приняли участие' → 'took part')."""
    parses = analyzer().parse(word.lower())
    if not parses or parses[0].tag.POS not in ("PRTS", "VERB"):
        return None
    for p in parses:
        if p.tag.POS not in ("PRTS", "VERB"):
            continue
        lemmas = (str(p.normal_form), infinitive_of(p))
        is_active = p.tag.POS == "VERB" and not word.lower().endswith(("ся", "сь"))
        active = next((ACTIVE[lm] for lm in lemmas if lm in ACTIVE), None)
        if is_active and active is not None and p.tag.tense == "past":
            return active, p.tag.number == "plur", False, 1
        pair = next(
            (PAIRS[(lm, after.lower())] for lm in lemmas if (lm, after.lower()) in PAIRS), None
        )
        english = pair or next((VERBS[lm] for lm in lemmas if lm in VERBS), None)
        if english is not None:
            return english, p.tag.number == "plur", p.tag.tense == "pres", 2 if pair else 1
    return None


def infinitive_of(parse: object) -> str:
    """The infinitive a short participle comes from ('подписано' → 'подписать')."""
    inflected = parse.inflect({"INFN"}) if hasattr(parse, "inflect") else None
    return str(inflected.word) if inflected is not None else ""


def noun_statement(body: str, names: NameLookup | None) -> str | None:
    """A statement that is a noun group: 'реконструкция сквера …' → 'reconstruction of …'."""
    first = body.split(" ", 1)[0]
    parses = analyzer().parse(first.lower())
    if not parses or parses[0].tag.POS != "NOUN":
        return None
    return translate_phrase(body, names, title=False)
