"""formaudit's lean lxml tree builder must build exactly the tree bs4's own builder builds.

``formaudit/extract/soup.py`` skips bs4 bookkeeping HTML never needs and relies on bs4 internals to do
so; a bs4 upgrade that changed them would show here first, page by page, element by element.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString, Tag

from formaudit.extract.soup import parse_html
from tests.support.paths import FIXTURES

FIXTURES = FIXTURES
PAGES = sorted((FIXTURES / "forms").glob("*.html")) + sorted((FIXTURES / "collect").glob("*.html"))
TRICKY = {
    "meta-charset": '<html><head><meta charset="utf-8"><meta http-equiv="x" content="y"></head><body></body></html>',
    "pre-and-textarea": "<pre>\n  kept\n</pre><textarea>\n  a <b>not a tag</b></textarea>",
    "namespaced-svg": '<p>x</p><svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/></svg><i>y</i>',
    "misnested": "<form><p><b>bold <i>both</b> italic</i></p><input name=a><table><tr><td>cell<td>two</table>",
    "entities-and-comments": "<label>Salary &amp; bonus <!-- note --> &lt;script&gt;</label><input id=x>",
    "void-and-duplicate-attributes": '<input name="a" name="b" disabled><br/><img src=x alt="">',
}


def walk(node: Tag) -> Iterator[tuple[object, ...]]:
    for element in node.descendants:
        if isinstance(element, Tag):
            parent = element.parent.name if element.parent is not None else None
            yield ("tag", element.name, tuple(sorted(element.attrs.items())), parent, element.can_be_empty_element)
        elif isinstance(element, NavigableString):
            yield ("text", type(element).__name__, str(element))


def stock(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml", multi_valued_attributes=None)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_fixture_pages_parse_to_the_same_tree(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert list(walk(parse_html(html))) == list(walk(stock(html)))


@pytest.mark.parametrize("html", TRICKY.values(), ids=list(TRICKY))
def test_tricky_markup_parses_to_the_same_tree(html: str) -> None:
    ours, theirs = parse_html(html), stock(html)
    assert list(walk(ours)) == list(walk(theirs))
    assert str(ours) == str(theirs)


def test_there_are_pages_to_compare() -> None:
    assert len(PAGES) >= 20
