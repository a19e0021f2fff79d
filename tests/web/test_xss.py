"""Article text is data: markup stored in an article comes back as escaped text."""

from __future__ import annotations

import re
from html import unescape

import pytest

pytestmark = pytest.mark.slow

RAW_MARKUP = re.compile(r"<script>alert|<img src=x|<b onmouseover|onerror=alert\(3\)>")


def _hostile(client) -> str:
    rows = client.get("/articles.json").json()["articles"]
    return next(a["id"] for a in rows if "headline" in (a["title"] or ""))


def _pages(client):
    article = _hostile(client)
    macron = next(a["id"] for a in client.get("/actors.json", params={"q": "Macron"})
                  .json()["actors"])
    yield f"/articles/{article}"
    yield f"/articles/{article}?hl=5-20"
    yield "/articles"
    yield "/"
    yield "/search?q=alert"
    yield f"/quotes?by={macron}"
    yield f"/actors/{macron}"
    yield "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"


def test_markup_in_articles_renders_as_text(client):
    for path in _pages(client):
        html = client.get(path).text
        assert not RAW_MARKUP.search(html), path
    html = client.get(f"/articles/{_hostile(client)}").text
    shown = unescape(re.sub(r"<[^>]*>", "", html))  # what a reader sees
    assert "said <script>alert(1)</script> appeared" in shown
    assert "an image <img src=x onerror=alert(3)> were shown" in shown
    assert "<b onmouseover=alert(6)>Evil</b>" in shown
    assert 'href="javascript' not in html


def test_a_search_for_markup_is_echoed_as_text(client):
    html = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html
    assert "&#34;&gt;&lt;script&gt;" in html or "&quot;&gt;&lt;script&gt;" in html


def test_chart_data_cannot_close_its_script_element(client):
    macron = next(a["id"] for a in client.get("/actors.json", params={"q": "Macron"})
                  .json()["actors"])
    html = client.get(f"/actors/{macron}").text
    for block in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
        assert "<" not in block
