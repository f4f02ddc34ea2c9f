"""Facebook Messenger and Instagram HTML downloads (``message_1.html``, ``message_2.html``...), the format Meta's
"Download your information" offers first.

Each message is a block (``div`` with the class ``_a6-g``, or ``_2lej`` in downloads before 2022) holding the sender
(class ``_a6-h``, or ``_2lel``), the content (``_a6-p``, or ``_2let``) and the time (``_a6-o``, or ``_2lem``:
"Jan 02, 2023 4:05:30 pm", "Jan 2, 2019, 4:05 PM"). A block without a time (the page's list of participants) is no
message. Reactions listed under a message are left out, as are the events the JSON reader leaves out
(:mod:`heart2heart.formats.messenger`: calls, "Rhys named the group Flat 4.", a short text opening with the sender's
full name). An unsent message is a placeholder (``<unsent message>``), and so is a photo, video or audio without
words (``<photo>``, ``<video>``, ``<audio>``), with ``media``.

The downloads list the newest message first (``message_1.html`` holds the newest); utterances come out oldest
first. Times in English are read as the page writes them (wall-clock, minute or second precision); in another
language they are left out and the order of the page decides. Give one page, or the chat's folder (all its
``message_N.html`` pages, one conversation). Read with the standard library's ``html.parser``; nothing in the page
is run or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, read_text
from heart2heart.formats._html import LenientParser
from heart2heart.formats._time import first_date
from heart2heart.formats.messenger import event_or_reaction
from heart2heart.model import Utterance

__all__ = ["READER", "MessengerHtmlReader"]

_PAGE = rx.compile(r"message_(\d+)\.html?")
_BLOCK = frozenset(("_a6-g", "_2lej"))
#: The parts of a message block by their classes (the current layout's, then the earlier one's).
_PARTS = (
    ("sender", frozenset(("_a6-h", "_2lel"))),
    ("content", frozenset(("_a6-p", "_2let"))),
    ("time", frozenset(("_a6-o", "_2lem"))),
)
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"))
_MEDIA_TAGS = {"img": "<photo>", "video": "<video>", "audio": "<audio>"}
_FORMATS = (
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y, %I:%M:%S %p",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y %H:%M:%S",
    "%b %d, %Y %H:%M",
    "%b %d, %Y, %H:%M",
    "%d %b %Y, %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y at %I:%M %p",
)
_UNSENT = rx.compile(r"(?:You|.{1,80}) unsent a message\.?")


class _Page(LenientParser):
    """The message blocks of one page: (line, sender, time text or None, words, media placeholder or None)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str, str | None, str, str | None]] = []
        self.stack: list[str] = []  # the open tags
        self.block_depth: int | None = None
        self.part: str | None = None  # "sender", "content" or "time" while inside one
        self.part_depth = 0
        self.reactions_depth: int | None = None  # inside the list of reactions under a message
        self.line = 0
        self.texts: dict[str, list[str]] = {}
        self.timed = False
        self.media: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        in_content = self.part == "content" and self.reactions_depth is None
        if in_content and tag in _MEDIA_TAGS:
            self.media = self.media or _MEDIA_TAGS[tag]
        if in_content and tag == "br":
            self.texts["content"].append("\n")
        if tag in _VOID:
            return
        classes = frozenset((dict(attrs).get("class") or "").split())
        self.stack.append(tag)
        depth = len(self.stack)
        if classes & _BLOCK and (self.block_depth is None or (self.part is None and not any(self.texts.values()))):
            # a block, or the innermost of blocks wrapped in one (a page that wraps its messages in an "_a6-g")
            self.block_depth, self.line = depth, self.getpos()[0]
            self.texts, self.timed, self.media = {"sender": [], "content": [], "time": []}, False, None
            return
        if self.block_depth is None:
            return
        if self.part == "content" and tag == "ul" and self.reactions_depth is None:
            self.reactions_depth = depth
        elif self.part is None:
            part = next((name for name, marks in _PARTS if classes & marks), None)
            if part is not None:
                self.part, self.part_depth = part, depth
                self.timed = self.timed or part == "time"

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self.stack:
            return  # a stray end tag
        while self.stack:  # close up to the matching open tag
            depth, closed = len(self.stack), self.stack.pop()
            if self.reactions_depth == depth:
                self.reactions_depth = None
            elif self.part == "content" and self.reactions_depth is None and closed in ("div", "p"):
                self.texts["content"].append("\n")
            if self.part is not None and depth == self.part_depth:
                self.part = None
            if self.block_depth == depth:
                self._close()
            if closed == tag:
                break

    def _close(self) -> None:
        self.block_depth = None
        sender = " ".join("".join(self.texts["sender"]).split())
        when = " ".join("".join(self.texts["time"]).split()) if self.timed else None
        words = re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(self.texts["content"])).strip()
        if sender:
            self.blocks.append((self.line, sender, when, words, self.media))

    def handle_data(self, data: str) -> None:
        if self.block_depth is not None and self.part is not None and self.reactions_depth is None:
            self.texts[self.part].append(re.sub(r"\s+", " ", data) if self.part == "content" else data)


def _pages(path: Path) -> list[Path]:
    if path.is_dir():
        pages = [p for p in path.iterdir() if p.is_file() and _PAGE.fullmatch(p.name)]
        return sorted(pages, key=lambda p: int(_PAGE.fullmatch(p.name).group(1)))  # type: ignore[union-attr]
    return [path]


class MessengerHtmlReader:
    """Reader of Messenger and Instagram HTML downloads (see the module docstring)."""

    name: ClassVar[str] = "messenger_html"
    summary: ClassVar[str] = "Facebook Messenger / Instagram HTML download (message_1.html, or the chat's folder)"
    example: ClassVar[str] = '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"> ... Maya Lopez ...'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            pages = [n for n in probe.names if "/" not in n and _PAGE.fullmatch(n)]
            return 0.85 if probe.path.is_dir() and "message_1.html" in pages else 0.0
        head = probe.head
        if ("_a6-g" in head and "_a6-h" in head) or ("_2lej" in head and "_2lel" in head):
            return 0.9
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conversation = path.name if path.is_dir() else path.stem
        found: list[tuple[str, datetime | None, str, bool]] = []
        for page in _pages(path):
            parser = _Page()
            try:
                parser.feed(read_text(page))
                parser.close()
            except AssertionError as exc:  # html.parser's way of refusing markup (LenientParser reads what it can)
                raise ParseError(page, parser.getpos()[0], f"damaged HTML ({exc})") from None
            for _, sender, when, words, media in parser.blocks:
                if when is None:  # the participants' block
                    continue
                if words and _UNSENT.fullmatch(words):
                    found.append((sender, first_date(when, _FORMATS), "<unsent message>", True))
                elif words and event_or_reaction(words, sender):
                    continue
                elif words:
                    found.append((sender, first_date(when, _FORMATS), words, False))
                elif media is not None:
                    found.append((sender, first_date(when, _FORMATS), media, True))
        if not found:
            raise ParseError(path, None, "no messages from people found in this Messenger HTML download")
        found.reverse()  # newest first in the pages
        if all(m[1] is not None for m in found):
            found.sort(key=lambda m: m[1])  # type: ignore[arg-type,return-value]  # stable: a minute's order kept
        for speaker, stamp, text, placeholder in found:
            yield Utterance(conversation, 0, speaker, text, time=stamp, media=placeholder)


READER = MessengerHtmlReader()
