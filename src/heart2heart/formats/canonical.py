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
before). Without a ``time``, the first of :data:`TIME_ALIASES` present stands for it (``timestamp``, ``sent_at``,
``ts``, ...), and may also be a Unix time (seconds or milliseconds); a value there that is none of these is left out
rather than refused, since such a column may mean something else.
A conversation whose times only ever go back (newest first, as LinkedIn's ``messages.csv`` lists messages) is read
oldest first (:func:`in_time_order`).

A JSON file holding one array of such objects (``[{"speaker": ...}, ...]``, as other tools save a list of
messages) is read the same way, each object's problems named by the line it starts on.

The rows are already split into conversations, so this reader never splits them again at long silences.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes, iter_lines
from heart2heart.formats._time import Clock, clock_seconds, time_of_day
from heart2heart.model import Utterance

__all__ = [
    "ALIASES",
    "READER",
    "TIME_ALIASES",
    "ContiguityCheck",
    "JsonlReader",
    "aliased",
    "canonical_keys",
    "field_name",
    "in_time_order",
    "own_time",
    "row_to_utterance",
]

_EXAMPLE = '{"conversation": "c1", "speaker": "Maya", "text": "How are you, really?", "start": 12.5}'

#: Other names of the canonical fields, lower case, in order of preference (datasets' and other tools' names: AnnoMI
#: writes ``transcript_id``, ``interlocutor``, ``utterance_text``). One stands for its field only when the field
#: itself is absent. Names of ``time`` are in :data:`TIME_ALIASES`: their values are read leniently.
ALIASES: dict[str, tuple[str, ...]] = {
    "conversation": ("conversation_id", "transcript_id", "dialog_id", "dialogue_id", "session_id", "chat_id",
                     "thread_id"),
    "speaker": ("interlocutor", "author", "sender", "participant", "name", "user", "from", "person", "who",
                "speaker_name", "sender_name", "author_name", "user_name", "username"),
    "text": ("utterance_text", "utterance", "message", "content", "body", "msg", "transcript", "sentence"),
}  # fmt: skip


#: Other names of ``time``, in order of preference. Unlike :data:`ALIASES`, a value that is not a date and time or a
#: time of day is skipped, not an error (AnnoMI's ``timestamp`` is a clock offset such as ``00:00:13``: read as one).
TIME_ALIASES = ("timestamp", "datetime", "date_time", "sent_at", "created_at", "time_sent", "sent", "ts", "date")

#: Unix times an alias's number may be, in seconds or milliseconds: 2001-09-09 to 2096-10-02.
_EPOCH_SECONDS = (1e9, 4e9)


def field_name(name: str) -> str:
    """A column or key name as the aliases spell it: lower case, spaces and hyphens as "_" ("CONVERSATION ID")."""
    return "_".join(name.strip().lstrip("\ufeff").lower().replace("-", " ").split())


def own_time(row: Any) -> bool:
    """Give a parsed row without ``time`` its first :data:`TIME_ALIASES` key (any case) as ``time``; True when the row
    has a ``time`` of its own (then a bad value is an error), False when it has none or an alias's."""
    if not isinstance(row, dict) or "time" in row:
        return isinstance(row, dict)
    lower = {field_name(key): key for key in row if isinstance(key, str)}
    alias = next((a for a in ("time", *TIME_ALIASES) if a in lower), None)
    if alias is not None:
        row["time"] = row.pop(lower[alias])
    return alias == "time"


def _epoch(value: Any) -> float | None:
    """Seconds since 1970 of a Unix time in seconds or milliseconds (a number, or a string of one), else None."""
    try:
        number = float(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else math.nan
    except ValueError:
        return None
    for scale in (1.0, 1000.0):
        if _EPOCH_SECONDS[0] <= number / scale <= _EPOCH_SECONDS[1]:
            return number / scale
    return None


def _when(value: Any, strict: bool, path: Path, line: int) -> datetime | float | None:
    """A ``time`` value: a naive date and time (UTC when it had an offset), the seconds of a time of day alone, or
    None (empty; or not a time, from an alias). A bad value of the row's own ``time`` is a ParseError."""
    if value is None or value == "":
        return None
    if not strict and (number := _epoch(value)) is not None:
        return datetime.fromtimestamp(number, UTC).replace(tzinfo=None)
    if isinstance(value, str):
        if (seconds := time_of_day(value)) is not None:
            return seconds
        stamp = value.strip()
        if stamp[-4:] in (" UTC", " GMT"):  # "2024-10-02 19:19:43 UTC" (LinkedIn)
            stamp = stamp[:-4] + "+00:00"
        try:
            when = datetime.fromisoformat(stamp)
            if when.tzinfo is not None:
                when = when.astimezone(UTC).replace(tzinfo=None)
        except (ValueError, OverflowError):  # not a date, or out of range once in UTC
            when = None
        if when is not None and (strict or ":" in value):  # an alias's bare date ("2024-03-14") says no time
            return when
    if not strict:
        return None
    if not isinstance(value, str):
        raise ParseError(path, line, f"'time' must be an ISO 8601 string or null, not {value!r}")
    raise ParseError(path, line, f"'time' is not an ISO 8601 date-time or a time of day: {value!r}")


def aliased(names: Iterable[str]) -> dict[str, str]:
    """For each canonical field missing from ``names`` (lower case), the first of its aliases among them."""
    present = set(names)
    found: dict[str, str] = {}
    for canonical, others in ALIASES.items():
        if canonical not in present:
            alias = next((name for name in others if name in present), None)
            if alias is not None:
                found[canonical] = alias
    return found


def canonical_keys(row: Any) -> Any:
    """A parsed JSON row with its aliased keys (:data:`ALIASES`, any case) renamed to the canonical ones; the row
    itself when it already has ``speaker`` and ``text`` or is not an object."""
    if not isinstance(row, dict) or ("speaker" in row and "text" in row):
        return row
    lower = {field_name(key): key for key in row if isinstance(key, str)}
    for canonical, others in ALIASES.items():
        if canonical in row:
            continue
        name = canonical if canonical in lower else next((a for a in others if a in lower), None)  # "Speaker" too
        if name is not None:
            row[canonical] = row.pop(lower[name])
    return row


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


def row_to_utterance(
    row: Any, path: Path, line: int, default_conversation: str, clock: Clock | None = None, strict_time: bool = True
) -> Utterance:
    """Check one canonical row (a parsed JSON object or CSV record) and turn it into an utterance; ``clock`` turns
    times of day into ``start`` (a new one for each file), ``strict_time`` False when ``time`` came from an alias."""
    if not isinstance(row, Mapping):
        raise ParseError(path, line, f"expected a JSON object such as {_EXAMPLE}")
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
    when = _when(row.get("time"), strict_time, path, line)
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


def _order_key(u: Utterance) -> tuple[int, Any] | None:
    return (0, u.time) if u.time is not None else (1, u.start) if u.start is not None else None


def in_time_order(stream: Iterable[Utterance]) -> Iterator[Utterance]:
    """The utterances as given, except that a conversation whose times only ever go back (newest first) comes
    reversed. A timed conversation's rows are held only until one goes forward in time; untimed ones stream."""
    current: str | None = None
    held: list[Utterance] = []
    passing = False  # the current conversation went forward in time (or has no times): stream it

    def release() -> Iterable[Utterance]:
        first, last = (_order_key(held[0]), _order_key(held[-1])) if held else (None, None)
        return reversed(held) if first is not None and last is not None and last < first else held

    for u in stream:
        if u.conversation != current:
            yield from release()
            held, current, passing = [], u.conversation, False
        if not passing:
            key = _order_key(u)
            last = _order_key(held[-1]) if held else None
            if key is None or (held and (last is None or key[0] != last[0] or key[1] > last[1])):
                passing = True
                yield from held
                held = []
            else:
                held.append(u)
                continue
        yield u
    yield from release()


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
            row = canonical_keys(row)
            u = row_to_utterance(row, path, n, path.stem, clock, own_time(row))
            check(u.conversation, n)
            yield u
            count += 1
        if count == 0:
            raise ParseError(path, None, f"no rows found (expected JSON lines such as {_EXAMPLE})")

    @staticmethod
    def _objects(path: Path) -> Iterator[tuple[int, Any]]:
        """(line, parsed row): one per non-blank line, or each element of a file that is one JSON array."""
        lines = iter_lines(path)
        for n, line in lines:
            if not line.strip():
                continue
            if line.lstrip().startswith("["):  # the whole file is one array (read at once: arrays do not stream)
                lines.close()
                text = decode_bytes(path.read_bytes(), path)
                yield from _array(path, text[text.index("[") :], n)
                return
            try:
                yield n, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one object per line") from None


READER = JsonlReader()
