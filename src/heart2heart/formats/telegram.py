"""Telegram Desktop JSON exports (``result.json``).

One chat (``{"name", "type", "id", "messages": [...]}``) gives one conversation named after the file; a full
export (``{"chats": {"list": [...]}}``) gives one conversation per chat, ``<stem>/<chat name>``. ``text`` may be a
string or a list of entities (strings and ``{"type", "text"}`` objects). Service messages (joins, calls, pins) are
left out. A photo, sticker, voice message or file without a caption becomes a placeholder (``<photo>``,
``<sticker>``...) with ``media=True``; with a caption, the caption is the text. The speaker is ``from`` (or
``from_id`` when the name is missing, as for deleted accounts). Times are the export's wall-clock ``date``; a
message with only ``date_unixtime`` (as some exports and tools write) gets that epoch time in UTC.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import (
    from_epoch,
    line_of,
    load_json,
    looks_like_json_object,
    sorted_by_time,
    text_field,
)
from heart2heart.model import Utterance

__all__ = ["READER", "TelegramReader"]

_MARKERS = ('"from_id"', '"date_unixtime"', '"text_entities"', '"personal_chat"', '"private_group"')
_MEDIA_KEYS = (
    ("photo", "<photo>"),
    ("poll", "<poll>"),
    ("location_information", "<location>"),
    ("contact_information", "<contact>"),
    ("file", "<file>"),
)


class TelegramReader:
    """Reader of Telegram Desktop ``result.json`` exports (one chat or all chats)."""

    name: ClassVar[str] = "telegram"
    summary: ClassVar[str] = "Telegram Desktop JSON export (result.json; one chat or all chats)"
    example: ClassVar[str] = '{"name": "Maya", "type": "personal_chat", "messages": [{"from": "Maya", "text": "hi"}]}'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.8 if probe.path.is_dir() and "result.json" in probe.names else 0.0
        head = probe.head
        if not looks_like_json_object(head):
            return 0.0
        if '"messages"' in head and any(m in head for m in _MARKERS):
            return 0.9
        if '"chats"' in head and '"list"' in head and ('"personal_information"' in head or '"about"' in head):
            return 0.85
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        source = path / "result.json" if path.is_dir() else path
        if not source.is_file():
            raise ParseError(path, None, "expected a Telegram export: result.json, or the folder that holds it")
        raw = source.read_bytes()
        data = load_json(raw, source)
        if not isinstance(data, Mapping):
            raise ParseError(source, 1, 'expected a Telegram export: a JSON object with "messages" or "chats"')
        if "messages" in data:
            chats: list[tuple[str, Mapping[str, Any]]] = [(path.stem, data)]
        elif isinstance(data.get("chats"), Mapping) and isinstance(data["chats"].get("list"), list):
            chats = list(self._named(path.stem, data["chats"]["list"], raw, source))
        else:
            raise ParseError(source, 1, 'expected a Telegram export: a JSON object with "messages" or "chats"')
        total = 0
        for conversation, chat in chats:
            utterances = sorted_by_time(list(self._chat(chat, conversation, raw, source)))
            total += len(utterances)
            yield from utterances
        if total == 0:
            raise ParseError(source, None, "no messages from people found in this Telegram export")

    @staticmethod
    def _named(stem: str, chats: list[Any], raw: bytes, source: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """(conversation id, chat) for each chat of a full export; names made unique with the chat id."""
        seen: set[str] = set()
        for chat in chats:
            if not isinstance(chat, Mapping):
                raise ParseError(source, line_of(raw, '"list"'), "expected every chat to be a JSON object")
            name = chat.get("name")
            if not isinstance(name, str) or not name:
                name = "Saved Messages" if chat.get("type") == "saved_messages" else f"chat {chat.get('id')}"
            if name in seen:
                name = f"{name} ({chat.get('id')})"
            seen.add(name)
            yield f"{stem}/{name}", chat

    def _chat(self, chat: Mapping[str, Any], conversation: str, raw: bytes, source: Path) -> Iterator[Utterance]:
        messages = chat.get("messages")
        if not isinstance(messages, list):
            where = line_of(raw, f'"id": {chat.get("id")}') if "id" in chat else None
            raise ParseError(source, where, 'expected "messages" to be a list of messages')
        for message in messages:
            if not isinstance(message, Mapping):
                raise ParseError(source, line_of(raw, '"messages"'), "expected every message to be a JSON object")
            if message.get("type", "message") != "message":
                continue  # service messages: joins, calls, pins, title changes
            try:
                u = self._utterance(message, conversation)
            except (TypeError, ValueError) as exc:
                where = line_of(raw, f'"id": {message.get("id")},') if "id" in message else None
                raise ParseError(source, where, f"bad Telegram message ({exc})") from None
            if u is not None:
                yield u

    @staticmethod
    def _utterance(message: Mapping[str, Any], conversation: str) -> Utterance | None:
        speaker = message.get("from") or message.get("from_id") or message.get("actor")
        if not isinstance(speaker, str):
            raise TypeError("a message needs a 'from' name or 'from_id'")
        date = message.get("date")
        unix = message.get("date_unixtime")
        if isinstance(date, str):
            when = datetime.fromisoformat(date).replace(tzinfo=None)
        elif isinstance(unix, str | int) and not isinstance(unix, bool):
            when = from_epoch(int(unix))  # some exports and tools keep only the epoch seconds
        else:
            raise TypeError("a message needs a 'date' like 2023-12-31T21:14:05 (or a 'date_unixtime')")
        text = text_field(message.get("text")).strip()
        placeholder = None
        media_type = message.get("media_type")
        if isinstance(media_type, str):
            placeholder = f"<{media_type}>"
        else:
            for key, marker in _MEDIA_KEYS:
                if key in message:
                    placeholder = marker
                    break
        if text:
            return Utterance(conversation, 0, speaker, text, time=when)
        if placeholder is not None:
            return Utterance(conversation, 0, speaker, placeholder, time=when, media=True)
        return None


READER = TelegramReader()
