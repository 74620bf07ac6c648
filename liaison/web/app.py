"""The web application: ``create_app(settings)`` builds it over the knowledge base the
settings name; `liaison serve` runs it.

Every request passes one gate (``gate``): it reads the session cookie or the API token,
sends people who are not signed in to the sign-in page (unless anonymous reading is
allowed), and puts the security headers on every answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from liaison.config import Settings
from liaison.errors import LiaisonError, NotFound
from liaison.store import Store
from liaison.web.auth import (
    SESSION_COOKIE,
    SESSION_SECONDS,
    SessionCodec,
    Visitor,
    bearer_token,
    new_session,
)
from liaison.web.context import Web, WebOptions, error_response, is_json, web_of
from liaison.web.i18n import language_of
from liaison.web.uploads import UploadQueue

# Nothing is loaded from another host, no inline script runs, and no page can be framed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# Open to everyone: the sign-in page, the language switch, the styles and fonts.
PUBLIC_PATHS = ("/signin", "/lang", "/static/", "/fonts/")


def create_app(settings: Settings, options: WebOptions | None = None) -> FastAPI:
    """The application over the knowledge base of ``settings`` (opened and migrated here,
    so that a bad database address fails at start with one line)."""
    from liaison.web import actions, pages

    options = options or WebOptions()
    store = Store.open(settings.database_url)
    web = Web(
        settings=settings,
        store=store,
        options=options,
        codec=SessionCodec(store.session_secret()),
        uploads=UploadQueue(settings, store, options.upload_workers),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        web.uploads.stop()

    app = FastAPI(
        title="Liaison", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.web = web
    app.middleware("http")(gate)
    app.exception_handler(LiaisonError)(on_error)
    app.exception_handler(StarletteHTTPException)(on_http_error)
    app.mount("/static", StaticFiles(directory=package_folder("static")), name="static")
    app.mount("/fonts", StaticFiles(directory=fonts_folder()), name="fonts")
    app.include_router(pages.router)
    app.include_router(actions.router)
    return app


def package_folder(name: str) -> Path:
    return Path(str(resources.files("liaison.web") / name))


def fonts_folder() -> Path:
    """The fonts Liaison ships (Liberation Serif, with Cyrillic), served as they are."""
    return Path(str(resources.files("liaison.data") / "fonts"))


async def on_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, LiaisonError)
    return error_response(request, error)


async def on_http_error(request: Request, error: Exception) -> Response:
    """An address that names no page, or a method it does not take: the error page (or
    JSON), in the same one line as any other error."""
    assert isinstance(error, StarletteHTTPException)
    problem: LiaisonError
    if error.status_code == 404:
        problem = NotFound(f"no page at {request.url.path}", "start from the overview: /")
    else:
        problem = LiaisonError(f"{request.method} {request.url.path}: {error.detail}", "")
    response = error_response(request, problem)
    response.status_code = error.status_code
    return response


def is_public(path: str) -> bool:
    return path.startswith(PUBLIC_PATHS)


def visitor_for(web: Web, request: Request, session_user: str | None) -> Visitor:
    """Who makes the request: the token's user, else the session's, else nobody."""
    token = bearer_token(request.headers.get("authorization"))
    if token is not None:
        return Visitor(user=web.store.token_user(token), by_token=True)
    if session_user is None:
        return Visitor(user=None)
    return Visitor(user=web.store.user(session_user))


def refused(request: Request, visitor: Visitor) -> Response:
    """The answer to someone not signed in: 401 for a script, the sign-in page for a person."""
    if is_json(request) or visitor.by_token:
        why = "the token is not valid" if visitor.by_token else "sign in first"
        hint = "ask for a new one: liaison user token NAME" if visitor.by_token else ""
        return JSONResponse({"error": why, "hint": hint}, status_code=401)
    wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/signin?next={quote(wanted)}", status_code=303)


async def gate(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Session and token in, access checked, session cookie and security headers out."""
    web = web_of(request)
    session = web.codec.loads(request.cookies.get(SESSION_COOKIE)) or new_session()
    # The Store is synchronous: its reads run beside the event loop, not on it.
    visitor = await run_in_threadpool(visitor_for, web, request, session.user)
    if session.user is not None and visitor.user is None and not visitor.by_token:
        session = new_session()  # the user was removed: their session ends
    request.state.session = session
    request.state.visitor = visitor
    request.state.lang = language_of(session.lang)
    may_read = (
        is_public(request.url.path)
        or visitor.user is not None
        or (
            request.method == "GET"
            and not visitor.by_token
            and await run_in_threadpool(web.is_anonymous_reading)
        )
    )
    if may_read:
        response = await call_next(request)
    else:
        response = refused(request, visitor)
    session = request.state.session  # a sign-in or a language switch replaces it
    if session.is_changed and not visitor.by_token:
        secure = web.options.secure_cookies or request.url.scheme == "https"
        response.set_cookie(
            SESSION_COOKIE,
            web.codec.dumps(session),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="lax",
            secure=secure,
        )
    response.headers.update(SECURITY_HEADERS)
    return response
