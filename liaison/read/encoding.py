"""Which encoding a text file is in: UTF-8 (with or without BOM), Windows-1251, KOI8-R, …

A Russian office produces all of them, and byte-level detectors confuse the Cyrillic
single-byte codepages on short texts (every byte decodes in each). So UTF-8 is tried
strictly first (valid UTF-8 is almost never anything else), and otherwise every
candidate decoding, charset-normalizer's guess among them, is scored for how much it
reads like Russian or Western text: frequent Russian letters score, case flips inside a
word (``пРИВЕТ``, KOI8-R read as Windows-1251) and letters of one script glued to the
other (``cafй``) cost, as do symbols no office text uses.
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter

from charset_normalizer import from_bytes

# In order of preference on a tie: the codepages a Russian office actually produces.
CANDIDATES = ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "cp1252")
SAMPLE_BYTES = 16_384
# Russian letter frequencies (per cent) in running text.
RU_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}  # fmt: skip
# A letter's score: its log-frequency, shifted so that rare letters score near zero.
LETTER_SCORE = {letter: 1.0 + math.log10(freq) for letter, freq in RU_FREQUENCY.items()}
PUNCTUATION = set("«»–—…№“”„‘’·•°±§\u00a0©®™€")
WESTERN_LETTER_SCORE = 0.5
OTHER_LETTER_SCORE = -1.0
SYMBOL_SCORE = -3.0
CASE_FLIP = re.compile(r"[а-яё][А-ЯЁ]")
SCRIPT_GLUE = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")
ACCENTED_RUN = re.compile(r"[À-ÿ]{3,}")
DIGIT_GLUE = re.compile(r"\d[А-Яа-яЁё]\d")
# A one-letter word that is not a Russian preposition or conjunction, nor an abbreviation.
LONE_LETTER = re.compile(
    r"(?<![^\W\d_])[БГДЕЁЖЗЙЛМНПРТФХЦЧШЩЪЫЬЭЮбгдеёжзйлмнпртфхцчшщъыьэю](?![^\W\d_]|\.)"
)
YEAR_MARK = re.compile(r"\d гг?\.")
NON_ASCII_CLEAN = re.compile(r"[^\x00-\x7f\ufffd]")
MIN_CLEAN_PER_DAMAGED = 20
CONTROL = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")
# Text files hold next to no control characters; binary files are full of them.
MAX_CONTROL_SHARE = 0.02


def looks_binary(data: bytes) -> bool:
    """True when ``data`` has the control characters of a binary file, not a text's.

    >>> looks_binary("Текст".encode("cp1251")), looks_binary(bytes(range(256)))
    (False, True)
    """
    sample = data[:SAMPLE_BYTES]
    return len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)


def has_utf16_bom(data: bytes) -> bool:
    """True for UTF-16 with a byte-order mark (Notepad's "Unicode"), which is full of NULs."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def detect_encoding(data: bytes) -> str:
    """The Python codec name ``data`` is written in; ``data.decode(name)`` gives the text.

    >>> detect_encoding("Визит делегации".encode("koi8-r"))
    'koi8-r'
    >>> detect_encoding(codecs.BOM_UTF8 + "Визит".encode())
    'utf-8-sig'
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if has_utf16_bom(data):
        return "utf-16"
    if is_utf8(data) or is_mostly_utf8(data):
        return "utf-8"
    sample = data[:SAMPLE_BYTES]
    candidates = [*CANDIDATES, *guess_with_charset_normalizer(sample)]
    scored = [
        (plausibility(text), -rank, name) for rank, (name, text) in decodings(sample, candidates)
    ]
    return max(scored)[2] if scored else "cp1251"


def is_utf8(data: bytes) -> bool:
    """True when ``data`` decodes as UTF-8, strictly."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def is_mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 with a few damaged bytes: nearly all its non-ASCII decodes cleanly.

    >>> note = "Визит делегации в Баку, переговоры"
    >>> is_mostly_utf8(note.encode() + bytes([255])), is_mostly_utf8(note.encode("cp1251"))
    (True, False)
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    return damaged * MIN_CLEAN_PER_DAMAGED < len(NON_ASCII_CLEAN.findall(text))


def guess_with_charset_normalizer(sample: bytes) -> list[str]:
    """charset-normalizer's best guess as a codec name, or nothing."""
    best = from_bytes(sample).best()
    if best is None:
        return []
    return [codecs.lookup(best.encoding).name]


def decodings(sample: bytes, names: list[str]) -> list[tuple[int, tuple[str, str]]]:
    """``(rank, (name, text))`` for each distinct codec that decodes ``sample`` strictly."""
    seen: set[str] = set()
    found = []
    for rank, name in enumerate(names):
        canonical = codecs.lookup(name).name
        if canonical in seen:
            continue
        seen.add(canonical)
        text = decode_sample(sample, canonical)
        if text is not None:
            found.append((rank, (canonical, text)))
    return found


def decode_sample(sample: bytes, name: str) -> str | None:
    """``sample`` decoded with ``name``, or None when a byte has no meaning in it."""
    try:
        return codecs.getincrementaldecoder(name)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def plausibility(text: str) -> float:
    """How much ``text`` reads like Russian or Western office text, per non-ASCII character.

    >>> right = "Привет".encode("koi8-r").decode("koi8-r")
    >>> wrong = "Привет".encode("koi8-r").decode("cp1251")
    >>> plausibility(right) > plausibility(wrong)
    True
    """
    counts = Counter(text)
    total = 0.0
    non_ascii = 0
    for char, count in counts.items():
        if char.isascii():
            continue
        non_ascii += count
        total += count * char_score(char)
    total -= 3.0 * len(CASE_FLIP.findall(text))
    total -= 2.0 * len(SCRIPT_GLUE.findall(text))
    total -= 1.0 * sum(len(run) for run in ACCENTED_RUN.findall(text))
    total -= 3.0 * len(DIGIT_GLUE.findall(text)) + 2.0 * len(LONE_LETTER.findall(text))
    total += 2.0 * len(YEAR_MARK.findall(text))
    return total / non_ascii if non_ascii else 0.0


def char_score(char: str) -> float:
    """What one non-ASCII character adds to a decoding's plausibility."""
    lower = char.lower()
    if lower in LETTER_SCORE:
        return LETTER_SCORE[lower]
    if char in PUNCTUATION:
        return 0.5
    if char.isalpha():
        return WESTERN_LETTER_SCORE if "À" <= char <= "ÿ" else OTHER_LETTER_SCORE
    return SYMBOL_SCORE
