"""Figures and statements go to the partner they are about, on pages about several."""

from __future__ import annotations

from liaison.extract.attribution import facts_from_partner_sentences, partner_near
from liaison.extract.context import Context
from liaison.extract.indicators import indicators_from_figures
from liaison.model import Home

OVERVIEW = (
    "Caspian partners: figures for 2024\n\n"
    "In 2024 the region's foreign trade with the Caspian states totalled $1.9 billion.\n\n"
    "Kazakhstan accounted for $640 million of that amount. Trade with Iran grew 1.5-fold "
    "over the year, to $520 million.\n\n"
    "There are 45 companies with Azerbaijani capital registered in the region. More than "
    "3,100 students from the Caspian states are studying at Astrakhan universities, 1,300 "
    "of them from Turkmenistan.\n"
)


def test_each_figure_goes_to_the_partner_named_nearest(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(OVERVIEW, "en")
    found = [(i.metric, i.value, i.partner) for i in indicators_from_figures(doc, Context())]
    assert found == [
        ("trade_turnover", 1.9e9, None),  # the Caspian states together
        ("trade_turnover", 640e6, "KZ"),  # "of that amount"
        ("trade_turnover", 520e6, "IR"),
        ("growth", 1.5, "IR"),
        ("companies_with_foreign_capital", 45.0, "AZ"),
        ("students", 3100.0, None),
        ("students", 1300.0, "TM"),
    ]


def test_the_partner_near_a_number_in_russian() -> None:
    text = (
        "Казахстан – ведущий внешнеторговый партнер региона: товарооборот в 2023 г. составил "
        "612,5 млн долл. США; через порт Оля в Иран отправлено 2,1 млн т грузов."
    )
    sentence = (0, len(text))
    assert partner_near(text, Home(), sentence, text.index("612,5")) == (True, "KZ", None)
    assert partner_near(text, Home(), sentence, text.index("2,1")) == (True, "IR", None)
    plain = "Товарооборот составил 5 млн долл. США."
    assert partner_near(plain, Home(), (0, len(plain)), 22) == (False, None, None)
    several = "В вузах обучаются 3 тыс. студентов из прикаспийских государств."
    assert partner_near(several, Home(), (0, len(several)), 18) == (
        True,
        None,
        "прикаспийских государств",
    )


def test_statements_of_a_page_about_several_partners(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(OVERVIEW, "en")
    facts = list(facts_from_partner_sentences(doc, Context()))
    # The first sentence speaks of the Caspian states together: a statement of none.
    assert [f.partners for f in facts] == [("KZ",), ("IR",), ("AZ",), ("TM",)]
    # A note with its own lists is read by the rules for lists, not sentence by sentence.
    note = make_document(
        "Справка\n• Казахстан, Иран и Туркменистан – партнеры.\n• С Азербайджаном – тоже.\n"
    )
    assert list(facts_from_partner_sentences(note, Context())) == []


def test_corpus_002_statements_go_to_each_partner(corpus_document) -> None:  # type: ignore[no-untyped-def]
    doc = corpus_document("002")
    facts = list(facts_from_partner_sentences(doc, Context()))
    for partner in ("KZ", "TM", "IR"):
        about = [f for f in facts if partner in f.partners]
        assert about, partner
    (dredgers,) = [f for f in facts if "dredgers" in f.text]
    assert dredgers.partners == ("KZ",)
    students = [i for i in indicators_from_figures(doc, Context()) if i.metric == "students"]
    assert students and all(i.partner is None for i in students)
