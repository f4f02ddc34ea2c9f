"""Direct messages from an X (Twitter) archive: ``data/direct-messages.js`` and ``data/direct-messages-group.js``
(``window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId", "messages": [{"messageCreate":
{"senderId", "text", "createdAt", ...}}]}}]``), or the archive's folder or ``.zip`` holding them.

Each ``dmConversation`` is a conversation, its messages in time order (the archive lists them newest first). The
archive names people only by their account ids; in the archive's folder or zip, ``data/account.js`` says which id
is the owner's, whose messages are then "Me". Group events (someone joined or left, a renamed group) and
reactions are no one's words. A message's link to its own media (``https://t.co/...`` at the end) is left out of its
words, and its HTML entities (``&amp;``) are read as the characters; a message of media alone is a placeholder
(``<media>``, ``media``). ``createdAt`` is read as naive UTC.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes
from heart2heart.formats._chatjson import Tree, is_zip, line_of, sorted_by_time
from heart2heart.model import Utterance

__all__ = ["READER", "XDmsReader"]

ME = "Me"
_PREFIX = rx.compile(r"\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*")
_MEDIA_LINK = rx.compile(r"\s*https://t\.co/\w+\s*$")
_FILES = ("direct-messages.js", "direct-messages-group.js", "direct_messages.js", "direct_messages_group.js")
_EXAMPLE = 'window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId": "1-2", "messages": [...]}}]'


def _load(raw: bytes, where: str | Path) -> Any:
    """The JSON value a ``window.YTD.<name>.part0 = ...`` file assigns."""
    text = decode_bytes(raw, where)
    m = _PREFIX.match(text)
    try:
        return orjson.loads(text[m.end() :] if m else text)
    except orjson.JSONDecodeError as exc:
        offset = m.end() if m else 0
        line = text.count("\n", 0, offset) + exc.lineno
        raise ParseError(where, line, f"not valid JSON after the 'window.YTD...' assignment ({exc.msg})") from None


def _owner(tree: Tree) -> str | None:
    """The owner's account id, from the archive's ``account.js``."""
    name = next((n for n in tree.names if n.rsplit("/", 1)[-1] == "account.js"), None)
    if name is None:
        return None
    try:
        data = _load(tree.read(name), tree.where(name))
        account = data[0]["account"] if isinstance(data, list) and data else None
        ident = account.get("accountId") if isinstance(account, Mapping) else None
    except (ParseError, KeyError, TypeError, IndexError):
        return None
    return str(ident) if ident is not None else None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    when = datetime.fromisoformat(value)
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when


def _conversations(data: Any, raw: bytes, where: str | Path, stem: str, owner: str | None) -> Iterator[Utterance]:
    if not isinstance(data, list):
        raise ParseError(where, 1, f"expected a list of conversations ({_EXAMPLE})")
    for entry in data:
        conv = entry.get("dmConversation") if isinstance(entry, Mapping) else None
        if not isinstance(conv, Mapping) or not isinstance(conv.get("messages"), list):
            raise ParseError(where, line_of(raw, '"dmConversation"') or 1, "expected a 'dmConversation' with messages")
        ident = str(conv.get("conversationId") or stem)
        found: list[Utterance] = []
        for item in conv["messages"]:
            message = item.get("messageCreate") if isinstance(item, Mapping) else None
            if not isinstance(message, Mapping):
                continue  # a join, a leave, a renamed group, a reaction
            try:
                u = _utterance(message, f"{stem}/{ident}", owner)
            except (TypeError, ValueError) as exc:
                at = line_of(raw, f'"{message.get("id")}"') or line_of(raw, '"dmConversation"')
                raise ParseError(where, at, f"bad direct message ({exc})") from None
            if u is not None:
                found.append(u)
        yield from sorted_by_time(found)


def _utterance(message: Mapping[str, Any], conversation: str, owner: str | None) -> Utterance | None:
    sender = message.get("senderId")
    if not isinstance(sender, str | int) or isinstance(sender, bool) or str(sender) == "":
        raise TypeError("a message needs a 'senderId'")
    speaker = ME if owner is not None and str(sender) == owner else str(sender)
    text = message.get("text")
    if text is not None and not isinstance(text, str):
        raise TypeError("'text' must be a string")
    media = message.get("mediaUrls")
    has_media = isinstance(media, list) and bool(media)
    words = _MEDIA_LINK.sub("", text or "") if has_media else (text or "")
    words = html.unescape(words) if "&" in words else words  # the archive writes "&amp;", "&lt;", "&gt;"
    when = _time(message.get("createdAt"))
    if words.strip():
        return Utterance(conversation, 0, speaker, words.strip(), time=when)
    if has_media:
        return Utterance(conversation, 0, speaker, "<media>", time=when, media=True)
    return None


class XDmsReader:
    """Reader of the direct messages in an X (Twitter) archive."""

    name: ClassVar[str] = "x_dms"
    summary: ClassVar[str] = "X (Twitter) archive direct messages (data/direct-messages.js, or the archive)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.9 if any(n.rsplit("/", 1)[-1] in _FILES for n in probe.names) else 0.0
        head = probe.head.lstrip("\ufeff \t\r\n")
        if head.startswith("window.YTD.") and '"dmConversation"' in head:
            return 0.97
        return 0.9 if head.startswith("[") and '"dmConversation"' in head and '"messageCreate"' in head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        count = 0
        if path.is_file() and not is_zip(path):
            raw = path.read_bytes()
            for u in _conversations(_load(raw, path), raw, path, path.stem, None):
                count += 1
                yield u
        else:
            with Tree(path) as tree:
                owner = _owner(tree)
                for name in tree.names:
                    if name.rsplit("/", 1)[-1] not in _FILES:
                        continue
                    raw = tree.read(name)
                    for u in _conversations(_load(raw, tree.where(name)), raw, tree.where(name), path.stem, owner):
                        count += 1
                        yield u
        if count == 0:
            raise ParseError(path, None, "no direct messages found in this X archive")


READER = XDmsReader()
