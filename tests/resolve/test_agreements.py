"""One agreement however many languages name it."""

from __future__ import annotations

from datetime import date

from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    Event,
    EventKind,
    Extraction,
    Mention,
)
from liaison.resolve.agreements import resolve_agreements


def agreement(
    id_: str,
    title: str,
    signed: str | None,
    partners: tuple[str, ...] = ("BY",),
    kind: AgreementKind = AgreementKind.AGREEMENT,
) -> Agreement:
    return Agreement(
        id=id_,
        kind=kind,
        title=title,
        signed=signed,
        partners=partners,
        status=AgreementStatus.IN_FORCE,
        mentions=(Mention(start=0, end=9),),
    )


RUSSIAN = agreement(
    "ru",
    "Соглашение между Правительством области и Правительством Республики "
    "о торгово-экономическом, научно-техническом и культурном сотрудничестве",
    "2021",
)
ENGLISH_TITLE = (
    "Agreement between the Government of the Region and the Government of the "
    "Republic on trade, economic, scientific, technical and cultural cooperation"
)


def resolve(*agreements: Agreement, events: tuple[Event, ...] = ()) -> Extraction:
    extraction = Extraction(
        document=Document(id="page", path="page.html", lang="en"),
        agreements=agreements,
        events=events,
    )
    return resolve_agreements(extraction, [RUSSIAN])


def test_an_english_title_folds_into_the_russian_agreement() -> None:
    signing = Event(
        id="e",
        kind=EventKind.SIGNING,
        start=date(2021, 6, 4),
        end=date(2021, 6, 4),
        agreements=("en",),
        mentions=(Mention(start=0, end=9),),
    )
    result = resolve(agreement("en", ENGLISH_TITLE, None), events=(signing,))
    (folded,) = result.agreements
    assert folded.id == "ru"
    assert folded.title == RUSSIAN.title  # the note's own wording stays
    assert result.events[0].agreements == ("ru",)


def test_a_different_year_is_another_agreement() -> None:
    assert resolve(agreement("en", ENGLISH_TITLE, "2014")).agreements[0].id == "en"


def test_another_partner_is_another_agreement() -> None:
    other = agreement("en", ENGLISH_TITLE, None, partners=("MD-GA",))
    assert resolve(other).agreements[0].id == "en"


def test_too_few_common_subjects_is_not_enough() -> None:
    vague = agreement("en", "Agreement between the Governments on cooperation", None)
    assert resolve(vague).agreements[0].id == "en"
