"""A Discourse topic saved as JSON (the topic's address with ``.json``: ``/t/<slug>/<id>.json``): ``{"title",
"post_stream": {"posts": [{"username", "name", "cooked", "created_at", "post_type", ...}]}}``.

Every post is an utterance, in time order; the speaker is the username, as Discourse shows people. A post's words
are its rendered HTML (``cooked``) as text, without the posts it quotes (``<aside class="quote">``); moderator
actions and small actions (a topic closed, pinned, moved) are left out, and a deleted post is a placeholder
(``<deleted>``, ``media``). ``created_at`` is read as naive UTC. A topic runs over days, so it is never split at long
silences. A topic with more posts than one page holds has only its first page in this file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import line_of, load_json, looks_like_json_object, sorted_by_time
from heart2heart.formats._html import text_of
from heart2heart.model import Utterance

__all__ = ["READER", "DiscourseReader"]

_KEPT_TYPES = frozenset((1, 4))  # regular posts and whispers; 2 and 3 are moderator and small actions
_EXAMPLE = '{"title": ..., "post_stream": {"posts": [{"username": "sam", "cooked": "<p>hi</p>", "created_at": ...}]}}'


def _utterance(post: Any, conversation: str) -> Utterance | None:
    if not isinstance(post, Mapping):
        raise TypeError("every post must be a JSON object")
    if post.get("post_type", 1) not in _KEPT_TYPES or post.get("action_code"):
        return None
    speaker = post.get("username") or post.get("name")
    if not isinstance(speaker, str) or not speaker:
        raise TypeError("a post needs a 'username'")
    stamp = post.get("created_at")
    when = datetime.fromisoformat(stamp) if isinstance(stamp, str) and stamp else None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    if post.get("deleted_at") or post.get("user_deleted"):
        return Utterance(conversation, 0, speaker, "<deleted>", time=when, media=True)
    cooked = post.get("cooked")
    text = text_of(cooked) if isinstance(cooked, str) else str(post.get("raw") or "").strip()
    return Utterance(conversation, 0, speaker, text, time=when) if text else None


class DiscourseReader:
    """Reader of a Discourse topic's JSON."""

    name: ClassVar[str] = "discourse"
    summary: ClassVar[str] = "a Discourse forum topic saved as JSON (/t/<slug>/<id>.json)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        return 0.95 if '"post_stream"' in head and '"posts"' in head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Discourse topic's .json file, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        stream = data.get("post_stream") if isinstance(data, Mapping) else None
        posts = stream.get("posts") if isinstance(stream, Mapping) else None
        if not isinstance(posts, list):
            raise ParseError(path, line_of(raw, '"post_stream"') or 1, f"expected {_EXAMPLE}")
        found: list[Utterance] = []
        for post in posts:
            try:
                u = _utterance(post, path.stem)
            except (TypeError, ValueError) as exc:
                ident = post.get("id") if isinstance(post, Mapping) else None
                at = line_of(raw, f'"id": {ident},', f'"id":{ident},') if ident is not None else None
                raise ParseError(path, at or line_of(raw, '"posts"'), f"bad Discourse post ({exc})") from None
            if u is not None:
                found.append(u)
        if not found:
            raise ParseError(path, None, "no posts found in this Discourse topic")
        yield from sorted_by_time(found)


READER = DiscourseReader()
