"""Google Hangouts from an older Google Takeout (``Hangouts/Hangouts.json``): ``{"conversations": [{"conversation":
{... "participant_data": [...]}, "events": [...]}]}``, and the layout before 2018 (``"conversation_state"``).

Each conversation is one, named by its name or its people, its messages in time order. The speaker is the
participant's ``fallback_name``; the export often has none for the owner (the participant whose read state it
keeps), who is then "Me", and anyone else without one is their id. Only chat messages count: calls,
people added or removed and renames are left out. A message's words are its text segments (line breaks kept); a
photo or other attachment alone is a placeholder (``<photo>``, ``<attachment>``, ``media``). ``timestamp``
(microseconds since 1970) is read as naive UTC.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import from_epoch, line_of, load_json, looks_like_json_object, sorted_by_time
from heart2heart.model import Utterance

__all__ = ["READER", "HangoutsReader"]

ME = "Me"

_EXAMPLE = '{"conversations": [{"conversation": {"conversation": {"participant_data": [...]}}, "events": [...]}]}'


def _person(ident: Any) -> str:
    """A participant's key: their gaia id (or chat id)."""
    if isinstance(ident, Mapping):
        return str(ident.get("gaia_id") or ident.get("chat_id") or "")
    return ""


def _self(description: Mapping[str, Any]) -> str:
    """The owner's id: the participant whose read state the conversation keeps ("" when it does not say)."""
    state = description.get("self_conversation_state")
    read = state.get("self_read_state") if isinstance(state, Mapping) else None
    return _person(read.get("participant_id")) if isinstance(read, Mapping) else ""


def _threads(data: Any) -> list[tuple[Mapping[str, Any], list[Any]]]:
    """(conversation description, events) of every conversation, in either layout."""
    if not isinstance(data, Mapping):
        raise TypeError("expected a JSON object")
    out: list[tuple[Mapping[str, Any], list[Any]]] = []
    for item in data.get("conversations") or []:
        if not isinstance(item, Mapping):
            raise TypeError("every conversation must be a JSON object")
        outer = item.get("conversation")
        inner = outer.get("conversation") if isinstance(outer, Mapping) else None
        events = item.get("events")
        out.append((inner if isinstance(inner, Mapping) else {}, events if isinstance(events, list) else []))
    for item in data.get("conversation_state") or []:
        state = item.get("conversation_state") if isinstance(item, Mapping) else None
        if not isinstance(state, Mapping):
            raise TypeError("every conversation_state must hold a 'conversation_state' object")
        inner, events = state.get("conversation"), state.get("event")
        out.append((inner if isinstance(inner, Mapping) else {}, events if isinstance(events, list) else []))
    return out


def _utterance(event: Any, people: Mapping[str, str], conversation: str) -> Utterance | None:
    if not isinstance(event, Mapping):
        raise TypeError("every event must be a JSON object")
    if event.get("event_type", "REGULAR_CHAT_MESSAGE") != "REGULAR_CHAT_MESSAGE":
        return None  # a call, someone added or removed, a rename
    message = event.get("chat_message")
    content = message.get("message_content") if isinstance(message, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    sender = _person(event.get("sender_id"))
    if not sender:
        raise TypeError("a message needs a 'sender_id'")
    speaker = people.get(sender) or sender
    stamp = event.get("timestamp")
    when = from_epoch(int(stamp) / 1_000_000) if stamp is not None else None
    parts = []
    for segment in content.get("segment") or []:
        if isinstance(segment, Mapping):
            parts.append("\n" if segment.get("type") == "LINE_BREAK" else str(segment.get("text") or ""))
    text = "".join(parts).strip()
    if text:
        return Utterance(conversation, 0, speaker, text, time=when)
    attachments = content.get("attachment")
    if isinstance(attachments, list) and attachments:
        kinds = str(attachments[0])
        return Utterance(conversation, 0, speaker, "<photo>" if "PHOTO" in kinds else "<attachment>", time=when,
                         media=True)  # fmt: skip
    return None


class HangoutsReader:
    """Reader of Google Hangouts' Takeout JSON."""

    name: ClassVar[str] = "hangouts"
    summary: ClassVar[str] = "Google Hangouts from an older Google Takeout (Hangouts.json)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        if ('"conversations"' in head or '"conversation_state"' in head) and (
            '"participant_data"' in head or '"fallback_name"' in head or '"chat_message"' in head
        ):
            return 0.95
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected Google Takeout's Hangouts.json, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        try:
            threads = _threads(data)
        except TypeError as exc:
            raise ParseError(path, 1, f"not a Hangouts export ({exc}; expected {_EXAMPLE})") from None
        count = 0
        for number, (description, events) in enumerate(threads, 1):
            people: dict[str, str] = {}
            me = _self(description)
            listed = description.get("participant_data")
            for person in listed if isinstance(listed, list) else []:
                if isinstance(person, Mapping) and (ident := _person(person.get("id"))):
                    name = person.get("fallback_name")
                    people[ident] = str(name) if name else ME if ident == me else ident
            title = description.get("name") or ", ".join(sorted(set(people.values()))) or f"conversation {number}"
            found: list[Utterance] = []
            for event in events:
                try:
                    u = _utterance(event, people, f"{path.stem}/{title}")
                except (TypeError, ValueError, OverflowError, OSError) as exc:
                    event_id = event.get("event_id") if isinstance(event, Mapping) else None
                    line = line_of(raw, f'"{event_id}"') if event_id else None
                    raise ParseError(path, line or line_of(raw, '"events"'), f"bad Hangouts event ({exc})") from None
                if u is not None:
                    found.append(u)
            for u in sorted_by_time(found):
                count += 1
                yield u
        if count == 0:
            raise ParseError(path, None, "no chat messages found in this Hangouts export")


READER = HangoutsReader()
