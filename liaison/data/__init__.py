"""Shipped gazetteers and vocabularies: a named Path for each file and one cached loader.

Tables are tab-separated text (one record a line, ``#`` starts a comment line), so they
need no parser beyond the standard library and read well in a diff.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
GIVEN_NAMES = DATA_DIR / "given_names.tsv"
GLOSSARY_EN = DATA_DIR / "glossary_en.tsv"
NAMES_EN = DATA_DIR / "names_en.tsv"
PARTNERS = DATA_DIR / "partners.tsv"
# Every gazetteer name's lemma keys in each case, made from partners.tsv by
# `python -m liaison.extract.partners`; ignored when partners.tsv has changed since.
PARTNER_KEYS = DATA_DIR / "partner_keys.json"
REGIONS_RU = DATA_DIR / "regions_ru.tsv"
SECTIONS = DATA_DIR / "sections.tsv"
SPHERES = DATA_DIR / "spheres.tsv"
SURNAMES_ZH = DATA_DIR / "surnames_zh.tsv"
TERMS_EN_RU = DATA_DIR / "terms_en_ru.tsv"
# The serif of the PDF note drawn without LibreOffice: Liberation Serif (SIL OFL 1.1, the
# licence beside it), metric-compatible with the Times New Roman of the Word note.
NOTE_FONT = DATA_DIR / "fonts" / "LiberationSerif-Regular.ttf"
NOTE_FONT_BOLD = DATA_DIR / "fonts" / "LiberationSerif-Bold.ttf"


@cache
def load_table(path: Path) -> tuple[tuple[str, ...], ...]:
    """The records of a tab-separated data file: blank and ``#`` lines skipped, cells stripped.

    The first record is the header naming the columns; short records are padded with ``""``.

    >>> rows = load_table(SPHERES)
    >>> rows[0][:2]
    ('sphere', 'cues')
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(c.strip() for c in r) + ("",) * (width - len(r)) for r in rows)


def load_records(path: Path) -> tuple[dict[str, str], ...]:
    """The records of a data file as dicts keyed by its header.

    >>> load_records(SPHERES)[0]["sphere"]
    'trade'
    """
    header, *rows = load_table(path)
    return tuple(dict(zip(header, row, strict=True)) for row in rows)
