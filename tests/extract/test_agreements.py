"""Agreements in the top list, in sphere sections, in the chronology and in news."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.agreements import agreements_from_text, party_key
from liaison.extract.context import Context
from liaison.extract.pipeline import extract
from liaison.model import Agreement, AgreementKind, AgreementStatus, Home, Period

K, S = AgreementKind, AgreementStatus


def agreements(doc) -> list[Agreement]:
    return list(agreements_from_text(doc, Context()))


def top_list(doc) -> list[Agreement]:
    """The agreements stated before the first section heading."""
    end = doc.text.index("ОСНОВНЫЕ НАПРАВЛЕНИЯ")
    return [a for a in agreements(doc) if a.mentions[0].start < end]


def test_corpus_000_top_list(corpus_document) -> None:
    first, second = top_list(corpus_document("000"))
    assert (first.kind, first.status, first.signed, first.period) == (
        K.AGREEMENT,
        S.IN_FORCE,
        "2011",
        None,
    )
    assert first.parties == (
        "Правительство Астраханской области",
        "Правительство Азербайджанской Республики",
    )
    assert first.partners == ("AZ",)
    assert first.title.startswith("Соглашение между Правительством Астраханской области")
    assert first.title.endswith(
        "о торгово-экономическом, научно-техническом и культурном сотрудничестве"
    )
    assert (second.kind, second.status, second.signed) == (K.PROGRAMME, S.BEING_IMPLEMENTED, "2024")
    assert second.period == Period(from_=2024, to=2026)
    assert second.parties == ("Астраханская область", "Правительство Азербайджанской Республики")


def test_corpus_001_top_list(corpus_document) -> None:
    found = top_list(corpus_document("001"))
    kinds = [a.kind for a in found]
    # 12 bullets, one of which names the agreement it replaced: 13 agreements, all distinct.
    assert len(found) == 13 and len({a.id for a in found}) == 13
    assert kinds.count(K.MEMORANDUM) == 3 and kinds.count(K.PLAN) == 2
    assert kinds.count(K.WORKING_GROUP) == 1
    assert [a.status for a in found].count(S.IN_FORCE) == 10


def test_corpus_001_replaced_agreement(corpus_document) -> None:
    found = top_list(corpus_document("001"))
    old = next(a for a in found if a.status == S.SUPERSEDED)
    new = next(a for a in found if a.replaces)
    assert (old.signed, old.kind, old.partners) == ("1999", K.AGREEMENT, ("BY",))
    assert (new.signed, new.status) == ("2021", S.IN_FORCE)
    assert new.replaces == "Соглашения, действовавшего с 1999 г."
    assert (
        old.parties
        == new.parties
        == (
            "Правительство Астраханской области",
            "Правительство Республики Беларусь",
        )
    )
    assert old.id != new.id


def test_corpus_001_sub_national_partners(corpus_document) -> None:
    found = top_list(corpus_document("001"))
    mogilev = next(a for a in found if a.kind == K.MEMORANDUM and "Могилев" in a.title)
    assert mogilev.partners == ("BY-MA-MOGILEV",)
    assert mogilev.parties == (
        "муниципальное образование «Городской округ город Астрахань»",
        "город Могилев",
    )
    brest = next(a for a in found if "Брестским" in a.title)
    assert (brest.partners, brest.signed) == (("BY-BR",), "1999")
    assert brest.parties == (
        "Брестский областной исполнительный комитет Республики Беларусь",
        "Администрация Астраханской области Российской Федерации",
    )
    duma = next(a for a in found if "Думой" in a.title)
    assert duma.parties == ("Дума Астраханской области", "Могилевский областной Совет депутатов")
    assert duma.partners == ("BY-MA",)
    twins = next(a for a in found if "городами" in a.title)
    assert twins.parties == ("город Астрахань", "город Витебск")
    assert twins.partners == ("BY-VI-VITEBSK",)


def test_corpus_001_chronology_mentions_collide_with_the_top_list(corpus_document) -> None:
    doc = corpus_document("001")
    found = agreements(doc)
    chronology = doc.text.index("ХРОНОЛОГИЯ")
    signed_later = [a for a in found if a.mentions[0].start > chronology]
    assert {a.signed for a in signed_later} == {"2023-02-16", "2023-03-19", "2024-10-27"}
    assert all(a.status == S.SIGNED for a in signed_later)
    earlier_ids = {a.id for a in found if a.mentions[0].start < chronology}
    memorandum = next(a for a in signed_later if a.kind == K.MEMORANDUM)
    plan = next(a for a in signed_later if a.period == Period(from_=2023, to=2025))
    lotos = next(a for a in signed_later if "Лотос" in a.title)
    assert {memorandum.id, plan.id, lotos.id} <= earlier_ids
    new_plan = next(a for a in signed_later if a.period == Period(from_=2025, to=2026))
    assert new_plan.id not in earlier_ids and new_plan.partners == ("BY-MA",)


def test_corpus_001_agreements_in_sphere_sections(corpus_document) -> None:
    found = agreements(corpus_document("001"))
    lotos = [a for a in found if a.title.startswith("Соглашение между АО") and "СЭЗ" in a.title]
    assert [(a.signed, a.partners) for a in lotos] == [
        ("2017", ("BY-VI-VITEBSK",)),
        ("2023", ("BY-MA-MOGILEV",)),
        ("2023", ("BY-BR-BREST",)),
    ]
    assert all(a.parties[0] == "АО «ОЭЗ «Лотос»" for a in lotos)
    contract = next(a for a in found if a.kind == K.CONTRACT)
    assert contract.signed == "2022" and len(contract.parties) == 2


def test_corpus_000_agreements_in_sphere_sections(corpus_document) -> None:
    found = agreements(corpus_document("000"))
    culture = next(a for a in found if "в области культуры" in a.title)
    assert culture.spheres == ("culture",) and culture.signed == "2023"
    memo = next(a for a in found if a.kind == K.MEMORANDUM)
    # "Между центрами подписан …": the two centres named in the sentence before it.
    assert memo.status == S.SIGNED and memo.parties == (
        "Азербайджанский деловой центр в г. Астрахани",
        "Астраханский деловой центр в Баку",
    )


def test_corpus_004_action_program(corpus_document) -> None:
    (program,) = agreements(corpus_document("004"))
    assert program.kind == K.PROGRAMME
    assert program.period == Period(from_=2022, to=2022)
    assert program.signed == "2021-12-07"
    assert program.title.startswith("Action Program for 2022")


NOTE = """СПРАВКА О СОТРУДНИЧЕСТВЕ

