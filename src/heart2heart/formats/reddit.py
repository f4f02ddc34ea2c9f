"""A Reddit thread saved as JSON (the thread's address with ``.json`` at the end): ``[{"kind": "Listing", ...
"children": [{"kind": "t3", "data": {"author", "title", "selftext", "created_utc"}}]}, {"kind": "Listing", ...
"children": [{"kind": "t1", "data": {"author", "body", "created_utc", "replies": {...}}}]}]``.

The post (its title, then its text) and every comment are one conversation, in the order the page shows them: each
comment followed by its replies, so that an answer comes right after what it answers (times then go back between
branches). The speaker is the author's username. A deleted or removed comment is a placeholder (``<deleted>``,
``media``), its author "[deleted]" when the account is gone; "load more comments" stubs are left out.
``created_utc`` is read as naive UTC. A thread runs over days, so it is never split at long silences.

Researchers' dumps (Pushshift, Arctic Shift: JSON Lines of submissions and comments) are read too, each thread
(``link_id``) a conversation in the file's order; the file is read whole to gather each thread's rows.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes, iter_lines
from heart2heart.formats._chatjson import from_epoch, line_of, load_json
from heart2heart.model import Utterance

__all__ = ["READER", "RedditReader"]

_GONE = frozenset(("[deleted]", "[removed]"))
_EXAMPLE = '[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"author": "sam", "title": ...}}]}}, ...]'


def _things(listing: Any) -> Iterator[Mapping[str, Any]]:
    """The posts and comments of a listing, replies included (depth first)."""
    if not isinstance(listing, Mapping):
        return
    data = listing.get("data")
    children = data.get("children") if isinstance(data, Mapping) else None
    for child in children if isinstance(children, list) else []:
        if not isinstance(child, Mapping) or child.get("kind") not in ("t1", "t3"):
            continue  # "more": comments not loaded
        thing = child.get("data")
        if not isinstance(thing, Mapping):
            raise TypeError("a post or comment needs its 'data'")
        yield {**thing, "kind": child["kind"]}
        yield from _things(thing.get("replies"))


def _utterance(thing: Mapping[str, Any], conversation: str) -> Utterance | None:
    author = thing.get("author")
    if not isinstance(author, str) or not author:
        raise TypeError("a post or comment needs an 'author'")
    if thing["kind"] == "t3":
        parts = [str(thing.get("title") or ""), str(thing.get("selftext") or "")]
        text = "\n\n".join(p.strip() for p in parts if p.strip() and p.strip() not in _GONE)
    else:
        text = str(thing.get("body") or "").strip()
    stamp = thing.get("created_utc")
    when = from_epoch(float(stamp)) if isinstance(stamp, int | float) and not isinstance(stamp, bool) else None
    if author in _GONE or text in _GONE:
        return Utterance(conversation, 0, author, "<deleted>", time=when, media=True)
    if not text:
        return None
    return Utterance(conversation, 0, author, html.unescape(text) if "&" in text else text, time=when)


class RedditReader:
    """Reader of a Reddit thread's JSON."""

    name: ClassVar[str] = "reddit"
    summary: ClassVar[str] = "a Reddit thread saved as JSON (its address with .json): the post and every comment"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        head = probe.head.lstrip("\ufeff \t\r\n")
        if probe.names:
            return 0.0
        if head.startswith("{"):  # a dump's JSON Lines: one submission or comment per line
            first = head.split("\n", 1)[0]
            keys = ('"author"', '"created_utc"', '"subreddit"')
            return 0.97 if all(k in first for k in keys) and ('"selftext"' in first or '"body"' in first) else 0.0
        if not head.startswith("["):
            return 0.0
        return 0.95 if '"Listing"' in head and ('"t3"' in head or '"t1"' in head) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Reddit thread's .json file, not a folder")
        with path.open("rb") as fh:
            start = decode_bytes(fh.read(64), path, partial=True).lstrip("\ufeff \t\r\n")
        if start.startswith("{"):
            yield from _dump(path)
            return
        raw = path.read_bytes()
        data = load_json(raw, path)
        if not isinstance(data, list):
            raise ParseError(path, 1, f"expected a list of listings ({_EXAMPLE})")
        found: list[Utterance] = []
        try:
            for thing in (t for listing in data for t in _things(listing)):
                u = _utterance(thing, path.stem)
                if u is not None:
                    found.append(u)
        except (TypeError, ValueError, OverflowError, OSError) as exc:
            raise ParseError(path, line_of(raw, '"children"'), f"bad Reddit post or comment ({exc})") from None
        if not found:
            raise ParseError(path, None, "no posts or comments found in this Reddit thread")
        yield from found


def _dump(path: Path) -> Iterator[Utterance]:
    """The threads of a dump's JSON Lines (Pushshift, Arctic Shift: submissions with ``title`` and ``selftext``,
    comments with ``body`` and ``link_id``), each thread a conversation in the file's order."""
    threads: dict[str, list[Utterance]] = {}
    for n, line in iter_lines(path):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one submission or comment per line") from None
        if not isinstance(row, Mapping):
            raise ParseError(path, n, "expected a submission or comment object")
        kind = "t3" if "title" in row or "selftext" in row else "t1"
        thread = str(row.get("link_id") or "") if kind == "t1" else str(row.get("name") or f"t3_{row.get('id', '')}")
        try:
            u = _utterance({**row, "kind": kind}, path.stem)
        except (TypeError, ValueError, OverflowError, OSError) as exc:
            raise ParseError(path, n, f"bad Reddit submission or comment ({exc})") from None
        if u is not None:
            threads.setdefault(thread, []).append(u)
    if not threads:
        raise ParseError(path, None, "no submissions or comments found in this Reddit dump")
    for thread, listed in threads.items():
        name = path.stem if len(threads) == 1 else f"{path.stem}/{thread}"
        yield from (Utterance(name, 0, u.speaker, u.text, time=u.time, media=u.media) for u in listed)


READER = RedditReader()
