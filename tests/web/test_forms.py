"""The forms an editor uses: correct, merge and split, review decisions, undo, upload; and
everything a document holds shown escaped, in the page and in the spreadsheet."""

from __future__ import annotations

import io
from typing import Any

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.data import BINARY_TXT, NOTE_UTF8_BOM_TXT
from tests.web.conftest import csrf_of

JSON = {"Accept": "application/json"}


def hostile_event(client: TestClient) -> dict[str, Any]:
    events = client.get("/search.json", params={"q": "контейнерной линии Баку"}).json()["hits"]
    found = [h for h in events if h["kind"] == "event" and "script" in h["label"]]
    assert found, "the hostile fixture's contact is stored"
    return dict(client.get(f"/events/{found[0]['id']}.json").json()["event"])


def test_edit_form_corrects_only_the_field_typed_over(editor: TestClient) -> None:
    event = hostile_event(editor)
    page = editor.get(f"/events/{event['id']}").text
    fields = {
        "start": event["start"],
        "end": event["end"],
        "kind": event["kind"],
        "direction": event["direction"],
        "place": "Гянджа",
        "leader": event["leader"] or "",
        "title": event["title"],
    }
    made = editor.post(
        f"/facts/event/{event['id']}/correct", data={"csrf": csrf_of(page), **fields}, headers=JSON
    ).json()
    assert [c["field"] for c in made] == ["place"]
    after = editor.get(f"/events/{event['id']}.json").json()["event"]
    assert after["place"] == "Гянджа" and after["title"] == event["title"]
    assert after["mentions"] == event["mentions"]
    editor.post(f"/audit/{made[0]['id']}/undo", data={"csrf": csrf_of(page)})
    assert editor.get(f"/events/{event['id']}.json").json()["event"]["place"] == event["place"]


def test_a_bad_value_is_one_line_and_nothing_changes(editor: TestClient) -> None:
    event = hostile_event(editor)
    token = csrf_of(editor.get("/").text)
    answer = editor.post(
        f"/facts/event/{event['id']}/correct",
        data={"csrf": token, "field": "start", "value": "вчера-позавчера"},
    )
    assert answer.status_code == 400 and "start" in answer.text
    assert editor.get(f"/events/{event['id']}.json").json()["event"]["start"] == event["start"]


def test_merge_two_people_then_split(editor: TestClient) -> None:
    hits = editor.get("/search.json", params={"q": "Мустафаев", "kind": "person"}).json()["hits"]
    first, second = hits[0]["id"], hits[1]["id"]
    token = csrf_of(editor.get(f"/persons/{first}").text)
    merged = editor.post(
        "/merge",
        data={"csrf": token, "kind": "person", "survivor": first, "absorbed": second},
        headers=JSON,
    ).json()
    assert merged["absorbed"] == second
    assert editor.get(f"/persons/{second}.json").status_code == 404
    logged = editor.get("/audit.json", params={"action": "merge", "fact": first}).json()
    assert logged["changes"][0]["what"].startswith(f"person {first}: {second} merged in")
    page = editor.get(f"/persons/{first}").text
    assert f"/merges/{merged['seq']}/split" in page
    editor.post(f"/merges/{merged['seq']}/split", data={"csrf": token})
    assert editor.get(f"/persons/{second}.json").status_code == 200


