"""Writing annotated utterances as JSON Lines, streaming and atomically, with an optional progress bar.

Canonical JSONL input takes a fast path: each line's bytes are parsed with orjson and checked as the canonical
reader checks them; any row the quick check does not accept goes through the reader's own
:func:`~heart2heart.formats.canonical.json_row`, so errors, normalisation and order (a conversation listed newest
first is reversed) stay identical. Rows are
encoded at once (without ``labels``) and gathered in :class:`RowBatch` es; the labels are computed by a
:class:`~heart2heart.annotate.stream.StreamLabeller` (in a second process when the input is large, see
:mod:`heart2heart.annotate.worker`) and written as cached encoded fragments spliced onto the row bytes.
"""

from __future__ import annotations

import codecs
import contextlib
import math
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

import orjson

from heart2heart._io import open_output
from heart2heart.annotate.pipeline import BATCH_SIZE, Pipeline
from heart2heart.annotate.stream import LabelFragments, Labelled, StreamLabeller
from heart2heart.errors import ParseError
from heart2heart.formats._base import decode_line

STREAM_BATCH = 4096
"""Utterances per batch of `h2h annotate` (fewer numpy calls per utterance than 2,048; same output)."""

__all__ = ["RowBatch", "canonical_rows", "iter_batches", "iter_rows", "write_annotated", "write_batches"]

_NUMBER = (int, float)


def _plain_number(value: object) -> bool:
    return value is None or (type(value) in _NUMBER and math.isfinite(value))  # type: ignore[arg-type]


def _plain_row(row: object, stem: str) -> dict[str, Any] | None:
    """The canonical row (``index`` 0) of a parsed JSON line that needs no checking beyond its types: a speaker and
    a text, no wall-clock time, finite seconds. None for anything else, which the reader then parses (and reports
    with its file and line when wrong)."""
    if type(row) is not dict:
        return None
    speaker, text, conv = row.get("speaker"), row.get("text"), row.get("conversation")
    start, end, role, media = row.get("start"), row.get("end"), row.get("role"), row.get("media")
    labels = row.get("labels")
    if not (
        type(speaker) is str
        and type(text) is str
        and speaker.strip()
        and (conv is None or type(conv) is str)
        and _plain_number(start)
        and _plain_number(end)
        and row.get("time") is None
        and (role is None or type(role) is str)
        and (media is None or type(media) is bool)
        and (labels is None or type(labels) is dict)
        and (start is None or end is None or end >= start)
    ):
        return None
    return {
        "conversation": conv or stem,
        "index": 0,
        "speaker": speaker,
        "text": text,
        "start": None if start is None else float(start),
        "end": None if end is None else float(end),
        "time": None,
        "role": role or None,
        "media": bool(media),
    }


def _ordered(path: Path, objects: Iterable[tuple[int, object]]) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    """The canonical rows of a canonical JSONL file's parsed lines, each conversation listed newest first reversed
    as the JSONL reader does (:func:`~heart2heart.formats._fields.in_time_order`): ``(conversation, order key,
    row)``, the row's ``index`` still to be counted."""
    from heart2heart.formats._fields import in_time_order_by, order_key
    from heart2heart.formats._time import Clock
    from heart2heart.formats.canonical import ContiguityCheck, json_row

    stem = path.stem
    check = ContiguityCheck(path)
    clock = Clock()

    def keyed() -> Iterator[tuple[str | None, tuple[int, Any] | None, dict[str, Any]]]:
        current: str | None = None
        for n, row in objects:
            out = _plain_row(row, stem)
            if out is None:
                u = json_row(row, path, n, stem, clock)
                key = order_key(u.time, u.start)
                out = u.to_row()
                out.pop("labels", None)
            else:
                key = order_key(None, out["start"])
            if out["conversation"] != current:
                current = out["conversation"]
                check(current, n)
            yield current, key, out
        if current is None:
            raise ParseError(path, None, "no rows found (expected canonical JSON lines)")

    return in_time_order_by(keyed(), itemgetter(1), itemgetter(0))


