"""Extraction does work in proportion to a note's length, counted, not timed.

Timing belongs to ``benchmarks/extract_sizes.py``; here the count of Python calls an
extraction makes stands for its work. A pass that asks, for each fact, a question of the
whole document (hashing all its blocks, counting all its names, scanning all figures told
so far) makes that count grow with the square of the length. Work done inside a regular
expression is not a call, so a rule that matches from a sentence's start is counted by the
characters it is given.
"""

from __future__ import annotations

import cProfile
import pstats
import re
from collections.abc import Callable

import pytest

from liaison.cli.app import EXAMPLES
from liaison.extract import organizations, parties
from liaison.extract.pipeline import Context, extract
from liaison.model import Document
from liaison.read import read_document
from liaison.text.spans import Cover
from tests.extract.conftest import document_of

SAMPLE = EXAMPLES / "kazakhstan_note.docx"


def long_note(copies: int) -> Document:
    """The sample note ``copies`` times over, each copy numbered so no two are the same."""
    text = read_document(SAMPLE, max_bytes=10**7).text
    return document_of("".join(f"Раздел {n}.\n{text}\n" for n in range(1, copies + 1)))


def calls(work: Callable[[], object]) -> int:
    """How many Python calls ``work`` makes (each step of a generator counts)."""
    profile = cProfile.Profile()
    profile.runcall(work)
    return sum(row[1] for row in pstats.Stats(profile).stats.values())


def test_eight_times_the_note_is_about_eight_times_the_work() -> None:
    extract(long_note(1), Context())  # load the models and vocabularies first
    short, long = long_note(2), long_note(16)
    ratio = calls(lambda: extract(long, Context())) / calls(lambda: extract(short, Context()))
    assert ratio < 8 * 1.2  # 7.7 when linear; 11.7 when hashing blocks for every fact


def test_a_document_hashes_with_the_same_work_whatever_its_blocks() -> None:
    short, long = long_note(1), long_note(10)
    assert hash(long) == hash(long_note(10))
    assert calls(lambda: hash(short)) == calls(lambda: hash(long))


def test_organisation_heads_after_a_found_phrase_are_skipped_as_before() -> None:
    text = (
        "Министерством образования Республики Казахстан и Фондом Гейдара Алиева, "
        "а также ООО «Центр» и Центром «Дом»"
    )
    found = organizations.find_organizations(text, 0, len(text))
    assert [f.name for f in found] == [
        "Министерство образования Республики Казахстан",
        "Фонд Гейдара Алиева",
        "ООО «Центр»",
        "Центр «Дом»",
    ]


def test_a_cover_tells_a_span_that_overlaps_from_one_that_only_touches() -> None:
    cover = Cover([(10, 20), (30, 31)])
    assert cover.overlaps(19, 25) and cover.overlaps(0, 11) and cover.overlaps(30, 40)
    assert not cover.overlaps(20, 30) and not cover.overlaps(0, 10) and not cover.overlaps(31, 99)


def test_a_line_of_many_agreements_reads_each_subject_near_its_kind_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No sentence ends on the line, so every agreement's sentence starts at the line's
    # start; a subject read from there for each would read the line once per agreement.
    piece = "Соглашение № {n} действует, подписан Меморандум, реализуется Программа, "
    text = "".join(piece.format(n=n) for n in range(400)) + "\n"
    subject = parties.SUBJECT
    read: list[int] = []

    class CountingSubject:
        def match(self, string: str) -> re.Match[str] | None:
            read.append(len(string))
            return subject.match(string)

    monkeypatch.setattr(parties, "SUBJECT", CountingSubject())
    extract(document_of(text), Context())
    assert read, "the subject rule ran"
    assert sum(read) < 5 * len(text)  # 30 million characters when read from the start
