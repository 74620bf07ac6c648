"""What every request handler shares: the settings, the Store, the templates, the session
codec, and how a page answers in HTML or, at its ``.json`` twin, in JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from liaison.config import Settings
from liaison.errors import LiaisonError, NotFound, StoreError
from liaison.model import to_json
from liaison.store import Store
from liaison.store.users import Role
from liaison.web.auth import CSRF_FIELD, SessionCodec, SignInThrottle, Visitor
from liaison.web.i18n import LANGUAGES, translations
from liaison.web.uploads import UploadQueue


class Forbidden(LiaisonError):
    """The user's role does not allow what was asked."""


# Which error a user sees with which HTTP status (the rest of LiaisonError: 400).
ERROR_STATUS: dict[type[LiaisonError], int] = {NotFound: 404, Forbidden: 403, StoreError: 409}


@dataclass(frozen=True, slots=True, kw_only=True)
class WebOptions:
    """How the application is served: ``secure_cookies`` marks session cookies Secure even
    over http (behind an https proxy); ``upload_workers`` 0 reads uploads in a thread of
    this process (tests), 1 in a process of their own, so pages stay quick meanwhile."""

    secure_cookies: bool = False
    upload_workers: int = 1


@dataclass(slots=True, kw_only=True)
class Web:
    """The application's shared parts, built once by ``create_app``."""

    settings: Settings
    store: Store
    options: WebOptions
    codec: SessionCodec
    uploads: UploadQueue
    throttle: SignInThrottle = field(default_factory=SignInThrottle)

    def is_anonymous_reading(self) -> bool:
        """Whether people not signed in may read (an admin's choice, kept in the store)."""
        return self.store.web_setting("anonymous_read") == "yes"


def web_of(request: Request) -> Web:
    """The application's shared parts, from a request."""
    found: Web = request.app.state.web
    return found


def visitor_of(request: Request) -> Visitor:
    """Who makes the request (set by the session middleware)."""
    found: Visitor = request.state.visitor
    return found


def is_json(request: Request) -> bool:
    """Whether the JSON twin was asked for: the address ends in '.json'."""
    return request.url.path.endswith(".json")


@cache
def environment(lang: str) -> Environment:
    """The Jinja environment of one interface language over the web templates:
    autoescaped, with that language's catalogue as ``_`` and ``ngettext``."""
    folder = Path(str(resources.files("liaison.web") / "templates"))
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    return env


def language(request: Request) -> str:
    """The interface language of this request: the session's choice, else Russian."""
    found: str = request.state.lang
    return found


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
    """A page: ``data`` as JSON at the ``.json`` address, else the template filled with it."""
    if is_json(request):
        return JSONResponse(to_json(data), status_code=status)
    lang = language(request)
    visitor = visitor_of(request)
    page = (
        environment(lang)
        .get_template(template)
        .render(
            data,
            lang=lang,
            languages=LANGUAGES,
            user=visitor.user,
            may_edit=visitor.may(Role.EDITOR),
            may_admin=visitor.may(Role.ADMIN),
            csrf=request.state.session.csrf,
            csrf_field=CSRF_FIELD,
            path=request.url.path,
            query=str(request.url.query),
        )
    )
    return HTMLResponse(page, status_code=status)


def error_response(request: Request, error: LiaisonError) -> Response:
    """One line for a user-facing error: JSON for a script, the error page for a person."""
    status = next((s for cls, s in ERROR_STATUS.items() if isinstance(error, cls)), 400)
    return render(
        request, "error.html", {"error": error.message, "hint": error.hint}, status=status
    )
