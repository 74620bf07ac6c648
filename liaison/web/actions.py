"""The forms that change something: sign in and out, the language, corrections, merges and
splits, review decisions, undo, uploads, users. Each checks the role and the CSRF token
(a request with an API token needs none: no browser sends one by itself), then calls the
Store method the command line calls, and answers a script with the change as JSON and a
person by going back to the page. The Store is synchronous, so its calls run in the thread
pool, never on the event loop."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from liaison.errors import LiaisonError
from liaison.model import to_json
from liaison.store.users import Role, role_named
from liaison.web.auth import CSRF_FIELD, CSRF_HEADER, is_csrf_valid, new_session
from liaison.web.context import Forbidden, render, visitor_of, web_of
from liaison.web.fact_views import EDITABLE, merge_json, text_value
from liaison.web.i18n import language_of
from liaison.web.list_views import fact_href
from liaison.web.pages import local_path

router = APIRouter()
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sent:
    """A form that passed the checks: its fields, and who sent it."""

    form: FormData
    user: str
    by_token: bool

    def get(self, name: str, default: str = "") -> str:
        value = self.form.get(name)
        return value if isinstance(value, str) else default


class CsrfError(Forbidden):
    """A form came without this session's CSRF token."""


async def checked(request: Request, role: Role) -> Sent:
    """The form of a request whose user has ``role`` and which carries the session's CSRF
    token (in the form or the X-CSRF-Token header) unless it came with an API token."""
    visitor = visitor_of(request)
    form = await request.form(max_part_size=MAX_UPLOAD_BYTES)
    if not visitor.by_token:
        sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
        if not is_csrf_valid(request.state.session, sent if isinstance(sent, str) else None):
            raise CsrfError(
                "the form is out of date or came from another site",
                "reload the page and send it again",
            )
    if visitor.user is None:
        raise Forbidden("sign in first", "")
    if not visitor.may(role):
        raise Forbidden(
            f"a {visitor.user.role.value} cannot do this", f"ask an admin for the {role.value} role"
        )
    return Sent(form=form, user=visitor.user.name, by_token=visitor.by_token)


def wants_json(request: Request, sent: Sent) -> bool:
    return sent.by_token or "application/json" in request.headers.get("accept", "")


def done(request: Request, sent: Sent, result: Any, back: str) -> Response:
    """The change as JSON for a script; back to the page for a person."""
    if wants_json(request, sent):
        return JSONResponse(to_json(result))
    return RedirectResponse(local_path(sent.get("next") or back), status_code=303)


@router.post("/signin")
async def signin(request: Request) -> Response:
    web = web_of(request)
    form = await request.form()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    wanted = local_path(str(form.get("next", "/")))
    if not is_csrf_valid(request.state.session, str(form.get(CSRF_FIELD, ""))):
        raise CsrfError("the sign-in form is out of date", "reload the page and sign in again")
    address = request.client.host if request.client else ""
    if web.throttle.is_blocked(address, name):
        data = {"next": wanted, "failed": True, "blocked": True}
        return render(request, "signin.html", data, status=429)
    user = await run_in_threadpool(web.store.signed_in, name, password)
    if user is None:
        web.throttle.failed(address, name)
        return render(request, "signin.html", {"next": wanted, "failed": True}, status=401)
    web.throttle.succeeded(address, name)
    session = new_session()  # a fresh CSRF token with every sign-in
    session.user, session.lang = user.name, request.state.session.lang
    request.state.session = session
    return RedirectResponse(wanted, status_code=303)


@router.post("/signout")
async def signout(request: Request) -> Response:
    form = await request.form()
    if not is_csrf_valid(request.state.session, str(form.get(CSRF_FIELD, ""))):
        raise CsrfError("the form is out of date", "reload the page and try again")
    request.state.session = new_session()
    return RedirectResponse("/signin", status_code=303)


@router.post("/lang")
async def switch_language(request: Request) -> Response:
    form = await request.form()
    if not is_csrf_valid(request.state.session, str(form.get(CSRF_FIELD, ""))):
        raise CsrfError("the form is out of date", "reload the page and try again")
    session = request.state.session
    session.lang = language_of(str(form.get("lang", "")))
    session.is_changed = True
    return RedirectResponse(local_path(str(form.get("next", "/"))), status_code=303)


