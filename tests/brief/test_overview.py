"""The overview in prose, one paragraph per partner."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from liaison.brief import render_overview
from liaison.errors import NotFound
from liaison.model import KnowledgeBase

Golden = Callable[[str, str], None]


def test_group_overview_in_english_matches_golden(kb: KnowledgeBase, golden: Golden) -> None:
    golden("overview_az_by_en.md", render_overview(kb, ["AZ", "BY"], "en", sources=True))


def test_russian_overview_of_one_partner(kb: KnowledgeBase) -> None:
    text = render_overview(kb, ["Азербайджан"], "ru")
    assert text.startswith("# Сотрудничество Астраханской области с Азербайджанской Республикой")
    assert "В 2019–2025 гг. зафиксировано 10 контактов" in text
    assert "Последний: 5–7 мая 2025 г., визит делегации Апшеронского района" in text


def test_overview_names_the_latest_contact_in_english(kb: KnowledgeBase) -> None:
    text = render_overview(kb, ["BY"], "en")
    assert "In 2024, 1 contact on record: 1 visit from the region" in text
    assert "1–2 April 2024: visit of the delegation of Astrakhan Region to Mogilev Region." in text


def test_unknown_partner_in_a_group_is_reported(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound, match="'KZ'"):
        render_overview(kb, ["AZ", "KZ"], "en")
