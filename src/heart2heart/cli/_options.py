"""Options shared by several commands (declared once so they read the same everywhere)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from heart2heart._io import check_output
from heart2heart.errors import UsageError

Files = Annotated[
    list[Path],
    typer.Argument(help="Conversation files: chat exports, transcripts, subtitles, JSONL/CSV.", show_default=False),
]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", help="Force a format instead of detecting it (see `h2h formats`)."),
]
GapOpt = Annotated[
    float,
    typer.Option("--gap", help="Split a chat history into conversations at silences longer than this many hours."),
]
NoSplitOpt = Annotated[
    bool,
    typer.Option("--no-split", help="Keep a whole chat history as one conversation."),
]


def gap_of(hours: float, no_split: bool) -> timedelta | None:
    if no_split:
        return None
    if hours <= 0:
        raise UsageError("--gap must be a positive number of hours")
    return timedelta(hours=hours)


def check_outputs(*paths: Path | None) -> None:
    """Fail now, before any work, when an output path cannot be a file (None and ``-`` are stdout)."""
    for path in paths:
        if path is not None and str(path) != "-":
            check_output(path)
