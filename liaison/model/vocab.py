"""Closed vocabularies of the model, each value with its Russian and English label."""

from __future__ import annotations

from enum import StrEnum


class AgreementKind(StrEnum):
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PROGRAMME = "programme"
    PLAN = "plan"
    CONTRACT = "contract"
    DECLARATION = "declaration"
    ROADMAP = "roadmap"
    PROTOCOL = "protocol"
    WORKING_GROUP = "working_group"
    OTHER = "other"


class AgreementStatus(StrEnum):
    IN_FORCE = "in_force"
    BEING_IMPLEMENTED = "being_implemented"
    SIGNED = "signed"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"


class EventKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    NEGOTIATIONS = "negotiations"
    FORUM = "forum"
    CONFERENCE = "conference"
    SESSION = "session"
    VIDEOCONFERENCE = "videoconference"
    CALL = "call"
    FAIR = "fair"
    EXHIBITION = "exhibition"
    CONCERT = "concert"
    FESTIVAL = "festival"
    SIGNING = "signing"
    PARTICIPATION = "participation"
    OTHER = "other"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    ELSEWHERE = "elsewhere"
    REMOTE = "remote"
    UNKNOWN = "unknown"


class Sphere(StrEnum):
    TRADE = "trade"
    INDUSTRY = "industry"
    TRANSPORT = "transport"
    AGRICULTURE = "agriculture"
    EDUCATION = "education"
    SCIENCE = "science"
    CULTURE = "culture"
    YOUTH = "youth"
    SPORT = "sport"
    COMPATRIOTS = "compatriots"
    HUMANITARIAN = "humanitarian"
    HEALTH = "health"
    TOURISM = "tourism"
    MEDIA = "media"
    POLITICS = "politics"
    OTHER = "other"


class PartnerLevel(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    DISTRICT = "district"
    CITY = "city"


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    BULLET = "bullet"
    SUBBULLET = "subbullet"
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"


class ChangeAction(StrEnum):
    CORRECT = "correct"
    UNDO = "undo"
    ACCEPT = "accept"
    REJECT = "reject"
    MERGE = "merge"


# (ru, en) for every value above; the briefings and the web speak through this table.
LABELS: dict[StrEnum, tuple[str, str]] = {
    AgreementKind.AGREEMENT: ("Соглашение", "Agreement"),
    AgreementKind.MEMORANDUM: ("Меморандум", "Memorandum"),
    AgreementKind.PROGRAMME: ("Программа", "Programme"),
    AgreementKind.PLAN: ("План мероприятий", "Plan of events"),
    AgreementKind.CONTRACT: ("Договор", "Contract"),
    AgreementKind.DECLARATION: ("Декларация", "Declaration"),
    AgreementKind.ROADMAP: ("Дорожная карта", "Roadmap"),
    AgreementKind.PROTOCOL: ("Протокол", "Protocol"),
    AgreementKind.WORKING_GROUP: ("Рабочая группа", "Working group"),
    AgreementKind.OTHER: ("Документ", "Document"),
    AgreementStatus.IN_FORCE: ("Действует", "In force"),
    AgreementStatus.BEING_IMPLEMENTED: ("Реализуется", "Being implemented"),
    AgreementStatus.SIGNED: ("Подписано", "Signed"),
    AgreementStatus.SUPERSEDED: ("Утратило силу", "Superseded"),
    AgreementStatus.UNKNOWN: ("Статус не указан", "Status not stated"),
    EventKind.VISIT: ("визит", "visit"),
    EventKind.MEETING: ("встреча", "meeting"),
    EventKind.NEGOTIATIONS: ("переговоры", "talks"),
    EventKind.FORUM: ("форум", "forum"),
    EventKind.CONFERENCE: ("конференция", "conference"),
    EventKind.SESSION: ("заседание", "session"),
    EventKind.VIDEOCONFERENCE: ("видеоконференция", "videoconference"),
    EventKind.CALL: ("телефонный разговор", "phone call"),
    EventKind.FAIR: ("ярмарка", "fair"),
    EventKind.EXHIBITION: ("выставка", "exhibition"),
    EventKind.CONCERT: ("концерт", "concert"),
    EventKind.FESTIVAL: ("фестиваль", "festival"),
    EventKind.SIGNING: ("подписание", "signing"),
    EventKind.PARTICIPATION: ("участие", "participation"),
    EventKind.OTHER: ("мероприятие", "event"),
    Direction.INCOMING: ("входящий", "incoming"),
    Direction.OUTGOING: ("исходящий", "outgoing"),
    Direction.ELSEWHERE: ("на третьей площадке", "elsewhere"),
    Direction.REMOTE: ("дистанционно", "remote"),
    Direction.UNKNOWN: ("не указано", "not stated"),
    Sphere.TRADE: ("торгово-экономическая сфера", "trade and economy"),
    Sphere.INDUSTRY: ("промышленность, строительство и ЖКХ", "industry and construction"),
    Sphere.TRANSPORT: ("транспорт и логистика", "transport and logistics"),
    Sphere.AGRICULTURE: ("сельское хозяйство", "agriculture"),
    Sphere.EDUCATION: ("образование", "education"),
    Sphere.SCIENCE: ("наука", "science"),
    Sphere.CULTURE: ("культура", "culture"),
    Sphere.YOUTH: ("молодежная политика", "youth"),
    Sphere.SPORT: ("физическая культура и спорт", "sport"),
    Sphere.COMPATRIOTS: ("взаимодействие с соотечественниками", "compatriots abroad"),
    Sphere.HUMANITARIAN: ("социально-гуманитарная сфера", "social and humanitarian"),
    Sphere.HEALTH: ("здравоохранение", "health"),
    Sphere.TOURISM: ("туризм", "tourism"),
    Sphere.MEDIA: ("средства массовой информации", "media"),
    Sphere.POLITICS: ("политическое взаимодействие", "politics"),
    Sphere.OTHER: ("иные направления", "other"),
    PartnerLevel.COUNTRY: ("страна", "country"),
    PartnerLevel.REGION: ("регион", "region"),
    PartnerLevel.DISTRICT: ("район", "district"),
    PartnerLevel.CITY: ("город", "city"),
    BlockKind.TITLE: ("заголовок документа", "title"),
    BlockKind.HEADING: ("заголовок", "heading"),
    BlockKind.BULLET: ("пункт", "bullet"),
    BlockKind.SUBBULLET: ("подпункт", "sub-bullet"),
    BlockKind.PARAGRAPH: ("абзац", "paragraph"),
    BlockKind.TABLE_ROW: ("строка таблицы", "table row"),
    ChangeAction.CORRECT: ("исправление", "correction"),
    ChangeAction.UNDO: ("отмена", "undo"),
    ChangeAction.ACCEPT: ("подтверждение", "accepted"),
    ChangeAction.REJECT: ("отклонение", "rejected"),
    ChangeAction.MERGE: ("объединение", "merge"),
}


def label(value: StrEnum, lang: str = "ru") -> str:
    """The label of a vocabulary value in ``lang`` ('ru' or 'en').

    >>> label(AgreementStatus.IN_FORCE)
    'Действует'
    >>> label(Direction.REMOTE, "en")
    'remote'
    """
    ru, en = LABELS[value]
    return en if lang == "en" else ru