def canonical_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The canonical rows of a canonical JSONL file (numbered per conversation), as dicts."""
    from heart2heart.formats._base import iter_lines

    def objects() -> Iterator[tuple[int, object]]:
        loads = orjson.loads
        for n, line in iter_lines(path):
            if not line.strip():
                continue
            try:
                yield n, loads(line)
            except orjson.JSONDecodeError as exc:
                raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one object per line") from None

    current: object = None
    index = 0
    for conversation, _, out in _ordered(path, objects()):
        if conversation != current:
            current = conversation
            index = 0
        out["index"] = index
        index += 1
        yield out


def iter_rows(paths: Sequence[Path], *, format: str | None, gap: timedelta | None) -> Iterator[dict[str, Any]]:
    """Canonical rows (dicts) of every input, in order: the fast path for canonical JSONL, readers otherwise."""
    from heart2heart.formats import detect, get_reader, iter_utterances

    for path in paths:
        reader = get_reader(format) if format else detect(path)
        if reader.name == "jsonl" and _fast(Path(path)):
            yield from canonical_rows(Path(path))
        else:
            for u in iter_utterances(path, format=reader.name, gap=gap):
                row = u.to_row()
                row.pop("labels", None)
                yield row


@dataclass(slots=True)
class RowBatch:
    """Encoded rows without ``labels`` (each ``orjson.dumps(row)`` minus its closing brace), with the texts,
    speakers and the positions where a new conversation starts (a change from the row before, across batches)."""

    rows: list[bytes] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    media: list[bool] = field(default_factory=list)
    """Which rows are attachment placeholders (``"media": true``): labelled with the defaults."""

    def __len__(self) -> int:
        return len(self.rows)


class _Batcher:
    """Gathers encoded rows into batches of ``size``, following conversation changes across files."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self.batch = RowBatch()
        self.conversation: object = None

    def take(self) -> RowBatch:
        full, self.batch = self.batch, RowBatch()
        return full

    def add_rows(self, rows: Iterable[dict[str, Any]]) -> Iterator[RowBatch]:
        """Batches of canonical row dicts (``labels``, if any, dropped)."""
        dumps = orjson.dumps
        for row in rows:
            if "labels" in row:
                row = {k: v for k, v in row.items() if k != "labels"}
            b = self.batch
            conversation = row["conversation"]
            if conversation != self.conversation:
                self.conversation = conversation
                b.starts.append(len(b.rows))
            b.rows.append(dumps(row)[:-1])
            b.texts.append(row["text"])
            b.speakers.append(row["speaker"])
            b.media.append(row.get("media") is True)
            if len(b.rows) >= self.size:
                yield self.take()


def _utf8_lines(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _fast(path: Path) -> bool:
    """Whether a file the JSONL reader reads can take the canonical fast paths: one JSON object per line, not what
    the JSONL reader reads whole (:func:`~heart2heart.formats.canonical.read_whole`), and not a file the readers get
    a copy of (old Mac line endings, every line indented)."""
    from heart2heart.formats._base import Probe
    from heart2heart.formats._layout import copy_needed
    from heart2heart.formats.canonical import read_whole

    if not path.is_file():
        return False
    probe = Probe.of(path)
    return not read_whole(probe.head.lstrip("\ufeff").lstrip()) and not copy_needed(path, probe)


def _bad_line(path: Path, n: int, raw: bytes, exc: orjson.JSONDecodeError) -> None:
    """Raise the reference reader's error for a line orjson refused (returns for a blank line: skip it)."""
    line = decode_line(path, n, raw)
    if not line.strip():
        return
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError as again:
        exc = again
    raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one object per line") from None


def _canonical_batches(path: Path, batcher: _Batcher) -> Iterator[RowBatch]:
    """:func:`canonical_rows` of a UTF-8 file, encoded straight into the batcher's batches."""

    def objects() -> Iterator[tuple[int, object]]:
        loads, decode_error = orjson.loads, orjson.JSONDecodeError
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    yield n, loads(raw[3:] if n == 1 and raw.startswith(codecs.BOM_UTF8) else raw)
                except decode_error as exc:
                    _bad_line(path, n, raw, exc)

    dumps = orjson.dumps
    size = batcher.size
    b = batcher.batch
    current: object = None
    index = 0
    for conversation, _, out in _ordered(path, objects()):
        if conversation != current:
            current = conversation
            index = 0
        out["index"] = index
        index += 1
        if conversation != batcher.conversation:
            batcher.conversation = conversation
            b.starts.append(len(b.rows))
        b.rows.append(dumps(out)[:-1])
        b.texts.append(out["text"])
        b.speakers.append(out["speaker"])
        b.media.append(out["media"])
        if len(b.rows) >= size:
            yield batcher.take()
            b = batcher.batch


def iter_batches(
    paths: Sequence[Path], *, format: str | None, gap: timedelta | None, batch_size: int = STREAM_BATCH
) -> Iterator[RowBatch]:
    """:func:`iter_rows` of every input, encoded and batched (canonical UTF-8 JSONL never becomes dicts)."""
    from heart2heart.formats import detect, get_reader

    batcher = _Batcher(batch_size)
    for path in paths:
        reader = get_reader(format) if format else detect(path)
        if reader.name == "jsonl" and _fast(Path(path)) and _utf8_lines(Path(path)):
            yield from _canonical_batches(Path(path), batcher)
        else:
            yield from batcher.add_rows(iter_rows([path], format=format, gap=gap))
    if len(batcher.batch):
        yield batcher.take()


def batches_of(rows: Iterable[dict[str, Any]], batch_size: int = BATCH_SIZE) -> Iterator[RowBatch]:
    """Canonical row dicts, encoded and batched."""
    batcher = _Batcher(batch_size)
    yield from batcher.add_rows(rows)
    if len(batcher.batch):
        yield batcher.take()


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    if not enabled:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(), TextColumn("annotating: {task.fields[done]} utterances"), TimeElapsedColumn(), transient=True
    ) as bar:
        yield bar


