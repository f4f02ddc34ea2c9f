"""iMessage chats exported as HTML by imessage-exporter (``imessage-exporter -f html``): one page per conversation.

Each ``<div class="message">`` holds a ``sent`` or ``received`` block: the time (``<span class="timestamp">``, the
Mac's wall-clock time), the sender (``<span class="sender">``, "Me" for the owner) and the message's parts
(``<span class="bubble">`` words, or an attachment: a photo, video, audio or file; a link's preview). What the
exporter adds is not the sender's words and is left out: reactions (``Reactions:`` / ``Tapbacks:``), the
"This message responded to an earlier message." note, a send effect ("Sent with Confetti"), and the replies it
repeats inside the message they answer (each reply is also on the page in its own place). Renames of the
conversation are no one's words. A message without words is a placeholder (``<photo>``, ``<attachment: x.pdf>``,
``<link: title>``, ``media``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes
from heart2heart.formats._html import LenientParser
from heart2heart.formats._time import first_date
from heart2heart.model import Utterance

__all__ = ["READER", "ImessageHtmlReader"]

_FORMATS = ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p")
#: Blocks whose text is not the sender's words.
_SKIPPED = frozenset(("replies", "reply", "reactions", "reaction", "tapbacks", "tapback", "announcement",
                      "reply_context", "expressive", "app_footer"))  # fmt: skip
_MEDIA = {"img": "<photo>", "video": "<video>", "audio": "<audio>"}
_EXAMPLE = '<div class="message"><div class="received"><p><span class="timestamp">...</span><span class="sender">'

# (time, speaker, text, media)
_Message = tuple[datetime | None, str, str, bool]


class _Page(LenientParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.messages: list[_Message] = []
        self._stack: list[str] = []  # the class of every open element
        self._skip = 0  # depth inside a skipped block
        self._message: dict[str, list[str]] | None = None
        self._field: str | None = None  # "timestamp", "sender", "bubble", "app"
        self._field_depth = 0
        self._message_depth = 0  # how many elements were open, the message's <div> included

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag in ("br", "img", "hr", "meta", "input", "source"):
            self._void(tag, classes, values)
            return
        self._stack.append(" ".join(classes))
        if self._skip:
            self._skip += 1
            return
        if any(c in _SKIPPED for c in classes):
            self._skip = 1
            return
        if tag == "div" and "message" in classes and self._message is None:
            self._message = {"timestamp": [], "sender": [], "bubble": [], "media": [], "app": []}
            self._message_depth = len(self._stack)
            return
        if self._message is None:
            return
        if self._field is not None:
            self._field_depth += 1
        elif tag == "span" and classes and classes[0] in ("timestamp", "sender", "bubble"):
            self._field, self._field_depth = classes[0], 1
            if classes[0] == "bubble" and self._message["bubble"]:
                self._message["bubble"].append("\n")
        elif tag == "div" and "name" in classes and self._stack_has("app"):
            self._field, self._field_depth = "app", 1
        elif tag in _MEDIA:
            self._message["media"].append(_MEDIA[tag])

    def _void(self, tag: str, classes: list[str], values: dict[str, str | None]) -> None:
        if self._skip or self._message is None:
            return
        if tag == "br" and self._field == "bubble":
            self._message["bubble"].append("\n")
        elif tag == "img":
            self._message["media"].append("<photo>")

    def _stack_has(self, name: str) -> bool:
        return any(name in entry.split() for entry in self._stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "hr", "meta", "input", "source") or not self._stack:
            return
        self._stack.pop()
        if self._skip:
            self._skip -= 1
            return
        if self._field is not None:
            self._field_depth -= 1
            if self._field_depth == 0:
                self._field = None
            return
        if self._message is not None and len(self._stack) < self._message_depth:
            self._finish()

    def handle_data(self, data: str) -> None:
        if self._skip or self._message is None:
            return
        if self._field is not None:
            self._message[self._field].append(data)
        elif "Click to download " in data:
            self._message["media"].append(f"<attachment: {data.split('Click to download ', 1)[1].strip()}>")

    def _finish(self) -> None:
        message, self._message = self._message, None
        assert message is not None
        stamp = " ".join("".join(message["timestamp"]).split())
        when = first_date(stamp.split(" (", 1)[0], _FORMATS) if stamp else None
        speaker = " ".join("".join(message["sender"]).split())
        if not speaker:
            return
        text = "\n".join(line.strip() for line in "".join(message["bubble"]).split("\n")).strip()
        if text:
            self.messages.append((when, speaker, text, False))
        elif message["media"]:
            self.messages.append((when, speaker, message["media"][0], True))
        elif title := " ".join("".join(message["app"]).split()):
            self.messages.append((when, speaker, f"<link: {title}>", True))


class ImessageHtmlReader:
    """Reader of imessage-exporter's HTML pages."""

    name: ClassVar[str] = "imessage_html"
    summary: ClassVar[str] = "iMessage chats exported as HTML by imessage-exporter (one page per conversation)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names:
            return 0.0
        marks = ('<div class="message">', 'class="sender"', 'class="timestamp"')
        if all(m in head for m in marks) and ('class="received"' in head or 'class="sent' in head):
            return 0.95
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected an imessage-exporter .html page, not a folder")
        page = _Page()
        page.feed(decode_bytes(path.read_bytes(), path))
        page.close()
        if not page.messages:
            raise ParseError(path, None, "no messages found in this imessage-exporter page")
        for when, speaker, text, media in page.messages:
            yield Utterance(path.stem, 0, speaker, text, time=when, media=media)


READER = ImessageHtmlReader()
