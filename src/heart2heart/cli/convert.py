"""`h2h convert`: any supported input to canonical JSONL or CSV rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from heart2heart.cli._options import Files, FormatOpt, GapOpt, NoSplitOpt, check_outputs, gap_of


def command(
    files: Files,
    to: Annotated[str, typer.Option("--to", help="Output format: jsonl or csv.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
    ] = None,
    format: FormatOpt = None,
    gap: GapOpt = 4.0,
    no_split: NoSplitOpt = False,
) -> None:
    """Convert conversations to canonical rows (one utterance per row)."""
    from heart2heart.errors import UsageError
    from heart2heart.formats import iter_utterances
    from heart2heart.rows import write_jsonl_bytes, write_rows

    if to not in ("jsonl", "csv"):
        raise UsageError(f"--to must be jsonl or csv, not {to!r}")
    split = gap_of(gap, no_split)
    check_outputs(output)
    if to == "jsonl":
        write_jsonl_bytes((b for path in files for b in _jsonl(path, format, split)), output)
        return
    stream = (u for path in files for u in iter_utterances(path, format=format, gap=split))
    write_rows(stream, output, to=to)


def _jsonl(path: Path, format: str | None, gap: timedelta | None) -> Iterator[bytes | memoryview]:
    """The JSONL rows of one input: WhatsApp text exports take the vectorised fast path (same bytes)."""
    from heart2heart.formats import Probe, detect, get_reader, iter_utterances
    from heart2heart.formats._layout import copy_needed
    from heart2heart.rows import jsonl_bytes

    probe = Probe.of(path) if path.is_file() and not format else None  # read once, for detection and the layout
    fast = path.is_file() and (get_reader(format) if format else detect(path, probe)).name == "whatsapp"
    if fast and not copy_needed(path, probe):  # an indented export, or old Mac line endings: through the reader
        from heart2heart.formats._whatsapp_fast import jsonl_rows

        yield from jsonl_rows(path, gap)
    else:
        yield from jsonl_bytes(iter_utterances(path, format=format, gap=gap))
