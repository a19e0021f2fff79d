"""Every page and its .json twin, over a small store, through the app's test client."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow


def _actor_id(client, name: str) -> int:
    (actor,) = [a for a in client.get("/actors.json", params={"q": name}).json()["actors"]
                if name in a["name"]]
    return actor["id"]


def _first_event(client) -> dict:
    return client.get("/events.json").json()["events"][0]


def _article_id(client, title_word: str) -> str:
    rows = client.get("/articles.json").json()["articles"]
    return next(a["id"] for a in rows if title_word in (a["title"] or ""))


def test_home_lists_latest_articles_and_actors(client):
    data = client.get("/index.json").json()
    assert data["stats"]["articles"] == 3
    assert [a["published"] for a in data["articles"]] == ["2025-10-21", "2024-01-05", "2022-12-29"]
    assert any("Assad" in a["name"] for a in data["actors"])
    page = client.get("/")
    assert page.status_code == 200 and 'action="/search"' in page.text
    assert 'href="/index.json"' in page.text  # every page links its twin


def test_search_finds_actor_article_and_quote(client):
    data = client.get("/search.json", params={"q": "Assad"}).json()
    assert any(a["name"].endswith("Assad") for a in data["actors"])
    assert {a["title"] for a in data["articles"]} == {"Ministers meet in Moscow", "Assad in exile"}
    words = client.get("/search.json", params={"q": "borders"}).json()
    assert [q["text"] for q in words["quotes"]] == ["We want peace on our borders"]
    assert "Assad in exile" in client.get("/search", params={"q": "Assad"}).text


def test_empty_search_is_an_empty_page_not_an_error(client):
    data = client.get("/search.json", params={"q": "  "}).json()
    assert data["actors"] == data["articles"] == data["quotes"] == []
    assert client.get("/search").status_code == 200


def test_dossier_has_names_roles_quotes_events_and_companions(client):
    actor = _actor_id(client, "Assad")
    data = client.get(f"/actors/{actor}.json").json()
    names = {n["name"] for n in data["actor"]["names"]}
    assert {"Bashar al-Assad", "Bashar Assad"} <= names
    assert any(r["role"].lower().startswith("president") for r in data["actor"]["roles"])
    companions = {c["name"] for c in data["companions"]}
    assert "Moscow" in companions
    center = data["network"]["nodes"][0]
    assert (center["id"], center["center"]) == (actor, True)
    assert any(p["name"] == "Moscow" for p in data["map"]["points"])
    html = client.get(f"/actors/{actor}").text
    assert 'data-chart="timeline"' in html and 'data-chart="network"' in html
    assert "<svg" in html  # the map needs no script


def test_dossier_shows_actor_codes_with_their_source(client):
    akar = client.get(f"/actors/{_actor_id(client, 'Akar')}.json").json()["actor"]
    (code,) = akar["codes"]
    assert (code["code"], code["source"], code["since"]) == ("TUR GOV", "role", "2022-12-29")
    html = client.get(f"/actors/{akar['id']}").text
    assert 'id="codes"' in html and "<code>TUR GOV</code>" in html
    listed = client.get("/actors.json", params={"q": "Akar"}).json()["actors"][0]
    assert listed["code"] == "TUR GOV" and listed["code_source"].startswith("role: ")


def test_dossier_by_name_and_missing_actor(client):
    assert client.get("/actors/Assad.json").json()["actor"]["name"].endswith("Assad")
    missing = client.get("/actors/Nobody%20Atall.json")
    assert missing.status_code == 404
    assert missing.json()["error"]["kind"] == "not_found"


def test_event_page_lists_sources_with_spans(client):
    event = _first_event(client)
    data = client.get(f"/events/{event['id']}.json").json()
    source = data["event"]["sources"][0]
    assert source["trigger"] in source["sentence"]
    html = client.get(f"/events/{event['id']}").text
    assert f"?hl={source['start']}-{source['end']}#hl" in html
    assert f'<mark class="trigger">{source["trigger"]}</mark>' in html
    ids = [a["id"] for a in data["actors"]]
    assert len(ids) == len(set(ids))  # one row per actor, with all its roles


def test_events_list_what_happened_unless_another_status_is_asked(client):
    reported = client.get("/events.json").json()["events"]
    every = client.get("/events.json", params={"status": "all"}).json()["events"]
    assert reported and {e["status"] for e in reported} == {"reported"}
    assert {e["id"] for e in reported} <= {e["id"] for e in every}
    bad = client.get("/events.json", params={"status": "rumoured"})
    assert bad.status_code == 400 and "reported" in bad.json()["error"]["hint"]


def test_article_marks_mentions_quotes_dates_and_the_asked_span(client):
    article_id = _article_id(client, "Ministers")
    data = client.get(f"/articles/{article_id}.json").json()
    assert data["article"]["title"] == "Ministers meet in Moscow"
    start = data["article"]["text"].index("met")
    html = client.get(f"/articles/{article_id}", params={"hl": f"{start}-{start + 3}"}).text
    assert 'id="hl"' in html and "target-sentence" in html
    assert re.search(r'class="[^"]*mention type-person[^"]*"', html)
    assert 'class="quote quote-direct' in html
    assert "date: 2022-12-28" in html  # "Wednesday" before Thursday 29 December 2022
    assert re.search(r'href="/actors/\d+"', html) and re.search(r'href="/events/\d+"', html)


def test_article_bad_span_is_a_400_in_the_json_shape(client):
    article_id = _article_id(client, "Ministers")
    response = client.get(f"/articles/{article_id}.json", params={"hl": "x"})
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"status", "kind", "message", "hint"}


def test_quotes_explorer_filters(client):
    actor = _actor_id(client, "Akar")
    by = client.get("/quotes.json", params={"by": actor}).json()
    assert [q["text"] for q in by["quotes"]] == ["We want peace on our borders"]
    assert "statement" in by["channels"]
    on = client.get("/quotes.json", params={"channel": "statement"}).json()["quotes"]
    assert all(q["channel"] == "statement" for q in on) and on
    old = client.get("/quotes.json", params={"to": "2023"}).json()["quotes"]
    assert all(q["date"] <= "2023" for q in old)
    assert client.get("/quotes", params={"by": actor}).status_code == 200


def test_relations_between_two_actors(client):
    akar, abbas = _actor_id(client, "Akar"), _actor_id(client, "Abbas")
    data = client.get("/relations.json", params={"a": akar, "b": abbas}).json()
    assert data["a"]["id"] == akar and data["b"]["id"] == abbas
    assert any(e["what"] == "event" and e["date"] == "2022-12-28" for e in data["entries"])
    assert client.get("/relations").status_code == 200  # the form alone
    html = client.get("/relations", params={"a": akar, "b": abbas}).text
    assert 'data-chart="dyads"' in html and "/static/dyads.js" in html


def test_relations_show_the_dyad_series_beside_the_timeline(world):
    from fastapi.testclient import TestClient

    from newsgraph.settings import Settings
    from newsgraph.web import create_app

    with TestClient(create_app(Settings(db_path=world.path))) as client:
        data = client.get("/relations.json", params={"a": "Akar", "b": "Abbas"}).json()
        assert [(d["period"], d["source"], d["target"], d["type"]) for d in data["dyads"]] == [
            ("2022-12", "Hulusi Akar", "Ali Mahmoud Abbas", "CONSULT")]
        assert data["series"]["table"] == [{"period": "2022-12", "counts": {"CONSULT": 1},
                                            "total": 1}]
        assert data["dyads"][0]["source_code"] == "TUR GOV"
        by_year = client.get("/relations.json", params={"a": "Assad", "by": "year"}).json()
        assert [r["period"] for r in by_year["series"]["table"]] == ["2023"]
        assert by_year["series"]["undated"] == 1  # the accusation of Russia, undated
        html = client.get("/relations", params={"a": "Assad"}).text
        assert '<table class="dyad-table">' in html
        assert '<code class="acode">SYR ELI</code>' in html
        assert client.get("/relations.json", params={"a": "Assad", "by": "decade"}
                          ).status_code == 400


@pytest.mark.parametrize("path", ["/actors", "/events", "/articles", "/quotes", "/search"])
def test_every_listing_is_paged(client, path):
    first = client.get(f"{path}.json", params={"per_page": 1, "q": "Moscow"}
                       if path == "/search" else {"per_page": 1}).json()
    assert first["paging"]["page"] == 1 and first["paging"]["prev"] is None
    assert first["paging"]["next"].startswith(f"{path}.json?")
    second = client.get(first["paging"]["next"]).json()
    assert second["paging"]["page"] == 2 and second["paging"]["prev"]
    too_many = client.get(f"{path}.json", params={"per_page": 10_000})
    assert too_many.status_code == 400


@pytest.mark.parametrize("path", ["/nowhere.json", "/events/123456.json", "/events/x.json",
                                  "/events/1058990988218236426545790976.json",
                                  "/articles/ffff0000.json",
                                  "/actors/1058990988218236426545790976.json"])
def test_one_json_error_shape(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    error = response.json()["error"]
    assert error["status"] == response.status_code
    assert error["kind"] and error["message"]


def test_error_pages_are_html_with_the_same_fields(client):
    response = client.get("/events/123456")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no event with id" in response.text


def test_nothing_can_be_written(client):
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/actors.json")
        assert response.status_code == 405
        assert response.json()["error"]["kind"] == "method_not_allowed"
    paths = client.get("/openapi.json").json()["paths"]
    assert all(set(ops) == {"get"} for ops in paths.values())


def test_openapi_documents_every_page_and_its_twin(client):
    paths = client.get("/openapi.json").json()["paths"]
    for page in ("/", "/search", "/actors", "/actors/{actor}", "/events/{event_id}",
                 "/articles/{article_id}", "/quotes", "/relations"):
        twin = "/index.json" if page == "/" else page + ".json"
        assert page in paths and twin in paths


def test_openapi_documents_the_error_shape_not_fastapis_422(client):
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        responses = operations["get"]["responses"]
        assert "422" not in responses, path
        kind = "application/json" if path.endswith(".json") else "text/html"
        assert set(responses["400"]["content"]) == {kind}
        if kind == "application/json":
            assert responses["404"]["content"][kind]["schema"] == {
                "$ref": "#/components/schemas/ErrorBody"}
    assert "error" in spec["components"]["schemas"]["ErrorBody"]["properties"]


def test_security_headers_and_local_assets(client):
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/newsgraph.css", "/static/timeline.js", "/static/network.js"):
        assert client.get(asset).status_code == 200
    assert "http" not in re.sub(r'href="/[^"]*"', "", response.text.split("<main>")[0])
