"""The partner gazetteer: word forms, adjectives, the home side, the note's own partner."""

from __future__ import annotations

import iuliia
import pytest

from liaison.data import load_records
from liaison.extract.context import Context
from liaison.extract.directions import CAPITALS, capitals
from liaison.extract.partners import (
    finest_partner,
    gazetteer,
    implied_partners,
    lemma_key,
    partner_of_document,
    partners_from_text,
)
from liaison.model import Home


@pytest.mark.parametrize(
    ("words", "partner"),
    [
        ("Могилевом", "BY-MA-MOGILEV"),
        ("Могилёва", "BY-MA-MOGILEV"),
        ("в г. Могилеве", "BY-MA-MOGILEV"),
        ("Баку", "AZ-BA"),
        ("Витебске", "BY-VI-VITEBSK"),
        ("Брестом", "BY-BR-BREST"),
        ("Гродно", "BY-HR-GRODNO"),
        ("Новополоцке", "BY-VI-NOVOPOLOTSK"),
        ("Азербайджана", "AZ"),
        ("Азербайджанской Республикой", "AZ"),
        ("Республике Беларусь", "BY"),
        ("Беларуси", "BY"),
        ("Могилёвской области", "BY-MA"),
        ("Витебскую область", "BY-VI"),
        ("Первомайским районом города Минска", "BY-HM-PERVOMAYSKY"),
        ("Наримановского района Баку", "AZ-BA-NARIMANOVSKY"),
        ("Апшеронском районе", "AZ-ABS"),
        ("Хырдалане", "AZ-ABS-KHYRDALAN"),
        ("Мингечевире", "AZ-MI"),
        ("Губадлинского района", "AZ-QBI"),
        ("Казахстаном", "KZ"),
        ("Атырауской области", "KZ-ATY"),
        ("Republic of Belarus", "BY"),
        ("Azerbaijan’s capital", "AZ"),
        ("Gagauzia", "MD-GA"),
    ],
)
def test_partner_word_forms(make_document, words: str, partner: str) -> None:
    found = list(partners_from_text(make_document(words), Context()))
    assert [p.id for p in found] == [partner]
    span = found[0].mentions[0]
    assert lemma_key(words[span.start : span.end]) in gazetteer().cues


@pytest.mark.parametrize(
    ("words", "implied", "named"),
    [
        ("с участием азербайджанского капитала", ["AZ"], []),
        ("Брестским областным исполнительным комитетом Республики Беларусь", ["BY-BR"], ["BY"]),
        ("Могилевским областным Советом депутатов", ["BY-MA"], []),
        ("белорусских производителей", ["BY"], []),
        ("астраханских предприятий", [], []),
    ],
)
def test_adjectives_imply_but_do_not_name_a_partner(make_document, words, implied, named) -> None:
    assert implied_partners(words, Home()) == implied
    # An adjective implies a partner for a fact; only a name names one.
    assert [p.id for p in partners_from_text(make_document(words), Context())] == named


def test_home_side_is_never_a_partner(make_document) -> None:
    doc = make_document("Делегация Астраханской области и Российской Федерации посетила Баку.")
    assert [p.id for p in partners_from_text(doc, Context())] == ["AZ-BA"]


def test_home_elsewhere_makes_russia_a_partner(make_document) -> None:
    baku = Home(name="Баку", name_en="Baku", code="AZ-BA", country="AZ", cues=("баку",))
    doc = make_document("Делегация Баку посетила Россию и Азербайджан.")
    assert [p.id for p in partners_from_text(doc, Context(home=baku))] == ["RU"]


@pytest.mark.parametrize(
    ("ids", "finest"),
    [
        (["BY", "BY-MA", "BY-MA-MOGILEV"], ["BY-MA-MOGILEV"]),
        (["AZ", "AZ-ABS", "BY"], ["AZ-ABS", "BY"]),
        (["AZ-BA", "AZ-BA-NARIMANOVSKY", "AZ"], ["AZ-BA-NARIMANOVSKY"]),
        (["KZ", "XX-UNKNOWN"], ["KZ", "XX-UNKNOWN"]),
    ],
)
def test_finest_partner(ids, finest) -> None:
    assert finest_partner(ids) == finest


