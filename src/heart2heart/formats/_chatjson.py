"""Helpers shared by the JSON chat readers (Telegram, Messenger, Discord, Slack).

- :func:`load_json`: bytes to a JSON value, ``ParseError`` with the line of a syntax error;
- :class:`Tree`: the files of an export given as a folder or a ``.zip``, by ``/``-separated name (:func:`is_zip`);
- :func:`fix_mojibake`: undo the latin-1-for-UTF-8 encoding of Facebook and Instagram exports;
- :func:`line_of`: the line where a token first occurs, to point errors at the offending message;
- :func:`sorted_by_time`: utterances sorted by time, stably, only when they are not already; :func:`in_threads`
  the same per conversation, for exports that mix several chats.
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import decode_bytes
from heart2heart.model import Utterance

__all__ = [
    "Tree",
    "fix_mojibake",
    "from_epoch",
    "in_threads",
    "is_zip",
    "line_of",
    "load_json",
    "looks_like_json_object",
    "sorted_by_time",
    "text_field",
]


def load_json(raw: bytes, where: str | Path) -> Any:
    """Parse one JSON document; empty or invalid input raises ParseError (with the line for syntax errors)."""
    text = decode_bytes(raw, where)
    if not text.strip():
        raise ParseError(where, None, "the file is empty")
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ParseError(where, exc.lineno, f"not valid JSON ({exc.msg})") from None


def looks_like_json_object(head: str) -> bool:
    """True when a file's first characters open a JSON object."""
    return head.lstrip("\ufeff \t\r\n")[:1] == "{"


def line_of(raw: bytes, *tokens: str) -> int | None:
    """1-based line of the first of ``tokens`` found in ``raw`` (None when none is found)."""
    for token in tokens:
        i = raw.find(token.encode())
        if i >= 0:
            return raw.count(b"\n", 0, i) + 1
    return None


def fix_mojibake(text: str) -> str:
    """Repair text whose UTF-8 bytes were stored as latin-1 code points ("Ã©" -> "é"); else return it as is."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def from_epoch(seconds: float) -> datetime:
    """A POSIX timestamp as a naive UTC datetime (exports that store epochs carry no wall-clock zone)."""
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def text_field(value: Any) -> str:
    """A text that is a string or a list of strings and ``{"text": ...}`` entities (Telegram), joined."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for item in value:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
                parts.append(item["text"])
            else:
                raise TypeError("text entities must be strings or objects with a 'text' string")
        return "".join(parts)
    raise TypeError("text must be a string or a list of entities")


def sorted_by_time(utterances: list[Utterance]) -> list[Utterance]:
    """The utterances sorted by ``time`` (stable, so equal times keep their order); untouched if already sorted."""
    times = [u.time for u in utterances]
    if all(a is None or b is None or a <= b for a, b in itertools.pairwise(times)):
        return utterances
    return sorted(utterances, key=lambda u: u.time or datetime.min)


def in_threads(utterances: Iterable[Utterance]) -> Iterator[Utterance]:
    """The utterances grouped by conversation (in the order each first appears), each conversation in time order
    (:func:`sorted_by_time`): for exports that list several chats' messages mixed, or newest first."""
    threads: dict[str, list[Utterance]] = {}
    for u in utterances:
        threads.setdefault(u.conversation, []).append(u)
    for listed in threads.values():
        yield from sorted_by_time(listed)


def is_zip(path: Path) -> bool:
    """Whether the file at ``path`` is a zip archive (by its first bytes)."""
    with path.open("rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


class Tree:
    """The files of an export given as a folder or a ``.zip``, by ``/``-separated relative name.

    Use as a context manager (a zip stays open while it is read).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self.names = sorted(p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file())
        else:
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise ParseError(path, None, f"not a readable folder or zip archive ({exc})") from None
            self.names = sorted(n for n in self._zip.namelist() if not n.endswith("/"))

    def __enter__(self) -> Tree:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._zip is not None:
            self._zip.close()

    def where(self, name: str) -> str:
        """How errors name a member: ``export.zip/general/2024-01-02.json``."""
        return f"{self.path}/{name}"

    def read(self, name: str) -> bytes:
        if self._zip is None:
            return (self.path / name).read_bytes()
        try:
            return self._zip.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            raise ParseError(self.where(name), None, f"cannot be read from the zip ({exc})") from None

    def load(self, name: str) -> Any:
        return load_json(self.read(name), self.where(name))

    def matching(self, names: Iterable[str]) -> list[str]:
        wanted = set(names)
        return [n for n in self.names if n.rsplit("/", 1)[-1] in wanted]
