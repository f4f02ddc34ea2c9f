"""The canonical JSON Lines rows of DESIGN.md (what ``h2h convert`` writes), read back, streaming.

One JSON object per line with ``speaker`` and ``text`` (required) and ``conversation``, ``index``, ``start``,
``end``, ``time``, ``role``, ``media``, ``labels`` (optional). A missing or empty ``conversation`` defaults to the
file's stem; ``index`` is ignored (utterances are renumbered in file order). The rows of one conversation must be
contiguous. Blank lines are skipped. Every problem is a :class:`~heart2heart.errors.ParseError` naming the line.

Rows written by other tools name the same fields otherwise (``{"author": "Maya", "message": "hi"}``): a key in
:data:`ALIASES` (matched whatever its case) stands for its canonical key when the row has none, as in the CSV reader.

Times: ``start`` and ``end`` are seconds, or clocks as transcripts write them (``00:01:02.500``, ``1:02``).
``time`` is an ISO 8601 date and time (with an offset or ``Z``, it is turned into UTC). A time of day alone
(``20:26:02``, ``8:26 PM``), as exports with separate date and time columns give it, sets ``start`` instead: seconds
from the conversation's first such time (past midnight when a time is more than 12 hours earlier than the one
before). Without a ``time``, the first of the time's other names present stands for it (``timestamp``, ``sent_at``,
``ts``, ...: :mod:`heart2heart.formats._fields`), and may also be a Unix time (seconds or milliseconds); a value
there that is none of these is left out rather than refused, since such a column may mean something else. A
conversation whose times only ever go back (newest first, as LinkedIn's ``messages.csv`` lists messages) is read
oldest first (:func:`~heart2heart.formats._fields.in_time_order`).

A JSON file holding one array of such objects (``[{"speaker": ...}, ...]``, as other tools save a list of
messages) is read the same way, each object's problems named by the line it starts on.

The rows are already split into conversations, so this reader never splits them again at long silences.
"""

from __future__ import annotations

import html
import json
import math
import re
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats._base import Probe, decode_bytes, iter_lines, shown
from heart2heart.formats._fields import ALIASES, canonical_fields, canonical_keys, field_name, in_time_order, when_of
from heart2heart.formats._names import UNKNOWN
from heart2heart.formats._time import Clock, clock_seconds
from heart2heart.model import Utterance

__all__ = [
    "ALIASES",
    "READER",
    "ContiguityCheck",
    "JsonlReader",
    "json_row",
    "read_whole",
    "row_to_utterance",
    "segments_head",
]

_EXAMPLE = '{"conversation": "c1", "speaker": "Maya", "text": "How are you, really?", "start": 12.5}'


def _number(row: Mapping[str, Any], key: str, path: Path, line: int) -> float | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError(path, line, f"{key!r} must be a number of seconds or null, not {value!r}")
    try:
        number = clock_seconds(value) if isinstance(value, str) and ":" in value else float(value)
    except (TypeError, ValueError):
        raise ParseError(
            path, line, f"{key!r} must be a number of seconds, a clock such as 00:01:02.5, or null, not {value!r}"
        ) from None
    if not math.isfinite(number):
        raise ParseError(path, line, f"{key!r} must be a finite number of seconds, not {value!r}")
    return number


#: Keys (as :func:`field_name` spells them) under which other tools' rows name a message's attachment.
_ATTACHMENT_KEYS = ("attachment", "attachments", "attachment_name", "attachment_url", "file", "file_name", "filename",
                    "files", "media_url", "media_file", "photo", "image", "sticker", "gif", "audio", "video",
                    "voice_note")  # fmt: skip


def _attachment_text(row: Mapping[str, Any]) -> str | None:
    """The placeholder of a row without words that sends an attachment (``<attachment: IMG_5530.jpg>``, or
    ``<media>`` when it is not named), or None when it names none."""
    if row.get("media") is True:
        return "<media>"
    for key, value in row.items():
        if isinstance(key, str) and value and field_name(key) in _ATTACHMENT_KEYS:
            first = value[0] if isinstance(value, list) else value
            name = first if isinstance(first, str) else None
            return f"<attachment: {name.rsplit('/', 1)[-1].strip()}>" if name and name.strip() else "<media>"
    return None


