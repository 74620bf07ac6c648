"""Figures: a number with its unit, multiplier, qualifier, date or period, partner and scope.

"Зарегистрировано 20 компаний с участием азербайджанского капитала (на 01.01.2025)" is
companies_with_foreign_capital = 20 компаний as of 2025-01-01 for AZ; "свыше 10 тысяч
гостей" is visitors = 10000, qualified "свыше"; "$2.6 billion in 2020" is
trade_turnover = 2.6e9 USD for 2020. A breakdown "в том числе в вузах – 353, в ссузах –
659" gives one more figure per part, with the metric and unit of the total and the part
as its scope ("вузы"). Years, dates, ordinals ("20-м заседании", "100-летию") and numbers
("№ 11", «Тройка – 2003») are not figures; neither is a number with no known unit.

The approximate qualifier (более, свыше, около, порядка, more than, …) stays in ``text``
and is added to ``scope`` in brackets: "гостей (свыше)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from liaison.extract.attribution import partner_near
from liaison.extract.context import Context
from liaison.extract.dates import DateSpan
from liaison.extract.facts import dates_in
from liaison.extract.partners import partner_of_document, tokens_between
from liaison.extract.spheres import QUOTED, SectionKind, parts, statements
from liaison.model import BlockKind, Document, Home, Indicator, Mention, Period, make_id
from liaison.text.morph import analyzer
from liaison.text.spans import Cover

NUMBER = re.compile(
    r"(?<![\w.,/№#-])(?P<cur>\$\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)(?![\w/-]|[.,]\d)"
    r"(?:\s*(?P<mult>тыс\.|тысяч[аи]?|млн\.?|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?"
    r"|thousand|million|billion|bn)(?![\w]))?"
    r"(?:\s+(?P<num2>\d+)\s+(?P<mult2>миллион(?:а|ов)?|тысяч[аи]?)(?![\w]))?"
)
PART = re.compile(r"\bв\s+(?P<scope>[а-яё]+)\s*[–—-]\s*(?P<num>\d+)(?!\w|[.,]\d)")
# The same with the number first: '(353 – в вузах, 659 – в ссузах)'.
PART_AFTER = re.compile(r"(?<![\d.,])(?P<num>\d+)\s*[–—-]\s*в\s+(?P<scope>[а-яё]+)")
MONTH_NEAR = re.compile(
    r"\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))",
    re.IGNORECASE,
)
MONTH_BEFORE = re.compile(
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+$"
)
QUALIFIER = re.compile(
    r"(?:более\s+чем|не\s+менее|более|свыше|около|порядка|почти|примерно|до|"
    r"more\s+than|over|about|nearly|almost|around|up\s+to|some)\s*$",
    re.IGNORECASE,
)
MULTIPLIERS = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9}
MULTIPLIERS |= {"миллиард": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}
UNITS = {
    **dict.fromkeys(("компания", "предприятие", "фирма", "организация"), "companies"),
    **dict.fromkeys(("company", "companies", "enterprise", "enterprises", "firms"), "companies"),
    **dict.fromkeys(("гражданин", "человек", "citizen", "citizens", "people"), "citizens"),
    **dict.fromkeys(("студент", "student", "students", "обучающийся"), "students"),
    **dict.fromkeys(("ед", "единица", "unit", "units"), "units"),
    **dict.fromkeys(("мероприятие", "встреча", "event", "events", "meeting", "meetings"), "events"),
    **dict.fromkeys(("гость", "посетитель", "visitor", "visitors"), "visitors"),
    **dict.fromkeys(("турист", "tourist", "tourists"), "tourists"),
    **dict.fromkeys(("доллар", "долл", "dollar", "dollars", "usd", "рубль", "евро"), "money"),
    **dict.fromkeys(("roubles", "rubles", "euros"), "money"),
    **dict.fromkeys(("документ", "document", "documents", "соглашение"), "documents"),
    **dict.fromkeys(("стипендия", "scholarship", "scholarships"), "scholarships"),
    **dict.fromkeys(("магазин", "shop", "shops", "store", "stores"), "shops"),
    **dict.fromkeys(("вуз", "школа", "university", "universities", "school"), "institutions"),
    **dict.fromkeys(("тонна", "tonne", "tonnes", "ton", "tons"), "cargo"),
    **dict.fromkeys(("километр", "km", "kilometres", "kilometers"), "length"),
}
LIST_UNITS = frozenset({"форум", "выставка", "ярмарка", "конгресс", "семинар", "forum", "fair"})
CURRENCIES = {"доллар": "USD", "долл": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD"}
CURRENCIES |= {"рубль": "RUB", "евро": "EUR", "roubles": "RUB", "rubles": "RUB", "euros": "EUR"}
# The metric of a unit by the words around its number (nearest first): money near
# 'товарооборот' is trade turnover, a percentage after 'вырос на' is growth.
CONTEXT_METRICS = (
    ("citizens", r"обуч|учебн|studen|train", "students"),
    ("citizens", r"посет|visit|проследова|пересек|прибыл|crossed|arrived", "visitors"),
    ("money", r"товарооборот|turnover|торгов|\btrade", "trade_turnover"),
    # 'trade … reached $1 billion, with the Pavlodar Region accounting for about $240
    # million': a share of the trade told before it
    ("money", r"\baccount(?:ing|ed|s)?\s+for\b", "trade_turnover"),
    ("money", r"экспорт|export|постав(?:к|л|ил)|supplie|shipment|shipped", "export"),
    ("cargo", r"экспорт|export|постав(?:к|л|ил)|supplie", "export"),
    ("money", r"импорт|import", "import"),
    ("money", r"инвест|invest|вложи", "investments"),
    ("percent", r"\bрост|вырос|увеличи|прирост|больше|выше", "growth"),
    ("percent", r"\bgr[eo]w|increase|\brose\b|\brise\b|year\s+on\s+year", "growth"),
    # '17% more than a year earlier', '12% higher than in 2023'
    ("percent", r"\b(?:more|higher|less|lower|fewer)\s+than\b", "growth"),
    ("percent", r"\b(?:up|down)\b(?=\s+(?:by\s+)?\d)", "growth"),
    ("percent", r"\bup\s+by|\bincreased", "growth"),
    ("percent", r"снизил|сократил|decline|decrease|\bfell\b|\bdown\s+by", "growth"),
)
# Companies counted in a note on a partner are its companies, or those with its capital.
PLAIN_METRICS = {
    "money": "amount",
    "percent": "share",
    "companies": "companies_with_foreign_capital",
}
METRIC_WINDOW = 120
UNIT_WINDOW = 6
# A sentence that goes on about the one before takes its period: "Их посетило свыше …".
CONTINUES = re.compile(r"(?:их|из\s+них|они|в\s+том\s+числе|of\s+them|they|these)\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number found in a sentence, before its metric is known."""

    start: int
    end: int
    value: float
    qualifier: str
    currency: str | None


THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def number_value(text: str, has_multiplier: bool = False) -> float:
    """A number as written: "4,4" and "2.6" are decimals; "2,400" standing alone is two
    thousand four hundred, as English writes it.

    >>> number_value("4,4"), number_value("2,400"), number_value("2,400", has_multiplier=True)
    (4.4, 2400.0, 2.4)
    """
    if not has_multiplier and THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def multiplier(word: str | None) -> float:
    """The factor of "тысяч", "млрд.", "billion"."""
    if not word:
        return 1.0
    low = word.lower().rstrip(".")
    return next((v for k, v in MULTIPLIERS.items() if low.startswith(k)), 1.0)


def figure_of(text: str, m: re.Match[str], start: int) -> Figure:
    """The value of a number match, its multiplier and qualifier applied."""
    value = number_value(m.group("num"), bool(m.group("mult"))) * multiplier(m.group("mult"))
    if m.group("num2"):
        value += number_value(m.group("num2")) * multiplier(m.group("mult2"))
    qualifier = QUALIFIER.search(text, max(start, m.start() - 12), m.start())
    begin = qualifier.start() if qualifier else m.start()
    return Figure(
        start=begin,
        end=m.end(),
        value=value,
        qualifier=qualifier.group().strip() if qualifier else "",
        currency="USD" if m.group("cur") else None,
    )


