"""Snapchat's chat history from "Download My Data" (``json/chat_history.json``), in both of its layouts.

- Since 2022: one list of messages per conversation, under the friend's username or the group's id: ``{"From",
  "Media Type", "Created", "Content", "Conversation Title", "IsSender", ...}``. The speaker is ``From`` (the owner's
  own username on what they sent).
- Before: ``"Received Saved Chat History"`` (``From``) and ``"Sent Saved Chat History"`` (``To``), only the chats
  that were saved; what the owner sent is "Me", as the file does not name them, and a conversation is the friend.

Each conversation (``<stem>/<title or friend>``) comes in time order (``Created``, "2024-03-14 20:02:11 UTC", read as
naive UTC), conversations in the order the file first names them. A snap, sticker, voice note or other media
without words is a placeholder (``<media>``, ``<sticker>``, ``<voice note>``, ..., ``media``); status lines (a
missed call, a saved or erased message) are left out.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import in_threads, line_of, load_json, looks_like_json_object
from heart2heart.model import Utterance

__all__ = ["READER", "SnapchatReader"]

ME = "Me"
_OLD = {"Received Saved Chat History": "From", "Sent Saved Chat History": "To"}
_PLACEHOLDERS = {
    "MEDIA": "<media>",
    "SNAP": "<snap>",
    "STICKER": "<sticker>",
    "NOTE": "<voice note>",
    "SHARE": "<share>",
    "SHARESAVEDSTORY": "<share>",
    "LOCATION": "<location>",
    "GIF": "<gif>",
}
_EXAMPLE = '{"sam": [{"From": "sam", "Media Type": "TEXT", "Created": "2024-03-14 20:02:11 UTC", "Content": "hi"}]}'

# (conversation, time, order in the file, speaker, text, media)
_Message = tuple[str, datetime | None, int, str, str, bool]


class SnapchatReader:
    """Reader of Snapchat's ``chat_history.json``."""

    name: ClassVar[str] = "snapchat"
    summary: ClassVar[str] = "Snapchat chat history from Download My Data (chat_history.json, either layout)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head) or '"Media Type"' not in head:
            return 0.0
        return 0.97 if '"IsSender"' in head or "Saved Chat History" in head or '"Created"' in head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected Snapchat's chat_history.json, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        if not isinstance(data, Mapping):
            raise ParseError(path, 1, f"expected a JSON object such as {_EXAMPLE}")
        found: list[Utterance] = []
        order = 0
        for key, messages in data.items():
            if not isinstance(messages, list):
                raise ParseError(path, line_of(raw, f'"{key}"'), f"expected a list of messages under {key!r}")
            for message in messages:
                try:
                    m = _message(message, key, order)
                except (TypeError, ValueError) as exc:
                    raise ParseError(path, line_of(raw, f'"{key}"'), f"bad message under {key!r} ({exc})") from None
                order += 1
                if m is not None:
                    title, when, _, speaker, text, media = m
                    found.append(Utterance(f"{path.stem}/{title}", 0, speaker, text, time=when, media=media))
        if not found:
            raise ParseError(path, None, "no messages found in this Snapchat chat history")
        yield from in_threads(found)


def _message(message: Any, key: str, order: int) -> _Message | None:
    if not isinstance(message, Mapping):
        raise TypeError("every message must be a JSON object")
    kind = str(message.get("Media Type") or "TEXT").upper()
    if kind.startswith("STATUS"):
        return None  # a missed call, a saved or erased message, someone added...
    if key in _OLD:
        friend = message.get(_OLD[key])
        if not isinstance(friend, str) or not friend:
            raise TypeError(f"a message needs {_OLD[key]!r}")
        speaker, title, words = (friend if key.startswith("Received") else ME), friend, message.get("Text")
    else:
        sender = message.get("From")
        if not isinstance(sender, str) or not sender:
            raise TypeError("a message needs 'From'")
        speaker, title, words = sender, message.get("Conversation Title") or key, message.get("Content")
    when = _time(message.get("Created"))
    if isinstance(words, str) and words.strip():
        return str(title), when, order, speaker, html.unescape(words) if "&" in words else words, False
    if kind == "TEXT":
        return None  # an empty text: nothing was said
    return str(title), when, order, speaker, _PLACEHOLDERS.get(kind, "<media>"), True


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    stamp = value.strip()
    if stamp.endswith(" UTC"):
        stamp = stamp[:-4]
    return datetime.fromisoformat(stamp)


READER = SnapchatReader()
