"""One person however many initials a document gives them: 'Гейдара Алиева' is 'Алиев Г.'
and 'Г.А. Алиева' is 'Алиев Г.А.'; within one document both are Алиев Г.А.

A name folds into a fuller one of the same document when the surname is the same, its
initials begin the fuller name's initials, and no other fuller name fits: 'Алиев И.'
(Ильхам Алиев) goes to 'Алиев И.Г.', never to 'Алиев Г.А.', and stays as it is when the
document also names an 'Алиев И.А.'.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liaison.extract.name_spans import NamedPerson

CANONICAL = re.compile(r"^(?P<surname>\S.*?) (?P<initials>(?:[А-ЯЁA-Z]\.)+)$")


def fuller_names(names: Iterable[str]) -> dict[str, str]:
    """Each canonical name that abbreviates exactly one fuller name of the same set → that name.

    >>> fuller_names(["Алиев Г.", "Алиев Г.А.", "Алиев И.", "Алиев И.Г."])
    {'Алиев Г.': 'Алиев Г.А.', 'Алиев И.': 'Алиев И.Г.'}
    >>> fuller_names(["Алиев Г.", "Алиев Г.А.", "Алиев Г.Б."])
    {}
    >>> fuller_names(["Алиев Г.", "Алиева Г.А."])
    {}
    """
    by_surname: dict[str, dict[str, None]] = {}  # ordered: the same input, the same output
    for name in names:
        m = CANONICAL.match(name)
        if m is not None:
            by_surname.setdefault(m["surname"], {})[m["initials"]] = None
    folded: dict[str, str] = {}
    for surname, initials in by_surname.items():
        for short in initials:
            longer = [i for i in initials if len(i) > len(short) and i.startswith(short)]
            if len(longer) == 1:
                folded[f"{surname} {short}"] = f"{surname} {longer[0]}"
    return folded


def fold_initials(named: list[NamedPerson]) -> list[NamedPerson]:
    """The names read in a document, each short form replaced by the one fuller name it fits."""
    fuller = fuller_names(n.name for n in named)
    if not fuller:
        return named
    return [dataclasses.replace(n, name=fuller.get(n.name, n.name)) for n in named]
