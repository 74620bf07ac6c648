"""Tests of the read step: every format into a Document."""
