"""A Matrix room exported as JSON by Element ("Export chat", JSON): ``{"room_name", "room_creator", "topic",
"export_date", "exported_by", "messages": [events]}``, each event as the Matrix client-server API gives it (``type``,
``sender``, ``content``, ``origin_server_ts``, ``unsigned``).

The room is one conversation in the order of the events. A ``m.room.message`` is its sender's words (``body``): a
text, notice or emote; an image, file, video or audio alone is a placeholder (``<attachment: IMG_0412.jpg>``,
``media``), as is a sticker (``<sticker>``) and a message deleted since (redacted: ``<deleted message>``). An edit
(``m.new_content`` replacing an earlier event) changes that message's words and is no message of its own; a reply's
quoted fallback (``> <@sam:example.org> ...`` lines) is left out. Membership, reactions, room settings and calls are
no one's words. The speakers are the display names the room's membership events give them when they name every
sender, else the Matrix ids (``@sam:matrix.org``) as the events name them: one way of naming everyone.
``origin_server_ts`` is read as naive UTC. Element's plain-text export (``3/14/2024, 8:02:11 PM - Sam: text``, an
image as ``Sam sent an image. (Media omitted)``) has WhatsApp's layout and is read by that reader.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import from_epoch, line_of, load_json, looks_like_json_object
from heart2heart.model import Utterance

__all__ = ["READER", "MatrixReader"]

_EXAMPLE = (
    '{"room_name": "Sam", "messages": [{"type": "m.room.message", "sender": "@sam:matrix.org", '
    '"origin_server_ts": 1710446531000, "content": {"msgtype": "m.text", "body": "are you up?"}}]}'
)
_FILES = {"m.image", "m.file", "m.video", "m.audio"}


def _names(events: list[Mapping[str, Any]]) -> dict[str, str]:
    """Each member's display name, from the room's membership events (the last one that names them)."""
    names: dict[str, str] = {}
    for event in events:
        if event.get("type") == "m.room.member":
            content = event.get("content")
            who = event.get("state_key") or event.get("sender")
            if isinstance(content, Mapping) and isinstance(who, str):
                shown = content.get("displayname")
                if isinstance(shown, str) and shown.strip():
                    names[who] = shown.strip()
    return names


def _without_reply_fallback(body: str) -> str:
    """A reply's own words: the quoted ``> <@sender> ...`` lines its fallback opens with left out."""
    if not body.startswith("> <"):
        return body
    lines = body.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    return "\n".join(lines[i:]).strip()


def _words(event: Mapping[str, Any]) -> tuple[str, bool] | None:
    """(text, media) of a message event, or None when it is no one's words."""
    kind = event.get("type")
    content = event.get("content")
    unsigned = event.get("unsigned")
    if isinstance(unsigned, Mapping) and unsigned.get("redacted_because") is not None:
        return ("<deleted message>", True) if kind in ("m.room.message", "m.sticker") else None
    if not isinstance(content, Mapping):
        return None
    if kind == "m.sticker":
        return "<sticker>", True
    if kind != "m.room.message":
        return None
    body = content.get("body")
    if content.get("msgtype") in _FILES:
        name = body.strip() if isinstance(body, str) else ""
        return (f"<attachment: {name}>" if name else "<media>"), True
    if not isinstance(body, str) or not body.strip():
        return None
    return _without_reply_fallback(body), False


def _edit_of(event: Mapping[str, Any]) -> tuple[str, str] | None:
    """(id of the edited event, its new words) when this event is an edit."""
    content = event.get("content")
    if not isinstance(content, Mapping):
        return None
    relation = content.get("m.relates_to")
    new = content.get("m.new_content")
    if isinstance(relation, Mapping) and relation.get("rel_type") == "m.replace" and isinstance(new, Mapping):
        target, body = relation.get("event_id"), new.get("body")
        if isinstance(target, str) and isinstance(body, str):
            return target, body
    return None


class MatrixReader:
    """Reader of a Matrix room exported as JSON by Element."""

    name: ClassVar[str] = "matrix"
    summary: ClassVar[str] = "Matrix room exported as JSON by Element (room_name, messages of m.room.message events)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        marks = ('"room_name"', '"messages"', '"origin_server_ts"')
        return 0.97 if all(m in head for m in marks) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected an Element JSON export (.json), not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        events = data.get("messages") if isinstance(data, Mapping) else None
        if not isinstance(events, list):
            raise ParseError(path, 1, f"expected an Element export with a list of messages ({_EXAMPLE})")
        at = line_of(raw, '"messages"')
        if not all(isinstance(e, Mapping) for e in events):
            raise ParseError(path, at, "every event of the export must be a JSON object")
        names = _names(events)
        senders = {e["sender"] for e in events if isinstance(e.get("sender"), str) and _words(e) is not None}
        if not senders <= names.keys():
            names = {}  # one way of naming everyone: the Matrix ids, as the export names the senders
        edits: dict[str, str] = {}
        for event in events:
            if (edit := _edit_of(event)) is not None:
                edits[edit[0]] = edit[1]  # the last edit wins
        count = 0
        for event in events:
            if _edit_of(event) is not None:
                continue
            words = _words(event)
            sender = event.get("sender")
            if words is None or not isinstance(sender, str) or not sender:
                continue
            text, media = words
            if not media and isinstance(event.get("event_id"), str) and event["event_id"] in edits:
                text = edits[event["event_id"]]
            stamp = event.get("origin_server_ts")
            try:
                when: datetime | None = (
                    from_epoch(stamp / 1000) if isinstance(stamp, int | float) and not isinstance(stamp, bool) else None
                )
            except (ValueError, OverflowError, OSError):
                raise ParseError(path, at, f"bad origin_server_ts {stamp!r}") from None
            count += 1
            yield Utterance(path.stem, 0, names.get(sender, sender), text, time=when, media=media)
        if count == 0:
            raise ParseError(path, None, "no messages from people found in this Element export")


READER = MatrixReader()
