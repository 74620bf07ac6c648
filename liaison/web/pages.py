"""The pages that read: each at an address a person can guess and, with ``.json`` added,
as JSON for scripts. The data comes from ``views``; the downloads from the briefing code."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.background import BackgroundTask

from liaison.cli.options import parse_day, parse_spheres
from liaison.errors import LiaisonError
from liaison.model import ChangeAction
from liaison.store.users import Role
from liaison.web import fact_views, list_views, views
from liaison.web.context import Forbidden, language, render, visitor_of, web_of

router = APIRouter()

Handler = Callable[..., Any]


def twin(path: str, json_path: str | None = None) -> Callable[[Handler], Handler]:
    """Register a page at ``path`` and its JSON twin at ``path`` + '.json' (the twin
    first: '/partners/{code}' would otherwise take 'AZ.json' for a code)."""

    def register(handler: Handler) -> Handler:
        router.add_api_route(json_path or f"{path}.json", handler, methods=["GET"])
        router.add_api_route(path, handler, methods=["GET"])
        return handler

    return register


@twin("/", "/index.json")
def overview(request: Request) -> Response:
    data = views.overview(web_of(request).store, language(request))
    return render(request, "overview.html", data)


def note_choice(request: Request, lang: str | None = None) -> views.NoteChoice:
    """The period, spheres and language asked for in the address."""
    params = request.query_params
    return views.NoteChoice(
        lang=lang or params.get("note_lang") or language(request),
        start=parse_day(params.get("from") or None, "from"),
        end=parse_day(params.get("to") or None, "to", last=True),
        spheres=tuple(parse_spheres(params.getlist("sphere")) or ()),
    )


@twin("/partners/{code}")
def partner(request: Request, code: str) -> Response:
    web = web_of(request)
    choice = note_choice(request)
    data = views.partner_page(web.store, code, choice, web.settings.home)
    return render(request, "partner.html", data)


NOTE_FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown; charset=utf-8",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sent_file(path: Path, name: str, media_type: str) -> FileResponse:
    """A file for download, removed with its folder once sent."""
    cleanup = BackgroundTask(shutil.rmtree, path.parent, ignore_errors=True)
    return FileResponse(path, media_type=media_type, filename=name, background=cleanup)


def scratch_file(suffix: str) -> Path:
    """A path to write a download to, in a folder of its own."""
    return Path(tempfile.mkdtemp(prefix="liaison-download-")) / f"download{suffix}"


@router.get("/partners/{code}/note")
def note_download(request: Request, code: str) -> Response:
    """The note as DOCX, PDF or Markdown, with the period, spheres and language chosen."""
    from liaison.brief import note_pdf, render_docx, render_markdown, render_pdf

    fmt = request.query_params.get("format", "docx")
    if fmt not in NOTE_FORMATS:
        raise LiaisonError(f"format {fmt!r} is not offered", "choose docx, pdf or md")
    web = web_of(request)
    choice = note_choice(request, request.query_params.get("note_lang"))
    content = views.partner_note(web.store, code, choice, web.settings.home)
    name = f"note_{content.partner.id}_{choice.lang}.{fmt}"
    if fmt == "md":
        text = render_markdown(content, choice.lang, True)
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(text, media_type=NOTE_FORMATS["md"], headers=headers)
    target = scratch_file(f".{fmt}")
    if fmt == "docx":
        render_docx(content, choice.lang, True, None, out=target)
    else:
        engine = note_pdf.pdf_engine("auto")
        render_pdf(content, choice.lang, True, None, out=target, engine=engine)
    return sent_file(target, name, NOTE_FORMATS[fmt])


@router.get("/partners/{code}/chronology.xlsx")
def chronology_download(request: Request, code: str) -> Response:
    """The contacts with a partner as a spreadsheet (formulas in a source are text)."""
    from liaison.brief import chronology_table, write_chronology

    web = web_of(request)
    choice = note_choice(request, request.query_params.get("note_lang"))
    content = views.partner_note(web.store, code, choice, web.settings.home)
    target = scratch_file(".xlsx")
    write_chronology(chronology_table(content, choice.lang), "xlsx", target, choice.lang)
    return sent_file(target, f"chronology_{content.partner.id}.xlsx", XLSX)


@twin("/events/{event_id}")
def event(request: Request, event_id: str) -> Response:
    data = fact_views.event_page(web_of(request).store, event_id, language(request))
    return render(request, "event.html", data)


@twin("/persons/{person_id}")
def person(request: Request, person_id: str) -> Response:
    data = fact_views.person_page(web_of(request).store, person_id, language(request))
    return render(request, "person.html", data)


@twin("/documents/{document_id}")
def document(request: Request, document_id: str) -> Response:
    data = fact_views.document_page(web_of(request).store, document_id)
    return render(request, "document.html", data)


@twin("/search")
def search(request: Request) -> Response:
    params = request.query_params
    wanted = {
        name: params.get(name, "") for name in ("kind", "partner", "sphere", "year", "person")
    }
    data = list_views.search_page(
        web_of(request).store, params.get("q", ""), wanted, language(request)
    )
    return render(request, "search.html", data)


@twin("/review")
def review(request: Request) -> Response:
    data = list_views.review_page(web_of(request).store, language(request))
    return render(request, "review.html", data)


@twin("/audit")
def audit(request: Request) -> Response:
    params = request.query_params
    action = params.get("action") or None
    wanted = {
        "user": params.get("user") or None,
        "fact": params.get("fact") or None,
        "action": ChangeAction(action) if action in {a.value for a in ChangeAction} else None,
        "since": parse_day(params.get("since") or None, "since"),
        "until": parse_day(params.get("until") or None, "until", last=True),
        "limit": 500,
    }
    data = list_views.audit_page(web_of(request).store, wanted)
    data["actions"] = [a.value for a in ChangeAction]
    return render(request, "audit.html", data)


@twin("/upload")
def upload_page(request: Request) -> Response:
    jobs = web_of(request).uploads.status()
    return render(request, "upload.html", {"jobs": [j.as_json() for j in jobs]})


@router.get("/uploads/status.json")
def upload_status(request: Request) -> Response:
    """The state of the files asked for (``?id=…&id=…``), or of every recent one."""
    ids = request.query_params.getlist("id") or None
    jobs = web_of(request).uploads.status(ids)
    return JSONResponse({"jobs": [j.as_json() for j in jobs]})


@twin("/users")
def users(request: Request) -> Response:
    if not visitor_of(request).may(Role.ADMIN):
        raise Forbidden("only an admin sees the users", "ask an admin")
    web = web_of(request)
    data = list_views.users_page(web.store) | {"anonymous": web.is_anonymous_reading()}
    return render(request, "users.html", data)


@router.get("/signin")
def signin_page(request: Request) -> Response:
    wanted = request.query_params.get("next", "/")
    return render(request, "signin.html", {"next": local_path(wanted), "failed": False})


def local_path(wanted: str) -> str:
    """An address on this site to go to after signing in; anything else goes home.

    >>> local_path("/partners/AZ"), local_path("https://evil.example/"), local_path("//x")
    ('/partners/AZ', '/', '/')
    """
    return wanted if wanted.startswith("/") and not wanted.startswith("//") else "/"
