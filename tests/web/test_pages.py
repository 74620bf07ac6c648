"""Every page and its JSON twin answer a signed-in reader with what the knowledge base holds."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def first_event(client: TestClient) -> dict[str, object]:
    events = client.get("/partners/AZ.json").json()["events"]
    assert events, "the corpus notes name contacts with Azerbaijan"
    return dict(events[0])


def test_overview_lists_partners_with_counts(reader: TestClient) -> None:
    data = reader.get("/index.json").json()
    azerbaijan = next(p for p in data["partners"] if p["id"] == "AZ")
    assert azerbaijan["events"] > 0 and azerbaijan["documents"] >= 1
    assert data["latest"] and isinstance(data["review_count"], int)
    page = reader.get("/")
    assert page.status_code == 200
    assert "Партнёры" in page.text and 'href="/partners/AZ"' in page.text


def test_partner_page_has_note_charts_and_downloads(reader: TestClient) -> None:
    data = reader.get("/partners/AZ.json").json()
    assert data["partner"]["id"] == "AZ"
    assert any(line["kind"] == "heading" for line in data["lines"])
    assert data["by_direction"]["bars"], "contacts per year are drawn"
    page = reader.get("/partners/AZ").text
    assert "<svg" in page and 'formaction="/partners/AZ/note"' in page


def test_subnational_partners_are_under_their_country(reader: TestClient) -> None:
    data = reader.get("/index.json").json()
    inside = [p for p in data["subnational"] if p["parent"] == "BY"]
    assert inside, "the Belarus note names regions and cities of Belarus"
    belarus = reader.get("/partners/BY.json").json()
    assert {p["id"] for p in inside} <= {p["id"] for p in belarus["inside"]}


def test_partner_in_another_form_of_its_name(reader: TestClient) -> None:
    assert reader.get("/partners/Азербайджан.json").json()["partner"]["id"] == "AZ"


def test_unknown_partner_is_one_line_404(reader: TestClient) -> None:
    answer = reader.get("/partners/Атлантида.json")
    assert answer.status_code == 404 and "error" in answer.json()


def test_event_page_shows_each_source_with_its_span(reader: TestClient) -> None:
    event = first_event(reader)
    data = reader.get(f"/events/{event['id']}.json").json()
    assert data["sources"] and all(s["span"] for s in data["sources"])
    page = reader.get(f"/events/{event['id']}").text
    assert "<mark>" in page


def test_person_page_gives_forms_posts_and_contacts(reader: TestClient) -> None:
    hits = reader.get("/search.json", params={"q": "Мустафаев", "kind": "person"}).json()
    person_id = hits["hits"][0]["id"]
    data = reader.get(f"/persons/{person_id}.json").json()
    assert data["person"]["name"].startswith("Мустафаев")
    assert data["forms"] and data["events"]
    assert reader.get(f"/persons/{person_id}").status_code == 200


def test_document_page_marks_spans_linked_to_facts(reader: TestClient) -> None:
    event = first_event(reader)
    source = reader.get(f"/events/{event['id']}.json").json()["sources"][0]["document"]
    data = reader.get(f"/documents/{source}.json").json()
    assert any(p.get("id") == event["id"] for p in data["pieces"])
    page = reader.get(f"/documents/{source}").text
    assert f'href="/events/{event["id"]}"' in page


@pytest.mark.parametrize("query", ["соглашениями", "Mustafayev"])
def test_search_finds_other_word_forms_and_latin_names(reader: TestClient, query: str) -> None:
    data = reader.get("/search.json", params={"q": query}).json()
    assert data["hits"], f"nothing found for {query}"
    assert any(any(p["hit"] for p in h["marked"]) for h in data["hits"])
    assert reader.get("/search", params={"q": query}).status_code == 200


def test_search_facets_narrow_the_hits(reader: TestClient) -> None:
    everything = reader.get("/search.json", params={"q": "визит"}).json()
    years = dict(everything["facets"]["year"])
    year, count = next(iter(years.items()))
    narrowed = reader.get("/search.json", params={"q": "визит", "year": year}).json()
    assert len(narrowed["hits"]) == count
    assert all(year in h["facets"]["year"] for h in narrowed["hits"])


@pytest.mark.parametrize("path", ["/review", "/audit", "/upload"])
def test_lists_answer_in_html_and_json(reader: TestClient, path: str) -> None:
    assert reader.get(path).status_code == 200
    assert reader.get(f"{path}.json").status_code == 200


def test_downloads_are_the_briefing_files(reader: TestClient) -> None:
    docx = reader.get("/partners/AZ/note", params={"format": "docx", "note_lang": "en"})
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    pdf = reader.get("/partners/AZ/note", params={"format": "pdf", "from": "2024"})
    assert pdf.content[:5] == b"%PDF-"
    markdown = reader.get("/partners/AZ/note", params={"format": "md", "sphere": "culture"})
    assert "АЗЕРБАЙДЖАН" in markdown.text.upper()
    xlsx = reader.get("/partners/AZ/chronology.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_english_interface_by_the_switch(reader: TestClient, form_of: object) -> None:
    token = form_of(reader)  # type: ignore[operator]
    reader.post("/lang", data={"lang": "en", "csrf": token, "next": "/"})
    assert "Latest contacts" in reader.get("/").text
    reader.post("/lang", data={"lang": "ru", "csrf": token, "next": "/"})
    assert "Последние контакты" in reader.get("/").text


def test_pages_load_nothing_from_another_host(reader: TestClient) -> None:
    page = reader.get("/partners/AZ")
    assert "http://" not in page.text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page.text
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert reader.get("/static/app.css").status_code == 200
    assert reader.get("/fonts/LiberationSerif-Regular.ttf").status_code == 200


def test_an_address_that_names_no_page_is_the_error_page(reader: TestClient) -> None:
    page = reader.get("/nothing/here")
    assert page.status_code == 404 and "/nothing/here" in page.text and "<html" in page.text
    assert reader.get("/nothing/here.json").json()["error"].startswith("no page")


def test_an_event_page_offers_the_contacts_near_it_to_merge(editor: TestClient) -> None:
    events = editor.get("/partners/AZ.json").json()["events"]
    pages = (editor.get(f"/events/{e['id']}.json").json() for e in events)
    with_near = next((p for p in pages if p["alike"]), None)
    assert with_near is not None, "the corpus has contacts with Azerbaijan a week apart"
    other = with_near["alike"][0]
    assert other["id"] != with_near["event"]["id"]
    page = editor.get(f"/events/{with_near['event']['id']}").text
    assert f'name="absorbed" value="{other["id"]}"' in page
