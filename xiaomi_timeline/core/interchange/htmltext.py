"""HTML from other tools -> plain text and its links. Nothing is rendered or fetched.

TimelineJS3 texts are HTML. We keep what a reader reads (the words, paragraph breaks, the
text of each link) and the addresses of links, which become the event's sources, so they
stay clickable in the details pane without any markup reaching the rich-text engine.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from typing_extensions import override

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "cite",
    ]
)
_BARE_URL = re.compile(r"https?://[^\s<>\"')]+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._link: tuple[str, int] | None = None

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self._link = (href.strip(), len(self.parts))

    @override
    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "a" and self._link is not None:
            href, start = self._link
            self.links.append((" ".join("".join(self.parts[start:]).split()), href))
            self._link = None

    @override
    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> tuple[str, list[tuple[str, str]]]:
    """The readable text of ``html`` and its web links as (link text, address), in order;
    bare addresses in the text count as links too."""
    if "<" not in html and "&" not in html:
        text, links = html, []
    else:
        parser = _PlainText()
        parser.feed(html)
        parser.close()
        text, links = "".join(parser.parts), parser.links
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    web = [(label, href) for label, href in links if href.startswith(("http://", "https://"))]
    linked = {href for _, href in web}
    web += [(url, url) for url in _BARE_URL.findall(clean) if url not in linked]
    return clean, web