def _encode(batch: RowBatch, labelled: Labelled, fragments: LabelFragments) -> bytes:
    """The output lines of a batch: each row's bytes with its ``labels`` spliced in before the closing brace."""
    if labelled.codes is not None:
        heads, tails = fragments(labelled.codes, labelled.emotions)
        parts: list[bytes] = [b""] * (3 * len(batch))
        parts[0::3] = batch.rows
        parts[1::3] = heads
        parts[2::3] = tails
        return b"".join(parts)
    assert labelled.dicts is not None
    dumps = orjson.dumps
    return b"".join(
        [row + b',"labels":' + dumps(d) + b"}\n" for row, d in zip(batch.rows, labelled.dicts, strict=True)]
    )


def _writer(fh: IO[str]) -> Any:
    """A function writing bytes to ``fh`` (its binary buffer when it has one)."""
    buffer = getattr(fh, "buffer", None)
    if buffer is None:
        return lambda data: fh.write(data.decode())
    fh.flush()
    return buffer.write


def write_batches(
    batches: Iterable[RowBatch],
    output: str | Path | None,
    pipeline: Pipeline,
    *,
    progress: bool = False,
    workers: int = 0,
) -> int:
    """Write each batch's rows plus their ``labels``; returns how many rows were written.

    ``workers > 0`` labels in that many forked processes (batches stay in order) while this one reads and
    writes.
    """
    from heart2heart.annotate.worker import LabelWorker

    fragments = LabelFragments()
    n = 0
    worker = LabelWorker(pipeline, workers) if workers > 0 and LabelWorker.available() else None
    labeller = StreamLabeller(pipeline)
    try:
        with _progress(progress) as bar, open_output(output) as fh:
            task = bar.add_task("annotate", total=None, done="0") if bar is not None else None
            write = _writer(fh)
            pending: deque[RowBatch] = deque()

            def done(batch: RowBatch, labelled: Labelled) -> None:
                nonlocal n
                write(_encode(batch, labelled, fragments))
                n += len(batch)
                if bar is not None:
                    bar.update(task, completed=n, done=f"{n:,}")

            for batch in batches:
                if worker is None:
                    done(batch, labeller.label(batch.texts, batch.speakers, batch.starts, media=batch.media))
                    continue
                worker.submit(batch.texts, batch.speakers, batch.starts, batch.media)
                pending.append(batch)
                if len(pending) > 2 * workers:
                    done(pending.popleft(), worker.result())
            while worker is not None and pending:
                done(pending.popleft(), worker.result())
    finally:
        if worker is not None:
            worker.close()
    return n


def write_annotated(
    rows: Iterable[dict[str, Any]],
    output: str | Path | None,
    pipeline: Pipeline,
    *,
    progress: bool = False,
    batch_size: int = BATCH_SIZE,
    workers: int = 0,
) -> int:
    """Write each canonical row plus its ``labels``; returns how many rows were written."""
    return write_batches(batches_of(rows, batch_size), output, pipeline, progress=progress, workers=workers)


def auto_workers(paths: Sequence[Path], threshold: int = 4 << 20) -> int:
    """How many labelling processes to fork: none for small inputs (not worth a process), else one per CPU
    (at most two: the parent's reading and writing takes a share too)."""
    from heart2heart._fork import cpus as usable

    cpus = usable()
    if cpus < 2:
        return 0
    total = 0
    for p in paths:
        try:
            total += os.path.getsize(p)
        except OSError:
            total = threshold
    return min(cpus, 2) if total >= threshold else 0
