"""BeautifulSoup with lxml, minus bs4 bookkeeping that HTML never needs.

bs4's lxml builder copies every element's attributes through Python-level ``__setitem__`` overrides
three times (to check types, to map XML namespaces, to coerce numbers) and looks up namespace
prefixes for every start and end tag. lxml's HTML parser never reports namespaces and always hands
over plain ``str`` attribute values, so for HTML all of that is a no-op costing ~20% of the parse.
This builder hands lxml's attribute mapping to bs4 as a plain dict instead, attached after the Tag
is built (bs4's constructor would copy it again key by key), does what ``handle_starttag`` does
without its filter hooks when no ``parse_only`` or custom element class is set, skips ``endData``
when no text is pending, and pops a closing tag straight off the top of bs4's stack (lxml closes
elements in order). Whenever a namespace does show up it defers to bs4's own code, so the tree is
the one ``BeautifulSoup(html, "lxml")`` builds (``multi_valued_attributes=None`` aside, which the
extract stage asks for anyway). These shortcuts lean on bs4 internals (``tagStack``, ``popTag``,
``_most_recent_element``), checked against bs4 4.15: revisit them when bs4 is upgraded.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import AttributeDict, Tag

_NO_NAMESPACES: dict[str, str] = {}
_NO_ATTRIBUTES: dict[str, str] = {}  # never mutated: bs4 copies it into a fresh AttributeDict


class _HtmlTreeBuilder(LXMLTreeBuilder):
    def start(
        self, tag: str | bytes, attrib: dict[str | bytes, str | bytes], nsmap: dict[str, str] = _NO_NAMESPACES
    ) -> None:
        if nsmap or len(self.nsmaps) > 1 or tag.__class__ is not str or tag[:1] == "{":
            super().start(tag, attrib, nsmap)
            return
        # No namespace declared anywhere up the stack, so lxml cannot have named any attribute in
        # ``{uri}name`` form: the mapping goes to bs4 as it is.
        assert self.soup is not None
        namespaces = self.active_namespace_prefixes[-1]
        if tag == "meta":  # bs4 reads a <meta>'s attributes while building it (charset substitution)
            self.soup.handle_starttag(tag, None, None, AttributeDict(attrib), namespaces=namespaces)
            return
        # bs4's Tag copies the attributes it is given one ``__setitem__`` at a time; giving it none
        # and attaching the mapping afterwards builds the same tag without that Python-level loop.
        soup = self.soup
        if soup.parse_only is not None or soup.element_classes:
            element = soup.handle_starttag(tag, None, None, _NO_ATTRIBUTES, namespaces=namespaces)
        else:
            # What ``handle_starttag`` does when no filter or custom element class is in play.
            if soup.current_data:  # endData does nothing without pending text; skip the call
                soup.endData()
            previous = soup._most_recent_element
            element = Tag(soup, self, tag, None, None, _NO_ATTRIBUTES, soup.currentTag, previous, namespaces=namespaces)
            if previous is not None:
                previous.next_element = element
            soup._most_recent_element = element
            soup.pushTag(element)
        if attrib and element is not None:
            element.attrs = AttributeDict(attrib)

    def end(self, tag: str | bytes) -> None:
        if len(self.nsmaps) > 1 or tag.__class__ is not str or tag[:1] == "{":
            super().end(tag)
            return
        soup = self.soup
        assert soup is not None
        if soup.current_data:
            soup.endData()
        # lxml closes elements in order, so the closing tag is almost always the one on top of
        # bs4's stack: pop it directly instead of searching the stack for it.
        stack = soup.tagStack
        top = stack[-1] if len(stack) > 1 else None
        if top is not None and top.name == tag and top.prefix is None:
            soup.popTag()
        else:
            soup.handle_endtag(tag, None)


def parse_html(html: str) -> BeautifulSoup:
    """``BeautifulSoup(html, "lxml")`` with string-valued attributes (``class`` is not split)."""
    builder = _HtmlTreeBuilder(multi_valued_attributes=None, attribute_dict_class=AttributeDict)
    return BeautifulSoup(html, builder=builder)
