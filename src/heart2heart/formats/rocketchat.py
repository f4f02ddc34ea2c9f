"""Rocket.Chat's export of a room to a file as JSON (the room's kebab menu > Export messages > File, JSON): one JSON
object per line, ``{"msg": ..., "username": ..., "ts": ..., "type": ..., "attachments": [...]}``, oldest first.

A line with a ``type`` is a room event ("uj" joined, "ul" left, "au" added, "ru" removed, "r" renamed, "wm"
welcome, ...) and is left out, except two that a person did send: a removed message ("rm"), kept as a placeholder
(``<deleted message>``), as WhatsApp's deleted messages are, and an end-to-end encrypted one ("e2e",
``<encrypted message>``). A message of attachments alone becomes ``<attachment: title>``; placeholders have
``media``. The file is one room, so one conversation, named by the file; ``ts`` (ISO 8601, UTC) is read as naive
UTC. The usernames are the speakers (``User_1``, ``User_2``, ... when the export hid them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.model import Utterance

__all__ = ["READER", "RocketChatReader"]

#: The keys Rocket.Chat's export writes for a message (``getMessageData``).
_KEYS = frozenset({"msg", "username", "ts", "type", "attachments"})
#: Message types a person sent; every other type is a room event.
_SENT = {"rm": "<deleted message>", "e2e": "<encrypted message>"}
_EXAMPLE = '{"msg": "How are you, really?", "username": "maya", "ts": "2024-04-23T17:32:40.533Z"}'


def _is_message_line(line: str) -> bool:
    try:
        row = orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return isinstance(row, dict) and {"msg", "username", "ts"} <= row.keys() <= _KEYS


class RocketChatReader:
    """Reader of Rocket.Chat's room export (JSON, one message per line)."""

    name: ClassVar[str] = "rocketchat"
    summary: ClassVar[str] = "Rocket.Chat room export to a file, JSON (one message per line: msg, username, ts)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        """Near-certain when the first line is an object of Rocket.Chat's message keys alone (above the JSON Lines
        reader, which would read the same line with the events as messages)."""
        if probe.names:
            return 0.0
        first = next((ln for ln in probe.head.lstrip("\ufeff").splitlines() if ln.strip()), "")
        return 0.97 if first.lstrip().startswith("{") and _is_message_line(first) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Rocket.Chat export file (.json), not a folder")
        count = 0
        for n, line in iter_lines(path):
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one message per line") from None
            u = _utterance(row, path, n)
            if u is not None:
                count += 1
                yield u
        if count == 0:
            raise ParseError(path, None, f"no messages from people found (expected lines such as {_EXAMPLE})")


def _utterance(row: Any, path: Path, line: int) -> Utterance | None:
    if not isinstance(row, Mapping):
        raise ParseError(path, line, f"expected a JSON object such as {_EXAMPLE}")
    kind = row.get("type")
    if kind is not None and (not isinstance(kind, str) or kind not in _SENT):
        return None  # a join, a leave, a rename and the other room events
    speaker, text, stamp = row.get("username"), row.get("msg"), row.get("ts")
    if not isinstance(speaker, str) or not speaker.strip():
        raise ParseError(path, line, f"'username' must be a name, not {speaker!r}")
    if text is not None and not isinstance(text, str):
        raise ParseError(path, line, f"'msg' must be a string, not {text!r}")
    when = _time(stamp, path, line)
    if kind is not None:
        return Utterance(path.stem, 0, speaker, _SENT[kind], time=when, media=True)
    if text and text.strip():
        return Utterance(path.stem, 0, speaker, text, time=when)
    attachments = row.get("attachments")
    if not isinstance(attachments, list) or not attachments:
        return None  # nothing said and nothing sent
    first = attachments[0]
    title = first.get("title") or first.get("fileName") if isinstance(first, Mapping) else None
    placeholder = f"<attachment: {title}>" if isinstance(title, str) and title.strip() else "<attachment>"
    return Utterance(path.stem, 0, speaker, placeholder, time=when, media=True)


def _time(stamp: Any, path: Path, line: int) -> datetime | None:
    if stamp is None:
        return None
    try:
        when = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
    except ValueError:
        when = None
    if when is None:
        raise ParseError(path, line, f"'ts' must be an ISO 8601 time such as 2024-04-23T17:32:40.533Z, not {stamp!r}")
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when


READER = RocketChatReader()
