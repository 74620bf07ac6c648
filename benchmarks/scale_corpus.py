"""A seeded generator of distinct, realistic news items and reference notes for scale runs.

    .venv/bin/python benchmarks/scale_corpus.py OUT_FOLDER --count 1000 [--seed 11] [--start 0]

Item ``i`` of a seed is always the same text, so a run can be repeated and a knowledge base
grown by appending items ``start..start+count``. Every tenth item is a short reference note
(agreements and a chronology of dated bullets), the others news items in the shapes of the
corpus and the news set: a dated first line, a headline, who met whom where (posts and
names in the nominative, as agencies write the first mention), what was discussed, a figure
of trade now and then, and sometimes an agreement signed. People recur across items (a pool
of officials per partner), so resolution has real work; dates, figures and the mix of
people, places and subjects make every item distinct (checked: no two texts are equal).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


@dataclass(frozen=True)
class Side:
    """A partner as the news names it: in the genitive, its capital, its head's post."""

    code: str
    genitive: str  # Азербайджанской Республики
    short: str  # Азербайджана
    capital: str  # Баку
    in_capital: str  # в Баку
    head_post: str  # Посол Азербайджанской Республики в Российской Федерации


PARTNERS = (
    Side("AZ", "Азербайджанской Республики", "Азербайджана", "Баку", "в Баку",
         "Посол Азербайджанской Республики в Российской Федерации"),
    Side("KZ", "Республики Казахстан", "Казахстана", "Астана", "в Астане",
         "Аким Атырауской области Республики Казахстан"),
    Side("TM", "Туркменистана", "Туркменистана", "Ашхабад", "в Ашхабаде",
         "Посол Туркменистана в Российской Федерации"),
    Side("IR", "Исламской Республики Иран", "Ирана", "Тегеран", "в Тегеране",
         "Генеральный консул Исламской Республики Иран в Астрахани"),
    Side("BY", "Республики Беларусь", "Беларуси", "Минск", "в Минске",
         "Председатель Могилевского областного исполнительного комитета"),
    Side("UZ", "Республики Узбекистан", "Узбекистана", "Ташкент", "в Ташкенте",
         "Хоким Самаркандской области Республики Узбекистан"),
    Side("AM", "Республики Армения", "Армении", "Ереван", "в Ереване",
         "Посол Республики Армения в Российской Федерации"),
    Side("CN", "Китайской Народной Республики", "Китая", "Пекин", "в Пекине",
         "Генеральный консул Китайской Народной Республики в Казани"),
    Side("IN", "Республики Индия", "Индии", "Нью-Дели", "в Нью-Дели",
         "Посол Республики Индия в Российской Федерации"),
    Side("TR", "Турецкой Республики", "Турции", "Анкара", "в Анкаре",
         "Генеральный консул Турецкой Республики в Новороссийске"),
    Side("RS", "Республики Сербия", "Сербии", "Белград", "в Белграде",
         "Министр торговли Республики Сербия"),
    Side("KG", "Киргизской Республики", "Киргизии", "Бишкек", "в Бишкеке",
         "Полномочный представитель Правительства Киргизской Республики"),
)  # fmt: skip

GIVEN = (
    ("Рахман", "Рахмана"), ("Ильхам", "Ильхама"), ("Нурлан", "Нурлана"), ("Бахтияр", "Бахтияра"),
    ("Сердар", "Сердара"), ("Мехди", "Мехди"), ("Андрей", "Андрея"), ("Виктор", "Виктора"),
    ("Шавкат", "Шавката"), ("Арам", "Арама"), ("Ли", "Ли"), ("Раджив", "Раджива"),
    ("Мехмет", "Мехмета"), ("Горан", "Горана"), ("Адылбек", "Адылбека"), ("Тимур", "Тимура"),
)  # fmt: skip
SURNAMES = (
    "Мустафаев", "Гасанов", "Алиев", "Жумабаев", "Бердыев", "Хосрави", "Исаченко", "Шевчук",
    "Мирзаев", "Овсепян", "Вэй", "Шарма", "Йылмаз", "Петрович", "Касымов", "Сарыев",
    "Нуриев", "Ахмедов", "Садыков", "Ким",
)  # fmt: skip
HOME = (
    ("Губернатор Астраханской области", "Игорь Бабушкин"),
    ("Председатель Правительства Астраханской области", "Олег Князев"),
    ("Министр международных и внешнеэкономических связей Астраханской области", "Елена Ершова"),
    ("Министр экономического развития Астраханской области", "Пётр Соколов"),
    ("Председатель Думы Астраханской области", "Игорь Мартынов"),
    ("Ректор Астраханского государственного университета", "Константин Маркелов"),
)
SUBJECTS = (
    "развитие транспортного коридора «Север – Юг»",
    "увеличение грузооборота Астраханского морского порта",
    "сотрудничество в сфере образования и обмен студентами",
    "поставки сельскохозяйственной продукции",
    "проведение дней культуры в Астрахани",
    "создание совместного предприятия по судостроению",
    "развитие туризма и увеличение числа авиарейсов",
    "подготовку заседания межправительственной комиссии",
    "сотрудничество в сфере здравоохранения",
    "участие в Каспийском медиафоруме",
    "работу торгового дома в Астрахани",
    "поставки рыбной продукции",
)  # fmt: skip
EVENTS = (
    ("провели переговоры {where}", "Переговоры в {capital_or_home}"),
    ("встретились {where}", "Встреча в {capital_or_home}"),
    ("провели рабочую встречу в режиме видеоконференции", "Видеоконференция"),
    ("приняли участие в бизнес-форуме {where}", "Бизнес-форум в {capital_or_home}"),
    ("открыли выставку промышленной продукции {where}", "Выставка в {capital_or_home}"),
)
AGREEMENTS = (
    "Соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве",
    "Меморандум о сотрудничестве в сфере образования",
    "План мероприятий по реализации соглашения о сотрудничестве",
    "Дорожная карта по развитию торговых связей",
    "Протокол о намерениях в сфере туризма",
)


