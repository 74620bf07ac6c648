"""What every rule may consult besides the document."""

from __future__ import annotations

from dataclasses import dataclass, field

from liaison.model import Home


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Resources a rule is given: the home side (its names in every case)."""

    home: Home = field(default_factory=Home)
