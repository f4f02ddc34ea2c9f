"""Mattermost's exports: the bulk export and the compliance exports' CSV.

- The bulk export (``mmctl export create``: its zip or folder, or the ``.jsonl`` file in it): JSON Lines that open
  with a ``version`` line, then ``team``, ``channel``, ``user``, ``post`` and ``direct_post`` lines. A post's
  replies are kept inside it (``replies``) and take their place here in time order among the channel's posts.
- The compliance report's ``posts.csv`` (``TeamName, ..., UserUsername, ..., PostCreateAt, ..., PostMessage,
  PostType, ...``) and the message export's CSV (``Post Creation Time, ..., Username, ..., Post Message, Post
  Type, ...``): one row per post.

Each channel is a conversation (``<stem>/<channel>``; a direct channel's members joined by ``+``), in the order the
file first names it; the speaker is the username, as Mattermost shows people by default. System posts (joins,
leaves, header changes: a type starting ``system_``) are left out, and so are reactions; a post of files alone
becomes a placeholder (``<attachment: name>``, ``media``). Times (milliseconds since 1970, or RFC 3339 in the
compliance report) are naive UTC.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes, iter_lines
from heart2heart.formats._chatjson import Tree, from_epoch, in_threads, is_zip
from heart2heart.formats.canonical_csv import delimiter, records
from heart2heart.model import Utterance

__all__ = ["READER", "MattermostReader"]

_EXAMPLE = (
    '{"type": "version", "version": 1} then {"type": "post", "post": {"channel": ..., "user": ..., "message": ...}}'
)

#: The CSV columns read, as the compliance report (``CompliancePostHeader``) and the message export name them.
_COLUMNS = {
    "speaker": ("UserUsername", "Username"),
    "text": ("PostMessage", "Post Message"),
    "time": ("PostCreateAt", "Post Creation Time"),
    "channel": ("ChannelName", "Channel Name"),
    "type": ("PostType", "Post Type"),
    "files": ("PostFileIds",),
}

# (channel, time, order in the file, speaker, text, media)
_Post = tuple[str, datetime | None, int, str, str, bool]


def _csv_header(fields: list[str]) -> dict[str, int] | None:
    """Where each read column is in a Mattermost CSV header, or None when the header is not one."""
    found: dict[str, int] = {}
    for key, names in _COLUMNS.items():
        index = next((fields.index(n) for n in names if n in fields), None)
        if index is not None:
            found[key] = index
    return found if {"speaker", "text", "time", "channel"} <= found.keys() else None


class MattermostReader:
    """Reader of Mattermost's bulk export (JSON Lines) and its compliance exports' CSV."""

    name: ClassVar[str] = "mattermost"
    summary: ClassVar[str] = "Mattermost bulk export (mmctl, JSON Lines) or compliance export CSV (posts.csv)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:  # the export's zip: its JSON Lines beside the attachments' data/ folder
            return 0.9 if _export_member(probe.names) is not None else 0.0
        first = next((ln for ln in probe.head.lstrip("\ufeff").splitlines() if ln.strip()), "").strip()
        if first.startswith("{"):
            return 0.97 if _is_version(first) else 0.0
        try:
            fields = next(csv.reader([first], delimiter=delimiter(first, probe.suffix)))
        except (csv.Error, StopIteration):
            return 0.0
        return 0.97 if _csv_header([f.strip() for f in fields]) is not None else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir() or is_zip(path):
            with Tree(path) as tree:
                member = _export_member(tree.names)
                if member is None:
                    raise ParseError(path, None, "no Mattermost export (a .jsonl file beside a data/ folder) in it")
                where = tree.where(member)
                text = decode_bytes(tree.read(member), where)
            if not _is_version(next((ln for ln in text.splitlines() if ln.strip()), "")):
                raise ParseError(where, 1, 'not a Mattermost bulk export (its first line is no {"type": "version"})')
            lines = enumerate(text.splitlines(), 1)
            yield from _conversations(path, self._bulk(where, lines))
            return
        first = next((line for _, line in iter_lines(path) if line.strip()), "").lstrip("\ufeff").lstrip()
        posts = self._bulk(path, iter_lines(path)) if first.startswith("{") else self._csv(path)
        yield from _conversations(path, posts)

    @staticmethod
    def _bulk(path: Path | str, lines: Iterable[tuple[int, str]]) -> Iterator[_Post]:
        order = 0
        for n, line in lines:
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one export object per line") from None
            if not isinstance(row, Mapping):
                raise ParseError(path, n, f"expected a JSON object such as {_EXAMPLE}")
            kind = row.get("type")
            if kind not in ("post", "direct_post"):
                continue  # the version, teams, channels, users, emoji, ...
            post = row.get(kind)
            if not isinstance(post, Mapping):
                raise ParseError(path, n, f"a {kind!r} line needs a {kind!r} object")
            if kind == "post":
                channel = post.get("channel")
            else:
                members = post.get("channel_members")
                channel = "+".join(map(str, members)) if isinstance(members, list) else None
            if not isinstance(channel, str) or not channel:
                raise ParseError(path, n, f"the {kind} names no channel")
            replies = post.get("replies")
            for message in (post, *(replies if isinstance(replies, list) else ())):
                found = _bulk_post(message, channel, order, path, n)
                order += 1
                if found is not None:
                    yield found

    @staticmethod
    def _csv(path: Path) -> Iterator[_Post]:
        columns: dict[str, int] | None = None
        width = 0
        for n, fields in records(path):
            if columns is None:
                columns = _csv_header([f.strip() for f in fields])
                if columns is None:
                    raise ParseError(path, n, "expected a Mattermost export header (UserUsername, PostMessage, ...)")
                width = len(fields)
                continue
            if len(fields) != width:
                raise ParseError(path, n, f"expected {width} columns, found {len(fields)}")
            kind = fields[columns["type"]] if "type" in columns else ""
            if kind.startswith("system_"):
                continue
            speaker, text = fields[columns["speaker"]], fields[columns["text"]]
            if not speaker.strip():
                raise ParseError(path, n, "empty username")
            media = False
            if not text.strip():
                files = fields[columns["files"]] if "files" in columns else ""
                if files.strip() in ("", "[]"):
                    continue  # nothing said and nothing sent
                text, media = "<attachment>", True
            yield fields[columns["channel"]], _time(fields[columns["time"]], path, n), n, speaker, text, media


def _is_version(line: str) -> bool:
    """Whether ``line`` is the version object a bulk export opens with."""
    try:
        row = orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return isinstance(row, dict) and row.get("type") == "version" and "version" in row


def _export_member(names: Iterable[str]) -> str | None:
    """The JSON Lines file of a bulk export's zip or folder (the one ``.jsonl`` at its top, with the attachments
    under ``data/``), else None."""
    names = list(names)
    listed = [n for n in names if n.endswith(".jsonl") and "/" not in n]
    if len(listed) != 1 or not (listed[0] == "import.jsonl" or any(n.startswith("data/") for n in names)):
        return None
    return listed[0]


def _bulk_post(message: Any, channel: str, order: int, path: Path | str, line: int) -> _Post | None:
    """One post or reply of the bulk export, or None for a system post or one with nothing in it."""
    if not isinstance(message, Mapping):
        raise ParseError(path, line, "every post and reply must be a JSON object")
    kind = message.get("type")
    if isinstance(kind, str) and kind.startswith("system_"):
        return None
    speaker, text = message.get("user"), message.get("message")
    if not isinstance(speaker, str) or not speaker.strip():
        raise ParseError(path, line, f"a post's 'user' must be a username, not {speaker!r}")
    if text is not None and not isinstance(text, str):
        raise ParseError(path, line, f"a post's 'message' must be a string, not {text!r}")
    when = _time(message.get("create_at"), path, line)
    if text and text.strip():
        return channel, when, order, speaker, text, False
    attachments = message.get("attachments")
    if not isinstance(attachments, list) or not attachments:
        return None
    first = attachments[0]
    name = str(first.get("path", "")).rstrip("/").rsplit("/", 1)[-1] if isinstance(first, Mapping) else ""
    return channel, when, order, speaker, f"<attachment: {name}>" if name else "<attachment>", True


def _time(value: Any, path: Path | str, line: int) -> datetime | None:
    """A post's time: milliseconds since 1970 (a number or its digits), or RFC 3339; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and not value.strip().isdigit():
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ParseError(path, line, f"not a time: {value!r}") from None
        return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when
    try:
        return from_epoch(int(value) / 1000)
    except (TypeError, ValueError, OverflowError, OSError):
        raise ParseError(path, line, f"not a time in milliseconds: {value!r}") from None


def _conversations(path: Path, posts: Iterable[_Post]) -> Iterator[Utterance]:
    """The posts as utterances, channel by channel (in the order the file first names them), each channel's in
    time order."""
    count = 0
    stream = (
        Utterance(f"{path.stem}/{ch}", 0, who, text, time=when, media=media) for ch, when, _, who, text, media in posts
    )
    for u in in_threads(stream):
        count += 1
        yield u
    if count == 0:
        raise ParseError(path, None, "no posts from people found in this Mattermost export")


READER = MattermostReader()