@router.post("/facts/{kind}/{fact_id}/correct")
async def correct(request: Request, kind: str, fact_id: str) -> Response:
    """Fields of a fact as typed in the edit form; only those that differ change."""
    from liaison.cli.options import FACT_KINDS

    sent = await checked(request, Role.EDITOR)
    if kind not in FACT_KINDS:
        raise LiaisonError(f"unknown kind {kind!r}", f"use one of {', '.join(FACT_KINDS)}")
    store = web_of(request).store
    current = to_json(await run_in_threadpool(store.get, FACT_KINDS[kind], fact_id))
    if current is None:
        raise LiaisonError(f"no {kind} {fact_id!r}", "it may have been merged; search for it")
    if "field" in sent.form:  # one field, as the review queue and scripts send it
        changed = {sent.get("field"): sent.get("value")}
    else:  # the edit form: every field shown, of which only those typed over change
        typed = {n: sent.get(n) for n in EDITABLE.get(kind, ()) if n in sent.form}
        changed = {n: v for n, v in typed.items() if v != text_value(current.get(n))}
    made = (
        await run_in_threadpool(store.correct_all, fact_id, changed, user=sent.user, kind=kind)
        if changed
        else []
    )
    return done(request, sent, made, fact_href(kind, fact_id) or "/")


@router.post("/merge")
async def merge(request: Request) -> Response:
    """Two stored facts of one kind are one: the survivor keeps both's sources."""
    sent = await checked(request, Role.EDITOR)
    kind, survivor, absorbed = sent.get("kind"), sent.get("survivor"), sent.get("absorbed")
    store = web_of(request).store
    record = await run_in_threadpool(store.merge, kind, survivor, absorbed.strip(), by=sent.user)
    return done(request, sent, merge_json(record), fact_href(kind, survivor) or "/")


@router.post("/merges/{seq}/split")
async def split(request: Request, seq: int) -> Response:
    sent = await checked(request, Role.EDITOR)
    record = await run_in_threadpool(web_of(request).store.split, seq, by=sent.user)
    return done(request, sent, merge_json(record), fact_href(record.kind, record.survivor) or "/")


@router.post("/review/{item_id}/{decision}")
async def decide(request: Request, item_id: str, decision: str) -> Response:
    """Accept, correct or reject one review item."""
    sent = await checked(request, Role.EDITOR)
    store = web_of(request).store
    if decision == "accept":
        made = await run_in_threadpool(store.accept, item_id, user=sent.user)
    elif decision == "reject":
        made = await run_in_threadpool(store.reject, item_id, user=sent.user)
    elif decision == "correct":
        field = sent.get("field") or None
        value = sent.get("value")
        made = await run_in_threadpool(
            store.correct_item, item_id, value, user=sent.user, field=field
        )
    else:
        raise LiaisonError(f"{decision!r} is not a decision", "accept, correct or reject")
    return done(request, sent, made, "/review")


@router.post("/audit/{change_id}/undo")
async def undo(request: Request, change_id: str) -> Response:
    sent = await checked(request, Role.EDITOR)
    made = await run_in_threadpool(web_of(request).store.undo, change_id, user=sent.user)
    return done(request, sent, made, "/audit")


@router.post("/upload")
async def upload(request: Request) -> Response:
    """Queue every file sent; the page polls /uploads/status.json for each one's progress."""
    sent = await checked(request, Role.EDITOR)
    uploads = web_of(request).uploads
    jobs = []
    for item in sent.form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            jobs.append(uploads.add(item.filename, await item.read(), sent.user))
    if not jobs:
        raise LiaisonError("no file was sent", "choose or drop one or more files")
    if wants_json(request, sent) or request.headers.get("x-requested-with") == "fetch":
        return JSONResponse({"jobs": [j.as_json() for j in jobs]})
    return RedirectResponse("/upload", status_code=303)


@router.post("/users")
async def add_user(request: Request) -> Response:
    sent = await checked(request, Role.ADMIN)
    role = role_named(sent.get("role", "reader"))
    store = web_of(request).store
    user = await run_in_threadpool(store.add_user, sent.get("name"), role, sent.get("password"))
    return done(request, sent, user, "/users")


@router.post("/users/{name}/{what}")
async def change_user(request: Request, name: str, what: str) -> Response:
    """Remove a user, give them another role, or a new password."""
    sent = await checked(request, Role.ADMIN)
    store = web_of(request).store
    if what == "remove":
        await run_in_threadpool(store.remove_user, name)
        result: Any = {"removed": name}
    elif what == "role":
        result = await run_in_threadpool(store.set_role, name, role_named(sent.get("role")))
    elif what == "password":
        await run_in_threadpool(store.set_password, name, sent.get("password"))
        result = {"password": name}
    else:
        raise LiaisonError(f"{what!r} is not a change of a user", "remove, role or password")
    return done(request, sent, result, "/users")


@router.post("/settings/anonymous")
async def anonymous_reading(request: Request) -> Response:
    sent = await checked(request, Role.ADMIN)
    allowed = sent.get("allowed") == "yes"
    setting = "yes" if allowed else "no"
    await run_in_threadpool(web_of(request).store.set_web_setting, "anonymous_read", setting)
    return done(request, sent, {"anonymous_read": allowed}, "/users")
