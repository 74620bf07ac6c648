"""Figures with unit, multiplier, qualifier, date or period, partner and scope."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.indicators import indicators_from_figures
from liaison.model import Indicator, Period


def indicators(doc) -> list[Indicator]:
    return list(indicators_from_figures(doc, Context()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Работают 12 компаний с участием казахстанского капитала (на 01.07.2024).",
            ("companies_with_foreign_capital", 12.0, "компаний", date(2024, 7, 1), None, "KZ"),
        ),
        (
            "В 2023 г. продано 45 ед. техники.",
            ("units", 45.0, "ед.", None, Period(from_=2023, to=2023), None),
        ),
        (
            "В 2022 году выставку посетили свыше 3 тысяч гостей.",
            ("visitors", 3000.0, "гостей", None, Period(from_=2022, to=2022), None),
        ),
        (
            "Товарооборот с Ираном в 2021 году составил 1,5 млрд долларов.",
            ("trade_turnover", 1.5e9, "USD", None, Period(from_=2021, to=2021), "IR"),
        ),
        (
            "Trade turnover with Kazakhstan reached $1.2 billion in 2019.",
            ("trade_turnover", 1.2e9, "USD", None, Period(from_=2019, to=2019), "KZ"),
        ),
        (
            "В 2024/2025 учебном году обучаются 40 граждан Туркменистана.",
            ("students", 40.0, "граждан", None, Period(from_=2024, to=2025), "TM"),
        ),
        (
            "Товарооборот с Республикой Казахстан в 2023 г. составил почти 45 млн долл. США.",
            ("trade_turnover", 45e6, "USD", None, Period(from_=2023, to=2023), "KZ"),
        ),
        (
            "Через морской порт Оля в порт Актау перевезено около 3 тыс. т грузов (2023 г.).",
            ("cargo", 3000.0, "т", None, Period(from_=2023, to=2023), "KZ-MAN-AKTAU"),
        ),
        (
            "В области зарегистрировано 12 предприятий с туркменским капиталом (2022 г.).",
            (
                "companies_with_foreign_capital",
                12.0,
                "предприятий",
                None,
                Period(from_=2022, to=2022),
                "TM",
            ),
        ),
        (
            "В астраханских вузах обучаются до 2,3 тыс. студентов из Туркменистана.",
            ("students", 2300.0, "студентов", None, None, "TM"),
        ),
        (
            "Внешнеторговый оборот с Туркменистаном в 2023 г. вырос на 12% к 2022 г.",
            ("growth", 12.0, "%", None, Period(from_=2023, to=2023), "TM"),
        ),
        (
            "Через пункт пропуска в Азербайджан в 2023 г. проследовали свыше 1,1 млн человек.",
            ("visitors", 1.1e6, "человек", None, Period(from_=2023, to=2023), "AZ"),
        ),
        (
            "В 2023 г. с Казахстаном проведено 6 совместных выставочных и деловых мероприятий.",
            ("events", 6.0, "мероприятий", None, Period(from_=2023, to=2023), "KZ"),
        ),
    ],
)
def test_figures(make_document, text: str, expected: tuple) -> None:
    (found,) = indicators(make_document(text, "en" if text.isascii() else "ru"))
    assert (found.metric, found.value, found.unit, found.as_of, found.period, found.partner) == (
        expected
    )
    span = found.mentions[0]
    assert text[span.start : span.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "Проведён XI форум 20-м заседанием к 100-летию.",
        "Школа № 11 и СОШ №5 открыты 5 мая 2023 г.",
        "Визит состоялся 16–19 сентября 2019 г. (2019, 2020 гг.)",
        "Сеть магазинов «Тройка – 2003» работает.",
        "The meeting took place on December 7 and the B2B session in 2020.",
        "Просто 15 без названия.",
    ],
)
def test_not_figures(make_document, text: str) -> None:
    assert indicators(make_document(text)) == []


def test_qualifier_and_breakdown(make_document) -> None:
    text = (
        "В 2023 г. обучаются более 100 граждан Армении, в том числе в вузах – 70, в колледжах – 30."
    )
    total, universities, colleges = indicators(make_document(text))
    assert (total.value, total.metric, total.scope) == (100.0, "students", "граждан (более)")
    assert total.text == "более 100 граждан"
    assert [(i.value, i.scope, i.metric, i.partner) for i in (universities, colleges)] == [
        (70.0, "вузы", "students", "AM"),
        (30.0, "колледжи", "students", "AM"),
    ]
    assert universities.period == Period(from_=2023, to=2023)


def test_a_total_and_its_parts_each_by_the_cue_before_them(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Товарооборот с Ираном по итогам 2023 г. составил 512,6 млн долл. США, в том числе "
        "экспорт – 401,3 млн долл. США (рост на 12% к 2022 г.)."
    )
    found = indicators(make_document(text))
    assert [(i.metric, i.value, i.period) for i in found] == [
        ("trade_turnover", 512.6e6, Period(from_=2023, to=2023)),
        ("export", 401.3e6, Period(from_=2023, to=2023)),
        ("growth", 12.0, Period(from_=2023, to=2023)),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("За первое полугодие 2023 года товарооборот с Беларусью вырос в 1,7 раза.", 1.7),
        ("The governor said the region's exports to Serbia had tripled in 2023.", 3.0),
        ("В 2024 году взаимная торговля с Индией утроилась.", 3.0),
        ("В 2023 году товарооборот с Ираном вырос в два раза.", 2.0),
    ],
)
def test_growth_as_a_multiple(make_document, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    (found,) = indicators(make_document(text, "en" if text.isascii() else "ru"))
    assert (found.metric, found.value, found.unit) == ("growth", value, "раз")
    assert found.period is not None and found.partner is not None


def test_a_count_named_before_its_number(make_document) -> None:  # type: ignore[no-untyped-def]
    text = "В 2023 году число совместных с Казахстаном предприятий превысило 23 тысячи."
    (found,) = indicators(make_document(text))
    assert (found.metric, found.value, found.partner) == (
        "companies_with_foreign_capital",
        23000.0,
        "KZ",
    )
    span = found.mentions[0]
    assert text[span.start : span.end] == "предприятий превысило 23 тысячи"


def test_growth_in_english_news(make_document) -> None:  # type: ignore[no-untyped-def]
    text = "Trade with Azerbaijan reached $4.4 billion in 2023, a rise of 17.5% on the year before."
    found = indicators(make_document(text, "en"))
    assert [(i.metric, i.value) for i in found] == [("trade_turnover", 4.4e9), ("growth", 17.5)]


def test_a_share_of_trade_and_growth_told_against_a_year_earlier(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade between Kazakhstan and the Omsk Region reached $1.1 billion in 2024, with the "
        "Pavlodar Region accounting for about $240 million. In 2024, 410,000 tonnes of cargo "
        "moved through the port, 17% more than a year earlier."
    )
    found = indicators(make_document(text, "en"))
    assert [(i.metric, i.value) for i in found] == [
        ("trade_turnover", 1.1e9),
        ("trade_turnover", 2.4e8),
        ("cargo", 410000.0),
        ("growth", 17.0),
    ]


def test_figures_of_one_line_each_keep_their_own_date(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Объем товарооборота с Арменией по итогам 2023 г. составил 14,6 млн долл. США, что на "
        "31% больше показателя 2022 г. В регионе действуют 27 организаций с армянским "
        "капиталом (на 01.01.2024)."
    )
    found = indicators(make_document(text))
    assert [(i.metric, i.period, i.as_of) for i in found] == [
        ("trade_turnover", Period(from_=2023, to=2023), None),
        ("growth", Period(from_=2023, to=2023), None),
        ("companies_with_foreign_capital", None, date(2024, 1, 1)),
    ]


def test_growth_year_on_year(make_document) -> None:  # type: ignore[no-untyped-def]
    text = "Trade with Kazakhstan exceeded $600 million in 2023, up 12% year on year."
    found = indicators(make_document(text, "en"))
    assert [(i.metric, i.value, i.partner) for i in found] == [
        ("trade_turnover", 600e6, "KZ"),
        ("growth", 12.0, "KZ"),
    ]


def test_a_change_says_what_changed(make_document) -> None:  # type: ignore[no-untyped-def]
    text = "В 2024 г. рост товарооборота с Азербайджаном составил 24%, экспорт вырос в 1,5 раза."
    found = indicators(make_document(text))
    assert [(i.metric, i.value, i.scope, i.partner) for i in found] == [
        ("growth", 24.0, "товарооборота", "AZ"),
        ("growth", 1.5, "экспорт", "AZ"),
    ]


def test_a_following_sentence_takes_the_period(make_document) -> None:
    text = "· В 2024 г. прошло около 40 мероприятий. Их посетило свыше 2 тысяч гостей."
    events, visitors = indicators(make_document(text))
    assert (events.value, visitors.value) == (40.0, 2000.0)
    assert events.period == visitors.period == Period(from_=2024, to=2024)
    assert visitors.scope == "гостей (свыше)"


def test_corpus_000(corpus_document) -> None:
    found = {(i.metric, i.value): i for i in indicators(corpus_document("000"))}
    companies = found["companies_with_foreign_capital", 20.0]
    assert (companies.unit, companies.as_of, companies.partner) == (
        "компаний",
        date(2025, 1, 1),
        "AZ",
    )
    students = found["students", 1012.0]
    assert (students.period, students.partner) == (Period(from_=2025, to=2026), "AZ")
    assert found["students", 353.0].scope == "вузы" and found["students", 659.0].scope == "ссузы"
    assert found["events", 20.0].scope.endswith("(более)")
    assert found["events", 20.0].period == Period(from_=2024, to=2024)
    visitors = found["visitors", 10000.0]
    assert (visitors.text, visitors.period) == (
        "свыше 10 тысяч гостей",
        Period(from_=2024, to=2024),
    )
    assert found["events", 90.0].scope == "мероприятий (около)"
    assert found["events", 50.0].scope == "мероприятий (порядка)"
    values = {v for _, v in found}
    assert not values & {11.0, 100.0, 258.0, 150.0, 140.0}  # № 11, 100-летию, № 258, …


def test_corpus_001(corpus_document) -> None:
    found = {(i.metric, i.value): i for i in indicators(corpus_document("001"))}
    assert found["companies_with_foreign_capital", 6.0].partner == "BY"
    tractors = found["units", 230.0]
    assert (tractors.unit, tractors.period) == ("ед.", Period(from_=2024, to=2024))
    assert found["students", 5.0].partner == "BY"
    assert {found["students", 4.0].scope, found["students", 1.0].scope} == {"вузы", "ссузы"}


def test_corpus_003_trade_turnover(corpus_document) -> None:
    turnover = [i for i in indicators(corpus_document("003")) if i.metric == "trade_turnover"]
    assert [(i.value, i.unit, i.period) for i in turnover] == [
        (4e9, "USD", Period(from_=2022, to=2022)),
        (4.4e9, "USD", Period(from_=2023, to=2023)),
    ]
    assert turnover[1].scope == "почти"


def test_corpus_004(corpus_document) -> None:
    found = {i.metric: i for i in indicators(corpus_document("004"))}
    turnover = found["trade_turnover"]
    assert (turnover.value, turnover.unit, turnover.period) == (
        2.6e9,
        "USD",
        Period(from_=2020, to=2020),
    )
    assert turnover.partner == "AZ"
    documents = found["documents"]
    assert documents.value == 230.0 and documents.scope.endswith("(More than)")


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # goods shipped to the partner are exports, however the verb is put
        ("В 2024 г. в Узбекистан поставлено около 3 тыс. т кондитерских изделий.", ["export"]),
        # a sign before a percentage is a change
        (
            "Товарооборот с Китаем за 2024 г. – 118,3 млн долл. США (+27% к 2023 г.).",
            ["trade_turnover", "growth"],
        ),
        # the year before's value in brackets is the same figure's
        (
            "Товарооборот Самарской области с Республикой Узбекистан в 2024 г. составил 387,4 млн "
            "долл. США, увеличившись на 18% (2023 г. – 328,3 млн долл. США).",
            ["trade_turnover", "growth", "trade_turnover"],
        ),
    ],
)
def test_the_metric_a_reader_takes(make_document, text: str, metrics: list[str]) -> None:
    assert [i.metric for i in indicators(make_document(text))] == metrics


def test_a_figure_at_the_day_its_sentence_opens_with(make_document) -> None:
    text = (
        "На 1 января 2025 г. в области зарегистрировано 20 компаний с участием "
        "азербайджанского капитала."
    )
    (found,) = indicators(make_document(text))
    assert (found.metric, found.value, found.as_of) == (
        "companies_with_foreign_capital",
        20.0,
        date(2025, 1, 1),
    )


def test_parts_told_after_their_numbers_are_parts_of_the_total(make_document) -> None:
    text = (
        "В 2025/2026 учебном году в Астраханской области учатся 1012 граждан Азербайджана "
        "(353 – в вузах, 659 – в ссузах)."
    )
    assert [(i.metric, i.value, i.scope) for i in indicators(make_document(text))][1:] == [
        ("students", 353.0, "вузы"),
        ("students", 659.0, "ссузы"),
    ]
