"""`h2h annotate`: canonical rows plus the ``labels`` of every utterance, streamed in batches."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from heart2heart.cli._options import Files, FormatOpt, GapOpt, NoSplitOpt, check_outputs, gap_of

ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name (default: the shipped model) or path to a model folder."),
]


def command(
    files: Files,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSONL here (atomically) instead of stdout.")
    ] = None,
    model: ModelOpt = None,
    format: FormatOpt = None,
    gap: GapOpt = 4.0,
    no_split: NoSplitOpt = False,
) -> None:
    """Label every utterance (questions, reflections, advice, disclosure, empathy, emotion...) as JSONL rows."""
    import sys

    from heart2heart.annotate.pipeline import Pipeline
    from heart2heart.annotate.writer import auto_workers, iter_batches, write_batches

    split = gap_of(gap, no_split)
    check_outputs(output)
    pipeline = Pipeline(model=model)  # a bad --model fails before any input is read
    batches = iter_batches(files, format=format, gap=split)
    write_batches(batches, output, pipeline, progress=sys.stderr.isatty(), workers=auto_workers(files))
