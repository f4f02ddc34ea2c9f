"""Writing canonical rows (JSON Lines or CSV), streaming and atomically."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from heart2heart._io import open_output
from heart2heart.model import Utterance

__all__ = ["CSV_COLUMNS", "jsonl_bytes", "write_jsonl_bytes", "write_rows"]

CSV_COLUMNS = ("conversation", "index", "speaker", "text", "start", "end", "time", "role", "media")


def write_rows(stream: Iterable[Utterance], output: str | Path | None, *, to: str = "jsonl") -> int:
    """Write utterances as canonical rows; returns how many were written."""
    n = 0
    with open_output(output) as fh:
        if to == "csv":
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            for u in stream:
                row = u.to_row()
                writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
                n += 1
        else:
            buffer = getattr(fh, "buffer", None)
            if buffer is not None:  # write bytes straight through: no decode, one write per row
                fh.flush()
                write_bytes = buffer.write
                dumps = orjson.dumps
                newline = orjson.OPT_APPEND_NEWLINE
                for u in stream:
                    write_bytes(dumps(u.to_row(), option=newline))
                    n += 1
                buffer.flush()
            else:
                write = fh.write
                for u in stream:
                    write(orjson.dumps(u.to_row()).decode())
                    write("\n")
                    n += 1
    return n


def jsonl_bytes(stream: Iterable[Utterance], rows_per_block: int = 4096) -> Iterator[bytes]:
    """Utterances as canonical JSONL bytes (the same bytes ``write_rows`` writes), a block of rows at a time.

    When the stream raises, the rows read before the error are still yielded first (as ``write_rows`` would have
    written them), then the error propagates.
    """
    dumps = orjson.dumps
    option = orjson.OPT_APPEND_NEWLINE
    batch: list[bytes] = []
    try:
        for u in stream:
            batch.append(dumps(u.to_row(), option=option))
            if len(batch) >= rows_per_block:
                yield b"".join(batch)
                batch = []
    except Exception:
        if batch:
            yield b"".join(batch)
        raise
    if batch:
        yield b"".join(batch)


def write_jsonl_bytes(blocks: Iterable[bytes | memoryview], output: str | Path | None) -> None:
    """Write ready-made JSONL bytes (from :func:`jsonl_bytes` or a fast path) to ``output``, atomically."""
    with open_output(output) as fh:
        buffer = getattr(fh, "buffer", None)
        if buffer is not None:
            fh.flush()
            for block in blocks:
                buffer.write(block)
            buffer.flush()
        else:
            for block in blocks:
                fh.write(bytes(block).decode())
