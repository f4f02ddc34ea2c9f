"""Telegram Desktop HTML exports (``messages.html``, ``messages2.html``, ... in the export folder), the format
Telegram Desktop offers first.

Each message is a ``<div class="message default">``: the sender in ``div.from_name`` (a message marked ``joined``
follows its sender's previous one and names nobody), the time in the ``title`` of ``div.date``
(``14.03.2024 20:02:11 UTC+01:00``: the wall-clock time is kept, as the JSON reader keeps ``date``), the words in
``div.text`` (a line break a new line). Service messages (``div.message.service``: dates, joins, calls) are left
out. A message with a photo, sticker, voice message or file and no words becomes a placeholder with ``media=True``;
a forwarded message's words count as its sender's, and the name of the one it was forwarded from is left out.

A folder with ``messages.html`` reads its pages in order (``messages.html``, ``messages2.html``, ...) as one chat
named after the folder. Read with the standard library's ``html.parser``; nothing in the page is run or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, read_text
from heart2heart.formats._html import LenientParser
from heart2heart.model import Utterance

__all__ = ["READER", "TelegramHtmlReader"]

_PAGE = re.compile(r"messages(\d*)\.html")
_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?")
_MEDIA = ("media_wrap", "media", "sticker", "photo_wrap", "video_file_wrap", "animated_wrap")


class _Page(LenientParser):
    """The messages of one page: (line, sender or None for a joined one, time, words, whether media came with it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.messages: list[tuple[int, str | None, datetime | None, str, bool]] = []
        self.stack: list[set[str]] = []  # the classes of each open div
        self.depth_of_message: int | None = None
        self.line = 0
        self.sender: str | None = None
        self.when: datetime | None = None
        self.words: list[str] = []
        self.media = False
        self.capture: str | None = None  # "from_name" or "text" while inside one
        self.capture_depth = 0
        self.forwarded_depth: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self.capture == "text":
            self.words.append("\n")
            return
        if tag != "div":
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        self.stack.append(classes)
        depth = len(self.stack)
        if "message" in classes and "default" in classes and self.depth_of_message is None:
            self.depth_of_message, self.line = depth, self.getpos()[0]
            self.sender = None if "joined" in classes else ""
            self.when, self.words, self.media, self.forwarded_depth = None, [], False, None
            return
        if self.depth_of_message is None:
            return
        if "forwarded" in classes and self.forwarded_depth is None:
            self.forwarded_depth = depth
        inside_forward = self.forwarded_depth is not None
        if "date" in classes and "details" in classes and self.when is None and not inside_forward:
            self.when = _when(values.get("title") or "")
        elif "from_name" in classes and not inside_forward and self.sender == "":
            self.capture, self.capture_depth = "from_name", depth
        elif "text" in classes and self.capture is None:
            self.capture, self.capture_depth = "text", depth
        elif classes.intersection(_MEDIA):
            self.media = True

    def handle_endtag(self, tag: str) -> None:
        if tag != "div" or not self.stack:
            return
        depth = len(self.stack)
        self.stack.pop()
        if self.capture is not None and depth == self.capture_depth:
            self.capture = None
        if self.forwarded_depth is not None and depth == self.forwarded_depth:
            self.forwarded_depth = None
        if self.depth_of_message is not None and depth == self.depth_of_message:
            text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(self.words)).strip()
            self.messages.append((self.line, self.sender, self.when, text, self.media))
            self.depth_of_message = None

    def handle_data(self, data: str) -> None:
        if self.capture == "from_name" and self.sender is not None:
            self.sender += data
        elif self.capture == "text":
            self.words.append(re.sub(r"\s+", " ", data))


def _when(title: str) -> datetime | None:
    m = _DATE.match(title)
    if m is None:
        return None
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in m.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _pages(path: Path) -> list[Path]:
    if path.is_dir():
        pages = [p for p in path.iterdir() if p.is_file() and _PAGE.fullmatch(p.name)]
        return sorted(pages, key=lambda p: int(_PAGE.fullmatch(p.name).group(1) or 1))  # type: ignore[union-attr]
    return [path]


class TelegramHtmlReader:
    """Reader of Telegram Desktop HTML exports (see the module docstring)."""

    name: ClassVar[str] = "telegram_html"
    summary: ClassVar[str] = "Telegram Desktop HTML export (messages.html, or the export folder)"
    example: ClassVar[str] = '<div class="message default clearfix"> ... <div class="from_name">Maya</div>'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.85 if probe.path.is_dir() and "messages.html" in probe.names else 0.0
        head = probe.head
        if 'class="message default' in head and ('class="from_name"' in head or 'class="page_header"' in head):
            return 0.9
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conversation = path.name if path.is_dir() else path.stem
        count = 0
        sender: str | None = None
        for page in _pages(path):
            parser = _Page()
            try:
                parser.feed(read_text(page))
                parser.close()
            except AssertionError as exc:  # html.parser's way of refusing markup (LenientParser reads what it can)
                raise ParseError(page, parser.getpos()[0], f"damaged HTML ({exc})") from None
            for line, name, when, text, media in parser.messages:
                if name:
                    sender = " ".join(name.split())
                if sender is None:
                    raise ParseError(page, line, "a message follows no named sender (the export's first page?)")
                if not text and not media:
                    continue
                yield Utterance(conversation, 0, sender, text or "<media>", None, None, when, None, not text)
                count += 1
        if count == 0:
            raise ParseError(path, None, "no messages from people found in this Telegram HTML export")


READER = TelegramHtmlReader()
