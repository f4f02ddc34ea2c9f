"""A forum thread's page saved from the browser: phpBB (``viewtopic.php``, the prosilver style) and vBulletin 4
(``showthread.php``).

Each post is an utterance, in the page's order: its author (phpBB's ``a.username``, or ``username-coloured`` for a
moderator; vBulletin's), its time (phpBB's ``<time datetime>``; vBulletin's date and time as the page writes them)
and its words: the post's content as text, without the posts it quotes and without the signature. The page is one
thread, one conversation, never split at long silences. A page saved in its original encoding
(``charset=ISO-8859-1``) is read in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes
from heart2heart.formats._html import LenientParser
from heart2heart.formats._mailtext import date_of
from heart2heart.model import Utterance

__all__ = ["READER", "ForumPageReader"]

_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"))
_BREAKS = frozenset(("p", "div", "li", "tr"))
_QUOTES = frozenset(("bbcode_container", "bbcode_quote", "quote", "signature", "codebox"))
_DATES = ("%d-%m-%Y %H:%M", "%m-%d-%Y %I:%M %p", "%d-%m-%Y %I:%M %p", "%d/%m/%Y %H:%M", "%m/%d/%Y %I:%M %p",
          "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M")  # fmt: skip
_EXAMPLE = '<div id="p184233" class="post has-profile bg2"> ... <a class="username">Sam</a> ... <div class="content">'

# (speaker, time, words)
_Post = tuple[str, datetime | None, str]


def _when(text: str) -> datetime | None:
    """A post's date as the page writes it ("14-03-2024, 20:02", "Sat Jan 20, 2024 7:42 pm")."""
    s = " ".join(text.replace(",", " ").replace("\xa0", " ").split())
    for layout in _DATES:
        try:
            return datetime.strptime(s, layout)
        except ValueError:
            continue
    return date_of(text)


class _Page(LenientParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[_Post] = []
        self._stack: list[tuple[str, str]] = []  # (tag, classes) of the open elements
        self._post_depth = 0  # the depth of the open post's element (0: none)
        self._author: list[str] | None = None
        self._author_done = False
        self._content_depth = 0
        self._skip_depth = 0
        self._date: list[str] | None = None
        self._date_depth = 0
        self._current: dict[str, object] = {}
        self._words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and self._content_depth and not self._skip_depth:
                self._words.append("\n")
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        ident = values.get("id") or ""
        self._stack.append((tag, " ".join(classes)))
        depth = len(self._stack)
        phpbb = tag == "div" and "post" in classes and ident.startswith("p") and ident[1:].isdigit()
        vbulletin = tag == "li" and "postcontainer" in classes and ident.startswith("post_")
        if not self._post_depth and (phpbb or vbulletin):
            self._post_depth = depth
            self._current, self._words, self._author_done = {}, [], False
            return
        if not self._post_depth:
            return
        if (
            self._content_depth
            and not self._skip_depth
            and ((tag == "blockquote" and "postcontent" not in classes) or any(c in _QUOTES for c in classes))
        ):
            self._skip_depth = depth
        elif self._content_depth and tag in _BREAKS and not self._skip_depth:
            self._words.append("\n")
        elif not self._content_depth and ("content" in classes or ident.startswith("post_message_")):
            self._content_depth = depth
        elif "signature" in classes and not self._skip_depth:
            self._skip_depth = depth
        elif tag == "a" and ("username" in classes or "username-coloured" in classes) and not self._author_done:
            self._author = []
        elif tag == "time" and values.get("datetime"):
            self._current.setdefault("time", values["datetime"])
        elif tag == "span" and "date" in classes and "time" not in self._current:
            self._date, self._date_depth = [], depth

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._stack:
            return
        depth = len(self._stack)
        self._stack.pop()
        if self._skip_depth and depth == self._skip_depth:
            self._skip_depth = 0
        if self._content_depth and depth == self._content_depth:
            self._content_depth = 0
        if self._date is not None and depth == self._date_depth:
            self._current["date"] = "".join(self._date)
            self._date = None
        if tag == "a" and self._author is not None:
            name = " ".join("".join(self._author).split())
            if name:
                self._current["author"], self._author_done = name, True
            self._author = None
        if self._post_depth and depth == self._post_depth:
            self._post_depth = 0
            self._finish()

    def handle_data(self, data: str) -> None:
        if self._author is not None:
            self._author.append(data)
        if self._date is not None:
            self._date.append(data)
        if self._content_depth and not self._skip_depth:
            self._words.append(data)

    def _finish(self) -> None:
        author = str(self._current.get("author") or "")
        lines = "".join(self._words).split("\n")
        words = "\n".join(line.strip() for line in lines if line.strip())
        if not author or not words:
            return
        when: datetime | None = None
        stamp = self._current.get("time")
        if isinstance(stamp, str):
            try:
                when = datetime.fromisoformat(stamp)
            except ValueError:
                when = None
            if when is not None and when.tzinfo is not None:
                when = when.astimezone(UTC).replace(tzinfo=None)
        elif isinstance(self._current.get("date"), str):
            when = _when(str(self._current["date"]))
        self.posts.append((author, when, words))


class ForumPageReader:
    """Reader of phpBB and vBulletin thread pages."""

    name: ClassVar[str] = "forum_html"
    summary: ClassVar[str] = "a forum thread's page saved from the browser (phpBB viewtopic, vBulletin showthread)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or "<" not in head:
            return 0.0
        phpbb = 'class="post ' in head and 'class="postbody"' in head
        vbulletin = "postcontainer" in head and "post_message_" in head
        return 0.9 if phpbb or vbulletin else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a forum thread's saved .html page, not a folder")
        page = _Page()
        page.feed(decode_bytes(path.read_bytes(), path))
        page.close()
        if not page.posts:
            raise ParseError(path, None, "no posts found on this forum page (phpBB or vBulletin)")
        for author, when, words in page.posts:
            yield Utterance(path.stem, 0, author, words, time=when)


READER = ForumPageReader()
