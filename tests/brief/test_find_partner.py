"""A partner asked for by any of its names, in any word form or script, or by the place's
own word alone ('Мангистауской' for the Mangystau Region)."""

from __future__ import annotations

import pytest

from liaison.brief.partners import find_partner
from liaison.errors import NotFound
from liaison.model import Partner

PARTNERS = [
    Partner(id="KZ", name="Казахстан", name_en="Kazakhstan", entered_by="t"),
    Partner(id="KZ-MAN", name="Мангистауская область", name_en="Mangystau Region", entered_by="t"),
    Partner(id="KZ-ATY", name="Атырауская область", name_en="Atyrau Region", entered_by="t"),
    Partner(id="KZ-ATY-ATYRAU", name="Атырау", name_en="Atyrau", entered_by="t"),
    Partner(id="AZ-ABS", name="Апшеронский район", name_en="Absheron District", entered_by="t"),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Мангистауской", "KZ-MAN"),
        ("Мангистауская", "KZ-MAN"),
        ("Mangystau", "KZ-MAN"),
        ("Атырауской", "KZ-ATY"),  # the region's adjective, not the city
        ("Атырау", "KZ-ATY-ATYRAU"),
        ("Апшеронского", "AZ-ABS"),
        ("Казахстаном", "KZ"),
    ],
)
def test_a_partner_by_the_words_a_user_types(query: str, expected: str) -> None:
    assert find_partner(PARTNERS, query).id == expected


def test_an_unknown_partner_names_the_closest() -> None:
    with pytest.raises(NotFound) as caught:
        find_partner(PARTNERS, "Гилянской")
    assert "no partner 'Гилянской'" in str(caught.value)
