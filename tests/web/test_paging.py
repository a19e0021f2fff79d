"""Pages of a listing and the links between them."""

from __future__ import annotations

from starlette.datastructures import URL

from newsgraph.web.paging import Paging, twin


def test_cut_keeps_one_page_and_notes_more():
    page = Paging(page=2, per_page=3)
    assert (page.offset, page.limit) == (3, 4)
    assert page.cut([1, 2, 3, 4]) == [1, 2, 3] and page.more
    assert page.cut([1, 2]) == [1, 2] and not page.more


def test_links_keep_the_query_and_stay_on_the_host():
    page = Paging(page=2, per_page=3)
    page.cut([1, 2, 3, 4])
    links = page.links(URL("http://example.org/quotes.json?by=7&page=2&per_page=3"))
    assert links["prev"] == "/quotes.json?by=7&per_page=3&page=1"
    assert links["next"] == "/quotes.json?by=7&per_page=3&page=3"


def test_first_and_last_pages_have_no_link_beyond():
    page = Paging()
    page.cut([])
    assert page.links(URL("http://h/actors")) == {"page": 1, "per_page": 50, "prev": None,
                                                  "next": None}


def test_twin_of_a_page():
    assert twin(URL("http://h/")) == "/index.json"
    assert twin(URL("http://h/actors/3?x=1")) == "/actors/3.json?x=1"
