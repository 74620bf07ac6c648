"""Agreement titles and parties as a reader wants them: a superseded agreement in the
nominative, the title's own abbreviation period kept, parties a sentence only refers to."""

from __future__ import annotations

import pytest

from liaison.extract.agreements import agreements_from_text
from liaison.extract.context import Context
from liaison.extract.titles import nominative_title
from liaison.model import Agreement, AgreementStatus

TOP = "СПРАВКА О СОТРУДНИЧЕСТВЕ С РЕСПУБЛИКОЙ БЕЛАРУСЬ\n\n"


def agreements_of(make_document, *bullets: str) -> list[Agreement]:
    """The agreements of a note whose top list holds ``bullets``."""
    doc = make_document(TOP + "".join(f"· {b}\n" for b in bullets))
    return list(agreements_from_text(doc, Context()))


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        ("Соглашения, действовавшего с 1999 г.", "Соглашение, действовавшее с 1999 г."),
        ("Соглашения, действовавшего с 1999 г", "Соглашение, действовавшее с 1999 г"),
        ("Меморандума, подписанного в 2010 г.", "Меморандум, подписанный в 2010 г."),
        ("Программы, утвержденной в 2015 г.", "Программа, утвержденная в 2015 г."),
        ("Плана мероприятий, принятого в 2018 г.", "План мероприятий, принятый в 2018 г."),
        ("Договора о дружбе", "Договор о дружбе"),
        ("Соглашения о сотрудничестве", "Соглашение о сотрудничестве"),
    ],
)
def test_nominative_title(cited: str, title: str) -> None:
    assert nominative_title(cited) == title


def test_superseded_agreement_is_named_in_the_nominative(make_document) -> None:
    newer, older = sorted(
        agreements_of(
            make_document,
            "Действует Соглашение между Правительством Астраханской области и Правительством "
            "Республики Беларусь о сотрудничестве (подписано в 2022 г. взамен Соглашения, "
            "действовавшего с 1998 г.).",
        ),
        key=lambda a: a.status == AgreementStatus.SUPERSEDED,
    )
    assert older.title == "Соглашение, действовавшее с 1998 г."
    assert (older.status, older.signed) == (AgreementStatus.SUPERSEDED, "1998")
    # `replaces` keeps the source's words, which read right after "взамен".
    assert newer.replaces == "Соглашения, действовавшего с 1998 г."


@pytest.mark.parametrize(
    ("bullet", "ending"),
    [
        ("Реализуется Программа сотрудничества на 2024–2026 гг.", "на 2024–2026 гг."),
        ("Реализуется Программа сотрудничества на 2024–2026 гг. (2024 г.).", "на 2024–2026 гг."),
        ("Реализуется Программа сотрудничества на 2024–2026гг.", "на 2024–2026гг."),
        ("Реализуется Программа сотрудничества на 2024–2026 г.г.", "на 2024–2026 г.г."),
        ("Действует Соглашение с университетом им. Н.К. Иванова.", "им. Н.К. Иванова"),
        ("Действует Соглашение о сотрудничестве в области культуры.", "в области культуры"),
        ("Реализуется План мероприятий на 2023–2025 годы.", "на 2023–2025 годы"),
    ],
)
def test_title_keeps_its_own_abbreviation_period(make_document, bullet: str, ending: str) -> None:
    (agreement,) = agreements_of(make_document, bullet)
    assert agreement.title.endswith(ending)


@pytest.mark.parametrize(
    ("bullet", "parties"),
    [
        (
            "Работают Белорусский торговый дом в г. Астрахани (2018 г.) и Астраханский деловой "
            "центр в Минске (2021 г.). Между центрами подписан Меморандум о сотрудничестве.",
            ("Белорусский торговый дом в г. Астрахани", "Астраханский деловой центр в Минске"),
        ),
        (
            "Работают Белорусский торговый дом и Астраханский деловой центр. Между ними "
            "подписано Соглашение о сотрудничестве.",
            ("Белорусский торговый дом", "Астраханский деловой центр"),
        ),
        (
            "Созданы Астраханский деловой центр и Белорусский торговый дом. Сторонами "
            "подписан Меморандум о сотрудничестве.",
            ("Астраханский деловой центр", "Белорусский торговый дом"),
        ),
        (
            "Работают Белорусский торговый дом, Астраханский деловой центр и Минский "
            "университет. Между ними подписан Меморандум о сотрудничестве.",
            (),  # three named: which two signed is not said
        ),
        (
            "Подписан Меморандум о сотрудничестве между городами Астраханью и Гродно.",
            ("город Астрахань", "город Гродно"),
        ),
    ],
)
def test_parties_referred_to_are_those_named_before(
    make_document, bullet: str, parties: tuple[str, ...]
) -> None:
    (agreement,) = agreements_of(make_document, bullet)
    assert agreement.parties == parties


def test_corpus_superseded_agreement_title(corpus_document) -> None:
    found = list(agreements_from_text(corpus_document("001"), Context()))
    (older,) = [a for a in found if a.status == AgreementStatus.SUPERSEDED]
    assert older.title == "Соглашение, действовавшее с 1999 г."
    newer = next(a for a in found if a.replaces)
    assert newer.replaces == "Соглашения, действовавшего с 1999 г."


def test_corpus_titles_keep_the_years_abbreviation(corpus_document) -> None:
    programme = next(a for a in agreements_from_text(corpus_document("000"), Context()) if a.period)
    assert programme.title.endswith("на 2024–2026 гг.")
