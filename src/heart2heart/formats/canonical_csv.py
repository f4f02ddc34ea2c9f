"""The canonical rows of DESIGN.md as CSV (what ``h2h convert --to csv`` writes), read back, streaming.

A header row naming the columns (any order, case-insensitive, spaces as underscores; the fields separated by
commas, or by semicolons, tabs or bars when the header says so, as a ``.tsv`` file or a spreadsheet's CSV in a
locale with decimal commas has it) with at least ``speaker`` and
``text``; optional ``conversation``, ``index``, ``start``, ``end``, ``time``, ``role``, ``media`` (true/false/1/0)
and ``labels`` (a JSON object); other columns are ignored. Empty cells mean null; an empty ``conversation`` is the
file's stem. The rows of one conversation must be contiguous. Problems are :class:`~heart2heart.errors.ParseError`
with the line.

Datasets and exports name the same columns otherwise (AnnoMI: ``transcript_id``, ``interlocutor``,
``utterance_text``); the names in :data:`ALIASES` are read as the canonical column when that one is absent, and
the first of :data:`~heart2heart.formats._fields.TIME_ALIASES` (``timestamp``, ``sent_at``, ...) as ``time``.
Times are read as in the JSONL reader: a date and time, or a time of day alone (a ``date,time,...`` export) as
seconds from the conversation's first.

DiscordChatExporter's CSV (the header ``AuthorID,Author,Date,Content,Attachments,Reactions``) writes server and
group events as messages of their author ("Joined the server.", "Pinned a message.", "Started a call that lasted 3
minutes."): those rows are left out, as the Discord JSON reader leaves them out, and a message of attachments alone
becomes a placeholder (``<attachment: photo.jpg>``, ``media``).

Some datasets give one row per coder of an utterance (``AnnoMI-full.csv``: ten rows for each utterance of the
transcripts every coder labelled). A row that repeats the previous row's conversation, utterance id
(``utterance_id``, else ``index``), speaker and text is that utterance again and is read once.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import orjson

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._fields import ALIASES, TIME_ALIASES, aliased, field_name, in_time_order
from heart2heart.formats._time import Clock
from heart2heart.formats.canonical import ContiguityCheck, row_to_utterance
from heart2heart.model import Utterance

__all__ = ["ALIASES", "READER", "CsvReader", "delimiter", "records"]

_TRUE = frozenset(["true", "1", "yes"])
_FALSE = frozenset(["false", "0", "no", ""])
_HEADER_HINT = "expected a header row with at least the columns speaker,text (see `h2h formats`)"

#: DiscordChatExporter's CSV header (``CsvMessageWriter``), as :func:`field_name` spells it.
_DISCORD_HEADER = ["author_id", "author", "date", "content", "attachments", "reactions"]
#: The texts DiscordChatExporter writes for server and group events (``GetFallbackContent``).
_DISCORD_EVENT = re.compile(
    r"Added .{1,100} to the group\.|Added a recipient\.|Left the group\.|Removed .{1,100} from the group\."
    r"|Removed a recipient\.|Started a call that lasted [\d,]+ minutes\.|Changed the channel name(?:\.|: .*)"
    r"|Changed the channel icon\.|Pinned a message\.|Started a thread\.|Joined the server\.",
    re.S,
)


def _discord(record: dict[str, Any]) -> dict[str, Any] | None:
    """A DiscordChatExporter CSV record as a message: None for an event, a placeholder for attachments alone."""
    text = record["text"]
    if _DISCORD_EVENT.fullmatch(text):
        return None
    attachments = record.get("attachments")
    if not text.strip() and attachments:
        name = attachments.split(",")[0].rstrip("/").rsplit("/", 1)[-1].split("?")[0]
        record["text"] = f"<attachment: {name}>" if name else "<attachment>"
        record["media"] = True
    return record


def delimiter(header: str, suffix: str = "") -> str:
    """The field delimiter of a file whose header line is ``header``: a tab for ``.tsv``, else whichever of ",",
    ";" (a spreadsheet's CSV in a locale with decimal commas), tab and "|" splits the header into the most columns
    (a comma when none does)."""
    if suffix in (".tsv", ".tab"):
        return "\t"
    best, most = ",", 1
    for candidate in (",", ";", "\t", "|"):
        try:
            n = len(next(csv.reader([header], delimiter=candidate)))
        except (csv.Error, StopIteration):
            continue
        if n > most:
            best, most = candidate, n
    return best


def _columns(row: list[str]) -> list[str]:
    """The header's column names, lower-cased, with the first alias present of each absent canonical column
    renamed to it (:data:`~heart2heart.formats._fields.ALIASES`), and the first time alias (``TIME_ALIASES``) to
    ``time`` when there is none."""
    columns = [field_name(c) for c in row]
    for canonical, alias in aliased(columns).items():
        columns[columns.index(alias)] = canonical
    stand_in = next((a for a in TIME_ALIASES if a in columns), None) if "time" not in columns else None
    if stand_in is not None:
        columns[columns.index(stand_in)] = "time"
    return columns


def _record(header: list[str], values: list[str], path: Path, line: int) -> dict[str, Any]:
    """A CSV record as a canonical row: empty cells become null, media a bool and labels parsed JSON."""
    row: dict[str, Any] = {}
    for key, value in zip(header, values, strict=True):
        row[key] = None if value == "" and key not in ("speaker", "text") else value
    media = row.get("media")
    if media is not None:
        if media.strip().lower() in _TRUE:
            row["media"] = True
        elif media.strip().lower() in _FALSE:
            row["media"] = False
        else:
            raise ParseError(path, line, f"'media' must be true or false, not {media!r}")
    labels = row.get("labels")
    if labels is not None:
        try:
            row["labels"] = orjson.loads(labels)
        except orjson.JSONDecodeError:
            raise ParseError(path, line, "'labels' is not a JSON object") from None
    return row


def records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(the line a record starts on, its fields) for each non-blank record of a CSV file, streaming, split by
    :func:`delimiter` of its first line; bad CSV is a ParseError naming the line."""
    numbered = iter_lines(path)
    line_no = 0

    def lines() -> Iterator[str]:
        nonlocal line_no
        for n, line in numbered:
            line_no = n
            yield line + "\n"

    first = next((line for _, line in iter_lines(path) if line.strip()), "")
    reader = csv.reader(lines(), delimiter=delimiter(first.lstrip("\ufeff"), path.suffix.lower()))
    while True:
        start = line_no + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ParseError(path, line_no or 1, f"bad CSV ({exc})") from None
        if values and (len(values) > 1 or values[0].strip()):
            yield start, values


class CsvReader:
    """Reader of canonical CSV rows."""

    name: ClassVar[str] = "csv"
    summary: ClassVar[str] = "heart2heart canonical rows as CSV (conversation,index,speaker,text,start,end,time,role)"
    example: ClassVar[str] = "conversation,index,speaker,text,start,end,time,role / c1,0,Maya,How are you?,12.5,14.0,,"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """Near-certain when the first line is a CSV header with speaker and text columns (any delimiter)."""
        if probe.names:
            return 0.0
        first = next((ln for ln in probe.head.lstrip("\ufeff").splitlines() if ln.strip()), "")
        try:
            header = _columns(next(csv.reader([first], delimiter=delimiter(first, probe.suffix))))
        except (csv.Error, StopIteration):
            return 0.0
        return 0.95 if "speaker" in header and "text" in header and len(header) >= 2 else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        return in_time_order(self._rows(path))

    def _rows(self, path: Path) -> Iterator[Utterance]:
        check = ContiguityCheck(path)
        clock = Clock()
        strict_time = True
        header: list[str] | None = None
        same: str | None = None  # the utterance id column, when there is one
        discord = False
        last: tuple[Any, ...] | None = None
        count = 0
        for record_start, values in records(path):
            if header is None:
                header = _columns(values)
                if "speaker" not in header or "text" not in header:
                    raise ParseError(path, record_start, _HEADER_HINT)
                same = next((c for c in ("utterance_id", "index") if c in header), None)
                strict_time = "time" in map(field_name, values)  # its own column: a bad time is an error
                discord = [field_name(v) for v in values] == _DISCORD_HEADER
                continue
            if len(values) != len(header):
                raise ParseError(path, record_start, f"expected {len(header)} columns, found {len(values)}")
            record = _record(header, values, path, record_start)
            if discord:
                message = _discord(record)
                if message is None:
                    continue
                record = message
            if same is not None:
                key = (record.get("conversation"), record[same], record["speaker"], record["text"])
                if key == last and record[same] is not None:
                    continue  # the same utterance again, from another coder
                last = key
            u = row_to_utterance(record, path, record_start, path.stem, clock, strict_time)
            check(u.conversation, record_start)
            yield u
            count += 1
        if header is None:
            raise ParseError(path, 1, _HEADER_HINT)
        if count == 0:
            raise ParseError(path, None, "a header but no rows")


READER = CsvReader()
