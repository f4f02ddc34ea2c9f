"""`h2h eval`: score the annotators against the human labels of the datasets' dev splits (issue 3's table)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from heart2heart.evaluate import EvalRow, Predict


def _data_dir(data: Path | None) -> Path:
    from heart2heart.errors import UsageError

    if data is not None:
        return data
    env = os.environ.get("H2H_DATA")
    if env:
        return Path(env)
    raise UsageError("say where the datasets are: --data DIR (the shared/data folder) or $H2H_DATA")


def _predictor(model: str | None) -> Predict:
    """``predict(task, examples)`` backed by ``heart2heart.annotate.predict_examples``."""
    import importlib

    from heart2heart.errors import H2HError

    # Looked up by name so this command stays decoupled from the annotate package's internals.
    try:
        module = importlib.import_module("heart2heart.annotate")
    except ImportError as exc:
        raise H2HError(f"the annotators could not be loaded: {exc}") from None
    predict_examples = getattr(module, "predict_examples", None)
    if not callable(predict_examples):
        raise H2HError(
            "the annotators are not available: heart2heart.annotate has no predict_examples(task, examples, model)"
        )

    from heart2heart.train.datasets import Example

    def predict(task: str, examples: list[Example]) -> list[object]:
        return list(predict_examples(task, examples, model))

    return predict


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    if value != value:
        return "n/a"
    return f"{value:.3f}"


def _table(rows: list[EvalRow], title: str) -> tuple[object, list[str]]:
    """A table that fits 80 columns (numbers never wrap), and the numbered references printed under it."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    table.add_column("label", style="bold", no_wrap=True)
    table.add_column("data", no_wrap=True)
    for name in ("n", "mF1", "κ", "score", "target", "ref"):
        table.add_column(name, justify="right", no_wrap=True)
    notes: list[str] = []
    for r in rows:
        met = "" if r.met is None else (" [green]✓[/]" if r.met else " [red]✗[/]")
        target = "" if r.target is None else f"{_SHORT.get(r.metric, r.metric)}≥{r.target:.2f}{met}"
        note = r.reference or ""
        if note and note not in notes:
            notes.append(note)
        table.add_row(
            r.label,
            r.dataset,
            str(r.n),
            _fmt(r.macro_f1),
            _fmt(r.kappa),
            _fmt(r.score),
            target,
            f"[{notes.index(note) + 1}]" if note else "",
        )
    return table, [f"[{i}] {n}" for i, n in enumerate(notes, 1)]


_SHORT = {"f1": "F1", "kappa": "κ", "macro_f1": "mF1", "accuracy": "acc", "spearman": "ρ"}


def command(
    data: Annotated[
        Path | None,
        typer.Option("--data", help="The shared/data folder with the five datasets (default: $H2H_DATA)."),
    ] = None,
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model", help="Model name or path (default: the shipped model); repeat to compare several models."
        ),
    ] = None,
    json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per row (with its model) instead of a table.")
    ] = False,
    split: Annotated[str, typer.Option("--split", help="train or dev (the test parts are held out).")] = "dev",
    conversations: Annotated[
        bool,
        typer.Option(
            "--conversations",
            help="Conversation level instead: kinds and main-disclosure responses on corpus/kinds (valid split), "
            "AnnoMI attunement AUC and ESConv Spearman (dev split; needs --data or $H2H_DATA).",
        ),
    ] = False,
) -> None:
    """Score the labels against human coders, per label and dataset, next to human agreement and baselines."""
    import orjson
    from rich.console import Console
    from rich.progress import Progress

    from heart2heart.errors import UsageError
    from heart2heart.evaluate import TARGETS, iter_evaluate

    if conversations:
        from heart2heart.cli._eval_conversations import report

        report(data or (Path(os.environ["H2H_DATA"]) if os.environ.get("H2H_DATA") else None), json)
        return
    if split not in ("train", "dev"):
        raise UsageError(f"--split must be train or dev, not {split!r}")
    folder = _data_dir(data)
    models: list[str | None] = list(model) if model else [None]
    predictors = [_predictor(name) for name in models]
    results: list[list[EvalRow]] = []
    err = Console(stderr=True)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        bar = progress.add_task("scoring", total=len(TARGETS) * len(models))
        for name, predict in zip(models, predictors, strict=True):
            rows: list[EvalRow] = []
            for row in iter_evaluate(predict, folder, "train" if split == "train" else "dev", TARGETS):
                rows.append(row)
                progress.update(bar, advance=1, description=f"{name or 'default'}: {row.label} / {row.dataset}")
            results.append(rows)
    if json:
        out = typer.get_text_stream("stdout")
        for name, rows in zip(models, results, strict=True):
            for row in rows:
                out.write(orjson.dumps({"model": name or "default", **row.to_dict()}).decode() + "\n")
        return
    console = Console()
    for name, rows in zip(models, results, strict=True):
        table, notes = _table(rows, f"labels vs human coders ({split} split, model: {name or 'default'})")
        console.print(table)
        for note in notes:
            console.print(note, style="dim", highlight=False, markup=False)
        console.print()