def row_to_utterance(
    row: Any, path: Path, line: int, default_conversation: str, clock: Clock | None = None, strict_time: bool = True
) -> Utterance:
    """Check one canonical row (a parsed JSON object or CSV record) and turn it into an utterance; ``clock`` turns
    times of day into ``start`` (a new one for each file), ``strict_time`` False when ``time`` came from an alias."""
    if not isinstance(row, Mapping):
        raise ParseError(path, line, f"expected a JSON object such as {_EXAMPLE}")
    if (row.get("text") is None or row.get("text") == "") and (placeholder := _attachment_text(row)) is not None:
        row = {**row, "text": placeholder, "media": True}  # a photo, voice note or sticker sent without words
    for key in ("speaker", "text"):
        if key not in row or row[key] is None:
            raise ParseError(path, line, f"missing {key!r} (every row needs a speaker and a text)")
        if not isinstance(row[key], str):
            raise ParseError(path, line, f"{key!r} must be a string, not {row[key]!r}")
    if not row["speaker"].strip():
        raise ParseError(path, line, "empty 'speaker'")
    conversation = row.get("conversation")
    if conversation is None or conversation == "":
        conversation = default_conversation
    elif isinstance(conversation, (str, int)) and not isinstance(conversation, bool):
        conversation = str(conversation)
    else:
        raise ParseError(path, line, f"'conversation' must be a string, not {conversation!r}")
    role = row.get("role")
    if role is not None and not isinstance(role, str):
        raise ParseError(path, line, f"'role' must be a string or null, not {role!r}")
    media = row.get("media")
    if media is not None and not isinstance(media, bool):
        raise ParseError(path, line, f"'media' must be true or false, not {media!r}")
    when = when_of(row.get("time"), strict_time, path, line)
    labels = row.get("labels")
    if labels is not None and not isinstance(labels, Mapping):
        raise ParseError(path, line, f"'labels' must be an object or null, not {labels!r}")
    start, end = _number(row, "start", path, line), _number(row, "end", path, line)
    if isinstance(when, float):
        if start is None:
            start = (clock or Clock()).start(conversation, when)
        when = None
    if start is not None and end is not None and end < start:
        raise ParseError(path, line, f"'end' ({end:g}) is before 'start' ({start:g})")
    clean = {
        "conversation": conversation,
        "speaker": row["speaker"],
        "text": row["text"],
        "start": start,
        "end": end,
        "time": None,
        "role": role or None,
        "media": bool(media),
        "labels": labels,
    }
    try:
        u = Utterance.from_row(clean)
    except ValueError as exc:
        raise ParseError(path, line, f"bad value in row ({exc})") from None
    except (KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise ParseError(path, line, f"bad value in row ({exc})") from None
    if when is None:
        return u
    return Utterance(u.conversation, u.index, u.speaker, u.text, u.start, u.end, when, u.role, u.media, u.labels)


def json_row(row: Any, path: Path, line: int, default_conversation: str, clock: Clock) -> Utterance:
    """One parsed JSON row as an utterance: other tools' keys read as the canonical ones
    (:func:`~heart2heart.formats._fields.canonical_fields`), an author given as an object read by its name, then
    :func:`row_to_utterance`. What every reader of JSON rows calls."""
    row, strict_time = canonical_fields(row)
    if isinstance(row, dict) and isinstance(row.get("speaker"), Mapping):  # {"author": {"id": ..., "name": ...}}
        row["speaker"] = _name(row["speaker"], {})
    return row_to_utterance(row, path, line, default_conversation, clock, strict_time)


class ContiguityCheck:
    """Raises when a conversation's rows come back after another conversation's rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.current: str | None = None
        self.seen: set[str] = set()

    def __call__(self, conversation: str, line: int) -> None:
        if conversation == self.current:
            return
        if conversation in self.seen:
            raise ParseError(
                self.path, line, f"rows of conversation {conversation!r} must be contiguous (it appeared earlier)"
            )
        self.seen.add(conversation)
        self.current = conversation


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"\s*")


def _first_element(text: str) -> Any:
    """The first element of the JSON array ``text`` starts (it may be cut short after it), else None."""
    start = _SPACE.match(text, 1).end()  # type: ignore[union-attr]  # \s* always matches
    try:
        return _DECODER.raw_decode(text, start)[0]
    except (ValueError, RecursionError):
        return None


def _array(path: Path, text: str, first_line: int) -> Iterator[tuple[int, Any]]:
    """(line, element) of the JSON array that is the whole of ``text`` (starting with its "[", on ``first_line``);
    a ParseError names the line."""
    pos, line, counted = 1, first_line, 0

    def line_at(at: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, at)
        counted = at
        return line

    pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            try:
                element, end = _DECODER.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise ParseError(path, line_at(exc.pos), f"bad JSON in the array ({exc.msg})") from None
            except RecursionError:
                raise ParseError(path, line_at(pos), "bad JSON in the array (nested too deeply)") from None
            yield line_at(pos), element
            pos = _SPACE.match(text, end).end()  # type: ignore[union-attr]
            if text.startswith("]", pos):
                pos += 1
                break
            if not text.startswith(",", pos):
                raise ParseError(path, line_at(pos), "bad JSON in the array (expected ',' or ']')")
            pos = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
    rest = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
    if rest < len(text):
        raise ParseError(path, line_at(rest), "bad JSON: more after the array's closing ']'")


def read_whole(head: str) -> bool:
    """Whether the JSONL reader reads a file with this start (after spaces) whole rather than line by line: one
    array of rows, a transcriber's segments, or another app's chat export (its first line no JSON row)."""
    if head.startswith("[") or segments_head(head):
        return True
    if not head.startswith("{"):
        return False
    try:
        first = orjson.loads(head.split("\n", 1)[0])
    except orjson.JSONDecodeError:
        return True
    return _chat_of(first) is not None


def segments_head(head: str) -> bool:
    """Whether a file's start (after spaces) looks like a transcriber's JSON object of ``segments`` (WhisperX) or
    ``sentences`` (Fireflies.ai)."""
    return (
        head.startswith("{")
        and ('"segments"' in head[:4000] or '"sentences"' in head[:8000])
        and '"text"' in head
        and ('"start"' in head or '"speaker"' in head or '"speaker_name"' in head or '"start_time"' in head)
    )


def _segments(path: Path) -> list[tuple[int, Any]] | None:
    """The segments of a transcriber's JSON, WhisperX's (``{"segments": [{"start", "end", "text", "speaker",
    "words"}...]}``), Whisper's own, or Fireflies.ai's (``{"sentences": [{"speaker_name", "text", "start_time",
    "end_time"}...]}``), each with the line of its list; a segment without a speaker (Whisper does not diarise;
    WhisperX leaves a few) is "Unknown". None when the file is no such object."""
    text = decode_bytes(path.read_bytes(), path)
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    key = next((k for k in ("segments", "sentences") if isinstance(data, dict) and isinstance(data.get(k), list)), None)
    if key is None:
        return None
    line = 1 + text.count("\n", 0, max(0, text.find(f'"{key}"')))
    segments = [canonical_keys(s) for s in data[key]]
    if segments and not any(isinstance(s, dict) and "speaker" in s for s in segments):
        warnings.warn(f"{shown(path)}: no speakers in the {key}; all are attributed to {UNKNOWN!r}", H2HWarning,
                      stacklevel=4)  # fmt: skip
    rows: list[tuple[int, Any]] = []
    for segment in segments:
        if isinstance(segment, dict):
            segment = {"speaker": UNKNOWN, **segment}  # a segment's own speaker wins
            if isinstance(segment.get("text"), str):
                segment["text"] = segment["text"].strip()  # Whisper's segments start with a space
        rows.append((line, segment))
    return rows


#: Keys under which a chat app's JSON export keeps its conversation, and the names people have in it.
_CHAT_KEYS = ("conversation", "chat", "thread", "channel", "data")
_NAME_KEYS = ("display_name", "displayName", "name", "full_name", "username", "nickname", "handle", "id")
_TAG = re.compile(r"<[^>]+>")


def _chat_of(data: Any) -> Mapping[str, Any] | None:
    """The object holding a chat app's list of messages (``messages``, or Skype's ``MessageList``): the file's top,
    one level under a key such as ``conversation``, or the first of its ``conversations`` (Skype); None when there
    is none."""
    if not isinstance(data, Mapping):
        return None
    listed = data.get("conversations")
    first = listed[0] if isinstance(listed, list) and listed else None
    for chat in (data, *(data.get(k) for k in _CHAT_KEYS), first):
        if not isinstance(chat, Mapping):
            continue
        messages = chat.get("messages", chat.get("MessageList"))
        if isinstance(messages, list) and messages and all(isinstance(m, Mapping) for m in messages[:50]):
            return chat
    return None


def _name(value: Any, people: Mapping[str, str]) -> Any:
    """A speaker's name from a nested author (``{"id": "u_4791"}``, ``{"name": "Elif"}``) or an id, through the
    chat's participants."""
    if isinstance(value, Mapping):
        ident = value.get("id")
        if ident is not None and str(ident) in people:
            return people[str(ident)]
        return next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str | int)), value)
    return people.get(str(value), value) if isinstance(value, str | int) else value