def lowered(post: str) -> str:
    """A post inside a sentence: its first letter small, its proper names as they are."""
    return post[0].lower() + post[1:]


def spoken(day: date) -> str:
    """'5 марта 2024 года'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} года"


def official(rng: random.Random, side: Side) -> tuple[str, str]:
    """A partner official, nominative: (post, 'Имя Фамилия'); a pool per partner."""
    index = rng.randrange(24)
    seed = sum(map(ord, side.code)) * 7 + index
    given = GIVEN[seed % len(GIVEN)][0]
    surname = SURNAMES[(seed * 3) % len(SURNAMES)]
    post = side.head_post if index < 4 else f"Заместитель министра экономики {side.genitive}"
    return post, f"{given} {surname}"


def news_item(rng: random.Random) -> str:
    """One news item: dated first line, headline, the meeting, the subjects, maybe more."""
    side = rng.choice(PARTNERS)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    home_post, home_name = rng.choice(HOME)
    post, name = official(rng, side)
    at_home = rng.random() < 0.5
    where = "в Астрахани" if at_home else side.in_capital
    action, headline = rng.choice(EVENTS)
    capital = "Астрахани" if at_home else side.in_capital.removeprefix("в ")
    subjects = rng.sample(SUBJECTS, 2)
    lines = [
        f"date {day.isoformat()}",
        headline.format(capital_or_home=capital) + f": {home_name} и {name}",
        "",
        f"{spoken(day)} {lowered(home_post)} {home_name} и {lowered(post)} {name} "
        f"{action.format(where=where)}.",
        "",
        f"Стороны обсудили {subjects[0]} и {subjects[1]}.",
    ]
    if rng.random() < 0.4:
        value = rng.randrange(50, 2000) + rng.randrange(10) / 10
        year = day.year - 1
        lines += ["", f"Товарооборот Астраханской области и {side.short} по итогам {year} года "
                  f"составил {value:.1f} млн долларов США.".replace(".", ",", 1)]  # fmt: skip
    if rng.random() < 0.15:
        lines += ["", f"По итогам встречи стороны подписали {rng.choice(AGREEMENTS).lower()}."]
    return "\n".join(lines) + "\n"


def note(rng: random.Random) -> str:
    """A short reference note: agreements in force and a chronology of dated bullets."""
    side = rng.choice(PARTNERS)
    first = date(2012, 1, 1) + timedelta(days=rng.randrange(10 * 365))
    lines = [
        f"СПРАВКА о сотрудничестве Астраханской области и {side.genitive}",
        "",
        "Договорно-правовая база",
        "",
    ]
    for title in rng.sample(AGREEMENTS, 2):
        signed = first + timedelta(days=rng.randrange(900))
        lines.append(f"{title} от {signed:%d.%m.%Y}.")
    lines += ["", "Хронология контактов", ""]
    day = first
    for _ in range(rng.randrange(3, 7)):
        day += timedelta(days=rng.randrange(20, 200))
        home_post, home_name = rng.choice(HOME)
        post, name = official(rng, side)
        where = "в Астрахани" if rng.random() < 0.5 else side.in_capital
        lines.append(
            f"{day.day} {MONTHS[day.month - 1]} {day.year} г. – {lowered(home_post)} {home_name} "
            f"и {lowered(post)} {name} провели переговоры {where}."
        )
    return "\n".join(lines) + "\n"


def item(seed: int, index: int) -> str:
    """Item ``index`` of ``seed``: every tenth a reference note, the others news."""
    rng = random.Random(seed * 1_000_003 + index)
    return note(rng) if index % 10 == 9 else news_item(rng)


def write_items(folder: Path, seed: int, start: int, count: int) -> list[Path]:
    """Write items ``start..start+count`` as .txt files; refuses a repeated text."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, seen = [], set()
    for index in range(start, start + count):
        text = item(seed, index)
        if text in seen:
            raise SystemExit(f"item {index} repeats an earlier one; choose another seed")
        seen.add(text)
        path = folder / f"item_{index:07d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    paths = write_items(args.folder, args.seed, args.start, args.count)
    print(f"wrote {len(paths)} items to {args.folder}")


if __name__ == "__main__":
    main()
