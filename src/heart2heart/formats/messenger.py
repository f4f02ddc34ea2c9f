"""Facebook Messenger and Instagram JSON exports (``message_1.json``, ``message_2.json``...).

Give one file, or the chat's folder (all its ``message_N.json`` parts are merged), or a folder or ``.zip`` holding
many chat folders (one conversation per chat, ``<stem>/<chat folder>``). The exports list the newest message first;
utterances come out in time order. Text and names are repaired from the exports' mojibake (UTF-8 bytes stored as
``\\u00XX`` code points). Reactions are ignored; calls, "X added Y" notices and the group events the exports write
as their actor's messages ("Rhys named the group Flat 4.", "You changed the group photo.", and in any language a short
text opening with the sender's full name: "Inês Lopes saiu do grupo.") are left out. An unsent
message was sent, as WhatsApp's "This message was deleted" was: it is a placeholder (``<unsent message>``).
Photos, videos, audio, GIFs, files, stickers and shared links without text become placeholders with
``media=True``. ``timestamp_ms`` is converted to naive UTC time (the exports hold no time zone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import (
    Tree,
    fix_mojibake,
    from_epoch,
    is_zip,
    line_of,
    load_json,
    looks_like_json_object,
)
from heart2heart.model import Utterance

__all__ = ["READER", "MessengerReader", "event_or_reaction"]

PART = rx.compile(r"(?:^|/)message_(\d+)\.json$")
_SKIPPED_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})
# Instagram writes reactions and likes as messages of their own.
_REACTION = rx.compile(r"Reacted .{1,12} to your message|Liked a message|.{1,80} reacted .{1,12} to your message")
# Group and call events written as a message of their actor ("Rhys named the group Flat 4.", "You started a call.").
_EVENT = rx.compile(
    r"(?P<actor>.{1,80}?) (?:named the group .{1,120}|removed the group name|changed the group photo"
    r"|(?:set|changed) the nickname for .{1,80} to .{1,80}|set (?:his|her|their|your) own nickname to .{1,80}"
    r"|set your nickname to .{1,80}|cleared (?:the|his|her|their|your) (?:own )?nickname(?: for .{1,80})?"
    r"|changed the (?:chat )?theme(?: to .{1,60})?|changed the emoji to .{1,12}|set the quick reaction to .{1,12}"
    r"|started (?:a|an audio|a video) (?:call|chat)|joined the (?:video )?(?:call|chat)"
    r"|started sharing (?:video|screen)"
    r"|created the group|(?:un)?pinned a message|added .{1,120} to the group|removed .{1,80} from the group"
    r"|left the group|made .{1,80} an admin|turned (?:on|off) .{1,60})\.",  # always with the full stop
    re.S,
)
_CALL_ENDED = rx.compile(
    r"(?:The (?:video )?(?:call|chat) ended|You missed a call from .{1,80}|.{1,80} missed your call)\.?"
)
#: What a message that only shares something says: "Kat Wilde sent an attachment." (Instagram).
_SENT_ATTACHMENT = rx.compile(r".{1,80} sent an attachment\.")
_MEDIA = (
    ("photos", "<photo>"),
    ("videos", "<video>"),
    ("audio_files", "<audio>"),
    ("gifs", "<gif>"),
    ("files", "<file>"),
    ("sticker", "<sticker>"),
    ("share", "<link>"),
    ("media", "<media>"),  # the encrypted chats' list of attachments; Instagram's early photo
    ("media_url", "<photo>"),
    ("story_share", "<link>"),
)


class MessengerReader:
    """Reader of Facebook Messenger / Instagram ``message_N.json`` exports."""

    name: ClassVar[str] = "messenger"
    summary: ClassVar[str] = "Facebook Messenger / Instagram JSON (message_1.json..., a chat folder, or a zip)"
    example: ClassVar[str] = '{"participants": [{"name": "Maya"}], "messages": [{"sender_name": "Maya", ...}]}'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.9 if any(PART.search(n) for n in probe.names) else 0.0
        head = probe.head
        if head.lstrip("\ufeff \t\r\n")[:1] == "[" and '"participants"' in head and '"conversation"' in head:
            return 0.9 if '"created_at"' in head and '"sender"' in head else 0.0  # Instagram before 2020
        if not looks_like_json_object(head):
            return 0.0
        if '"participants"' in head and ('"sender_name"' in head or '"timestamp_ms"' in head):
            return 0.9
        if '"participants"' in head and '"senderName"' in head:  # encrypted chats' download (2024)
            return 0.9
        if '"participants"' in head and '"messages"' in head and '"author"' not in head and '"body"' not in head:
            return 0.7  # (another app's export names its authors and bodies: the JSONL reader reads those)
        # Trimmed exports (as other tools' samples keep them) may lack "participants".
        return 0.6 if '"messages"' in head and '"sender_name"' in head and '"timestamp_ms"' in head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_file() and not is_zip(path):
            raw = path.read_bytes()
            yield from self._chat([(raw, str(path))], path.stem)
            return
        with Tree(path) as tree:
            chats: dict[str, list[tuple[int, str]]] = {}
            for name in tree.names:
                m = PART.search(name)
                if m:
                    folder = name[: m.start()].lstrip("/")
                    chats.setdefault(folder, []).append((int(m.group(1)), name))
            if not chats:
                raise ParseError(path, None, "no message_1.json (Messenger / Instagram chat) found in it")
            for folder in sorted(chats):
                parts = [(tree.read(name), tree.where(name)) for _, name in sorted(chats[folder])]
                conversation = path.stem if not folder else f"{path.stem}/{folder}"
                yield from self._chat(parts, conversation)

    def _chat(self, parts: list[tuple[bytes, str]], conversation: str) -> Iterator[Utterance]:
        """The utterances of one chat from its parts (message_1 first: the newest messages), in time order."""
        found: list[tuple[datetime, int, Utterance]] = []
        order = 0
        for raw, where in parts:
            data = load_json(raw, where)
            messages = _messages(data)
            if messages is None:
                hint = 'expected a Messenger chat: a JSON object with a "messages" list'
                raise ParseError(where, line_of(raw, '"messages"') or 1, hint)
            for message in messages:
                order -= 1  # newest first: later in the file means earlier in time
                try:
                    u = self._utterance(message, conversation)
                except (TypeError, ValueError, OverflowError) as exc:
                    stamp = _stamp_of(message)
                    token = str(int(stamp)) if isinstance(stamp, float) and stamp.is_integer() else str(stamp)
                    line = line_of(raw, token) if stamp is not None else None
                    raise ParseError(where, line, f"bad Messenger message ({exc})") from None
                if u is not None and u.time is not None:
                    found.append((u.time, order, u))
        if not found:
            raise ParseError(parts[0][1], None, "no messages from people found in this chat")
        found.sort(key=lambda item: (item[0], item[1]))
        for _, _, u in found:
            yield u

    @staticmethod
    def _utterance(message: Any, conversation: str) -> Utterance | None:
        if not isinstance(message, Mapping):
            raise TypeError("every message must be a JSON object")
        kind = message.get("type")
        if isinstance(kind, str) and kind in _SKIPPED_TYPES:
            return None
        sender = next((message[k] for k in ("sender_name", "senderName", "sender") if k in message), None)
        stamp = _stamp_of(message)
        if not isinstance(sender, str) or stamp is None:
            raise TypeError("a message needs 'sender_name' and a numeric 'timestamp_ms'")
        when = stamp if isinstance(stamp, datetime) else from_epoch(stamp / 1000)
        speaker = fix_mojibake(sender)
        if message.get("is_unsent") or message.get("isUnsent"):
            return Utterance(conversation, 0, speaker, "<unsent message>", time=when, media=True)
        content = next((message[k] for k in ("content", "text") if isinstance(message.get(k), str)), None)
        text = fix_mojibake(content).strip() if content is not None else ""
        placeholder = next((p for key, p in _MEDIA if message.get(key)), None)
        if text and placeholder is not None and (_SENT_ATTACHMENT.fullmatch(text) or event_or_reaction(text, speaker)):
            text = ""  # "Kat Wilde sent an attachment." with a shared reel: the share is the message
        if text and event_or_reaction(text, speaker):
            return None
        if text:
            return Utterance(conversation, 0, speaker, text, time=when)
        if placeholder is not None:
            return Utterance(conversation, 0, speaker, placeholder, time=when, media=True)
        return None


def _messages(data: Any) -> list[Any] | None:
    """The messages of a chat file: ``messages`` of a Messenger or Instagram download, or the ``conversation`` of
    the first chat in Instagram's download before 2020 (``messages.json``: a list of chats)."""
    if isinstance(data, Mapping):
        messages = data.get("messages")
        return messages if isinstance(messages, list) else None
    if isinstance(data, list) and data and isinstance(data[0], Mapping):
        messages = data[0].get("conversation")
        return messages if isinstance(messages, list) else None
    return None