· Действует Меморандум о дружбе между Астраханской областью и Витебской областью (2016 г.).
· Реализуется Дорожная карта развития связей на 2025–2027 годы (2024 г.).
· Подписан Протокол о намерениях между городом Астраханью и городом Гродно.

В сфере культуры

· Заключено соглашение о гастролях между Астраханской филармонией и Гомельским театром (2021 г.).
· Концерт прошёл в рамках Соглашения о дружбе.

ХРОНОЛОГИЯ КОНТАКТОВ

· 3 марта 2024 г., визит в Гродно. Заседание Рабочей группы. Подписание Протокола о намерениях
между городами Астраханью и Гродно.
"""


def test_own_note(make_document) -> None:
    found = agreements(make_document(NOTE))
    kinds = [(a.kind, a.status, a.signed) for a in found]
    assert kinds == [
        (K.MEMORANDUM, S.IN_FORCE, "2016"),
        (K.ROADMAP, S.BEING_IMPLEMENTED, "2024"),
        (K.PROTOCOL, S.SIGNED, None),
        (K.AGREEMENT, S.SIGNED, "2021"),
        (K.PROTOCOL, S.SIGNED, "2024-03-03"),
    ]
    assert found[0].parties == ("Астраханская область", "Витебская область")
    assert found[0].partners == ("BY-VI",)
    assert found[1].period == Period(from_=2025, to=2027)
    assert found[2].id == found[4].id  # the same protocol, listed and then signed
    assert found[4].parties == ("город Астрахань", "город Гродно")
    assert found[3].spheres == ()


@pytest.mark.parametrize(
    ("party", "key"),
    [
        ("город Могилев", "BY-MA-MOGILEV"),
        ("Могилевская область", "BY-MA"),
        ("город Астрахань", "home:city"),
        ("муниципальное образование «Городской округ город Астрахань»", "home:city"),
        ("Астраханская область", "home"),
        ("Дума Астраханской области", "дума астраханский область"),
        ("СЭЗ «Витебск»", "сэз витебск"),
    ],
)
def test_party_key(party: str, key: str) -> None:
    assert party_key(party, Home()) == key


def test_english_news_relative_date(make_document) -> None:
    text = (
        "Kazakhstan and Astrakhan region have signed a Roadmap for 2023-2024 on trade.\n\n"
        "The document was signed by the ministers on March 3.\n"
    )
    doc = make_document(text, "en", date(2023, 3, 5))
    (roadmap,) = agreements(doc)
    assert (roadmap.kind, roadmap.signed) == (K.ROADMAP, "2023-03-03")
    assert roadmap.period == Period(from_=2023, to=2024) and roadmap.partners == ("KZ",)


@pytest.mark.parametrize(
    "text",
    ["", "Соглашение", "· Подписано\n", "(((", "Agreement between and", "между и о (2020 г.)"],
)
def test_odd_texts_never_raise(make_document, text: str) -> None:
    doc = make_document(text)
    for found in agreements(doc):
        assert all(0 <= m.start < m.end <= len(doc.text) for m in found.mentions)


def test_standing_agreements_in_the_plural_are_one_of_that_kind_without_a_year(
    make_document,
) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "В сфере образования\n"
        "· Действуют соглашения о сотрудничестве между вузами области и республики.\n"
        "· Подписаны соглашения между АО «Порт» и СЭЗ «Брест» (2023 г.).\n"
    )
    found = list(agreements_from_text(doc, Context()))
    assert [(a.signed, a.status.value) for a in found] == [(None, "in_force"), ("2023", "signed")]


def partner_keys(found: list[Agreement]) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(a.kind.value, a.signed, a.partners) for a in found]


def test_the_subject_of_a_signing_is_the_home_side_party(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Договорная база\n"
        "1. Каспийским институтом морского и речного транспорта заключено Соглашение о "
        "сотрудничестве с Каспийским университетом технологий и инжиниринга (г. Актау) "
        "(2021 г.).\n"
    )
    (found,) = agreements(doc)
    assert found.parties == (
        "Каспийский институт морского и речного транспорта",
        "Каспийский университет технологий и инжиниринга",
    )
    assert (found.signed, found.partners) == ("2021", ("KZ-MAN-AKTAU",))


def test_one_agreement_per_partner_a_sentence_lists(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Договорная база\n"
        "• Астраханским государственным техническим университетом заключены соглашения о "
        "сотрудничестве с Гилянским университетом, Университетом Мазандарана и Тегеранским "
        "университетом (2023 г.).\n"
        "• Заключены соглашения о побратимстве между г. Астраханью и городами Туркменбаши и "
        "Балканабадом (2021 г.).\n"
        "• Особой экономической зоной «Лотос» заключены соглашения о сотрудничестве с "
        "компаниями из Мумбаи, Ченнаи и Ахмадабада (2023 г.).\n"
    )
    found = agreements(doc)
    assert partner_keys(found) == [
        ("agreement", "2023", ("IR-01",)),
        ("agreement", "2023", ("IR-02",)),
        ("agreement", "2023", ("IR-23",)),
        ("agreement", "2021", ("TM-B-TURKMENBASHI",)),
        ("agreement", "2021", ("TM-B-BALKANABAD",)),
        ("agreement", "2023", ("IN-MUMBAI",)),
        ("agreement", "2023", ("IN-CHENNAI",)),
        ("agreement", "2023", ("IN-AHMEDABAD",)),
    ]
    assert found[1].parties == (
        "Астраханский государственный технический университет",
        "Университет Мазандарана",
    )
    assert len({a.id for a in found}) == len(found)


def test_a_state_level_agreement_between_two_foreign_sides_is_not_split(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Справочно: Соглашение между Правительством Российской Федерации и Правительством "
        "Республики Сербия о свободной торговле действует с 2006 г.\n"
    )
    (found,) = agreements(doc)
    assert found.parties == (
        "Правительство Российской Федерации",
        "Правительство Республики Сербия",
    )
    # In force since 2006: when it was signed the note does not say.
    assert (found.status, found.signed) == (S.IN_FORCE, None)


def test_the_date_after_what_became_of_it(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Справочно: Декларация о союзническом взаимодействии между Российской Федерацией и "
        "Азербайджанской Республикой подписана 22 февраля 2022 г. в Москве.\n"
        "– Астраханским государственным техническим университетом и Университетом в "
        "Нови-Саде подписан Меморандум о сотрудничестве в области аквакультуры "
        "(17 апреля 2023 г.).\n"
    )
    declaration, memorandum = agreements(doc)
    assert declaration.signed == "2022-02-22"
    assert declaration.parties == ("Российская Федерация", "Азербайджанская Республика")
    assert memorandum.signed == "2023-04-17"
    assert memorandum.title == "Меморандум о сотрудничестве в области аквакультуры"


def test_a_lead_in_line_gives_its_items_their_status(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Между Астраханской областью и Туркменистаном действуют:\n"
        "- Меморандум о взаимопонимании между Астраханским государственным университетом и "
        "Туркменским государственным институтом транспорта и связи (2023 г.).\n"
    )
    (found,) = agreements(doc)
    assert (found.status, found.signed) == (S.IN_FORCE, "2023")


def test_an_agreement_the_text_builds_on_with_its_signing_year(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "Сотрудничество строится на основе Соглашения между Правительством Астраханской "
        "области и Гомельским областным исполнительным комитетом о сотрудничестве, "
        "подписанного в 2016 г. В его развитие реализуется План мероприятий на 2023–2025 гг.\n"
    )
    agreement, plan = agreements(doc)
    assert (agreement.kind, agreement.signed, agreement.partners) == (
        K.AGREEMENT,
        "2016",
        ("BY-HO",),
    )
    assert (plan.kind, plan.signed, plan.status) == (K.PLAN, None, S.BEING_IMPLEMENTED)


def test_a_signing_in_the_chronology_of_a_listed_agreement_is_that_agreement(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "1.2. Реализуется План мероприятий по развитию приграничного сотрудничества на "
        "2024–2026 гг., подписанный в ходе визита делегации в г. Баку в 2024 г.\n"
        "Хронология взаимодействия\n"
        "1) С 3 по 5 мая 2024 г. – официальный визит делегации в г. Баку:\n"
        "   - подписание Плана мероприятий по развитию приграничного сотрудничества.\n"
    )
    found = agreements(doc)
    assert len({a.id for a in found}) == 1
    assert found[0].signed == "2024"


def test_a_signing_news_tells_without_a_date_is_dated_by_the_contact(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A delegation of Turkmenistan's Balkan Province arrived in Astrakhan on February 19 "
        "for a two-day working visit.\n\n"
        "The next day the hakim and Governor Igor Babushkin signed a memorandum of "
        "cooperation between the Government of the Astrakhan Region and the Balkan Province "
        "administration.\n"
    )
    (found,) = agreements(make_document(text, "en", date(2024, 2, 21)))
    assert (found.kind, found.signed) == (K.MEMORANDUM, "2024-02-20")
    text = (
        "Заседание комиссии прошло в Астрахани.\n\n"
        "По итогам заседания сопредседатели подписали протокол.\n"
    )
    (found,) = agreements(make_document(text, "ru", date(2025, 8, 23)))
    assert (found.kind, found.signed) == (K.PROTOCOL, "2025-08-23")


def test_plural_agreements_on_two_subjects_and_a_joint_statement(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "По итогам переговоров подписаны межправительственные соглашения о сотрудничестве "
        "в энергетике и о создании филиалов российских вузов в Казахстане. Главы государств "
        "также приняли совместное заявление.\n"
    )
    found = agreements(make_document(text, "ru", date(2024, 11, 28)))
    assert [(a.kind, a.signed) for a in found] == [
        (K.AGREEMENT, "2024-11-28"),
        (K.AGREEMENT, "2024-11-28"),
        (K.DECLARATION, "2024-11-28"),
    ]
    assert [a.title for a in found[:2]] == [
        "Соглашение о сотрудничестве в энергетике",
        "Соглашение о создании филиалов российских вузов в Казахстане",
    ]


def test_a_day_within_an_english_title_is_its_signing(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Astrakhan State University and Atyrau University signed a cooperation agreement in "
        "Atyrau on 12 April 2022, during a visit of a university delegation.\n"
    )
    (found,) = agreements(make_document(text, "en"))
    assert found.signed == "2022-04-12"


def test_plain_lines_under_a_lead_in_are_its_items(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Действующие документы:\n"
        "Соглашение между Правительством Астраханской области и Кабинетом Министров "
        "Туркменистана о сотрудничестве (2020 г.);\n"
        "Меморандум о сотрудничестве между Правительством Астраханской области и хякимликом "
        "Балканского велаята (2024 г.).\n"
        "Соглашение о сотрудничестве с Туркменистаном обсуждается.\n"
    )
    found = agreements(make_document(text))
    assert [(a.kind, a.signed, a.status) for a in found] == [
        (K.AGREEMENT, "2020", S.IN_FORCE),
        (K.MEMORANDUM, "2024", S.IN_FORCE),
    ]


def test_corpus_001_one_agreement_per_university_listed(corpus_document) -> None:  # type: ignore[no-untyped-def]
    doc = corpus_document("001")
    listed = [
        a for a in agreements(doc) if "Барановичским" in doc.text[a.mentions[0].start :][:120]
    ]
    assert [a.parties[0] for a in listed] == [
        "ФГБОУ ВО «Астраханский государственный технический университет»"
    ] * 3
    assert [a.parties[1] for a in listed] == [
        "Барановичский государственный университет",
        "Белорусский государственный университет информатики и радиоэлектроники",
        "Белорусско-Российский университет",
    ]
    assert [a.partners for a in listed] == [("BY-BR-BARANOVICHI",), ("BY",), ("BY",)]
    # "Дирекции культурно-массовых программ принял участие …" states no programme.
    assert not [a for a in agreements(doc) if "принял участие" in a.title]


def test_parties_named_before_the_kind_word(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "I. Правовая база\n"
        "а) Между Правительством Астраханской области и Министерством территориального "
        "управления и инфраструктур Республики Армения в 2017 г. подписано Соглашение о "
        "торгово-экономическом сотрудничестве.\n"
    )
    (found,) = agreements(doc)
    assert found.parties == (
        "Правительство Астраханской области",
        "Министерство территориального управления и инфраструктур Республики Армения",
    )
    assert (found.signed, found.partners) == ("2017", ("AM",))


def test_twin_cities_listed_without_the_home_side(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "• Заключены соглашения о побратимстве с городами Ташкент и Самарканд (2019 г.).\n"
        "• Администрацией г. Астрахани заключены соглашения о побратимстве с городами Нови-Сад "
        "и Ниш (2019 г.).\n"
    )
    found = agreements(doc)
    assert [a.partners for a in found] == [
        ("UZ-TK",),
        ("UZ-SA-SAMARKAND",),
        ("RS-NOVI-SAD",),
        ("RS-NIS",),
    ]
    assert found[2].parties == ("Администрация г. Астрахани", "город Нови-Сад")


def test_an_english_title_ends_before_where_and_when_it_was_signed(make_document) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Igor Babushkin and Akim of Mangystau Region Nurlan Nogayev signed an action "
        "plan for 2024-2026 in Aktau on Monday, June 10.\n"
    )
    (found,) = agreements(make_document(text, "en", date(2024, 6, 11)))
    assert (found.kind, found.title, found.signed) == (
        K.PLAN,
        "action plan for 2024-2026",
        "2024-06-10",
    )
    assert found.period == Period(from_=2024, to=2026)


def test_a_bare_mention_in_the_same_year_is_another_agreement(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "· Действует Соглашение о сотрудничестве между Думой Астраханской области и "
        "Могилевским областным Советом депутатов (2023 г.).\n"
        "В сфере образования\n"
        "· Астраханский ГМУ и Белорусский государственный медицинский университет заключили "
        "соглашение о сотрудничестве в рамках конгресса (2023 г.).\n"
    )
    found = agreements(doc)
    assert len({a.id for a in found}) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Планируется подписание Меморандума о взаимопонимании в сфере туризма с Самаркандской "
        "областью.",
        "Соглашение о сотрудничестве с хокимиятом Хорезмской области будет подписано в 2026 г.",
        "A memorandum on tourism with the Samarkand Region is to be signed next year.",
        "Прорабатывается проект Соглашения о сотрудничестве с хокимиятом Хорезмской области.",
        "Companies from the three sides signed 14 contracts worth 3.5 billion rubles.",
    ],
)
def test_an_agreement_still_to_come_or_a_count_is_none(make_document, sentence: str) -> None:
    text = f"СПРАВКА О СОТРУДНИЧЕСТВЕ С УЗБЕКИСТАНОМ\n\nДоговорно-правовая база\n\n{sentence}\n"
    lang = "en" if sentence.isascii() else "ru"
    assert extract(make_document(text, lang=lang), Context()).agreements == ()


def test_what_an_agreement_is_now_outranks_its_signing(make_document) -> None:
    text = (
        "СПРАВКА О СОТРУДНИЧЕСТВЕ С АЗЕРБАЙДЖАНОМ\n\nДоговорно-правовая база\n\n"
        "В 2024 году утверждена Программа мероприятий по развитию сотрудничества между "
        "Астраханской областью и Правительством Азербайджанской Республики на 2024–2026 гг., "
        "она реализуется.\n"
    )
    (programme,) = extract(make_document(text), Context()).agreements
    assert programme.status == AgreementStatus.BEING_IMPLEMENTED
    assert programme.title.endswith("на 2024–2026 гг.")
    assert programme.signed == "2024"


def test_counted_agreements_of_cooperation_are_still_agreements(make_document) -> None:
    text = (
        "СПРАВКА О СОТРУДНИЧЕСТВЕ С КАЗАХСТАНОМ\n\nДоговорно-правовая база\n\n"
        "В 2023 г. подписаны 2 соглашения о сотрудничестве с Атырауской областью и Мангистауской "
        "областью.\n"
    )
    found = extract(make_document(text), Context()).agreements
    assert {p for a in found for p in a.partners} == {"KZ-ATY", "KZ-MAN"}


def test_english_agreements_keep_their_own_years_and_statuses(make_document) -> None:
    doc = make_document(
        "On Monday the two presidents signed a memorandum of understanding on cooperation "
        "in agriculture.\n\n"
        "Putin referred to the Declaration on Strategic Partnership the two countries "
        "signed in 2019.\n\n"
        "Ties with the Gilan Province rest on memoranda of understanding signed in 2017.\n\n"
        "The Government of Astrakhan Region and the Trade House also signed a memorandum "
        "on the promotion of goods. The memorandum was signed by Igor Babushkin and the "
        "director of the Trade House.\n\n"
        "Cooperation is based on the Agreement on trade and economic cooperation, which was "
        "signed in 2004 and remains in force.",
        lang="en",
        published=date(2024, 8, 19),
    )
    found = [(a.kind, a.signed, a.status) for a in agreements(doc)]
    assert found == [
        (AgreementKind.MEMORANDUM, "2024-08-19", AgreementStatus.SIGNED),
        (AgreementKind.DECLARATION, "2019", AgreementStatus.SIGNED),
        (AgreementKind.MEMORANDUM, "2017", AgreementStatus.SIGNED),
        # told with no day of its own after Monday's: signed at that contact
        (AgreementKind.MEMORANDUM, "2024-08-19", AgreementStatus.SIGNED),
        (AgreementKind.AGREEMENT, "2004", AgreementStatus.IN_FORCE),
    ]


def test_a_plan_under_an_agreement_keeps_its_own_year_and_status(make_document) -> None:
    doc = make_document(
        "По итогам встречи стороны подписали план мероприятий на 2024–2026 годы по "
        "реализации соглашения о сотрудничестве между Правительством Оренбургской области и "
        "акиматом Актюбинской области, подписанного в 2019 году.\n\n"
        "Following the talks, the two governors signed a plan of joint events for 2025-2026 "
        "under the cooperation agreement between the two regions.\n\n"
        "The sides agreed to draw up a new plan of joint events for 2027-2028.",
        published=date(2024, 5, 15),
    )
    found = [(a.kind, a.signed, a.status) for a in agreements(doc)]
    assert found == [
        (AgreementKind.PLAN, "2024", AgreementStatus.SIGNED),
        (AgreementKind.AGREEMENT, "2019", AgreementStatus.SIGNED),
        (AgreementKind.PLAN, "2024", AgreementStatus.SIGNED),
        (AgreementKind.AGREEMENT, None, AgreementStatus.IN_FORCE),
    ]


def test_regions_sharing_one_noun_are_each_a_partner(make_document) -> None:
    doc = make_document(
        "Соглашения\n\n– Действуют соглашения о сотрудничестве Правительства Астраханской "
        "области с Согдийской и Хатлонской областями Республики Таджикистан (2019 г.).\n"
    )
    (found,) = agreements(doc)
    assert (found.signed, set(found.partners)) == ("2019", {"TJ-SU", "TJ-KT"})


def test_a_kind_word_quoted_by_itself_names_an_agreement(make_document) -> None:
    doc = make_document(
        "Соглашения\n\n3. Реализуется «дорожная карта» развития сотрудничества Алтайского края "
        "и Баян-Улгийского аймака на 2024–2026 гг., подписанная 28.09.2023 в г. Улгии.\n"
        "4. Работает АНО «Центр поддержки соглашений о сотрудничестве».\n"
    )
    assert [(a.kind, a.signed) for a in agreements(doc)] == [(AgreementKind.ROADMAP, "2023-09-28")]


def test_a_signing_in_a_sub_item_is_dated_by_the_item_above(make_document) -> None:
    doc = make_document(
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
        "– с 3 по 5 мая 2024 г. – визит делегации Астраханской области в Согдийскую область:\n"
        "      · 5 мая – подписание Плана мероприятий на 2024–2026 гг.\n",
        published=date(2025, 9, 1),
    )
    assert [(a.kind, a.signed) for a in agreements(doc)] == [(AgreementKind.PLAN, "2024-05-05")]
