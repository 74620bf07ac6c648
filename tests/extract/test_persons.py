"""People in any case, with initials or full names, Russian and English, with their posts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.english_names import person_from_english_name, read_english_names
from liaison.extract.english_posts import russian_post
from liaison.extract.honoured import is_honoured
from liaison.extract.persons import (
    person_from_name,
    read_names,
)
from liaison.extract.positions import post_before, side_of
from liaison.extract.surnames import surname_readings
from liaison.model import Home, Person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("встреча с министром культуры Прокофьевой О.Н. прошла", "Прокофьева О.Н."),
        ("визит министра спорта Ивашкиной Н.В. в Минск", "Ивашкина Н.В."),
        ("под руководством заместителя главы района Рагимовой Г.В. в город", "Рагимова Г.В."),
        ("во главе с Губернатором области Бабушкиным И.Ю. в Баку", "Бабушкин И.Ю."),
        ("визит Губернатора области Бабушкина И.Ю. в Баку", "Бабушкин И.Ю."),
        ("Переговоры с главой района Фарзалиевым А.А. и другими", "Фарзалиев А.А."),
        ("встреча с Премьер-министром Республики Беларусь Головченко Р.А.", "Головченко Р.А."),
        ("беседа с Председателем облисполкома Исаченко А.М.", "Исаченко А.М."),
        ("встреча с Президентом Республики Беларусь Лукашенко А.Г.", "Лукашенко А.Г."),
        ("встреча с Послом Республики Беларусь Крутым Д.Н.", "Крутой Д.Н."),
        ("встреча с заместителем председателя облисполкома Страхаром Р.Б.", "Страхар Р.Б."),
        ("во главе с первым заместителем министра Ляхновичем А.А.", "Ляхнович А.А."),
        ("визит первого заместителя министра Ляхновича А.А.", "Ляхнович А.А."),
        ("встреча с Послом Российской Федерации Грызловым Б.В.", "Грызлов Б.В."),
        ("встреча с Послом Республики Беларусь Рогожником А.Н. в Москве", "Рогожник А.Н."),
        ("встреча с заместителем министра Гракуном В.В. в Астрахани", "Гракун В.В."),
        ("под председательством министра транспорта Авраменко А.Н. прошло", "Авраменко А.Н."),
        ("во главе с заместителем Премьер-министра Мустафаевым Ш.А.", "Мустафаев Ш.А."),
        ("участие министра промышленности Волынского И.А. в форуме", "Волынский И.А."),
        ("визит советника-посланника посольства Шпаковского А.П. в область", "Шпаковский А.П."),
        ("и заместителя министра сельского хозяйства Зейналова Э. в формате", "Зейналов Э."),
        ("визит Посла Республики Мусатафаева Р.С. в область", "Мусатафаев Р.С."),
        ("к 100-летию со дня рождения Г.А. Алиева прошёл концерт", "Алиев Г.А."),
        ("Гурьяновой В.В. вручена грамота", "Гурьянова В.В."),
        ("встреча с Чрезвычайным и Полномочным Послом Поладом Бюльбюль оглы", "Бюльбюль оглы П."),
        ("Писательница Солмаз Аманова приняла участие в фестивале", "Аманова С."),
        ("народный артист Эльчин Азизов выступил", "Азизов Э."),
        ("композитор Франгиз Ализаде открыла вечер", "Ализаде Ф."),
        ("концерт памяти композитора Узеира Гаджибекова", "Гаджибеков У."),
        ("лауреаты конкурсов Мария Галкина и Андрей Селютин", "Галкина М."),
        ("министр иностранных дел Сергей Лавров посетил", "Лавров С."),
        ("— Бабушкин Игорь Юрьевич, Губернатор области, принял участие", "Бабушкин И.Ю."),
        ("встреча с заместителем Губернатора Морозовым Олегом Анатольевичем.", "Морозов О.А."),
        (
            "Посол Кыргызской Республики в Российской Федерации Болот Отунбаев прибыл.",
            "Отунбаев Б.",
        ),
        ("принял Посла Абаева Даурена Аскербековича, находившегося", "Абаев Д.А."),
        ("поездка Губернатора Волгоградской области Бочарова Андрея Ивановича", "Бочаров А.И."),
        ("во главе с заместителем хякима велаята Оразовым Мерданом.", "Оразов М."),
        ("с Генеральным консулом Республики Иран в г. Астрахани Хамидом Резаи.", "Резаи Х."),
        ("во главе с генерал-губернатором провинции Асадоллой Аббаси в город", "Аббаси А."),
        ("с Генеральным консулом Республики Индия Кулдипом Сингхом Бхати.", "Бхати К.С."),
        ("во главе с министром промышленности штата Балвантсинхом Раджпутом", "Раджпут Б."),
        ("Делегацию принял глава Исполнительной власти Мамед-заде Т.-А.", "Мамед-заде Т.-А."),
        ("принял Генерального консула в Дербенте Рустама Мамед-заде, прибывшего", "Мамед-заде Р."),
        ("с акимом Мангистауской области Килыбаем Н.М. по вопросам", "Килыбай Н.М."),
        ("Президент Азербайджана Ильхам Гейдар оглу Алиев принял", "Алиев И.Г."),
        ("заместитель Премьер-министра Азербайджана Шахин Мустафаев провёл", "Мустафаев Ш."),
        ("с Премьер-министром Азербайджана Али Асадовым.", "Асадов А."),
        ("встреча с послом Ирана Мехди Сафари в Москве", "Сафари М."),
        ("прибыл заместитель губернатора Белоусов Константин Андреевич", "Белоусов К.А."),
        ("с министром Дьяченко Мариной Олеговной обсудили", "Дьяченко М.О."),
        ("губернатора Астраханской области Белоусова Константина Андреевича", "Белоусов К.А."),
        ("с губернатором провинции Мазандаран Махмудом Хосейни-Пуром.", "Хосейни-Пур М."),
        ("встреча с губернатором провинции Цзянсу Чжан Ханьхуэем прошла", "Чжан Х."),
        ("Губернатор встретился с Мохаммадом Резой Ахмади, консулом Ирана.", "Ахмади М.Р."),
        ("Губернатор провёл встречу с Али Акбаром Салехи.", "Салехи А.А."),
        ("с Генеральным консулом КНР в г. Казани Сюэ Бином (г. Астрахань).", "Сюэ Б."),
        ("с ректором Университета Мазендерана Хоссейном Моджтахеди по программам", "Моджтахеди Х."),
        ("с Председателем Народного Собрания Владимиром Кыссой (Москва)", "Кысса В."),
        ("визит Владимира Кыссы в Астрахань", "Кысса В."),
        ("в Астрахани Губернатор И.Ю. Бабушкин принял посла", "Бабушкин И.Ю."),
        ("делегации во главе с ХОЦЕНКО Виталием Павловичем, Губернатором", "Хоценко В.П."),
        ("Посол Дмитрий Николаевич КРУТОЙ прибыл", "Крутой Д.Н."),
        ("с заместителем министра Олесей Бигвавой.", "Бигвава О."),
        ("видеоконференция министра ГОЛОВКОВА В.В. с заместителем", "Головков В.В."),
        ("с Премьер-министром Республики Абхазия А.З. Анквабом.", "Анкваб А.З."),
    ],
)
def test_canonical_name_in_the_nominative(text: str, name: str) -> None:
    assert read_names(text)[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "посещение с. Махрузлу Губадлинского района",
        "гастроли в г. Хырдалане Апшеронского района",
        "Министерство культуры Республики Беларусь",
        "Посол Мустафаев пригласил делегацию",
        "Каспийским Институтом морского и речного транспорта",
        "А. Договоры и соглашения",
        "Аким Кызылординской области поблагодарил",  # 'Аким' is a given name too
    ],
)
def test_no_person_where_there_is_none(text: str) -> None:
    assert read_names(text) == []


def test_a_name_left_ambiguous_takes_the_reading_another_mention_settled() -> None:
    # 'Бабушкина И.Ю.' alone could be a woman in the nominative; 'Бабушкиным' cannot.
    text = "Бабушкина И.Ю. поблагодарили.\nВстреча прошла с Бабушкиным И.Ю. в Минске."
    assert [n.name for n in read_names(text)] == ["Бабушкин И.Ю.", "Бабушкин И.Ю."]


def test_one_person_with_every_form_as_alias(make_document) -> None:
    doc = make_document(
        "· 3 марта 2022 г., визит Губернатора Астраханской области Бабушкина И.Ю. в Минск.\n"
        "· 5 апреля 2022 г., встреча с Губернатором Астраханской области Бабушкиным И.Ю.\n"
        "· Памятная доска, которую открыл И.Ю. Бабушкин (2022 г.).\n"
    )
    (person,) = [p for p in person_from_name(doc, Context()) if p.name == "Бабушкин И.Ю."]
    assert person.aliases == ("Бабушкина И.Ю.", "Бабушкиным И.Ю.", "И.Ю. Бабушкин")
    assert [doc.text[m.start : m.end] for m in person.mentions] == list(person.aliases)
    assert {m.rule for m in person.mentions} == {"person_from_name"}
    assert person.name_en is None  # a Latin spelling only as seen in English text
    assert person.partner is None
    (post,) = person.positions
    assert post.title == "Губернатор Астраханской области"
    assert (post.start, post.end) == (date(2022, 3, 3), date(2022, 4, 5))


def test_posts_held_over_time_are_two_dated_positions(make_document) -> None:
    doc = make_document(
        "· 16–19 сентября 2019 г., визит делегации под руководством Главы Исполнительной "
        "власти Наримановского района Баку Фарзалиева А.А.\n"
        "· 10 мая 2022 г., визит делегации под руководством Главы Исполнительной власти "
        "Апшеронского района Азербайджанской Республики Фарзалиева А.А.\n"
        "· 17 апреля 2023 г., переговоры с Главой Исполнительной власти Апшеронского района "
        "Азербайджана Фарзалиевым А.А.\n"
    )
    (person,) = list(person_from_name(doc, Context()))
    assert person.partner == "AZ"
    first, second = person.positions
    assert first.title == "Глава Исполнительной власти Наримановского района Баку"
    assert first.organization == "Исполнительная власть Наримановского района Баку"
    assert (first.start, first.end) == (date(2019, 9, 16), date(2019, 9, 19))
    assert "Апшеронского района" in second.title
    assert (second.start, second.end) == (date(2022, 5, 10), date(2023, 4, 17))


@pytest.mark.parametrize(
    ("text", "title", "organization"),
    [
        (
            "встреча c вице-губернатором – председателем Правительства Астраханской области "
            "Афанасьевым Д.А.",
            "вице-губернатор – председатель Правительства Астраханской области",
            "Правительство Астраханской области",
        ),
        (
            "во главе с Исполнительным директором Агентства развития медиа Азербайджанской "
            "Республики Исмаиловым А.М.",
            "Исполнительный директор Агентства развития медиа Азербайджанской Республики",
            "Агентство развития медиа Азербайджанской Республики",
        ),
        (
            "визит главы муниципального образования «Наримановский муниципальный район» "
            "Редькина И.А.",
            "глава муниципального образования «Наримановский муниципальный район»",
            "муниципальное образование «Наримановский муниципальный район»",
        ),
        (
            "с заместителем Министра науки и образования Азербайджанской Республики "
            "Гурбановым Ф.И.",
            "заместитель Министра науки и образования Азербайджанской Республики",
            None,
        ),
    ],
)
def test_post_title_and_organisation(text: str, title: str, organization: str | None) -> None:
    (named,) = read_names(text)
    assert named.post is not None
    assert (named.post.title, named.post.organization) == (title, organization)
    assert text[named.post.start : named.post.end].split()[0] in text


def test_a_post_of_several_people_is_not_one_persons_post() -> None:
    text = "Переговоры президентов России и Азербайджана Ильхама Алиева"
    assert post_before(text, 0, text.index("Ильхама")) is None


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Губернатор Астраханской области", "home"),
        ("глава муниципального образования «Городской округ город Астрахань»", "home"),
        ("Президент Азербайджанской Республики", "AZ"),
        ("Председатель Могилевского областного исполнительного комитета", "BY"),
        ("Чрезвычайный и Полномочный Посол Российской Федерации в Республике Беларусь", "RU"),
        ("народный артист", None),
    ],
)
def test_side_of_a_post(title: str, side: str | None) -> None:
    assert side_of(title, Home()) == side


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("Бабушкиным", [("Бабушкин", "m")]),
        ("Бабушкина", [("Бабушкин", "m"), ("Бабушкина", "f")]),
        ("Рагимовой", [("Рагимова", "f")]),
        ("Алиеву", [("Алиев", "m"), ("Алиева", "f")]),
        ("Шпаковского", [("Шпаковский", "m")]),
        ("Крутым", [("Крутой", "m")]),
        ("Страхаром", [("Страхар", "m")]),
        ("Ляхновичем", [("Ляхнович", "m")]),
        ("Головченко", [("Головченко", None)]),
        ("Ализаде", [("Ализаде", None)]),
    ],
)
def test_surname_readings(word: str, readings: list[tuple[str, str | None]]) -> None:
    assert [(r.surname, r.gender) for r in surname_readings(word)] == readings


def test_english_names_are_stored_in_russian_with_their_latin_form(make_document) -> None:
    doc = make_document(
        "The plan was signed by the Economy Minister Mikayil Jabbarov and the Astrakhan "
        "region Governor Igor Babushkin. The Heydar Aliyev Foundation was thanked. "
        "Babushkin said trade had grown.",
        lang="en",
    )
    persons = {p.name: p for p in person_from_english_name(doc, Context())}
    assert set(persons) == {"Джаббаров М.", "Бабушкин И."}
    babushkin = persons["Бабушкин И."]
    assert (babushkin.full_name, babushkin.name_en) == ("Игорь Бабушкин", "Igor Babushkin")
    assert [p.title for p in babushkin.positions] == ["губернатор"]
    assert [p.title for p in persons["Джаббаров М."].positions] == ["министр экономики"]
    assert babushkin.partner is None
    assert [doc.text[m.start : m.end] for m in babushkin.mentions] == [
        "Igor Babushkin",
        "Babushkin",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Governor Igor Babushkin held talks with Shapkenov.", ["Бабушкин И."]),
        ("On Saturday Khadikov met Vice Governor of Heilongjiang Province Li Ming.", ["Ли М."]),
        ("the Minister of Foreign Relations Vadim Golovkov arrived", ["Головков В."]),
        ("talks with Governor-General of Gilan Hadi Haghshenas on shipping", ["Хагшенас Х."]),
        ("Ambassador Momčilo Babić met Andrey Bocharov.", ["Бабич М.", "Бочаров А."]),
        (
            "Uzbek President Shavkat Mirziyoyev and Dmitry Afanasyev",
            ["Мирзиёев Ш.", "Афанасьев Д."],
        ),
        ("the Executive Committee Viktor  Gavrilenko visited", ["Гавриленко В."]),
        ("Akim Serik Shapkenov and Bolat Zhaksylykov", ["Шапкенов С.", "Жаксылыков Б."]),
        ("The Heydar Aliyev Foundation and the Vitebsk Regional Executive Committee", []),
        ("Vice Governor Wang Xiaoming met Ma Jun and Wu Zhongwei.", ["Ван С.", "Ма Ц.", "У Ч."]),
        ("Sergei Li and Xu Qiliang", ["Ли С.", "Сюй Ц."]),
        ("Consul General of Iran Mohammad Reza Ahmadi arrived", ["Ахмади М.Р."]),
        ("met Akim Nurlan Nogayev.", ["Ногаев Н."]),
        ("Reporting by Olzhas Auyezov and Mariya Gordeyeva; Editing by Alex Richardson", []),
        ("who arrived in the Russian Caspian city on Wednesday", []),
        ("Chief Minister Bhupendra Patel met Farid Gasym-zade", ["Патель Б.", "Гасым-заде Ф."]),
    ],
)
def test_english_names_in_russian(text: str, names: list[str]) -> None:
    found = [
        n for n in read_english_names(text) if n.latin and " " in text[n.span.start : n.span.end]
    ]
    assert [n.name for n in found] == names


def test_two_people_without_a_comma_stay_two() -> None:
    assert [n.name for n in read_names("Игорь Бабушкин Олег Петров")] == [
        "Бабушкин И.",
        "Петров О.",
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Serdar Berdimuhamedov received Governor of Russia's Astrakhan Region Igor Babushkin",
            "губернатор Астраханской области",
        ),
        (
            "On Monday, Consul General of Kazakhstan in Astrakhan Bolat Zhaksylykov met",
            "генеральный консул Казахстана в Астрахани",
        ),
        ("MOSCOW – Russian President Vladimir Putin held talks", "президент России"),
        (
            "On Thursday the Head of the Republic of Dagestan, Sergei Melikov, held talks",
            "глава Республики Дагестан",
        ),
        (
            "A delegation from Kazakhstan's Atyrau Region headed by Akim Serik Shapkenov arrived",
            "аким Атырауской области",
        ),
        (
            "посетила делегация Западно-Казахстанской области во главе с акимом Нариманом "
            "Турегалиевым.",
            "аким Западно-Казахстанской области",
        ),
        ("The governor met Mohammad Reza Ahmadi.", None),
        (
            "held a video conference with Zakir Farajov, head of the Executive Power of Sumgait.",
            "глава исполнительной власти Сумгаита",
        ),
        (
            "joined by Deputy Chairman of the Cabinet of Ministers Rashid Meredov",
            "заместитель председателя кабинета министров",
        ),
        # a post of a body the table does not know stays as written, whole
        (
            "the Deputy Director of the Astrakhan Fisheries Institute Viktor Gavrilenko",
            "Deputy Director of the Astrakhan Fisheries Institute",
        ),
    ],
)
def test_posts_in_russian_whatever_the_language(make_document, text: str, post: str | None) -> None:
    doc = make_document(text, lang="ru" if re.search("[а-я]", text) else "en")
    persons = [*person_from_english_name(doc, Context()), *person_from_name(doc, Context())]
    last = max(persons, key=lambda p: p.mentions[0].start)
    assert [p.title for p in last.positions] == ([post] if post else [])


def persons_by_name(doc) -> dict[str, Person]:
    return {p.name: p for p in person_from_name(doc, Context())}


def test_corpus_note_on_azerbaijan(corpus_document) -> None:
    doc = corpus_document("000")
    persons = persons_by_name(doc)
    for name in (
        "Бабушкин И.Ю.",
        "Прокофьева О.Н.",
        "Рагимова Г.В.",
        "Мустафаев Ш.А.",
        "Мустафаев Р.С.",
        "Мусатафаев Р.С.",
        "Зейналов Э.",
        "Бюльбюль оглы П.",
        "Аманова С.",
        "Ализаде Ф.",
        "Азизов Э.",
        "Алиев Г.А.",
    ):
        assert name in persons, name
    for person in persons.values():
        for m in person.mentions:
            assert doc.text[m.start : m.end] in person.aliases
    farzaliev = persons["Фарзалиев А.А."]
    assert {"Фарзалиевым А.А.", "Фарзалиева А.А."} <= set(farzaliev.aliases)
    narimanov, absheron = farzaliev.positions
    assert "Наримановского района Баку" in narimanov.title
    assert (narimanov.start, narimanov.end) == (date(2019, 9, 16), date(2021, 12, 23))
    assert "Апшеронского района" in absheron.title
    assert (absheron.start, absheron.end) == (date(2022, 4, 25), date(2025, 5, 7))
    assert persons["Аманова С."].full_name == "Солмаз Аманова"
    assert persons["Прокофьева О.Н."].gender == "f"


def test_corpus_note_on_belarus(corpus_document) -> None:
    persons = persons_by_name(corpus_document("001"))
    expected = {
        "Головченко Р.А.",
        "Исаченко А.М.",
        "Лукашенко А.Г.",
        "Крутой Д.Н.",
        "Страхар Р.Б.",
        "Ляхнович А.А.",
        "Грызлов Б.В.",
        "Рогожник А.Н.",
        "Гракун В.В.",
        "Авраменко А.Н.",
        "Ивашкина Н.В.",
        "Гурьянова В.В.",
    }
    assert expected <= set(persons)
    lyakhnovich = persons["Ляхнович А.А."]
    assert [p.title.split()[0] for p in lyakhnovich.positions] == ["первый", "Министр"]
    assert persons["Крутой Д.Н."].partner == "BY"


def test_corpus_news_in_english(corpus_document) -> None:
    persons = {p.name for p in person_from_english_name(corpus_document("004"), Context())}
    assert {"Джаббаров М.", "Бабушкин И."} <= persons


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("с акимом Атырауской области Шапкеновым С.Ж.", "аким Атырауской области"),
        ("визит хокима Хорезмской области Рахимова Ф.А.", "хоким Хорезмской области"),
        (
            "с Генеральным консулом Республики Иран в г. Астрахани Хамидом Резаи",
            "Генеральный консул Республики Иран в г. Астрахани",
        ),
        ("с генерал-губернатором провинции Асадоллой Аббаси", "генерал-губернатор провинции"),
        (
            "с тогдашним Послом Азербайджана в России Поладом Бюльбюль оглы",
            "Посол Азербайджана в России",
        ),
        (
            "принял заместителя Председателя Кабинета Министров, министра иностранных дел "
            "Туркменистана Рашида Мередова",
            "заместитель Председателя Кабинета Министров, министр иностранных дел Туркменистана",
        ),
    ],
)
def test_post_in_the_nominative_whatever_its_head(text: str, post: str) -> None:
    (named,) = read_names(text)
    assert named.post is not None
    assert named.post.title == post


def test_a_patronymic_is_never_a_surname() -> None:
    text = "Губернатором Астраханской области Бабушкиным Игорем Юрьевичем. Юрьевич И. не человек."
    assert [n.name for n in read_names(text)] == ["Бабушкин И.Ю."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("школа им. В.Н. Татищева открыла двери", "Татищев В.Н."),
        ("сквер имени Гейдара Алиева благоустроен", "Алиев Г."),
        ("библиотекой им. Н.К. Крупской", "Крупская Н.К."),
        ("фестиваль имени В. Барсовой прошёл", "Барсова В."),
    ],
)
def test_an_eponym_is_a_person_of_the_document_who_takes_no_part(text: str, name: str) -> None:
    (named,) = read_names(text)
    assert named.name == name
    assert is_honoured(text, named.span.start)


@pytest.mark.parametrize(
    ("title", "russian"),
    [
        ("President of Azerbaijan", "президент Азербайджана"),
        ("Russian President", "президент России"),
        ("Serbian Ambassador to Russia", "посол Сербии в России"),
        ("Uzbek President", "президент Узбекистана"),
        ("Astrakhan Region Governor", "губернатор Астраханской области"),
        ("Governor of Heilongjiang Province", "губернатор провинции Хэйлунцзян"),
        ("Akim of Kostanay Region", "аким Костанайской области"),
        ("Governor of Tochigi Prefecture", None),  # a place the gazetteer does not know
        ("Head of the Press Office", None),
    ],
)
def test_english_post_in_russian(title: str, russian: str | None) -> None:
    assert russian_post(title, Home()) == russian


@pytest.mark.parametrize(
    ("text", "name", "full", "post"),
    [
        (
            "Vice Governor of Jiangsu Province Wang Xiaoming received the guests.",
            "Ван С.",
            "Ван Сяомин",
            "вице-губернатор провинции Цзянсу",
        ),
        (
            "Chen Jianguo, mayor of Wuxi, received the delegation.",
            "Чэнь Ц.",
            "Чэнь Цзяньго",
            "мэр Уси",
        ),
    ],
)
def test_chinese_names_in_english_spelt_as_russian_writes_them(
    make_document, text: str, name: str, full: str, post: str
) -> None:
    """Pinyin goes to Cyrillic by the Palladius table, not by English sound ('Ванг К.'), and a
    post after the name, or of a Chinese place the gazetteer lacks, is read too."""
    people = {
        p.name: p for p in person_from_english_name(make_document(text, lang="en"), Context())
    }
    assert people[name].full_name == full
    assert [pos.title for pos in people[name].positions] == [post]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "led by the region's Minister of Foreign Relations Vadim Golovkov",
            "министр внешних связей",
        ),
        (
            "talks with Governor-General of Gilan Hadi Haghshenas",
            "генерал-губернатор провинции Гилян",
        ),
    ],
)
def test_english_post_keeps_its_joints_and_a_province_its_word(make_document, text, post) -> None:
    """'Minister of Foreign Relations' is one post, not 'Foreign Relations'; an Iranian or
    Chinese province is 'провинция …' in a Russian post."""
    people = list(person_from_english_name(make_document(text, lang="en"), Context()))
    assert [p.title for p in people[0].positions] == [post]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("встреча с мэром города Уси Ван Сюем прошла", "Ван Сюй"),
        ("с губернатором провинции Цзянсу Чжан Ханьхуэем.", "Чжан Ханьхуэй"),
        ("Председатель КНР Си Цзиньпин прибыл", "Си Цзиньпин"),
    ],
)
def test_a_chinese_full_name_keeps_its_order_and_its_nominative(text: str, full: str) -> None:
    """A Chinese name is surname first in Russian too, and only the given name declines."""
    assert read_names(text)[0].full_name == full


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        (
            "Deputy Chairman of the Vitebsk Regional Executive Committee",
            "заместитель председателя Витебского областного исполнительного комитета",
        ),
        (
            "Chairman of the Mogilev Regional Executive Committee",
            "председатель Могилевского областного исполнительного комитета",
        ),
        (
            "vice chairman of the Xinjiang Uygur Autonomous Region government",
            "заместитель председателя правительства Синьцзян-Уйгурского автономного района",
        ),
    ],
)
def test_english_posts_of_a_regions_body_in_russian(english: str, russian: str) -> None:
    assert russian_post(english, Home()) == russian
