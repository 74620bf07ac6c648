"""Two regions' notes on one partner in one knowledge base: each home's note shows its own.

The notes are written for this test: Tatarstan's and Astrakhan's contacts with
Uzbekistan, read with their own ``--home`` into the same knowledge base.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.brief import render_markdown, select_note
from liaison.cli import flow
from liaison.config import Settings, home_of
from liaison.model import Home, KnowledgeBase
from liaison.store import Store

TATARSTAN_NOTE = """\
СПРАВКА
О СОТРУДНИЧЕСТВЕ РЕСПУБЛИКИ ТАТАРСТАН С РЕСПУБЛИКОЙ УЗБЕКИСТАН

ХРОНОЛОГИЯ КОНТАКТОВ

· 15 мая 2024 г., встреча Раиса Республики Татарстан Минниханова Р.Н. с хокимом \
Самаркандской области Пулатовым Э.Р. в г. Казани.
· 10 сентября 2024 г., визит делегации Республики Татарстан во главе с Премьер-министром \
Республики Татарстан Песошиным А.В. в г. Ташкент.
"""
ASTRAKHAN_NOTE = """\
СПРАВКА
О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С РЕСПУБЛИКОЙ УЗБЕКИСТАН

ХРОНОЛОГИЯ КОНТАКТОВ

· 20 марта 2024 г., встреча Губернатора Астраханской области Бабушкина И.Ю. с \
Чрезвычайным и Полномочным Послом Республики Узбекистан в Российской Федерации \
Асадовым Б.Т. в г. Астрахани.
"""


@pytest.fixture
def shared_kb(tmp_path: Path) -> KnowledgeBase:
    """Tatarstan's note read with its home, then Astrakhan's with the default home."""
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    store = Store.open(url)
    for name, text, home in (
        ("ta_uz.txt", TATARSTAN_NOTE, home_of("Татарстан")),
        ("ast_uz.txt", ASTRAKHAN_NOTE, Home()),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        settings = Settings(database_url=url, home=home)
        assert [o.status for o in flow.ingest_files([path], settings, store)] == ["new"]
    return store.export()


def test_documents_keep_the_home_they_were_read_for(shared_kb: KnowledgeBase) -> None:
    homes = {Path(d.path).name: d.home for d in shared_kb.documents}
    assert homes == {"ta_uz.txt": "RU-TA", "ast_uz.txt": "RU-AST"}


def test_a_homes_note_shows_only_that_homes_contacts(shared_kb: KnowledgeBase) -> None:
    astrakhan = render_markdown(select_note(shared_kb, "UZ", home=Home()))
    assert "Бабушкина И.Ю." in astrakhan
    assert "Минниханова" not in astrakhan and "Песошиным" not in astrakhan
    tatarstan = render_markdown(select_note(shared_kb, "UZ", home=home_of("Татарстан")))
    assert "Минниханова Р.Н." in tatarstan and "Песошиным А.В." in tatarstan
    assert "Бабушкина" not in tatarstan
