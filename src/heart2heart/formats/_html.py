"""Rendered message HTML as the plain text a reader sees (Zulip's messages, Discourse's posts, Hacker News comments,
e-mail's HTML parts).

Paragraphs, list items and line breaks become new lines; an emoji Zulip renders as ``<span class="emoji
emoji-1f605">`` becomes its character and a custom emoji image its name (``alt``); quoted words are left out, since
they are not the writer's (``<blockquote>``, Discourse's ``<aside class="quote">``, Gmail's ``gmail_quote``), and so
are styles and scripts. Blank lines and the spaces at the ends of lines are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["LenientParser", "text_of"]

_BREAKS = frozenset(("p", "li", "pre", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"))


class LenientParser(HTMLParser):
    """:class:`HTMLParser` that reads a page as browsers do where CPython's parser does not:

    - a marked section it does not know (``<![x y]>``, ``<![ ]>``) is a comment (the parser raised AssertionError,
      which escaped every reader of HTML as a traceback);
    - line breaks are line feeds (a page saved with Windows or old Mac line endings kept ``\r`` in its words).

    Pages are fed whole (a ``\r`` at the end of one piece and ``\n`` at the start of the next would be two breaks).
    """

    def feed(self, data: str) -> None:
        super().feed(data.replace("\r\n", "\n").replace("\r", "\n") if "\r" in data else data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        try:
            end: int = super().parse_marked_section(i, report)
        except AssertionError:
            end = self.parse_bogus_comment(i)
        return end


class _Text(LenientParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: str | None = None  # the tag of the element left out (a quote, a style)
        self.depth = 0  # how many of that tag are open inside it
        self.emoji = 0  # inside an emoji's <span>: its ":name:" text is replaced by the character

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping is not None:
            self.depth += tag == self.skipping
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if (
            tag in ("blockquote", "style", "script", "head")
            or (tag == "aside" and "quote" in classes)
            or ("gmail_quote" in classes)
        ):
            if tag not in _VOID:
                self.skipping, self.depth = tag, 1
            return
        if tag in ("br", "p"):  # Hacker News opens paragraphs with <p> and never closes them
            self.parts.append("\n")
        elif tag == "img" and "emoji" in classes:  # a custom emoji: its name
            self.parts.append(values.get("alt") or "")
        elif tag == "span" and "emoji" in classes:
            code = next((c[6:] for c in classes if c.startswith("emoji-")), "")
            try:
                self.parts.append("".join(chr(int(point, 16)) for point in code.split("-")))
                self.emoji += 1
            except (ValueError, OverflowError):  # no code: keep the ":name:" text
                pass
        elif self.emoji and tag not in _VOID:
            self.emoji += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skipping is not None:
            if tag == self.skipping:
                self.depth -= 1
                if self.depth == 0:
                    self.skipping = None
            return
        if self.emoji:
            self.emoji -= 1
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping is None and not self.emoji:
            self.parts.append(data)


def text_of(html: str) -> str:
    """The text of rendered message HTML (see the module's docstring)."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())