def is_excluded(text: str, m: re.Match[str], dates: Cover, quoted: Cover) -> bool:
    """Dates and years (the offsets ``dates`` covers), "№ 11", numbers inside quoted names."""
    start, end = m.span("num")
    if start in dates or end - 1 in dates:
        return True
    if MONTH_NEAR.match(text, end) or MONTH_BEFORE.search(text[max(0, start - 11) : start]):
        return True  # "7 октября", "December 7" without a year: a date, not a figure
    return text[max(0, start - 2) : start].strip().endswith("№") or start in quoted


# Looked for with a match at the number's end, not a slice to the sentence's end, so a
# sentence of many numbers costs linear time.
PERCENT_AFTER = re.compile(r"\s*%")


def unit_after(text: str, end: int, stop: int) -> tuple[str, int, int, str] | None:
    """The unit word among the next few words: (metric, start, end, lemma)."""
    if percent := PERCENT_AFTER.match(text, end, stop):
        at = percent.end() - 1
        return "percent", at, at + 1, "%"
    for tok in tokens_between(text, end, stop, UNIT_WINDOW):
        if re.search(r"[.,;:()]", text[end : tok.start]) and tok.lemma != "ед":
            return None
        # "3 тыс. т": the abbreviation of tonnes, which the lemmatiser reads as "так".
        word = "тонна" if text[tok.start : tok.end].lower() == "т" else tok.lemma
        if word in UNITS:
            dot = word in ("ед", "долл") and text[tok.end : tok.end + 1] == "."
            stop_at = tok.end + (1 if dot else 0)
            return UNITS[word], tok.start, stop_at, word
    return None


def scope_end(text: str, end: int, stop: int) -> int:
    """Past a list of like words: "встреч, форумов и выставок"."""
    following = tokens_between(text, end, stop)
    for tok in following:
        if tok.lemma in ("и", "and"):
            continue
        gap = text[end : tok.start]
        if not re.fullmatch(r"[\s,]*(?:(?:и|and)\s+)?", gap) or tok.lemma not in LIST_UNITS:
            break
        end = tok.end
    return end


def metric_of(base: str, sentence: str, at: int) -> str:
    """The metric of a unit in its sentence, by the cue nearest the number at ``at`` (an
    offset into ``sentence``): citizens "обучаются" are students, money "товарооборот …
    составил" is trade_turnover, "вырос на 18%" is growth."""
    if base == "percent" and SIGNED_CHANGE.search(sentence, max(0, at - 2), at):
        return "growth"  # '(+27% к 2023 г.)'
    best = nearest_cue(base, sentence[max(0, at - METRIC_WINDOW) : at + 40], min(at, METRIC_WINDOW))
    if best is None and EARLIER_YEAR.search(sentence, max(0, at - 16), at):
        # '… составил 387,4 млн долл. США (2023 г. – 328,3 млн …)': the year before's
        # value of the figure the sentence began with, however far back its word stands
        best = nearest_cue(base, sentence[:at], at)
    return best or PLAIN_METRICS.get(base, base)


# A sign before a percentage: a change ('+27%', '−5%').
SIGNED_CHANGE = re.compile(r"[+−](?:\s*)$")
# A year and a dash before a figure in brackets: another year's value ('(2023 г. – 328,3').
EARLIER_YEAR = re.compile(r"\(\s*(?:19|20)\d\d\s*(?:г\.|год)?\s*[–—-]\s*$")


def nearest_cue(base: str, window: str, here: int) -> str | None:
    """The metric whose cue stands nearest ``here`` in ``window`` for a unit ``base``: a
    cue before the number names it ("товарооборот составил 512,6 млн"); one after only
    when none comes before ("…, в том числе экспорт – 401,3")."""
    best: tuple[bool, int, str] | None = None
    for unit, cue, metric in CONTEXT_METRICS:
        if base != unit:
            continue
        for m in re.finditer(cue, window, re.IGNORECASE):
            rank = (m.start() > here, abs(m.start() - here), metric)
            if best is None or rank[:2] < best[:2]:
                best = rank
    return best[2] if best else None


