"""Random and mutated inputs, property by property: every reader, the date and name rules,
`import` and the writers raise nothing but a LiaisonError, and a failed import leaves the
knowledge base as it was.

Time and memory are bounded by the settings, not asserted: every example has a deadline
proportional to its size, and the readers run under an address-space limit, so a reader
that blew up on some input would fail the example with a DeadlineExceeded or a MemoryError
the reader did not turn into a LiaisonError. ``HYPOTHESIS_PROFILE=ci`` (the default where
``CI`` is set) runs fewer examples, the default about half a minute in all; ``thorough``
runs many more, for a night.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import resource
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from liaison.brief import (
    chronology_table,
    render_html,
    render_markdown,
    select_note,
    write_chronology,
    write_export,
)
from liaison.errors import LiaisonError
from liaison.extract.dates import parse_date_range
from liaison.extract.pipeline import Context, extract
from liaison.model import FACT_CLASSES, Fact, Indicator, to_json
from liaison.model.exchange import read_knowledge_base
from liaison.model.json import convert, field_types
from liaison.model.values import correctable_fields, parse_value
from liaison.read import read_document
from liaison.store import Store
from liaison.text.names import inflect_name
from tests.brief.conftest import sample_kb
from tests.data import FEATURES_DOCX, NOTE_KOI8R_TXT, PAGE_CP1251_HTML, TEXT_LAYER_PDF
from tests.store.examples import note_extraction

SLOW_INPUT = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=15, deadline=timedelta(seconds=20))
settings.register_profile("default", max_examples=30, deadline=timedelta(seconds=20))
settings.register_profile("thorough", max_examples=1000, deadline=timedelta(seconds=20))
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
)

SAMPLES = {
    ".txt": NOTE_KOI8R_TXT.read_bytes(),
    ".docx": FEATURES_DOCX.read_bytes(),
    ".pdf": TEXT_LAYER_PDF.read_bytes(),
    ".html": PAGE_CP1251_HTML.read_bytes(),
}
MEMORY_HEADROOM = 3 * 1024**3  # far above what reading a small file takes


@contextlib.contextmanager
def memory_limit() -> Iterator[None]:
    """The process may grow by at most MEMORY_HEADROOM while the block runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with Path("/proc/self/statm").open() as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    limit = (
        used + MEMORY_HEADROOM
        if hard == resource.RLIM_INFINITY
        else min(hard, used + MEMORY_HEADROOM)
    )
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes changed, a piece cut out or repeated, or cut short."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "repeat", "truncate"]))
        at = draw(st.integers(0, max(len(out) - 1, 0)))
        size = draw(st.integers(1, 2000))
        if kind == "flip" and out:
            out[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del out[at : at + size]
        elif kind == "repeat":
            out[at:at] = out[at : at + size] * draw(st.integers(2, 20))
        else:
            del out[at:]
    return bytes(out)


def read_or_refuse(suffix: str, data: bytes) -> None:
    """Read ``data`` as a file with ``suffix``: a Document and extraction, or a LiaisonError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            with memory_limit():
                document = read_document(path, max_bytes=10 * 1024 * 1024)
        except LiaisonError:
            return
        extract(document, Context())


@settings(suppress_health_check=SLOW_INPUT)
@given(suffix=st.sampled_from(sorted(SAMPLES)), data=st.binary(max_size=4000))
def test_random_bytes_never_break_a_reader(suffix: str, data: bytes) -> None:
    read_or_refuse(suffix, data)


@settings(suppress_health_check=SLOW_INPUT)
@given(
    suffix_and_data=st.sampled_from(sorted(SAMPLES)).flatmap(
        lambda suffix: st.tuples(st.just(suffix), mutated(SAMPLES[suffix]))
    )
)
def test_mutated_documents_never_break_a_reader(suffix_and_data: tuple[str, bytes]) -> None:
    read_or_refuse(*suffix_and_data)


@settings(suppress_health_check=SLOW_INPUT)
@given(text=st.text(max_size=3000))
def test_any_text_is_read_and_extracted(text: str) -> None:
    read_or_refuse(".txt", text.encode("utf-8"))


# Pieces that a rule looking back over its whole sentence at each match, or a pattern
# tried from every opening quote to the line's end, made quadratic on one long line
# (benchmarks/extract_sizes.py times such lines): the deadline catches that.
LINE_PIECES = st.sampled_from(
    [
        "встреча 12 марта 2021 г., ",
        "5 компаний в 2023 г., ",
        "Соглашение № 4 действует, ",
        "подписан Меморандум в 2022 г., ",
        "реализуется Программа, ",
        "между ними подписан План мероприятий, ",
        "«Кубок ",
        "“Кубок ",
        '"Кубок ',
    ]
)


@settings(suppress_health_check=SLOW_INPUT)
@given(pieces=st.lists(LINE_PIECES, min_size=1, max_size=12), repeat=st.integers(1, 60))
def test_one_long_line_of_dates_agreements_and_quotes_is_extracted(
    pieces: list[str], repeat: int
) -> None:
    line = "".join(pieces) * repeat
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "line.txt"
        path.write_text(f"{line[:1].upper()}{line[1:]}\n", encoding="utf-8")
        document = read_document(path, max_bytes=10 * 1024 * 1024)
    found = extract(document, Context())
    kind_words = sum(line.count(w) for w in ("Соглашение", "Меморандум", "Программа", "План"))
    assert len(found.agreements) <= kind_words
    for item in (*found.agreements, *found.indicators):
        for mention in item.mentions:
            assert 0 <= mention.start < mention.end <= len(document.text)


DATE_WORDS = st.sampled_from(
    [
        "января",
        "марта",
        "мая",
        "декабря",
        "г.",
        "гг.",
        "–",
        "-",
        "—",
        "по",
        "с",
        "года",
        "December",
        "7",
        "31",
        "29",
        "0",
        "2024",
        "1999",
        "20245",
        "II",
        "квартал",
        "полугодие",
        " ",
    ]
)


@given(
    words=st.lists(
        st.one_of(DATE_WORDS, st.integers(-5, 99999).map(str), st.text(max_size=8)), max_size=12
    ),
    published=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_date_rules_never_raise(words: list[str], published: date | None) -> None:
    found = parse_date_range(" ".join(words), published=published)
    if found is not None:
        assert found.start <= found.end


@given(
    name=st.one_of(
        st.text(max_size=30),
        st.builds(
            lambda surname, a, b: f"{surname} {a}.{b}.",
            st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕ-", min_size=1, max_size=15),
            st.sampled_from("АБВГДИЮЯ"),
            st.sampled_from("АБВГДИЮЯ"),
        ),
    ),
    case=st.sampled_from(["nomn", "gent", "datv", "accs", "ablt", "loct"]),  # chosen by code
    gender=st.sampled_from([None, "m", "f"]),
)
def test_name_rules_never_raise(name: str, case: str, gender: str | None) -> None:
    assert isinstance(inflect_name(name, case, gender), str)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every value inside a JSON value."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += leaves(child, (*path, index))
    return found


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``value`` with the item at ``path`` replaced by ``new``."""
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(copy[path[0]], path[1:], new)
    return copy


@pytest.fixture(scope="module")
def kb_store() -> Iterator[tuple[Store, dict[str, Any]]]:
    """One small knowledge base, and its export as JSON, shared by the import examples."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/kb.sqlite")
        store.save(note_extraction())
        yield store, to_json(store.export())
        store.close()


def import_or_refuse(store: Store, data: Any) -> None:
    """Import ``data``; when refused, the knowledge base must be exactly as before."""
    before = store.export()
    try:
        store.load(read_knowledge_base(json.dumps(data), "kb.json"))
    except LiaisonError:
        assert store.export() == before


@settings(suppress_health_check=[*SLOW_INPUT, HealthCheck.function_scoped_fixture])
@given(data=JSON_VALUES)
def test_random_json_never_breaks_import(kb_store: tuple[Store, dict[str, Any]], data: Any) -> None:
    import_or_refuse(kb_store[0], data)


@settings(suppress_health_check=[*SLOW_INPUT, HealthCheck.function_scoped_fixture])
@given(choice=st.data())
def test_a_mutated_export_is_imported_or_refused_whole(
    kb_store: tuple[Store, dict[str, Any]], choice: st.DataObject
) -> None:
    store, exported = kb_store
    where = choice.draw(st.sampled_from(leaves(exported)))
    new = choice.draw(JSON_VALUES)
    import_or_refuse(store, replaced(exported, where, new))


HOSTILE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40
) | st.sampled_from(["=1+1", "<script>x</script>", "@SUM(A1)", "\x00", "\r\n", "[^1]", "**"])


@settings(suppress_health_check=SLOW_INPUT)
@given(place=HOSTILE_TEXT, title=HOSTILE_TEXT, lang=st.sampled_from(["ru", "en"]))
def test_writers_take_any_text(place: str, title: str, lang: str) -> None:
    kb = sample_kb()
    events = tuple(dataclasses.replace(e, place=place, title=title) for e in kb.events)
    content = select_note(dataclasses.replace(kb, events=events), "AZ")
    markdown = render_markdown(content, lang, True)
    page = render_html(content, lang, True)
    assert "<script>" not in markdown and "<script>" not in page
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        rows = chronology_table(content, lang)
        for fmt in ("xlsx", "csv", "docx"):
            write_chronology(rows, fmt, out / f"c.{fmt}", lang)
        for fmt, name in (("json", "kb.json"), ("csv", "kb.zip"), ("xlsx", "kb.xlsx")):
            write_export(dataclasses.replace(kb, events=events), fmt, out / name)
        assert not [p for p in out.iterdir() if p.name.endswith(".part")]


CORRECTABLE = [(cls, name) for cls in FACT_CLASSES for name in correctable_fields(cls)]


@given(
    field=st.sampled_from(CORRECTABLE),
    value=st.one_of(st.text(max_size=80), JSON_VALUES),
)
@example(field=(Indicator, "value"), value=10**400)  # too large for a float
def test_any_typed_value_is_taken_as_the_field_type_or_refused_in_one_line(
    field: tuple[type, str], value: Any
) -> None:
    cls, name = field
    try:
        parsed = parse_value(cls, name, value)
    except LiaisonError as error:
        assert str(error).startswith(f"{cls.__name__.lower()}.{name}: ")
        assert "\n" not in str(error)
        return
    tp = field_types(cls)[name]
    assert convert(tp, to_json(parsed)) == parsed, "what is taken is of the field's type"


@given(years=st.lists(st.integers(min_value=1000, max_value=2999), max_size=8))
def test_years_typed_as_text_are_those_years(years: list[int]) -> None:
    typed = "; ".join(str(y) for y in years)
    assert parse_value(Fact, "years", typed) == tuple(years)
