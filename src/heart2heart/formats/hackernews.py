"""A Hacker News thread from the Algolia API (``https://hn.algolia.com/api/v1/items/<id>`` saved as JSON): the story or
comment, ``{"author", "created_at", "title", "text", "children": [...]}``, with its replies nested in ``children``.

The story (its title, then its text) and every reply are one conversation, in the order the page shows them: each
comment followed by its replies (times then go back between branches). The speaker is the author's username. The
words are the HTML text as a reader sees it; a deleted comment (no author, no text) is left out. ``created_at`` is
read as naive UTC. A thread runs over days, so it is never split at long silences.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import load_json, looks_like_json_object
from heart2heart.formats._html import text_of
from heart2heart.model import Utterance

__all__ = ["READER", "HackerNewsReader"]

_EXAMPLE = '{"id": 1, "type": "story", "author": "sam", "title": ..., "children": [{"type": "comment", ...}]}'


def _items(item: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    if depth > 500:
        raise ValueError("replies nested too deeply")
    if not isinstance(item, Mapping):
        raise TypeError("every item must be a JSON object")
    yield item
    children = item.get("children")
    for child in children if isinstance(children, list) else []:
        yield from _items(child, depth + 1)


def _utterance(item: Mapping[str, Any], conversation: str) -> Utterance | None:
    author = item.get("author")
    parts = [str(item.get("title") or ""), text_of(str(item.get("text") or ""))]
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    if not author or not text:
        return None  # a deleted comment
    stamp = item.get("created_at")
    when = datetime.fromisoformat(stamp) if isinstance(stamp, str) and stamp else None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return Utterance(conversation, 0, str(author), text, time=when)


class HackerNewsReader:
    """Reader of a Hacker News thread from the Algolia API."""

    name: ClassVar[str] = "hackernews"
    summary: ClassVar[str] = "a Hacker News thread from the Algolia API (items/<id> saved as JSON)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        marks = ('"children"', '"author"', '"created_at_i"')
        return 0.95 if all(m in head for m in marks) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Hacker News thread's .json file, not a folder")
        data = load_json(path.read_bytes(), path)
        try:
            found = [u for item in _items(data) if (u := _utterance(item, path.stem)) is not None]
        except (TypeError, ValueError) as exc:
            raise ParseError(path, 1, f"bad Hacker News item ({exc}; expected {_EXAMPLE})") from None
        if not found:
            raise ParseError(path, None, "no story or comments found in this Hacker News thread")
        yield from found


READER = HackerNewsReader()
