"""`liaison user`: add, list, role, token, remove, with the password from standard input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner, Result

from liaison.cli.main import app
from liaison.store import Store

runner = CliRunner()
SECRET = "long enough secret"


def add_user(db: str, name: str, role: str, password: str = SECRET) -> Result:
    """`liaison user add NAME --role ROLE` with the password on standard input."""
    command = ["--db", db, "user", "add", name, "--role", role, "--password-stdin"]
    return runner.invoke(app, command, input=password + "\n")


def test_user_commands_manage_the_team(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.sqlite")
    added = add_user(db, "anna", "editor")
    assert added.exit_code == 0, added.stderr
    listed = runner.invoke(app, ["--db", db, "user", "list"])
    assert "anna" in listed.stdout and "editor" in listed.stdout
    assert runner.invoke(app, ["--db", db, "user", "role", "anna", "admin"]).exit_code == 0
    token = runner.invoke(app, ["--db", db, "user", "token", "anna"]).stdout.strip()
    with Store.open(f"sqlite:///{db}") as store:
        user = store.token_user(token)
        assert user is not None and user.role.value == "admin"
        assert store.signed_in("anna", SECRET) is not None
    assert runner.invoke(app, ["--db", db, "user", "remove", "anna"]).exit_code == 0
    with Store.open(f"sqlite:///{db}") as store:
        assert store.token_user(token) is None and store.users() == []


def test_bad_role_and_short_password_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.sqlite")
    role = add_user(db, "bob", "boss")
    assert role.exit_code == 1 and "use one of reader, editor, admin" in role.stderr
    short = add_user(db, "bob", "reader", "short")
    assert short.exit_code == 1 and "shorter than 8" in short.stderr


def test_commands_do_not_pay_for_the_web_application() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, liaison.cli.main; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for heavy in ("fastapi", "starlette", "uvicorn", "babel", "argon2"):
        assert f"'{heavy}'" not in loaded, f"importing the commands imports {heavy}"


def test_serve_is_a_command() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.stdout
