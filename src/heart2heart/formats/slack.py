"""Slack workspace exports: the folder or ``.zip`` with ``users.json``, ``channels.json`` and day files
``<channel>/<YYYY-MM-DD>.json``; also a single day file.

Each channel is one conversation, ``<stem>/<channel>``. Names come from ``users.json`` (real name, else display
name, else user name) when present, else from the message's ``user_profile``, else the user id. Joins, leaves,
topic changes and other subtype events are left out, as are bot posts; thread replies are placed in time order
(by ``ts``) with the rest of the channel. Mentions and links in Slack's markup are turned into plain text
(``<@U123>`` -> ``@Maya``). Files without text become ``<file: name>`` with ``media=True``. Times are naive UTC.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import Tree, from_epoch, is_zip, line_of, load_json
from heart2heart.model import Utterance

__all__ = ["READER", "SlackReader"]

DAY_FILE = rx.compile(r"^(?:(.*)/)?([^/]+)/(\d{4}-\d{2}-\d{2})\.json$")
_KEPT_SUBTYPES = frozenset({"thread_broadcast", "file_share", "me_message"})
_MARKUP = rx.compile(r"<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>")
# (ts, message, where it was read, the bytes of its day file: to point errors at a line)
_Item = tuple[Decimal, Mapping[str, Any], str, bytes]
_CHANNEL_LISTS = ("channels.json", "groups.json", "mpims.json", "dms.json")


class SlackReader:
    """Reader of Slack exports (folder or zip of day files per channel)."""

    name: ClassVar[str] = "slack"
    summary: ClassVar[str] = "Slack export (folder or .zip: users.json, channels.json, <channel>/<date>.json)"
    example: ClassVar[str] = 'general/2024-03-01.json: [{"type": "message", "user": "U01", "text": "hi", "ts": ...}]'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            days = any(DAY_FILE.match(n) for n in probe.names)
            lists = any(n.rsplit("/", 1)[-1] in ("users.json", "channels.json") for n in probe.names)
            return 0.9 if days and lists else 0.7 if days else 0.0
        head = probe.head.lstrip("\ufeff \t\r\n")
        if head[:1] == "[" and '"ts"' in head and '"type": "message"' in head.replace('"type":"', '"type": "'):
            return 0.6
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_file() and not is_zip(path):
            raw = path.read_bytes()
            count = 0
            for u in self._channel(self._day(load_json(raw, path), raw, str(path)), {}, path.stem):
                count += 1
                yield u
            if count == 0:
                raise ParseError(path, None, "no messages from people found in this Slack day file")
            return
        with Tree(path) as tree:
            days: dict[tuple[str, str], list[str]] = {}
            for name in tree.names:
                m = DAY_FILE.match(name)
                if m:
                    days.setdefault((m.group(1) or "", m.group(2)), []).append(name)
            if not days:
                raise ParseError(path, None, "no Slack day files (<channel>/<YYYY-MM-DD>.json) found in it")
            roots = {root for root, _ in days}
            root = min(roots, key=len)
            prefix = f"{root}/" if root else ""
            users = self._users(tree, prefix)
            order = self._channel_order(tree, prefix)
            channels = sorted((c for r, c in days if r == root), key=lambda c: (order.get(c, len(order)), c))
            total = 0
            for channel in channels:
                messages: list[_Item] = []
                for name in sorted(days[(root, channel)]):
                    raw = tree.read(name)
                    messages.extend(self._day(load_json(raw, tree.where(name)), raw, tree.where(name)))
                for u in self._channel(messages, users, f"{path.stem}/{channel}"):
                    total += 1
                    yield u
            if total == 0:
                raise ParseError(path, None, "no messages from people found in this Slack export")

    @staticmethod
    def _users(tree: Tree, prefix: str) -> dict[str, str]:
        """User id -> the name to show, from users.json (and org_users.json) when present."""
        names: dict[str, str] = {}
        for file in ("users.json", "org_users.json"):
            if prefix + file not in tree.names:
                continue
            data = tree.load(prefix + file)
            if not isinstance(data, list):
                raise ParseError(tree.where(prefix + file), 1, "expected a JSON list of users")
            for user in data:
                if isinstance(user, Mapping) and isinstance(user.get("id"), str):
                    name = _name_of(user.get("profile"), user)
                    if name:
                        names[user["id"]] = name
        return names

    @staticmethod
    def _channel_order(tree: Tree, prefix: str) -> dict[str, int]:
        """Channel folder -> its position in channels.json (then groups, mpims, dms)."""
        order: dict[str, int] = {}
        for file in _CHANNEL_LISTS:
            if prefix + file not in tree.names:
                continue
            data = tree.load(prefix + file)
            if not isinstance(data, list):
                raise ParseError(tree.where(prefix + file), 1, "expected a JSON list of channels")
            for channel in data:
                if isinstance(channel, Mapping):
                    for key in ("name", "id"):
                        if isinstance(channel.get(key), str):
                            order.setdefault(channel[key], len(order))
        return order

    @staticmethod
    def _day(data: Any, raw: bytes, where: str) -> list[_Item]:
        """(ts, message, where, raw) for each message of one day file."""
        if not isinstance(data, list):
            raise ParseError(where, 1, "expected a Slack day file: a JSON list of messages")
        out: list[_Item] = []
        for message in data:
            if not isinstance(message, Mapping):
                raise ParseError(where, 1, "expected every message to be a JSON object")
            ts = message.get("ts")
            try:
                stamp = Decimal(str(ts))
                if not stamp.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                line = line_of(raw, f'"ts": "{ts}"', f'"ts": {ts}') or 1
                hint = f'expected "ts" to be a Slack timestamp like "1709251200.000100", not {ts!r}'
                raise ParseError(where, line, hint) from None
            out.append((stamp, message, where, raw))
        return out

    def _channel(self, messages: list[_Item], users: dict[str, str], conversation: str) -> Iterator[Utterance]:
        """One channel's utterances in ``ts`` order (thread replies among the rest), each ``ts`` once."""
        messages.sort(key=lambda item: item[0])
        seen: set[Decimal] = set()
        for stamp, message, where, raw in messages:
            if stamp in seen:
                continue
            seen.add(stamp)
            try:
                u = self._utterance(message, stamp, users, conversation)
            except (TypeError, ValueError, OverflowError) as exc:
                line = line_of(raw, f'"{message.get("ts")}"')
                raise ParseError(where, line, f"bad Slack message ({exc})") from None
            if u is not None:
                yield u

    @staticmethod
    def _utterance(
        message: Mapping[str, Any], stamp: Decimal, users: dict[str, str], conversation: str
    ) -> Utterance | None:
        if message.get("type", "message") != "message":
            return None
        subtype = message.get("subtype")
        if subtype is not None and (not isinstance(subtype, str) or subtype not in _KEPT_SUBTYPES):
            return None  # joins, leaves, topic/purpose changes, bot_message...
        if message.get("bot_id") or message.get("bot_profile"):
            return None
        user = message.get("user")
        speaker = users.get(user) if isinstance(user, str) else None
        speaker = speaker or _name_of(message.get("user_profile"), {}) or (user if isinstance(user, str) else None)
        if not speaker:
            return None
        when = from_epoch(int(stamp))  # the fraction of a ts is a message counter, not time
        raw_text = message.get("text")
        text = _plain(raw_text, users).strip() if isinstance(raw_text, str) else ""
        if text:
            return Utterance(conversation, 0, speaker, text, time=when)
        files = message.get("files")
        if isinstance(files, list) and files:
            first = files[0]
            name = first.get("name") or first.get("title") if isinstance(first, Mapping) else None
            placeholder = f"<file: {name}>" if isinstance(name, str) else "<file>"
            return Utterance(conversation, 0, speaker, placeholder, time=when, media=True)
        return None


def _name_of(profile: Any, user: Mapping[str, Any]) -> str | None:
    """The best name in a Slack user object or profile: real name, display name, then user name."""
    for source in (profile, user):
        if isinstance(source, Mapping):
            for key in ("real_name", "display_name", "name"):
                value = source.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
    return None


def _plain(text: str, users: dict[str, str]) -> str:
    """Slack markup as plain text: mentions, channel links, special mentions and links; entities unescaped."""

    def replace(m: re.Match[str]) -> str:
        kind, target, label = m.group(1), m.group(2), m.group(3)
        if kind == "@":
            return "@" + (label or users.get(target, target))
        if kind == "#":
            return "#" + (label or target)
        if kind == "!":
            return "@" + (label or target.split("^", 1)[0])
        return label or target

    if "<" in text:
        text = _MARKUP.sub(replace, text)
    return html.unescape(text) if "&" in text else text


READER = SlackReader()
