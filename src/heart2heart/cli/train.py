"""`h2h train`: rebuild a model from the labelled datasets, deterministically, and print its dev figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def command(
    data: Annotated[Path, typer.Option("--data", help="The shared/data folder (annomi/, goemotions/, ...).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the model into.")],
    research: Annotated[
        bool,
        typer.Option(
            "--research",
            help="Also train on ESConv, EPITOME and SwDA (non-commercial licences): a local research model.",
        ),
    ] = False,
    report: Annotated[bool, typer.Option("--report/--no-report", help="Score the new model on the dev splits.")] = True,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="The project's labelled utterances (default: the checkout's corpus/utterances)."),
    ] = None,
) -> None:
    """Train the utterance-label model (default tier: AnnoMI + GoEmotions only; see MODEL_CARD.md)."""
    from heart2heart.train.models import CORPUS_DIR, build, dev_report, format_report

    def log(message: str) -> None:
        typer.echo(message, err=True)

    corpus_dir = corpus if corpus is not None else CORPUS_DIR
    model = build(data, output, research=research, corpus_dir=corpus_dir, log=log)
    if report:
        rows = dev_report(data, model, corpus_dir)
        model.meta["dev"] = rows
        model.save(output)
        typer.echo(format_report(rows))
