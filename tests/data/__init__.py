"""Named handles for the small fixture files; `make_fixtures.py` beside this builds them."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent

# Text files
NOTE_KOI8R_TXT = DATA / "note_koi8r.txt"
NOTE_UTF8_BOM_TXT = DATA / "note_utf8_bom.txt"
EMPTY_TXT = DATA / "empty.txt"
BLANK_TXT = DATA / "blank.txt"
BINARY_TXT = DATA / "binary.txt"
# A note whose title is a spreadsheet formula and whose bullet holds a <script> element
HOSTILE_TXT = DATA / "hostile.txt"

# Kinds of file Liaison does not read
REPORT_DOC = DATA / "report.doc"
MEMO_RTF = DATA / "memo.rtf"
TABLE_XYZ = DATA / "table.xyz"

# Word
FEATURES_DOCX = DATA / "features.docx"
RENAMED_TEXT_DOCX = DATA / "renamed_text.docx"
RENAMED_TEXT_PDF = DATA / "renamed_text.pdf"
ARCHIVE_DOCX = DATA / "archive.docx"
WORKBOOK_DOCX = DATA / "workbook.docx"
LAYOUT_DOCX = DATA / "layout.docx"

# PDF
TEXT_LAYER_PDF = DATA / "text_layer.pdf"
SCANNED_PDF = DATA / "scanned.pdf"
PASSWORD_PDF = DATA / "password.pdf"
OWNER_ONLY_PDF = DATA / "owner_only.pdf"
DAMAGED_PDF = DATA / "damaged.pdf"

# HTML
PAGE_CP1251_HTML = DATA / "page_cp1251.html"
MENU_ONLY_HTML = DATA / "menu_only.html"

# The sample documents that ship with the package (built by liaison/data/samples/make_samples.py)
EXAMPLES = DATA.parents[1] / "liaison" / "data" / "samples"
KAZAKHSTAN_NOTE_DOCX = EXAMPLES / "kazakhstan_note.docx"
TURKMENISTAN_NOTE_TXT = EXAMPLES / "turkmenistan_note_cp1251.txt"
NEWS_VISIT_HTML = EXAMPLES / "news_visit.html"
NEWS_EN_TXT = EXAMPLES / "news_en.txt"
