"""End to end in a real browser: `newsgraph serve` over the reference store, driven by
Debian's chromium through Playwright, the way a reader would click through it.

Home → search "Assad" → Bashar Assad's dossier (name, roles, both JS charts) → one of
his events → its first source → the article, scrolled to the marked span inside its
sentence → Vladimir Putin, named there, whose dossier has a dated timeline.

Every page must load without a console error, a page error, a failed or refused request
or an HTTP error, and without a single request leaving 127.0.0.1 (the pages send a
strict CSP, and a violation is a console error).

Full-page screenshots of each step go to tests/web/artifacts/ (or $NEWSGRAPH_ARTIFACTS).
No browser is ever downloaded: the test uses /usr/bin/chromium (or $NEWSGRAPH_CHROMIUM)
and skips, saying how to install it, when it or Playwright is missing.

    .venv/bin/pytest -m browser        # just this
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HOST = "127.0.0.1"
CHROMIUM = Path(os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("NEWSGRAPH_ARTIFACTS")
                 or Path(__file__).resolve().parent / "artifacts")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
TIMEOUT_MS = 10_000


# --- the server: another process, started like a user would -----------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _newsgraph_command() -> list[str]:
    script = Path(sys.executable).with_name("newsgraph")
    if script.exists():
        return [str(script)]
    found = shutil.which("newsgraph")
    if found:
        return [found]
    return [sys.executable, "-c", "from newsgraph.cli import main; main()"]


def _answers(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
    try:
        with opener.open(url, timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`newsgraph serve` on a free port, once it answers; a port taken meanwhile is retried."""
    for _ in range(3):
        port = _free_port()
        base = f"http://{HOST}:{port}"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [*_newsgraph_command(), "serve", "--db", str(db), "--host", HOST,
                 "--port", str(port)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and proc.poll() is None:
            if _answers(base + "/index.json"):
                return proc, base
            time.sleep(0.1)
        _stop(proc)
    pytest.fail(f"newsgraph serve did not answer; its output:\n{log.read_text(errors='replace')}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="module")
def server(reference_db, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    proc, base = _start_server(reference_db, log)
    yield base
    _stop(proc)


# --- the browser ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.skip(f"Playwright for Python is not installed ({exc}); "
                    "install it with: pip install -e '.[dev]'")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no chromium at {CHROMIUM}; install Debian's with: apt-get install chromium "
                    "(or point $NEWSGRAPH_CHROMIUM at a Chromium binary)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """Everything that went wrong in a page, and every URL it asked for."""

    def __init__(self, context, base: str):
        self.base = urlsplit(base)
        self.requests: list[str] = []
        self.problems: list[str] = []
        context.on("request", lambda r: self.requests.append(r.url))
        context.on("requestfailed", lambda r: self.problems.append(
            f"request failed: {r.method} {r.url}: {r.failure}"))
        context.on("response", lambda r: r.status >= 400 and self.problems.append(
            f"HTTP {r.status}: {r.request.method} {r.url}"))
        # Nothing may leave the server under test: such a request is recorded, then refused.
        context.route(lambda url: not self.local(url), lambda route: route.abort())

    def local(self, url: str) -> bool:
        parts = urlsplit(url)
        return (parts.scheme, parts.hostname, parts.port) == \
            (self.base.scheme, self.base.hostname, self.base.port)

    def page(self, page) -> None:
        page.on("console", lambda m: m.type == "error" and self.problems.append(
            f"console error on {page.url}: {m.text} ({m.location})"))
        page.on("pageerror", lambda e: self.problems.append(f"page error on {page.url}: {e}"))

    def check(self) -> None:
        outside = [url for url in self.requests if not self.local(url)]
        assert not outside, f"requests left {HOST}: {outside}"
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def tab(browser, server):
    """A page in a fresh browser context, and the Watch over it."""
    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    watch = Watch(context, server)
    page = context.new_page()
    watch.page(page)
    yield page, watch
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def _loaded(page, path_pattern: str) -> None:
    from playwright.sync_api import expect

    expect(page).to_have_url(re.compile(path_pattern))
    page.wait_for_load_state("load")


def _twin(page) -> dict:
    """The page's JSON twin, as linked by <link rel=alternate>."""
    href = page.locator("link[rel=alternate][type='application/json']").get_attribute("href")
    response = page.request.get(urljoin(page.url, href))
    assert response.ok, f"{href}: HTTP {response.status}"
    return response.json()


def _chart_data(page, chart: str):
    return json.loads(page.locator(f"figure[data-chart={chart}] script.chart-data").text_content())


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- the walk ---------------------------------------------------------------------------

def test_search_dossier_event_article_in_chromium(tab, server):
    from playwright.sync_api import expect

    page, watch = tab

    # Home: type a name into the search box and submit it.
    page.goto(server + "/")
    expect(page).to_have_title(re.compile("Home"))
    box = page.locator("main form.search input[name=q]")
    expect(box).to_be_focused()  # autofocus
    _shot(page, "01-home")
    box.fill("Assad")
    box.press("Enter")
    _loaded(page, r"/search\?q=Assad$")
    expect(page.locator("h1")).to_have_text("Search: Assad")
    _shot(page, "02-search")

    # The results list the actor; his link opens the dossier.
    actors = page.locator("main section", has=page.get_by_role("heading", name="Actors"))
    actors.get_by_role("link", name="Bashar Assad", exact=True).click()
    _loaded(page, r"/actors/\d+$")
    data = _twin(page)
    actor = data["actor"]
    expect(page.locator("h1")).to_contain_text("Bashar Assad")
    names = page.locator("#names")
    for name in actor["names"]:
        expect(names).to_contain_text(name["name"])
    assert actor["roles"], "the reference articles report roles of Bashar Assad"
    rows = page.locator("#roles tbody tr")
    expect(rows).to_have_count(len(actor["roles"]))
    for row, role in zip(rows.all(), actor["roles"], strict=True):
        expect(row).to_contain_text(role["role"])
    for code in actor["codes"]:
        expect(page.locator("#codes")).to_contain_text(code["code"])

    # The charts are drawn by the page's own scripts (a CSP violation would stop them).
    network = page.locator("figure[data-chart=network]")
    expect(network.locator("svg.nw-svg")).to_be_visible()
    expect(network.locator("svg .nw-node")).to_have_count(len(data["network"]["nodes"]))
    expect(network.locator("svg .nw-center")).to_contain_text("Bashar Assad")
    timeline = page.locator("figure[data-chart=timeline]")
    expect(timeline).to_have_attribute("data-chart-drawn", "")  # timeline.js ran
    dated = [m for m in _chart_data(page, "timeline") if m["date"]]
    if dated:
        expect(timeline.locator("svg.tl-svg")).to_be_visible()
        expect(timeline.locator("svg .tl-mark")).to_have_count(len(dated))
    else:  # nothing to place on a time axis: the list below is the whole timeline
        expect(timeline.locator("svg")).to_have_count(0)
        expect(timeline.locator("ol.timeline li")).to_have_count(len(data["timeline"]) or 1)
    _shot(page, "03-dossier")

    # One of his events.
    page.locator("#events a[href^='/events/']").first.click()
    _loaded(page, r"/events/\d+$")
    event = _twin(page)["event"]
    assert event["sources"], "an event is always reported by some article"
    first = page.locator("ol.sources > li").first
    sentence = _squash(first.locator("p.sentence").inner_text())
    assert sentence == _squash(event["sources"][0]["sentence"])
    trigger = event["sources"][0]["trigger"]
    expect(first).to_contain_text(f"“{trigger}”")
    _shot(page, "04-event")

    # Its first source: the article, scrolled to the marked span, inside its sentence.
    first.locator("a.source-link").click()
    _loaded(page, r"/articles/[^/?#]+\?hl=\d+-\d+#hl$")
    expect(page.locator("#hl")).to_have_count(1)
    target = page.locator("article.text .target")
    expect(target.first).to_be_visible()
    expect(target.first).to_be_in_viewport()  # the #hl fragment scrolled to it
    assert _squash("".join(target.all_text_contents())) == trigger
    marked = page.locator("article.text .target-sentence")
    expect(marked.first).to_be_visible()
    shown = _squash("".join(marked.all_text_contents()))
    assert sentence in shown, f"the source sentence is not the marked one:\n{sentence}\n{shown}"
    _shot(page, "05-article")

    # From the article to another actor it names, whose dossier has a dated timeline:
    # its chart draws one mark per dated event or statement.
    page.locator("article.text a.mention", has_text="Vladimir Putin").first.click()
    _loaded(page, r"/actors/\d+$")
    expect(page.locator("h1")).to_contain_text("Vladimir Putin")
    dated = [m for m in _chart_data(page, "timeline") if m["date"]]
    assert dated, "Vladimir Putin's dossier has dated events and statements"
    timeline = page.locator("figure[data-chart=timeline]")
    expect(timeline.locator("svg.tl-svg")).to_be_visible()
    expect(timeline.locator("svg .tl-mark")).to_have_count(len(dated))
    expect(page.locator("figure[data-chart=network] svg.nw-svg")).to_be_visible()
    _shot(page, "06-dossier-timeline")

    watch.check()


def test_relations_draw_the_dyad_series_in_chromium(tab, server):
    """The series between al-Sharaa and Putin is drawn by dyads.js, one bar segment per
    period and type, beside the timeline, under the page's CSP."""
    from playwright.sync_api import expect

    page, watch = tab
    page.goto(server + "/relations?a=Ahmed+al-Sharaa&b=Vladimir+Putin&by=month")
    expect(page.locator("h1")).to_contain_text("Ahmed al-Sharaa and Vladimir Putin")
    series = _chart_data(page, "dyads")
    cells = [n for row in series["table"] for n in row["counts"].values() if n]
    assert cells, "the reference store holds a dated event between them"
    chart = page.locator("figure[data-chart=dyads]")
    expect(chart).to_have_attribute("data-chart-drawn", "")
    expect(chart.locator("svg.dy-svg")).to_be_visible()
    expect(chart.locator("svg .dy-seg")).to_have_count(len(cells))
    expect(chart.locator("table.dyad-table tbody tr")).to_have_count(len(series["table"]))
    _shot(page, "08-relations-dyads")
    watch.check()


def test_pages_read_without_javascript(browser, server):
    """With scripts off, the dossier still lists its timeline and companions, and the
    article still marks the asked span: JavaScript only adds the charts."""
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(server + "/actors/Putin")
    expect(page.locator("h1")).to_contain_text("Vladimir Putin")
    expect(page.locator("figure[data-chart=timeline] svg")).to_have_count(0)
    expect(page.locator("ol.timeline li").first).to_be_visible()
    expect(page.locator("#companions ul.rows li").first).to_be_visible()
    expect(page.locator("#map svg")).to_be_visible()  # drawn by the server
    page.locator("#mentions a").first.click()
    expect(page.locator("article.text .target").first).to_be_visible()
    _shot(page, "07-dossier-without-javascript")
    context.close()
