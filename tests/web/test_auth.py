"""Who may do what: anonymous visitors, readers, sessions, CSRF tokens, API tokens."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from liaison.config import Settings
from liaison.store import Store
from liaison.store.users import Role
from liaison.web import WebOptions, create_app
from liaison.web.auth import FAILURES_ALLOWED, SESSION_COOKIE
from tests.web.conftest import PASSWORD, csrf_of, signed_in

PAGES = ["/", "/partners/AZ", "/search?q=визит", "/review", "/audit", "/upload"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_visitors_get_the_sign_in_page(anonymous: TestClient, path: str) -> None:
    answer = anonymous.get(path, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/signin")
    assert "Войти" in anonymous.get(path).text


@pytest.mark.parametrize("path", ["/index.json", "/partners/AZ.json", "/search.json?q=визит"])
def test_anonymous_scripts_get_401(anonymous: TestClient, path: str) -> None:
    assert anonymous.get(path).status_code == 401


def test_sign_in_over_plain_http_sets_a_cookie_that_is_not_secure(app: object) -> None:
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    token = csrf_of(client.get("/signin").text)
    answer = client.post(
        "/signin",
        data={"name": "rita", "password": PASSWORD, "csrf": token, "next": "/partners/AZ"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/partners/AZ"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "Secure" not in cookie
    assert client.get("/index.json").status_code == 200


def test_sign_in_over_https_marks_the_cookie_secure(app: object) -> None:
    client = TestClient(app, base_url="https://liaison.example")  # type: ignore[arg-type]
    token = csrf_of(client.get("/signin").text)
    answer = client.post(
        "/signin",
        data={"name": "rita", "password": PASSWORD, "csrf": token},
        follow_redirects=False,
    )
    assert "Secure" in answer.headers["set-cookie"]


def test_wrong_password_is_refused(anonymous: TestClient) -> None:
    token = csrf_of(anonymous.get("/signin").text)
    answer = anonymous.post("/signin", data={"name": "rita", "password": "nope", "csrf": token})
    assert answer.status_code == 401 and "Неверное имя или пароль" in answer.text
    assert anonymous.get("/index.json").status_code == 401


def test_sign_in_without_the_csrf_token_is_refused(anonymous: TestClient) -> None:
    anonymous.get("/signin")
    answer = anonymous.post("/signin", data={"name": "rita", "password": PASSWORD})
    assert answer.status_code == 403


def test_failed_sign_ins_are_slowed_down(app: object) -> None:
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    token = csrf_of(client.get("/signin").text)
    for _ in range(FAILURES_ALLOWED):
        client.post("/signin", data={"name": "ada", "password": "guess", "csrf": token})
    right = client.post("/signin", data={"name": "ada", "password": PASSWORD, "csrf": token})
    assert right.status_code == 429
    app.state.web.throttle.succeeded("testclient", "ada")  # type: ignore[attr-defined]


def test_reader_cannot_write(reader: TestClient) -> None:
    token = csrf_of(reader.get("/").text)
    event = reader.get("/partners/AZ.json").json()["events"][0]["id"]
    answer = reader.post(
        f"/facts/event/{event}/correct", data={"csrf": token, "field": "place", "value": "Баку"}
    )
    assert answer.status_code == 403
    assert (
        reader.post("/upload", data={"csrf": token}, files={"files": ("a.txt", b"x")}).status_code
        == 403
    )
    assert reader.get(f"/events/{event}.json").json()["event"]["place"] != "Москва"


def test_reader_sees_no_edit_forms(reader: TestClient) -> None:
    event = reader.get("/partners/AZ.json").json()["events"][0]["id"]
    assert "/correct" not in reader.get(f"/events/{event}").text


@pytest.mark.parametrize("token", [None, "", "forged"])
def test_forms_without_this_sessions_csrf_token_are_refused(
    editor: TestClient, token: str | None
) -> None:
    event = editor.get("/partners/AZ.json").json()["events"][0]["id"]
    data = {"field": "place", "value": "Москва"} | ({"csrf": token} if token is not None else {})
    assert editor.post(f"/facts/event/{event}/correct", data=data).status_code == 403


def test_another_users_csrf_token_is_refused(editor: TestClient, admin: TestClient) -> None:
    admins_token = csrf_of(admin.get("/").text)
    event = editor.get("/partners/AZ.json").json()["events"][0]["id"]
    answer = editor.post(
        f"/facts/event/{event}/correct",
        data={"csrf": admins_token, "field": "place", "value": "Москва"},
    )
    assert answer.status_code == 403


def test_a_session_signed_by_another_server_is_nobody(kb_url: str, tmp_path: object) -> None:
    other_url = f"sqlite:///{tmp_path}/other.sqlite"
    with Store.open(other_url) as other:
        other.add_user("ada", Role.ADMIN, PASSWORD)
    other_app = create_app(Settings(database_url=other_url), WebOptions(upload_workers=0))
    stolen = signed_in(other_app, "ada").cookies.get(SESSION_COOKIE)
    here = create_app(Settings(database_url=kb_url), WebOptions(upload_workers=0))
    client = TestClient(here, base_url="http://127.0.0.1")
    client.cookies.set(SESSION_COOKIE, stolen or "")
    assert client.get("/index.json").status_code == 401


def test_api_token_reads_and_writes_without_csrf(app: object, kb_url: str) -> None:
    with Store.open(kb_url) as store:
        token = store.new_token("eddie")
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/partners/AZ.json", headers=headers).status_code == 200
    review = client.get("/review.json", headers=headers).json()["items"]
    assert review, "the corpus gives the review queue something"
    decided = client.post(f"/review/{review[0]['id']}/accept", headers=headers)
    assert decided.status_code == 200 and decided.json()["action"] == "accept"
    undone = client.post(f"/audit/{decided.json()['id']}/undo", headers=headers)
    assert undone.status_code == 200 and undone.json()["action"] == "undo"
    with Store.open(kb_url) as store:
        store.revoke_tokens("eddie")
    assert client.get("/partners/AZ.json", headers=headers).status_code == 401


def test_a_readers_token_cannot_write(app: object, kb_url: str) -> None:
    with Store.open(kb_url) as store:
        token = store.new_token("rita")
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    headers = {"Authorization": f"Bearer {token}"}
    item = client.get("/review.json", headers=headers).json()["items"][0]["id"]
    assert client.post(f"/review/{item}/accept", headers=headers).status_code == 403


def test_anonymous_reading_when_the_admin_allows_it(admin: TestClient, app: object) -> None:
    token = csrf_of(admin.get("/users").text)
    admin.post("/settings/anonymous", data={"csrf": token, "allowed": "yes"})
    visitor = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    assert visitor.get("/partners/AZ.json").status_code == 200
    writing = visitor.post("/merge", data={"kind": "person"}, follow_redirects=False)
    assert writing.status_code == 303 and writing.headers["location"].startswith("/signin")
    admin.post("/settings/anonymous", data={"csrf": token})
    assert visitor.get("/partners/AZ.json").status_code == 401


def test_only_an_admin_manages_users(editor: TestClient, admin: TestClient) -> None:
    assert editor.get("/users.json").status_code == 403
    token = csrf_of(editor.get("/").text)
    refused = editor.post("/users", data={"csrf": token, "name": "x", "password": "x" * 10})
    assert refused.status_code == 403
    token = csrf_of(admin.get("/users").text)
    admin.post(
        "/users", data={"csrf": token, "name": "newbie", "password": "p" * 10, "role": "reader"}
    )
    assert "newbie" in {u["name"] for u in admin.get("/users.json").json()["users"]}
    admin.post("/users/newbie/remove", data={"csrf": token})
    assert "newbie" not in {u["name"] for u in admin.get("/users.json").json()["users"]}


def test_sign_out_ends_the_session(app: object) -> None:
    client = signed_in(app, "rita")
    token = csrf_of(client.get("/").text)
    answer = client.post("/signout", data={"csrf": token}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/signin"
    assert client.get("/index.json").status_code == 401


def test_an_admin_changes_a_role_and_a_password(admin: TestClient, app: object) -> None:
    token = csrf_of(admin.get("/users").text)
    admin.post(
        "/users", data={"csrf": token, "name": "temp", "password": "first pass", "role": "reader"}
    )
    admin.post("/users/temp/role", data={"csrf": token, "role": "editor"})
    roles = {u["name"]: u["role"] for u in admin.get("/users.json").json()["users"]}
    assert roles["temp"] == "editor"
    admin.post("/users/temp/password", data={"csrf": token, "password": "second pass"})
    signed_in(app, "temp", "second pass")
    admin.post("/users/temp/remove", data={"csrf": token})