def test_gazetteer_parents_exist_and_slugs_follow_the_rule() -> None:
    partners = gazetteer().partners
    for partner in partners.values():
        assert partner.country in partners, partner.id
        assert partner.parent is None or partner.parent in partners, partner.id
        if partner.id.count("-") == 2:  # no ISO code: the parent's code and a Latin slug
            first_word = partner.name.split()[0]
            slug = iuliia.WIKIPEDIA.translate(first_word).upper()
            assert partner.id == f"{partner.parent}-{slug}", partner.id


def test_partner_of_document_from_title(make_document) -> None:
    doc = make_document("СПРАВКА\nО СОТРУДНИЧЕСТВЕ С МОГИЛЕВСКОЙ ОБЛАСТЬЮ\n\n· Визит в Минск.")
    assert partner_of_document(doc) == "BY-MA"


def test_partner_of_document_without_title_is_the_country_named_most(make_document) -> None:
    doc = make_document("Встреча в Баку. Визит в Минск. Поездка в Апшеронский район.", "ru")
    assert partner_of_document(doc) == "AZ"
    assert partner_of_document(make_document("Ничего о партнёрах.")) is None


@pytest.mark.parametrize(("number", "partner"), [("000", "AZ"), ("001", "BY"), ("004", "AZ")])
def test_partner_of_corpus_documents(corpus_document, number, partner) -> None:
    assert partner_of_document(corpus_document(number)) == partner


def test_corpus_partners(corpus_document) -> None:
    doc = corpus_document("001")
    found = {p.id for p in partners_from_text(doc, Context())}
    assert {"BY", "BY-MA", "BY-MA-MOGILEV", "BY-VI-VITEBSK", "BY-BR-BREST", "BY-HM"} <= found
    assert {"BY-HM-PERVOMAYSKY", "BY-VI-POLOTSK", "BY-VI-NOVOPOLOTSK", "BY-HR-GRODNO"} <= found
    assert "RU" not in found
    for partner in partners_from_text(doc, Context()):
        span = partner.mentions[0]
        assert lemma_key(doc.text[span.start : span.end]) in gazetteer().cues


@pytest.mark.parametrize(
    ("words", "partners"),
    [
        (
            "Делегация области побывала в Бухаре и провела переговоры с хокимиятом "
            "Навоийской области.",
            ["UZ-BU-BUKHARA", "UZ-NW"],
        ),
        (
            "Соглашение подписано с администрацией провинции Голестан в Горгане.",
            ["IR-27", "IR-27-GORGAN"],
        ),
        (
            "Губернатор принял делегацию Ширакской области во главе с мэром Гюмри.",
            ["AM-SH", "AM-SH-GYUMRI"],
        ),
        ("Предприниматели из Харбина приехали на выставку.", ["CN-HL-KHARBIN"]),
        ("Костанайский областной акимат и Актюбинская область", ["KZ-AKT"]),
        (
            "A delegation of the Kostanay Region visited Aktobe and Khujand.",
            ["KZ-KUS", "KZ-AKT-AKTOBE", "TJ-SU-KHUDZHAND"],
        ),
        ("Переговоры прошли в Ханое с делегацией Вьетнама и послом Кубы.", ["VN", "CU"]),
        ("Товарооборот составил 27,9 млн долл. США.", []),
    ],
)
def test_partners_beyond_the_first_offices(make_document, words: str, partners: list[str]) -> None:
    # Notes of other offices name regions and centres of every partner country, and more
    # countries; a sum in US dollars names none.
    found = [p.id for p in partners_from_text(make_document(words), Context())]
    assert found == partners


def test_the_shipped_case_keys_are_those_of_the_gazetteer_as_it_is() -> None:
    """partner_keys.json saves every process inflecting two thousand names; after an edit
    of partners.tsv it is ignored until `python -m liaison.extract.partners` writes it."""
    from liaison.extract.partners import case_keys, names_keys, shipped_keys

    shipped = shipped_keys()
    assert shipped, "partners.tsv changed: run `python -m liaison.extract.partners`"
    names = sorted(names_keys())
    assert set(shipped) == set(names)
    for name in names[:: max(1, len(names) // 40)]:
        assert shipped[name] == case_keys(name), name


def test_every_capital_is_a_place_the_gazetteers_know() -> None:
    """A capital missing from both gazetteers would be silently dropped: 'в столицу
    Ирана' would name no place."""
    listed = {r["country"] for r in load_records(CAPITALS)}
    assert set(capitals()) == listed