def _stamp_of(message: Any) -> float | datetime | None:
    """A message's time: ``timestamp_ms`` (or the encrypted chats' ``timestamp``) in milliseconds, or Instagram's
    early ``created_at`` (ISO, as naive UTC); None when there is none."""
    if not isinstance(message, Mapping):
        return None
    for key in ("timestamp_ms", "timestamp"):
        value = message.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    created = message.get("created_at")
    if isinstance(created, str):
        try:
            when = datetime.fromisoformat(created)
        except ValueError:
            return None
        return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when
    return None


def event_or_reaction(text: str, speaker: str) -> bool:
    """Whether a message's text is no message of its sender's: a reaction written as a message (Instagram), or a
    group or call event (:func:`_event`). Shared with the HTML reader."""
    return bool(_REACTION.fullmatch(text)) or _event(text, speaker)


def _event(text: str, speaker: str) -> bool:
    """Whether a message's text is a group or call event: English ones by their words, with the sender as the actor
    ("Rhys", "Rhys Morgan", "You"); in any language, a short text that opens with the sender's full name."""
    if _CALL_ENDED.fullmatch(text):
        return True
    if " " in speaker and text.startswith(speaker + " ") and len(text.split()) <= 16:
        return True  # in any language: "Inês Lopes saiu do grupo.", "Gabriel Rocha deu o nome ... ao grupo."
    m = _EVENT.fullmatch(text)
    if m is None:
        return False
    actor = m.group("actor")
    return actor == "You" or actor == speaker or speaker.startswith(actor + " ")


READER = MessengerReader()