def _nested(path: Path) -> list[tuple[int, Any]] | None:
    """The messages of another chat app's JSON export (``{"conversation": {"participants": [...], "messages":
    [...]}}``, authors and texts possibly nested), as flat rows the reader reads, each with the line of
    ``"messages"``; None when the file is no such object. Authors given by id take the participant's name; a
    message without words is a media placeholder."""
    text = decode_bytes(path.read_bytes(), path)
    try:
        chat = _chat_of(orjson.loads(text))
    except orjson.JSONDecodeError:
        return None
    if chat is None:
        return None
    people: dict[str, str] = {}
    listed = chat.get("participants") or chat.get("members") or chat.get("users")
    for person in listed if isinstance(listed, list) else []:
        if isinstance(person, Mapping) and person.get("id") is not None:
            name = next((person[k] for k in _NAME_KEYS[:-1] if isinstance(person.get(k), str)), None)
            if name:
                people[str(person["id"])] = name
    line = 1 + text.count("\n", 0, max(0, text.find('"messages"')))
    rows: list[tuple[int, Any]] = []
    for message in chat.get("messages", chat.get("MessageList")):
        if not isinstance(message, Mapping):
            rows.append((line, message))  # the reader says what is wrong with it
            continue
        kind = message.get("messagetype")
        if isinstance(kind, str) and not kind.startswith(("Text", "RichText")):
            continue  # Skype's calls, joins and other events
        row = canonical_keys(dict(message))
        row["speaker"] = _name(row.get("speaker"), people)
        body = row.get("text")
        if isinstance(body, str) and kind is not None and ("<" in body or "&" in body):
            row["text"] = html.unescape(_TAG.sub("", body))  # Skype's rich text: links and entities
        elif isinstance(body, Mapping):
            words = next((body[k] for k in ("text", "content", "body", "message") if isinstance(body.get(k), str)), "")
            row["text"], row["media"] = (words, False) if words.strip() else ("<media>", True)
        rows.append((line, row))
    return rows


