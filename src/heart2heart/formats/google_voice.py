"""Google Voice texts from Google Takeout: one ``<contact> - Text - <time>.html`` (or ``Group Conversation - <time>
.html``) page, or the Takeout folder or ``.zip`` (``Voice/Calls/``) holding them.

A page is a ``hChatLog`` of ``<div class="message">`` blocks: the time (``<abbr class="dt" title="...">``, ISO 8601
with its offset, read as naive UTC), the sender (``<cite class="sender vcard">``: the name, or "Me" for the
account's owner as Google writes it, else the phone number) and the words (``<q>``; line breaks kept). A message
of a photo, video, audio or contact card alone is a placeholder (``<photo>``, ..., ``media``).

Takeout splits one person's texts over several pages; in a folder or zip they are read as one conversation per
contact (``<stem>/<contact>``; a group's by its people), pages in time order. Calls, voicemails and recordings are
not conversations and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes
from heart2heart.formats._chatjson import Tree, in_threads, is_zip
from heart2heart.formats._html import LenientParser
from heart2heart.model import Utterance

__all__ = ["READER", "GoogleVoiceReader"]

_EXAMPLE = '<div class="message"><abbr class="dt" title="2024-03-14T20:02:11.000-04:00">...</abbr>: <cite>...<q>hi</q>'
_MEDIA = {"img": "<photo>", "video": "<video>", "audio": "<audio>"}

# (time, speaker, text, media)
_Message = tuple[datetime | None, str, str, bool]


class _Page(LenientParser):
    """The messages of one Google Voice page, and its participants (numbers -> names)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.messages: list[_Message] = []
        self.participants: list[list[str]] = []  # [number, name] of each person the group's page lists
        self._in_message = self._in_participants = False
        self._depth = 0  # of <div> inside the current message
        self._when: datetime | None = None
        self._sender: list[str] | None = None  # the name's text, while in <cite>
        self._number = ""
        self._name_tag = False
        self._words: list[str] | None = None  # while in <q>
        self._said: list[str] = []
        self._media: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag == "div":
            if "message" in classes and not self._in_message:
                self._in_message, self._depth = True, 0
                self._when, self._sender, self._number, self._said, self._media = None, None, "", [], None
            elif "participants" in classes:
                self._in_participants = True
            elif self._in_message:
                self._depth += 1
            return
        if self._in_participants:
            if tag == "a" and (values.get("href") or "").startswith("tel:"):
                self.participants.append([(values.get("href") or "")[4:], ""])
            self._name_tag = "fn" in classes and bool(self.participants)
            return
        if not self._in_message:
            return
        if tag == "abbr" and "dt" in classes:
            self._when = _time(values.get("title"))
        elif tag == "cite" and "sender" in classes:
            self._sender = []
        elif self._sender is not None and tag == "a" and (values.get("href") or "").startswith("tel:"):
            self._number = (values.get("href") or "")[4:]
        elif self._sender is not None and "fn" in classes:
            self._name_tag = True
        elif tag == "q":
            self._words = []
        elif self._words is not None and tag == "br":
            self._words.append("\n")
        elif tag in _MEDIA and self._media is None:
            self._media = _MEDIA[tag]
        elif tag == "a" and "vcard" in classes and self._media is None:
            self._media = "<contact card>"

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            if self._in_participants:
                self._in_participants = self._name_tag = False
            elif self._in_message and self._depth:
                self._depth -= 1
            elif self._in_message:
                self._in_message = False
                self._finish()
        elif tag == "cite" and self._sender is not None:
            name = "".join(self._sender).strip()
            self._sender = None
            self._said.insert(0, name or self._number)
        elif self._name_tag and tag in ("span", "abbr"):
            self._name_tag = False
        elif tag == "q" and self._words is not None:
            self._said.append("".join(self._words))
            self._words = None

    def handle_data(self, data: str) -> None:
        if self._in_participants and self._name_tag:
            self.participants[-1][1] += data
        elif self._sender is not None and self._name_tag:
            self._sender.append(data)
        elif self._words is not None:
            self._words.append(data)

    def _finish(self) -> None:
        if not self._said:
            return
        speaker, words = self._said[0], "\n".join(w.strip() for w in self._said[1:] if w.strip())
        if not speaker:
            return
        if words:
            self.messages.append((self._when, speaker, words, False))
        elif self._media is not None:
            self.messages.append((self._when, speaker, self._media, True))


def _time(title: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(title.strip()) if title else None
    except ValueError:
        return None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def _page(raw: bytes, where: str | Path) -> _Page:
    page = _Page()
    page.feed(decode_bytes(raw, where))
    page.close()
    return page


def _contact(name: str) -> str | None:
    """The contact a Takeout page's file name names ("Sam - Text - 2024-03-14T20_02_11Z.html": "Sam"; a group's
    pages: "Group Conversation"), or None when it is no text conversation (a call, a voicemail)."""
    stem = name.rsplit("/", 1)[-1].removesuffix(".html")
    if stem.startswith("Group Conversation - "):
        return "Group Conversation"
    if " - Text - " in stem:
        return stem.split(" - Text - ", 1)[0]
    return None


class GoogleVoiceReader:
    """Reader of Google Voice texts from Google Takeout."""

    name: ClassVar[str] = "google_voice"
    summary: ClassVar[str] = "Google Voice texts from Google Takeout (a '<name> - Text - <time>.html' page, or Voice/)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.9 if any(_contact(n) and n.endswith(".html") for n in probe.names) else 0.0
        return 0.97 if 'class="hChatLog' in probe.head and 'class="message"' in probe.head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_file() and not is_zip(path):
            page = _page(path.read_bytes(), path)
            if not page.messages:
                raise ParseError(path, None, "no text messages found in this Google Voice page")
            for when, speaker, text, media in page.messages:
                yield Utterance(path.stem, 0, speaker, text, time=when, media=media)
            return
        with Tree(path) as tree:
            threads: dict[str, list[_Message]] = {}
            for name in tree.names:
                contact = _contact(name)
                if contact is None or not name.endswith(".html"):
                    continue
                page = _page(tree.read(name), tree.where(name))
                if contact == "Group Conversation":
                    contact = ", ".join(sorted({n.strip() or number for number, n in page.participants})) or name
                threads.setdefault(contact, []).extend(page.messages)
        if not any(threads.values()):
            raise ParseError(path, None, "no Google Voice texts ('<name> - Text - <time>.html') found in it")
        yield from in_threads(
            Utterance(f"{path.stem}/{contact}", 0, speaker, text, time=when, media=media)
            for contact, messages in threads.items()
            for when, speaker, text, media in messages
        )


READER = GoogleVoiceReader()