def test_review_decisions_in_one_click_go_to_the_audit_log(editor: TestClient) -> None:
    items = editor.get("/review.json").json()["items"]
    token = csrf_of(editor.get("/review").text)
    answer = editor.post(
        f"/review/{items[0]['id']}/accept", data={"csrf": token}, follow_redirects=False
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    assert items[0]["id"] not in {i["id"] for i in editor.get("/review.json").json()["items"]}
    log = editor.get("/audit.json", params={"user": "eddie", "action": "accept"}).json()
    change = next(c for c in log["changes"] if c["item"] == items[0]["id"])
    editor.post(f"/audit/{change['id']}/undo", data={"csrf": token})
    assert items[0]["id"] in {i["id"] for i in editor.get("/review.json").json()["items"]}


def test_upload_several_files_a_bad_one_fails_alone(editor: TestClient, app: Any) -> None:
    token = csrf_of(editor.get("/upload").text)
    files = [
        ("files", ("note.txt", NOTE_UTF8_BOM_TXT.read_bytes())),
        ("files", ("binary.txt", BINARY_TXT.read_bytes())),
    ]
    sent = editor.post("/upload", data={"csrf": token}, files=files, headers=JSON).json()
    app.state.web.uploads.wait()
    ids = [j["id"] for j in sent["jobs"]]
    status = editor.get("/uploads/status.json", params=[("id", i) for i in ids]).json()["jobs"]
    by_name = {j["name"]: j for j in status}
    assert by_name["note.txt"]["state"] == "done" and by_name["note.txt"]["progress"] == 100
    assert by_name["binary.txt"]["state"] == "failed"
    assert by_name["binary.txt"]["outcome"].startswith("binary.txt: "), "one line naming it"
    found = editor.get("/search.json", params={"q": "контейнерными линиями"}).json()["hits"]
    assert any(h["document"] == by_name["note.txt"]["document"] for h in found)


def test_a_changed_file_uploaded_again_is_a_new_version(editor: TestClient, app: Any) -> None:
    """An upload is stored under its file name, not the temporary folder it is read from,
    so the same name with new content replaces the old version's facts."""

    def upload(text: str) -> dict[str, Any]:
        token = csrf_of(editor.get("/upload").text)
        files = [("files", ("visit.txt", text.encode("utf-8")))]
        sent = editor.post("/upload", data={"csrf": token}, files=files, headers=JSON).json()
        app.state.web.uploads.wait()
        ids = [("id", j["id"]) for j in sent["jobs"]]
        (job,) = editor.get("/uploads/status.json", params=ids).json()["jobs"]
        return dict(job)

    first = upload("ХРОНОЛОГИЯ КОНТАКТОВ\n\n· 5 июня 2024 г., визит делегации в г. Ташкент.\n")
    second = upload("ХРОНОЛОГИЯ КОНТАКТОВ\n\n· 6 июня 2024 г., визит делегации в г. Бухару.\n")
    assert first["state"] == second["state"] == "done"
    old = editor.get(f"/documents/{first['document']}.json").json()
    new = editor.get(f"/documents/{second['document']}.json").json()
    assert "liaison-uploads" not in str(new) and "visit.txt" in str(new)
    assert old != new


def test_a_document_holding_a_script_is_shown_escaped(reader: TestClient) -> None:
    event = hostile_event(reader)
    for path in (f"/events/{event['id']}", "/search?q=контейнерной"):
        page = reader.get(path).text
        assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    document = event["mentions"][0]["document"]
    page = reader.get(f"/documents/{document}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_a_formula_typed_or_read_stays_text_in_the_spreadsheet(editor: TestClient) -> None:
    event = hostile_event(editor)
    token = csrf_of(editor.get("/").text)
    formula = '=HYPERLINK("http://example.invalid/","x")'
    made = editor.post(
        f"/facts/event/{event['id']}/correct",
        data={"csrf": token, "field": "place", "value": formula},
        headers=JSON,
    ).json()
    sheet = load_workbook(io.BytesIO(editor.get("/partners/AZ/chronology.xlsx").content)).active
    cells = [c for row in sheet.iter_rows() for c in row if "HYPERLINK" in str(c.value or "")]
    assert cells, "the corrected place is in the chronology"
    assert all(c.data_type != "f" for c in cells)
    editor.post(f"/audit/{made[0]['id']}/undo", data={"csrf": token})


def test_merging_two_events_shows_their_disagreement_side_by_side(editor: TestClient) -> None:
    events = editor.get("/partners/AZ.json").json()["events"]
    first, second = events[0], next(e for e in events[1:] if e["start"] != events[0]["start"])
    token = csrf_of(editor.get(f"/events/{first['id']}").text)
    merged = editor.post(
        "/merge",
        data={"csrf": token, "kind": "event", "survivor": first["id"], "absorbed": second["id"]},
        headers=JSON,
    ).json()
    data = editor.get(f"/events/{first['id']}.json").json()
    assert "start" in {c["field"] for c in data["conflicts"]}
    assert len({s["document"] for s in data["sources"]}) >= 1 and len(data["sources"]) >= 2
    assert "Источники расходятся" in editor.get(f"/events/{first['id']}").text
    editor.post(f"/merges/{merged['seq']}/split", data={"csrf": token})
    assert editor.get(f"/events/{second['id']}.json").status_code == 200
    assert not editor.get(f"/events/{first['id']}.json").json()["conflicts"]


def test_a_review_item_corrected_with_a_word_of_the_vocabulary(editor: TestClient) -> None:
    items = editor.get("/review.json").json()["items"]
    unsure = next(i for i in items if i["field"] == "direction")
    page = editor.get("/review").text
    assert f'action="/review/{unsure["id"]}/correct"' in page and "<select" in page
    made = editor.post(
        f"/review/{unsure['id']}/correct",
        data={"csrf": csrf_of(page), "value": "incoming"},
        headers=JSON,
    ).json()
    event = editor.get(f"/events/{unsure['fact_id']}.json").json()["event"]
    assert event["direction"] == "incoming"
    editor.post(f"/audit/{made['id']}/undo", data={"csrf": csrf_of(page)})
    event = editor.get(f"/events/{unsure['fact_id']}.json").json()["event"]
    assert event["direction"] == "unknown"


def test_rejecting_an_unsure_fact_takes_it_out_and_undo_puts_it_back(editor: TestClient) -> None:
    items = editor.get("/review.json").json()["items"]
    unsure = next(i for i in items if i["reason"] == "unsure" and i["fact_kind"] == "event")
    token = csrf_of(editor.get("/review").text)
    made = editor.post(f"/review/{unsure['id']}/reject", data={"csrf": token}, headers=JSON)
    assert made.json()["action"] == "reject"
    assert editor.get(f"/events/{unsure['fact_id']}.json").status_code == 404
    editor.post(f"/audit/{made.json()['id']}/undo", data={"csrf": token})
    assert editor.get(f"/events/{unsure['fact_id']}.json").status_code == 200
