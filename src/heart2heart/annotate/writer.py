"""Writing annotated utterances as JSON Lines, streaming and atomically, with an optional progress bar.

Canonical JSONL input takes a fast path: rows are parsed with orjson and kept as dicts (no :class:`Utterance`
objects), with the same checks as the canonical reader; any row the quick check does not accept goes through the
reader's own :func:`~heart2heart.formats.canonical.row_to_utterance`, so errors and normalisation stay identical.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson

from heart2heart._io import open_output
from heart2heart.annotate.pipeline import BATCH_SIZE, Pipeline, label_stream
from heart2heart.errors import ParseError

__all__ = ["canonical_rows", "iter_rows", "write_annotated"]

_NUMBER = (int, float)


def _plain_number(value: object) -> bool:
    return value is None or (type(value) in _NUMBER and math.isfinite(value))  # type: ignore[arg-type]


def canonical_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The canonical rows of a canonical JSONL file (numbered per conversation), as dicts."""
    from heart2heart.formats._base import iter_lines
    from heart2heart.formats.canonical import ContiguityCheck, row_to_utterance

    stem = path.stem
    check = ContiguityCheck(path)
    loads = orjson.loads
    current: object = None
    index = 0
    for n, line in iter_lines(path):
        if not line.strip():
            continue
        try:
            row = loads(line)
        except orjson.JSONDecodeError as exc:
            raise ParseError(path, n, f"bad JSON ({exc.msg}); expected one object per line") from None
        out: dict[str, Any]
        if type(row) is dict:
            speaker, text, conv = row.get("speaker"), row.get("text"), row.get("conversation")
            start, end, role, media = row.get("start"), row.get("end"), row.get("role"), row.get("media")
            labels = row.get("labels")
        if (
            type(row) is dict
            and type(speaker) is str
            and type(text) is str
            and speaker.strip()
            and (conv is None or type(conv) is str)
            and _plain_number(start)
            and _plain_number(end)
            and row.get("time") is None
            and (role is None or type(role) is str)
            and (media is None or type(media) is bool)
            and (labels is None or type(labels) is dict)
        ):
            out = {
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
        else:
            out = row_to_utterance(row, path, n, stem).to_row()
            out.pop("labels", None)
        conversation = out["conversation"]
        if conversation != current:
            check(conversation, n)
            current = conversation
            index = 0
        out["index"] = index
        index += 1
        yield out
    if current is None:
        raise ParseError(path, None, "no rows found (expected canonical JSON lines)")


def iter_rows(paths: Sequence[Path], *, format: str | None, gap: timedelta | None) -> Iterator[dict[str, Any]]:
    """Canonical rows (dicts) of every input, in order: the fast path for canonical JSONL, readers otherwise."""
    from heart2heart.formats import detect, get_reader, iter_utterances

    for path in paths:
        reader = get_reader(format) if format else detect(path)
        if reader.name == "jsonl" and Path(path).is_file():
            yield from canonical_rows(Path(path))
        else:
            for u in iter_utterances(path, format=reader.name, gap=gap):
                row = u.to_row()
                row.pop("labels", None)
                yield row


def _key(row: dict[str, Any]) -> tuple[str, str, str]:
    return row["conversation"], row["speaker"], row["text"]


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


def write_annotated(
    rows: Iterable[dict[str, Any]],
    output: str | Path | None,
    pipeline: Pipeline,
    *,
    progress: bool = False,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Write each canonical row plus its ``labels``; returns how many rows were written."""
    dumps = orjson.dumps
    n = 0
    with _progress(progress) as bar, open_output(output) as fh:
        task = bar.add_task("annotate", total=None, done="0") if bar is not None else None
        for batch, labels in label_stream(rows, _key, pipeline, batch_size):
            parts = []
            for row, lab in zip(batch, labels, strict=True):
                row["labels"] = lab
                parts.append(dumps(row))
            parts.append(b"")
            fh.write(b"\n".join(parts).decode())
            n += len(batch)
            if bar is not None:
                bar.update(task, completed=n, done=f"{n:,}")
    return n
