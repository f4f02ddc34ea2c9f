"""Writing annotated utterances as JSON Lines, streaming and atomically, with an optional progress bar."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from heart2heart._io import open_output
from heart2heart.annotate.pipeline import BATCH_SIZE, Pipeline, label_stream
from heart2heart.model import Utterance

__all__ = ["write_annotated"]


def _key(u: Utterance) -> tuple[str, str, str]:
    return u.conversation, u.speaker, u.text


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[object | None]:
    if not enabled:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(), TextColumn("annotating: {task.completed:,} utterances"), TimeElapsedColumn(), transient=True
    ) as bar:
        yield bar


def write_annotated(
    stream: Iterable[Utterance],
    output: str | Path | None,
    pipeline: Pipeline,
    *,
    progress: bool = False,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Write each utterance's canonical row plus ``labels``; returns how many rows were written."""
    dumps = orjson.dumps
    n = 0
    with _progress(progress) as bar, open_output(output) as fh:
        task = bar.add_task("annotate", total=None) if bar is not None else None  # type: ignore[attr-defined]
        for batch, labels in label_stream(stream, _key, pipeline, batch_size):
            parts = []
            for u, lab in zip(batch, labels, strict=True):
                row = u.to_row()
                row["labels"] = lab
                parts.append(dumps(row))
            parts.append(b"")
            fh.write(b"\n".join(parts).decode())
            n += len(batch)
            if bar is not None:
                bar.update(task, completed=n)  # type: ignore[attr-defined]
    return n
