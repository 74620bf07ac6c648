"""A Chinese name written in pinyin, in Cyrillic as Russian writes it (the Palladius
system): 'Wang Xiaoming' → 'Ван Сяомин', 'Zhang Wei' → 'Чжан Вэй', 'Xu Qiliang' → 'Сюй
Цилян'.

English spells Chinese names in pinyin, a closed set of some four hundred syllables, each
an initial consonant and a final. Russian has one fixed spelling for each syllable, so the
way back is a table of initials and finals, not the sound rules of ``cyrillic_names``
(which would make 'Xiaoming' 'Ксиаоминг'). A given name runs its syllables together
('Xiaoming' = xiao + ming); it is split the way pinyin is read, the longest syllable
first, backing off where the rest would not split. A word that does not split into
syllables is no pinyin ('Igor'), and the caller reads it some other way.
"""

from __future__ import annotations

import re
from functools import lru_cache

INITIALS = {
    "zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д",
    "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц",
    "x": "с", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
# A final after a consonant. 'e' is 'э' (Дэн, Хэ), '-n' softens (Чэнь), '-ng' does not (Чэн);
# 'er' stands only alone ('Sergei' is no 'ser' + 'gei').
FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун",
    "i": "и", "ia": "я", "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн",
    "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан",
    "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}  # fmt: skip
# A syllable with no initial consonant.
ALONE = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "er": "эр",
    "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}  # fmt: skip
# Initials that take only some finals: after j, q, x a 'u' is 'ü' (Сюй, Цзюнь); after the
# hissing and buzzing ones an 'i' is the bare vowel (Ши, Цзы); 'hui' is Хуэй by usage.
PALATAL = frozenset("jqx")
RETROFLEX = frozenset(("zh", "ch", "sh", "r"))
DENTAL = frozenset("zcs")
NO_I = frozenset("gkhf")
BARE_O = frozenset("bpmfl")
SPECIAL = {"hui": "хуэй", "zi": "цзы", "ci": "цы", "si": "сы"}
LONGEST = 6
WORD = re.compile(r"[a-züv]+(?:['’-][a-züv]+)*")


def syllable(piece: str) -> str | None:
    """The Cyrillic of one pinyin syllable, or None when it is none.

    >>> syllable("xiao"), syllable("ming"), syllable("zhong"), syllable("xu"), syllable("shi")
    ('сяо', 'мин', 'чжун', 'сюй', 'ши')
    >>> syllable("hui"), syllable("si"), syllable("lv"), syllable("ga")
    ('хуэй', 'сы', 'люй', 'га')
    """
    if piece in SPECIAL:
        return SPECIAL[piece]
    if piece in ALONE:
        return ALONE[piece]
    initial = next((i for i in INITIALS if piece.startswith(i)), None)
    if initial is None:
        return None
    final = piece[len(initial) :]
    if initial in PALATAL:
        if final.startswith("u"):
            final = "v" + final[1:]
        elif not final.startswith(("i", "v")):
            return None
    elif initial in RETROFLEX | DENTAL and final.startswith(("i", "v")) and final != "i":
        return None  # 'zhia', 'sia' are no syllables; 'zhi' is, 'zi' was taken above
    elif final.startswith("v") and initial not in ("n", "l"):
        return None
    elif (final.startswith("i") and initial in NO_I) or (final == "o" and initial not in BARE_O):
        return None  # 'hi', 'fi', 'do' are no pinyin: 'Ohio' is not a Chinese place
    cyrillic = FINALS.get(final)
    return INITIALS[initial] + cyrillic if cyrillic else None


@lru_cache(maxsize=20_000)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """A run of pinyin split into syllables, the longest first with backing off; None when
    it does not split. An apostrophe or hyphen marks a boundary.

    >>> split_syllables("xiaoming"), split_syllables("jianguo"), split_syllables("xi'an")
    (('xiao', 'ming'), ('jian', 'guo'), ('xi', 'an'))
    >>> split_syllables("igor") is None, split_syllables("ming") is None
    (True, False)
    """
    if not word:
        return ()
    if word[0] in "'’-":
        return split_syllables(word[1:])
    for size in range(min(LONGEST, len(word)), 0, -1):
        piece = word[:size]
        if syllable(piece) is None:
            continue
        rest = split_syllables(word[size:])
        if rest is not None:
            return (piece, *rest)
    return None


def palladius(word: str, max_syllables: int = 3) -> str | None:
    """A pinyin word (a surname or a given name) in Cyrillic, capitalised; None when it is
    not pinyin of at most ``max_syllables`` syllables.

    >>> palladius("Xiaoming"), palladius("Zhang"), palladius("Jianguo"), palladius("Lü")
    ('Сяомин', 'Чжан', 'Цзяньго', 'Люй')
    >>> palladius("Babushkin") is None, palladius("Igor") is None, palladius("Ohio") is None
    (True, True, True)
    """
    low = word.lower().replace("ü", "v")
    if not WORD.fullmatch(low):
        return None
    pieces = split_syllables(low)
    if not pieces or len(pieces) > max_syllables:
        return None
    out = "".join(syllable(piece) or "" for piece in pieces)
    return out[:1].upper() + out[1:]
