"""DiscordChatExporter JSON exports (``{"guild", "channel", "messages": [...]}``): one channel, one conversation.

The speaker is the author's server ``nickname`` when there is one, else the account ``name``. Only messages of
type ``Default`` and ``Reply`` count: calls, pins, joins, thread and channel events are left out. A message id
counts once (exports stitched together repeat messages). Attachments and stickers without text become
placeholders with ``media=True``. Times are the export's wall-clock time (its UTC offset is dropped).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import line_of, load_json, looks_like_json_object, sorted_by_time
from heart2heart.model import Utterance

__all__ = ["READER", "DiscordReader"]

_KEPT_TYPES = frozenset({"Default", "Reply"})


class DiscordReader:
    """Reader of DiscordChatExporter JSON channel exports."""

    name: ClassVar[str] = "discord"
    summary: ClassVar[str] = "DiscordChatExporter JSON (one channel per file)"
    example: ClassVar[str] = '{"guild": {...}, "channel": {...}, "messages": [{"type": "Default", "author": ...}]}'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        if '"guild"' in head and '"channel"' in head and '"messages"' in head:
            return 0.95
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a DiscordChatExporter .json file, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        messages = data.get("messages") if isinstance(data, Mapping) else None
        if not isinstance(messages, list):
            hint = 'expected a DiscordChatExporter JSON object with a "messages" list'
            raise ParseError(path, line_of(raw, '"messages"') or 1, hint)
        seen: set[str] = set()
        utterances: list[Utterance] = []
        for message in messages:
            try:
                u = self._utterance(message, path.stem, seen)
            except (TypeError, ValueError) as exc:
                ident = message.get("id") if isinstance(message, Mapping) else None
                line = line_of(raw, f'"id": "{ident}"') if ident is not None else None
                raise ParseError(path, line, f"bad Discord message ({exc})") from None
            if u is not None:
                utterances.append(u)
        if not utterances:
            raise ParseError(path, None, "no messages from people found in this Discord export")
        yield from sorted_by_time(utterances)

    @staticmethod
    def _utterance(message: Any, conversation: str, seen: set[str]) -> Utterance | None:
        if not isinstance(message, Mapping):
            raise TypeError("every message must be a JSON object")
        kind = message.get("type", "Default")
        if not isinstance(kind, str) or kind not in _KEPT_TYPES:
            return None
        ident = message.get("id")
        if ident is not None:
            if str(ident) in seen:
                return None
            seen.add(str(ident))
        author = message.get("author")
        if not isinstance(author, Mapping):
            raise TypeError("a message needs an 'author' object")
        speaker = author.get("nickname") or author.get("name") or author.get("id")
        stamp = message.get("timestamp")
        if not isinstance(speaker, str) or not isinstance(stamp, str):
            raise TypeError("a message needs an author name and a 'timestamp'")
        when = datetime.fromisoformat(stamp).replace(tzinfo=None)
        content = message.get("content")
        text = content.strip() if isinstance(content, str) else ""
        if text:
            return Utterance(conversation, 0, speaker, text, time=when)
        attachments = message.get("attachments")
        if isinstance(attachments, list) and attachments:
            first = attachments[0]
            name = first.get("fileName") if isinstance(first, Mapping) else None
            placeholder = f"<attachment: {name}>" if isinstance(name, str) else "<attachment>"
            return Utterance(conversation, 0, speaker, placeholder, time=when, media=True)
        if message.get("stickers"):
            return Utterance(conversation, 0, speaker, "<sticker>", time=when, media=True)
        return None


READER = DiscordReader()