# The year a change is measured against is not the figure's: "(рост на 12% к 2022 г.)",
# "на 23% больше, чем в 2022 г.", "больше показателя 2022 г.", "up 18% from 2022".
BASE_YEAR = re.compile(
    r"(?:\bк|чем\s+в|по\s+сравнению\s+с|относительно|против|показател[яюь]|уровн[яюь]"
    r"|than\s+in|compared\s+(?:to|with)|\bfrom|\bover)\s+(?:уровню\s+|показателю\s+)?$",
    re.IGNORECASE,
)


# What puts a figure at a day: 'на 01.01.2025', 'На 1 января 2025 г.', 'as of January 1'.
AS_OF = re.compile(r"(?<![А-Яа-яЁёA-Za-z])(?:на|as\s+of)\s*$", re.IGNORECASE)


def when(dates: list[DateSpan], text: str, at: int) -> tuple[date | None, Period | None]:
    """The date a figure holds at ("на 01.01.2025") or the period it covers (the nearest
    year, month or academic year of its sentence)."""
    for span in dates:
        before = text[max(0, span.start - 8) : span.start]
        if span.value.precision == "day" and AS_OF.search(before):
            return span.value.start, None
    years = [
        d
        for d in dates
        if d.value.precision != "day" and not BASE_YEAR.search(text[max(0, d.start - 24) : d.start])
    ]
    if not years:
        return None, None
    near = min(years, key=lambda d: abs(d.start - at))
    return None, Period(from_=near.value.start.year, to=near.value.end.year)


def plural_nominative(word: str) -> str:
    """ "вузах" → "вузы": the scope of a part of a total, as a list would name it."""
    parse = analyzer().parse(word.lower())[0]
    inflected = parse.inflect({"nomn", "plur"})
    return inflected.word if inflected is not None else word


def indicator_of(base: Indicator, **changes: object) -> Indicator:
    """An indicator with fields changed and its id recomputed from them."""
    new = replace(base, **changes)  # type: ignore[arg-type]
    when_ = new.as_of.isoformat() if new.as_of else new.period
    key = (new.metric, new.value, new.unit, when_, new.partner, new.scope)
    return replace(new, id=make_id("indicator", *key))


def with_qualifier(scope: str | None, qualifier: str) -> str | None:
    """The scope with the approximate qualifier kept: "гостей (свыше)"."""
    if not qualifier:
        return scope
    return f"{scope} ({qualifier})" if scope else qualifier


def figure_indicator(
    text: str, fig: Figure, unit: tuple[str, int, int, str], context: tuple[int, int]
) -> Indicator:
    """The indicator of a figure and its unit (date, period and partner set by the caller)."""
    base, ustart, uend, word = unit
    if uend <= fig.start:  # the unit named before its number: "число предприятий – 23 тысячи"
        return Indicator(
            id="",
            metric=PLAIN_METRICS.get(base, base),
            value=fig.value,
            unit=text[ustart:uend],
            scope=with_qualifier(text[ustart:uend], fig.qualifier),
            text=text[ustart : fig.end],
            mentions=(Mention(start=ustart, end=fig.end, rule=RULE),),
        )
    end = scope_end(text, uend, context[1])
    sentence = text[context[0] : context[1]]
    unit_text = fig.currency or CURRENCIES.get(word) or text[ustart:uend]
    scope = None if base in ("money", "percent") else text[fig.end : end].strip()
    metric = metric_of(base, sentence, fig.start - context[0])
    if metric == "growth":
        scope = what_grew(text, context[0], fig.start)
    return Indicator(
        id="",
        metric=metric,
        value=fig.value,
        unit=unit_text,
        scope=with_qualifier(scope or None, fig.qualifier),
        text=text[fig.start : max(end, uend)],
        mentions=(Mention(start=fig.start, end=max(end, uend), rule=RULE),),
    )


RULE = "indicators_from_figures"
# What a change is of: the last money cue before it ("рост товарооборота составил 24%").
GREW = re.compile(
    "|".join(rf"\w*(?:{cue})\w*" for unit, cue, _ in CONTEXT_METRICS if unit == "money"),
    re.IGNORECASE,
)


