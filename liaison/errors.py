"""The errors Liaison reports to a user: each says what is wrong, where, and what to do."""

from __future__ import annotations


class LiaisonError(Exception):
    """Base of every error meant for a user: ``message`` says what, ``hint`` what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}; {self.hint}" if self.hint else self.message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Sent back whole from a worker process: the hint too, not only the message.
        return type(self), (self.message, self.hint)


class UnsupportedFormat(LiaisonError):
    """The file is of a kind Liaison does not read (legacy .doc, images, archives)."""


class UnreadableDocument(LiaisonError):
    """The file is of a known kind but cannot be read: empty, damaged, encrypted, too large."""


class InvalidFact(LiaisonError):
    """A fact breaks an invariant of the model (end before start, no source)."""


class ConfigError(LiaisonError):
    """Settings, a database address or a home region that cannot be used."""


class StoreError(LiaisonError):
    """The knowledge base refused an operation."""


class TemplateError(LiaisonError):
    """A briefing template is missing or broken."""


class NotFound(LiaisonError):
    """A partner, person or event asked for by name or id is not in the knowledge base."""
