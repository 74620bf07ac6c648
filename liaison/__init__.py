"""Liaison: a knowledge base of international cooperation, read from reference notes and news."""

__version__ = "0.1.0"
