"""Every command a user can run is shown in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli.main import app, show_app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    return names + [f"show {c.name}" for c in show_app.registered_commands]


@pytest.mark.parametrize("name", command_names())
def test_command_is_in_the_readme(name: str) -> None:
    assert f"liaison {name}" in README, f"README.md shows no example of `liaison {name}`"
