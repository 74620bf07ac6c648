"""Organisations in the nominative, with kind and partner; every span is the words read."""

from __future__ import annotations

import pytest

from liaison.extract.agreements import agreements_from_text
from liaison.extract.context import Context
from liaison.extract.facts import facts_from_sphere_bullets
from liaison.extract.indicators import indicators_from_figures
from liaison.extract.organizations import kind_of, organizations_from_text
from liaison.extract.partners import partners_from_text


def names(doc) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.kind, o.partner) for o in organizations_from_text(doc, Context())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Проект поддержан Фондом Низами Гянджеви.", ("Фонд Низами Гянджеви", "ngo", None)),
        ("Договор с ООО «Каспийская верфь» продлён.", ("ООО «Каспийская верфь»", "company", None)),
        ("Резидент АО «ОЭЗ «Морской порт» расширился.", ("АО «ОЭЗ «Морской порт»", "zone", None)),
        (
            "Переговоры с Правительством Казахстана прошли.",
            ("Правительство Казахстана", "government", "KZ"),
        ),
        (
            "Встреча с Гомельским областным исполнительным комитетом состоялась.",
            ("Гомельский областной исполнительный комитет", "government", "BY-HO"),
        ),
        (
            "Студенты Бакинского государственного университета приехали.",
            ("Бакинский государственный университет", "university", "AZ-BA"),
        ),
        (
            "Книги переданы Русскому дому в Ташкенте.",
            ("Русский дом в Ташкенте", "ngo", "UZ-TK"),
        ),
        (
            "Выступил оркестр Туркменской национальной консерватории им. М. Абдуллаева.",
            None,
        ),
        (
            "Соглашение подписано с министерством экономики Республики Узбекистан.",
            ("Министерство экономики Республики Узбекистан", "government", "UZ"),
        ),
        (
            "Концерт дали в Доме дружбы Минска.",
            ("Дом дружбы Минска", "ngo", "BY-HM"),
        ),
        ("The Minsk Tractor Plant opened a centre.", ("Minsk Tractor Plant", "company", "BY-HM")),
    ],
)
def test_organization_names(make_document, text: str, expected) -> None:
    found = names(make_document(text, "en" if text.isascii() else "ru"))
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "Центром проведено 10 встреч.",  # a bare head noun is not a name
        "Прошёл фестиваль «Дом дружбы народов».",  # a head inside an event's quoted name
        "Встреча с Председателем Могилевского областного исполнительного комитета Ивановым И.И.",
    ],
)
def test_not_organizations_or_trimmed(make_document, text: str) -> None:
    found = [n for n, _, _ in names(make_document(text))]
    assert all("Иванов" not in n and "Дом дружбы народов" not in n for n in found)
    assert "Центр" not in found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("СЭЗ «Витебск»", "zone"),
        ("ФГБОУ ВО «Астраханский государственный технический университет»", "university"),
        ("МБОУ «Гимназия № 1»", "school"),
        ("Дума Астраханской области", "government"),
        ("Азербайджанский деловой центр", "centre"),
        ("ОАО «Минский тракторный завод»", "company"),
        ("Землячество казаков Азербайджана", "ngo"),
        ("Большой театр России", "other"),
    ],
)
def test_kind_of(name: str, kind: str) -> None:
    assert kind_of(name) == kind


EXPECTED = {
    "000": [
        ("Фонд Гейдара Алиева", None),
        ("Азербайджанский деловой центр", "AZ"),
        ("Астраханский деловой центр", None),
        ("ФГБОУ ВО «Астраханский государственный университет им. В.Н. Татищева»", None),
        (
            "Координационный совет общественных организаций российских соотечественников "
            "Азербайджанской Республики",
            "AZ",
        ),
        ("Русский дом в Баку", "AZ-BA"),
        ("Землячество казаков Азербайджана", "AZ"),
        ("Ассоциация университетов и научно-исследовательских центров прикаспийских стран", None),
        ("Правительство Азербайджанской Республики", "AZ"),
        ("Правительство Астраханской области", None),
    ],
    "001": [
        ("АО «ОЭЗ «Лотос»", None),
        ("СЭЗ «Витебск»", "BY-VI-VITEBSK"),
        ("ОАО «Минский тракторный завод»", "BY-HM"),
        ("Могилевский областной Совет депутатов", "BY-MA"),
        ("Брестский областной исполнительный комитет Республики Беларусь", "BY-BR"),
        ("Дума Астраханской области", None),
        ("Министерство сельского хозяйства и рыбной промышленности Астраханской области", None),
        ("Гродненское отделение Белорусской торгово-промышленной палаты", "BY-HR-GRODNO"),
    ],
}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_corpus_organizations(corpus_document, number: str) -> None:
    found = {
        (o.name, o.partner) for o in organizations_from_text(corpus_document(number), Context())
    }
    for name, partner in EXPECTED[number]:
        assert (name, partner) in found


RULES = (
    partners_from_text,
    agreements_from_text,
    organizations_from_text,
    facts_from_sphere_bullets,
    indicators_from_figures,
)


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_mention_is_the_words_it_came_from(corpus_document, number: str) -> None:
    doc = corpus_document(number)
    for rule in RULES:
        for obj in rule(doc, Context()):
            assert obj.mentions, obj
            for mention in obj.mentions:
                words = doc.text[mention.start : mention.end]
                assert words and words == words.strip(), (rule.__name__, mention)
                assert mention.rule in (rule.__name__,), mention
            span = doc.text[obj.mentions[0].start : obj.mentions[0].end]
            if hasattr(obj, "text"):
                assert span == obj.text
            if rule is organizations_from_text:
                assert span in (obj.name, *obj.aliases)


ODD = [
    "",
    "   \n\n  ",
    "Plain English news without any structure, numbers like 5 or agreements.",
    "· пункт\n- подпункт\n· ещё пункт (2020 г.)",
    "ЗАГОЛОВОК БЕЗ ТЕКСТА",
    "«незакрытая кавычка и (скобка 2021 г.",
    "Соглашение между и о на (2020 г.)",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_documents_yield_what_they_can(make_document, text: str) -> None:
    doc = make_document(text, "en" if text.isascii() else "ru")
    for rule in RULES:
        for obj in rule(doc, Context()):
            span = obj.mentions[0]
            assert 0 <= span.start < span.end <= len(text)
