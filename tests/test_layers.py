"""Imports point one way: read → extract → resolve → store → brief → cli/web."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "liaison"
# What each step may import from liaison (besides itself); anything else is a layering bug.
ALLOWED = {
    "model": {"errors"},
    "text": {"model", "errors"},
    "read": {"model", "text", "errors"},
    "extract": {"model", "text", "errors", "data"},
    "resolve": {"model", "text", "errors", "data"},
    "store": {"model", "text", "errors"},
    "brief": {"model", "text", "errors", "data"},
    "data": set(),
}
FRAMEWORKS = {"typer", "fastapi", "starlette", "click", "uvicorn"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


# config.py builds the Home from the shipped regions gazetteer, its cues lemmatised.
TOP_LEVEL = {"errors.py": set(), "config.py": {"errors", "model", "data", "text"}}


@pytest.mark.parametrize(("name", "allowed"), sorted(TOP_LEVEL.items()))
def test_top_level_modules_stay_leaves(name: str, allowed: set[str]) -> None:
    for imported in imported_modules(PACKAGE / name):
        if imported.startswith("liaison."):
            assert imported.split(".")[1] in allowed, f"{name} imports {imported}"


@pytest.mark.parametrize("step", sorted(ALLOWED))
def test_step_imports_only_what_it_may(step: str) -> None:
    for path in sorted((PACKAGE / step).rglob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            assert top not in FRAMEWORKS, f"{path.relative_to(PACKAGE)} imports {name}"
            if top == "liaison" and "." in name:
                target = name.split(".")[1]
                assert target == step or target in ALLOWED[step], (
                    f"{path.relative_to(PACKAGE)} imports {name}: {step}/ may use "
                    f"{sorted(ALLOWED[step])}"
                )