def what_grew(text: str, start: int, at: int) -> str | None:
    """The word before ``at`` in its sentence that names what changed, as written."""
    found = list(GREW.finditer(text, max(start, at - METRIC_WINDOW), at))
    return found[-1].group() if found else None


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of quoted names in ``text``."""
    return (m.span() for m in re.finditer(QUOTED, text))


def figures_in(text: str, start: int, end: int, published: date | None) -> list[Indicator]:
    """The indicators of one sentence, without date or partner yet."""
    dates = Cover((d.start, d.end) for d in dates_in(text, start, end, published))
    # Numbers in quoted names («Тройка – 2003») are not figures; in brackets they may be
    # ("(рост на 12% к 2022 г.)").
    quoted = Cover((start + a, start + b) for a, b in quote_spans(text[start:end]))
    found: list[Indicator] = []
    for m in NUMBER.finditer(text, start, end):
        if is_excluded(text, m, dates, quoted):
            continue
        fig = figure_of(text, m, start)
        unit = unit_after(text, m.end(), end)
        if unit is None and fig.currency:
            unit = ("money", m.end(), m.end(), "usd")
        if unit is None:
            unit = unit_before(text, start, fig.start)
        if unit is not None:
            found.append(figure_indicator(text, fig, unit, (start, end)))
        elif found and re.match(r"\s+(?:of\s+them|из\s+них)", text[m.end() : m.end() + 10]):
            span = Mention(start=fig.start, end=m.end(), rule=RULE)
            scope = with_qualifier("of them", fig.qualifier)
            found.append(
                replace(
                    found[-1],
                    value=fig.value,
                    text=text[fig.start : m.end()],
                    scope=scope,
                    mentions=(span,),
                )
            )
    parts_found = breakdown(text, start, end, found)
    # '(353 – в вузах, …)': a part of the total, not 353 institutions
    taken = [(p.mentions[0].start, p.mentions[0].end) for p in parts_found]
    found = [f for f in found if not any(a <= f.mentions[0].start < b for a, b in taken)]
    return found + parts_found + multiples(text, start, end, quoted)


# "вырос в 1,7 раза", "утроилась", "tripled": a change as a multiple (unit "раз").
TIMES = re.compile(
    r"(?<![\w.,])(?:в\s+(?P<num>\d+(?:[.,]\d+)?|дв[аое]|тр[иое]|четыре)\s+раза?\b"
    r"|(?P<fold>\d+(?:\.\d+)?)-fold\b)"
)
MULTIPLE_WORDS = re.compile(
    r"\b(?:(?P<two>удвои\w*|вдвое|doubled|twofold)|(?P<three>утрои\w*|втрое|tripled|threefold)"
    r"|(?P<four>учетвери\w*|вчетверо|quadrupled|fourfold))\b",
    re.IGNORECASE,
)
NUMBER_WORDS = {"два": 2.0, "две": 2.0, "двое": 2.0, "три": 3.0, "трое": 3.0, "четыре": 4.0}


def multiples(text: str, start: int, end: int, quoted: Cover) -> list[Indicator]:
    """Growth told as a multiple: "товарооборот вырос в 1,7 раза", "exports tripled"."""
    found = []
    for m in TIMES.finditer(text, start, end):
        word = (m.group("num") or m.group("fold")).lower()
        value = NUMBER_WORDS.get(word) or number_value(word)
        found.append((m.start(), m.end(), value))
    for m in MULTIPLE_WORDS.finditer(text, start, end):
        value = 2.0 if m.group("two") else 3.0 if m.group("three") else 4.0
        found.append((m.start(), m.end(), value))
    return [
        Indicator(
            id="",
            metric="growth",
            value=value,
            unit="раз",
            scope=what_grew(text, start, begin),
            text=text[begin:finish],
            mentions=(Mention(start=begin, end=finish, rule=RULE),),
        )
        for begin, finish, value in sorted(found)
        if begin not in quoted
    ]


# "число совместных предприятий превысило 23 тысячи": the unit before its number.
COUNTED = re.compile(
    r"\b(?:число|количество|number\s+of)\s+(?P<words>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:превысил[оа]?|составил[оа]?|достигл[оа]?|reached|exceeded|was|is|[–—-])"
    r"\s+(?:(?:более|свыше|почти|около|порядка|over|about|nearly|some)\s+)?$",
    re.IGNORECASE,
)


def unit_before(text: str, start: int, at: int) -> tuple[str, int, int, str] | None:
    """The unit a count names before its number ("число совместных предприятий превысило
    23 тысячи"): (metric, start, end, lemma), or None."""
    m = COUNTED.search(text, max(start, at - 80), at)
    if m is None:
        return None
    for tok in tokens_between(text, m.start("words"), m.end()):
        if tok.lemma in UNITS:
            return UNITS[tok.lemma], tok.start, tok.end, tok.lemma
    return None


def breakdown(text: str, start: int, end: int, found: list[Indicator]) -> list[Indicator]:
    """ "в вузах – 353, в ссузах – 659", "(353 – в вузах, 659 – в ссузах)": parts of the
    sentence's last total."""
    parts_found = []
    matches = sorted(
        [*PART.finditer(text, start, end), *PART_AFTER.finditer(text, start, end)],
        key=lambda m: m.start(),
    )
    for m in matches:
        totals = [
            i
            for i in found
            if i.mentions[0].end <= m.start() and not PART_AFTER.match(text, i.mentions[0].start)
        ]
        if not totals:
            continue
        span = Mention(start=m.start(), end=m.end(), rule=RULE)
        parts_found.append(
            replace(
                totals[-1],
                value=float(m.group("num")),
                text=m.group(),
                scope=plural_nominative(m.group("scope")),
                mentions=(span,),
            )
        )
    return parts_found


def dated(
    doc: Document,
    found: list[Indicator],
    sentence: tuple[int, int],
    home: Home,
    inherited: Period | None,
) -> list[Indicator]:
    """The sentence's indicators with their date or period and partner: the partner named
    nearest (``attribution.partner_near``), none for a group of partners, the document's
    own where the sentence names none."""
    dates = list(dates_in(doc.text, *sentence, doc.published))
    result = []
    for ind in found:
        as_of, period = when(dates, doc.text, ind.mentions[0].start)
        if as_of is None and period is None:
            period = inherited
        named, partner, group = partner_near(doc.text, home, sentence, ind.mentions[0].start)
        scope = ind.scope
        if group:
            scope = f"{scope}, {group}" if scope else group
        elif not named:
            partner = partner_of_document(doc, home)
        result.append(indicator_of(ind, as_of=as_of, period=period, partner=partner, scope=scope))
    return result


def of_that_amount(
    text: str, found: list[Indicator], total: Indicator | None, part_start: int
) -> list[Indicator]:
    """Money with no cue of its own after a total, in the same block or saying so ("Kazakhstan
    accounted for $640 million of that amount"), is a part of that total: it takes its
    metric. ``total`` is the last money total told before ``found``."""
    if total is None:
        return found
    says_so = any(
        THAT_AMOUNT.search(text, i.mentions[0].end, i.mentions[0].end + 40) for i in found
    )
    if total.mentions[0].start < part_start and not says_so:
        return found
    return [
        indicator_of(i, metric=total.metric) if i.metric == PLAIN_METRICS["money"] else i
        for i in found
    ]


MONEY_METRICS = frozenset(m for unit, _, m in CONTEXT_METRICS if unit == "money")
THAT_AMOUNT = re.compile(
    r"\s*(?:of\s+(?:that|this|the)\s+(?:amount|sum|total)|из\s+(?:этой|этого|них))"
)


def indicators_from_figures(doc: Document, ctx: Context) -> Iterator[Indicator]:
    """Every figure of the document's blocks, with unit, date or period, partner and scope."""
    # Only the last money total told matters to what follows: keeping it, not every
    # figure told, keeps a long note's figures linear in its length.
    total: Indicator | None = None
    for part in parts(doc):
        if part.section == SectionKind.TITLE or part.kind == BlockKind.HEADING:
            continue
        inherited: Period | None = None
        for sentence in statements(doc.text, part.start, part.end):
            found = figures_in(doc.text, *sentence, doc.published)
            follows = CONTINUES.match(doc.text, sentence[0]) is not None
            found = dated(doc, found, sentence, ctx.home, inherited if follows else None)
            found = of_that_amount(doc.text, found, total, part.start)
            inherited = found[-1].period if found else None
            total = next((i for i in reversed(found) if i.metric in MONEY_METRICS), total)
            yield from found
