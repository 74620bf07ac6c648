"""Every word the interface shows is in the message catalogues, translated into Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

WEB = Path(__file__).resolve().parents[2] / "liaison" / "web"
METHODS = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def interface_words() -> set[str]:
    found = extract_from_dir(
        str(WEB),
        METHODS,
        keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None},
        options_map=OPTIONS,
    )
    return {m[2] if isinstance(m[2], str) else m[2][0] for m in found}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_interface_word_is_translated(lang: str) -> None:
    with (WEB / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as file:
        catalogue = read_po(file)
    missing = sorted(w for w in interface_words() if not (catalogue.get(w) and catalogue[w].string))
    assert not missing, f"not in the {lang} catalogue (run pybabel extract and update): {missing}"


def test_templates_hold_no_bare_russian_words() -> None:
    for template in sorted((WEB / "templates").glob("*.html")):
        text = template.read_text(encoding="utf-8")
        assert not any("а" <= c.lower() <= "я" for c in text), f"{template.name} has Russian text"
