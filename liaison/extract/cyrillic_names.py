"""A Latin name back in Cyrillic: 'Igor Babushkin' → 'Игорь Бабушкин', the Russian form a
person first met in English is stored under (DESIGN.md: names are Russian, the Latin form
an alias).

English renders Russian and Central Asian names by sound, so the way back is by sound too:
digraphs first ('zh', 'kh', 'sh', 'ch', 'ts', 'j'), then 'y' by its neighbours (a vowel
after it makes an iotated vowel, 'ь' between: Afanasyev → Афанасьев; between consonants it
is 'ы': Zhaksylykov → Жаксылыков; at the end 'ий' or 'й': Dmitry, Andrey), a word-initial
'E' as 'Э' (Esenmyradov). Of the spellings a rule allows, the one the dictionary knows as a
name is taken (Igor → Игорь, not Игор). Names whose Russian form the sound does not give
(Berdimuhamedov → Бердымухамедов) are listed in ``persons_cyrillic.tsv``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.surnames import CONSONANTS
from liaison.text.morph import analyzer, parses

SPELLINGS = DATA_DIR / "persons_cyrillic.tsv"
VOWELS = "aeiouy"
LABIALS = "bmpvf"
IOTATED = {"a": "я", "e": "е", "o": "ё", "u": "ю"}
DIGRAPHS = (
    ("shch", "щ"),
    ("aei", "аи"),  # the Persian ending: 'Rezaei', 'Mirzaei' are Резаи, Мирзаи
    ("dzh", "дж"),
    ("dj", "дж"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("ph", "ф"),
    ("th", "т"),
    ("gh", "г"),
    ("ck", "к"),
    ("ee", "и"),
    ("oo", "у"),
)
LETTERS = {
    "a": "а",
    "b": "б",
    "c": "к",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "дж",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "в",
    "x": "кс",
    "z": "з",
}
# Letters of South Slavic and Turkic Latin alphabets.
ACCENTED = {"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "đ": "dzh", "ş": "sh", "ç": "ch"}
ACCENTED |= {"ğ": "g", "ı": "y", "ö": "yo", "ü": "yu", "ə": "a", "ñ": "n"}


@cache
def spellings() -> dict[str, str]:
    """Latin words (lower case) whose Russian spelling the sound does not give."""
    return {r["latin"].lower(): r["cyrillic"] for r in load_records(SPELLINGS)}


# Letters only the South Slavic Latin alphabets have.
SOUTH_SLAVIC = frozenset("čćšžđ")


def plain(word: str) -> str:
    """A word in lower-case ASCII, accented letters by the sound they stand for."""
    low = "".join(ACCENTED.get(ch, ch) for ch in word.lower())
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


def y_letter(low: str, i: int) -> tuple[str, int]:
    """What 'y' at ``low[i]`` is, and how many letters it takes."""
    before = low[i - 1] if i else ""
    after = low[i + 1] if i + 1 < len(low) else ""
    if after in IOTATED:
        soft = "ь" if before and before not in VOWELS else ""
        # 'Kozhemyako', 'Vyacheslav': a lip consonant before 'ya'/'yu' takes no soft sign;
        # nor does the Armenian ending 'Bagdasaryan', 'Karapetyants'
        if (after in "au" and before in LABIALS) or low.endswith(("yan", "yants"), i, i + 5):
            soft = ""
        return soft + IOTATED[after], 2
    if after == "y":
        return "ый", 2
    if not after:
        return ("ий" if before not in VOWELS else "й"), 1
    return ("й" if before in VOWELS else "ы"), 1


def is_closing_i(low: str, i: int) -> bool:
    """Whether 'i' after a vowel closes its syllable, as 'й': before a consonant that more
    letters follow ('Baikhanov', 'Kairat'), not at the end ('Said', 'Ismail')."""
    if low[i] != "i" or i == 0 or low[i - 1] not in "aeou":
        return False
    return i + 2 < len(low) and low[i + 1] not in VOWELS


def sound_spelling(word: str) -> str:
    """A Latin word spelt in Cyrillic by its sound.

    >>> [sound_spelling(w) for w in ("Babushkin", "Afanasyev", "Zhaksylykov", "Mirziyoyev")]
    ['Бабушкин', 'Афанасьев', 'Жаксылыков', 'Мирзиёев']
    >>> [sound_spelling(w) for w in ("Dmitry", "Andrey", "Esenmyradov", "Babić", "Jalali")]
    ['Дмитрий', 'Андрей', 'Эсенмырадов', 'Бабич', 'Джалали']
    >>> [sound_spelling(w) for w in ("Baikhanov", "Khodjaev", "Kairat", "Said", "Ismail")]
    ['Байханов', 'Ходжаев', 'Кайрат', 'Саид', 'Исмаил']
    >>> [sound_spelling(w) for w in ("Kozhemyako", "Bagdasaryan", "Solovyov", "Ulyanov")]
    ['Кожемяко', 'Багдасарян', 'Соловьёв', 'Ульянов']
    >>> [sound_spelling(w) for w in ("Rezaei", "Mirzaei", "Sanaei")]
    ['Резаи', 'Мирзаи', 'Санаи']
    >>> [sound_spelling(w) for w in ("Radojević", "Farajov", "Jalilov")]
    ['Радоевич', 'Фараджев', 'Джалилов']
    """
    low = plain(word)
    if SOUTH_SLAVIC.intersection(word.lower()):
        low = low.replace("j", "y")  # 'j' is the sound of 'й' there: 'Radojević' is Радоевич
    elif low.endswith("jov"):
        low = low[:-3] + "jev"  # Russian writes 'е' after 'дж': 'Farajov' is Фараджев
    out: list[str] = []
    i = 0
    while i < len(low):
        if low[i] == "y":
            letters, taken = y_letter(low, i)
        elif is_closing_i(low, i):
            letters, taken = "й", 1
        elif i == 0 and low[i] == "e":
            letters, taken = "э", 1
        else:
            pair = next(((a, b) for a, b in DIGRAPHS if low.startswith(a, i)), None)
            letters, taken = (pair[1], len(pair[0])) if pair else (LETTERS.get(low[i], ""), 1)
        out.append(letters)
        i += taken
    cyrillic = "".join(out)
    return cyrillic[:1].upper() + cyrillic[1:]


@lru_cache(maxsize=20_000)
def cyrillic_word(word: str, is_given: bool) -> str:
    """A Latin part of a name in Cyrillic: the listed spelling, else the sound's, with the
    soft sign a given name needs when the dictionary knows it so ('Igor' → 'Игорь').

    >>> cyrillic_word("Igor", True), cyrillic_word("Vadim", True), cyrillic_word("Putin", False)
    ('Игорь', 'Вадим', 'Путин')
    >>> cyrillic_word("Kazem", True), cyrillic_word("Haghshenas", False)
    ('Казем', 'Хагшенас')
    >>> cyrillic_word("Raisa", True), cyrillic_word("Aibek", True)
    ('Раиса', 'Айбек')
    >>> cyrillic_word("Kuzmin", False), cyrillic_word("Maltsev", False)
    ('Кузьмин', 'Мальцев')
    """
    listed = spellings().get(word.lower())
    if listed:
        return listed
    sound = sound_spelling(word)
    if is_given and not is_known_name(sound):
        # 'Igor' → 'Игорь'; 'Raisa' → 'Раиса', where 'ай' was the wrong guess
        for known in (sound + "ь", sound.replace("й", "и")):
            if is_known_name(known):
                return known
    if not is_given and not is_known_surname(sound):
        # 'Kuzmin' → 'Кузьмин': English leaves out the soft sign a Russian surname has
        surnames = [w for w in soft_sign_variants(sound) if is_known_surname(w)]
        if len(surnames) == 1:
            return surnames[0]
    return sound


def soft_sign_variants(word: str) -> list[str]:
    """``word`` with a soft sign put between two consonants, at each place it may stand.

    >>> soft_sign_variants("Кузмин")
    ['Кузьмин']
    """
    return [
        word[:i] + "ь" + word[i:]
        for i in range(2, len(word) - 1)
        if word[i - 1] in SOFTENED and word[i] in CONSONANTS
    ]


SOFTENED = frozenset("бвдзлмнпрстф")  # consonants a soft sign may follow


def is_known_surname(word: str) -> bool:
    """Whether the dictionary knows a word as a surname in the nominative.

    >>> is_known_surname("Кузьмин"), is_known_surname("Кузмин")
    (True, False)
    """
    low = word.lower().replace("ё", "е")
    return any("Surn" in p.tag and "nomn" in p.tag for p in parses(low))


def is_known_name(word: str) -> bool:
    """Whether the dictionary knows a word as a given name in the nominative.

    >>> is_known_name("Вадим"), is_known_name("Мамаев")
    (True, False)
    """
    low = word.lower().replace("ё", "е")
    return analyzer().word_is_known(low) and any(
        "Name" in p.tag and "nomn" in p.tag and p.normal_form.replace("ё", "е") == low
        for p in parses(low)
    )


LATIN_PART = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# The particles of Azerbaijani and Persian names, written in lower case after a hyphen.
PARTICLES = frozenset(("zade", "zadeh", "ogly", "oglu", "kyzy", "gyzy"))


def cyrillic_name(given: str, surname: str) -> tuple[str, str]:
    """The canonical 'Фамилия И.' and the full Russian name of a Latin given name (one or
    two words) and surname; two given names give two initials, as Russian writes them.

    >>> cyrillic_name("Igor", "Babushkin")
    ('Бабушкин И.', 'Игорь Бабушкин')
    >>> cyrillic_name("Momčilo", "Babić")
    ('Бабич М.', 'Момчило Бабич')
    >>> cyrillic_name("Mohammad Reza", "Ahmadi")
    ('Ахмади М.Р.', 'Мохаммад Реза Ахмади')
    >>> cyrillic_name("Farid", "Gasym-Zade")[0]
    'Гасым-заде Ф.'
    """
    firsts = [cyrillic_word(part, True) for part in given.split()]
    last = "-".join(
        cyrillic_word(part, False).lower()
        if part.lower() in PARTICLES
        else cyrillic_word(part, False)
        for part in surname.split("-")
    )
    initials = "".join(f"{first[0]}." for first in firsts)
    return f"{last} {initials}", f"{' '.join(firsts)} {last}"