class JsonlReader:
    """Reader of canonical JSON Lines rows (or one JSON array of them)."""

    name: ClassVar[str] = "jsonl"
    summary: ClassVar[str] = "heart2heart canonical rows, JSON Lines (what `h2h convert` writes) or a JSON array"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """Near-certain when the first line is a JSON object with "speaker" and "text" (or their aliases)."""
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff").lstrip()
        if head.startswith("["):  # an array of rows (its first element one), below exports' own arrays (Slack: 0.6)
            row = canonical_keys(_first_element(head))
            return 0.5 if isinstance(row, dict) and "speaker" in row and "text" in row else 0.0
        first = next((ln for ln in probe.head.lstrip("\ufeff").splitlines() if ln.strip()), "")
        if not first.lstrip().startswith("{"):
            return 0.0
        if segments_head(head):
            return 0.6  # a transcriber's JSON (WhisperX): below the chat exports' own objects
        if ('"messages"' in head or '"MessageList"' in head) and any(
            f'"{key}"' in head for key in ("author", "sender", "from", "creator", "displayName")
        ):
            return 0.4  # another chat app's JSON export, below the chat exports' own readers
        try:
            row = canonical_keys(orjson.loads(first))
        except orjson.JSONDecodeError:
            return 0.0
        if isinstance(row, dict) and "speaker" in row and "text" in row:
            return 0.95
        return 0.3 if isinstance(row, dict) and probe.suffix in (".jsonl", ".ndjson") else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        return in_time_order(self._rows(path))

    def _rows(self, path: Path) -> Iterator[Utterance]:
        check = ContiguityCheck(path)
        clock = Clock()
        count = 0
        for n, row in self._objects(path):
            if isinstance(row, Mapping) and (row.get("system") is True or row.get("sender_type") == "system"):
                continue  # an app's own notice in its message list (GroupMe: "Sam changed the group's name")
            u = json_row(row, path, n, path.stem, clock)
            check(u.conversation, n)
            yield u
            count += 1
        if count == 0:
            raise ParseError(path, None, f"no rows found (expected JSON lines such as {_EXAMPLE})")

    @staticmethod
    def _objects(path: Path) -> Iterator[tuple[int, Any]]:
        """(line, parsed row): one per non-blank line, each element of a file that is one JSON array, or each
        segment of a transcriber's JSON (``{"segments": [...]}``)."""
        lines = iter_lines(path)
        first = True
        for n, line in lines:
            if not line.strip():
                continue
            if first and line.lstrip().startswith("["):  # the file is one array (read at once: arrays do not stream)
                lines.close()
                text = decode_bytes(path.read_bytes(), path)
                yield from _array(path, text[text.index("[") :], n)
                return
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                segments = (_segments(path) or _nested(path)) if first and line.lstrip().startswith("{") else None
                if segments is None:
                    raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one object per line") from None
                lines.close()
                yield from segments
                return
            if first and isinstance(row, dict) and any(isinstance(row.get(k), list) for k in ("segments", "sentences")):
                lines.close()
                yield from _segments(path) or []
                return
            if first and isinstance(row, dict) and _chat_of(row) is not None:
                lines.close()
                yield from _nested(path) or []
                return
            first = False
            yield n, row


READER = JsonlReader()
