"""`h2h analyze`: measure conversations; a readable summary per conversation, or one JSON object per line."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from heart2heart.cli._options import Files, FormatOpt, GapOpt, NoSplitOpt, check_outputs, gap_of

if TYPE_CHECKING:
    from heart2heart.model import Conversation
    from heart2heart.report.html import ReportItem

T = TypeVar("T")


def _with_progress(items: Iterable[T], what: str, total: int) -> Iterator[T]:
    """``items`` (``total`` of them) one by one, with a progress bar on stderr while there are several and stderr
    is a terminal (a long chat history is split into hundreds); the bar is removed when done."""
    import sys

    if total < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(f"{what} conversations"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)
        for item in items:
            yield item
            bar.advance(task)


#: Conversations from which analysing them in several processes pays (forking and sending results back cost
#: ~0.1 s; one conversation of a chat history takes ~15 ms).
PARALLEL_FROM = 32


def analysis_workers(conversations: int) -> int:
    """How many processes analyse ``conversations`` conversations: none (this one does) for a few, or where forking
    is not the safe, cheap choice (not Linux, or threads running); else one per CPU this process may use, at most
    eight, or ``$H2H_WORKERS`` (1 or 0: this process alone)."""
    import os

    from heart2heart._fork import cpus, fork_is_safe

    if conversations < PARALLEL_FROM or not fork_is_safe():
        return 0
    wanted = os.environ.get("H2H_WORKERS", "").strip()
    if wanted:
        from heart2heart.errors import UsageError

        if not wanted.isdigit():
            raise UsageError(f"H2H_WORKERS={wanted!r}: give a number of processes (1: no extra processes)")
        return int(wanted) if int(wanted) > 1 else 0
    n = cpus()
    return min(n, 8) if n > 1 else 0


def analyse_all(conversations: list[Conversation], me: str | None, model: str | None) -> list[ReportItem]:
    """Every conversation annotated, measured and assessed, in order. A long chat history (hundreds of
    conversations) is shared among forked processes (:func:`analysis_workers`): the first conversation is analysed
    here first, so the models, tables and patterns are loaded once and inherited, and its errors come from here."""
    from heart2heart.report.pipeline import analyse_conversation

    workers = analysis_workers(len(conversations))
    if workers == 0:
        todo = _with_progress(conversations, "analysing", len(conversations))
        return [analyse_conversation(c, me, model) for c in todo]
    import functools
    import multiprocessing as mp

    from heart2heart._fork import ignore_interrupts

    first = analyse_conversation(conversations[0], me, model)
    gc.freeze()  # the children leave the inherited objects alone: their pages stay shared
    try:
        pool = mp.get_context("fork").Pool(workers, initializer=ignore_interrupts)
    finally:
        gc.unfreeze()
    with pool:
        rest = pool.imap(functools.partial(analyse_conversation, me=me, model=model), conversations[1:], chunksize=4)
        return [first, *_with_progress(rest, "analysing", len(conversations) - 1)]


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while the command runs, and not again on what it made.

    Reading, annotating and assessing allocate many container objects that live to the end (modules, models,
    the conversations and their analyses) and make hardly any reference cycles, so with Python's default
    thresholds the collector walks them over and over for nothing (~0.09 s of the 1,000-turn benchmark). While
    the command runs it collects every 200,000 net new objects (mypy's setting; memory stays bounded on long
    inputs). Afterwards everything alive is frozen (:func:`gc.freeze`) and the thresholds are restored: the
    process ends after the command, and interpreter shutdown then skips walking those objects once more
    (~0.15 s of the benchmark); a program that calls the command and goes on only keeps them out of later
    cyclic collections (they are still freed when no longer referenced).
    """
    previous = gc.get_threshold()
    gc.set_threshold(200_000, 30, 30)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*previous)


def resolve_me(me: str, conversations: list[Conversation]) -> str:
    """The speaker name ``me`` stands for: an exact name, else a unique case-insensitive match.

    Raises :class:`~heart2heart.errors.UsageError` listing the speakers when there is none.
    """
    from heart2heart.errors import UsageError

    names = list(dict.fromkeys(s.name for conv in conversations for s in conv.speakers))
    if me in names:
        return me
    folded = [n for n in names if n.casefold() == me.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(repr(n) for n in names) or "none"
    raise UsageError(f"--me {me!r} is not one of the speakers; the speakers are: {listed}")


def command(
    files: Files,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per conversation per line.")] = False,
    me: Annotated[
        str | None, typer.Option("--me", help="Your name as it appears in the conversation; you are marked 'you'.")
    ] = None,
    format: FormatOpt = None,
    gap: GapOpt = 4.0,
    no_split: NoSplitOpt = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write a self-contained HTML report here (works offline).")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Label model: a name or a folder (default: the shipped one).")
    ] = None,
    structure_only: Annotated[
        bool,
        typer.Option(
            "--structure-only",
            help="Only the structural measures (turns, talk share, tempo, dominance, style): no labels, no verdict.",
        ),
    ] = False,
) -> None:
    """Measure conversations: the verdict, who talked and listened, questions, reflections, disclosures, notes."""
    with fewer_collections():
        _analyze(files, json, me, format, gap, no_split, html, model, structure_only)


def _warn_other_languages(conversations: list[Conversation]) -> None:
    """Say so, once per conversation, when one is written in another language than English, which the cues and
    models read (:mod:`heart2heart.assess.language`)."""
    import warnings

    from heart2heart.assess.language import other_language
    from heart2heart.errors import H2HWarning

    for conv in conversations:
        language = other_language(u.text for u in conv.utterances)
        if language is not None:
            warnings.warn(
                f"{conv.id}: the words look {language}; heart2heart reads English only, so its verdict and figures "
                "for this conversation are not to be trusted",
                H2HWarning,
                stacklevel=2,
            )


def _analyze(
    files: list[Path],
    json: bool,
    me: str | None,
    format: str | None,
    gap: float,
    no_split: bool,
    html: Path | None,
    model: str | None,
    structure_only: bool,
) -> None:
    import sys

    from heart2heart.analysis import analyze
    from heart2heart.errors import UsageError
    from heart2heart.formats import read

    split = gap_of(gap, no_split)
    if structure_only and html is not None:
        raise UsageError("--html needs the labels and the verdict; drop --structure-only")
    check_outputs(html)
    conversations = [conv for path in files for conv in read(path, format=format, gap=split)]
    _warn_other_languages(conversations)
    name = resolve_me(me, conversations) if me is not None else None
    if structure_only:
        analyses = [
            analyze(c, me=name if name in {s.name for s in c.speakers} else None)
            for c in _with_progress(conversations, "measuring", len(conversations))
        ]
    else:  # unlabelled conversations are annotated first, then measured and assessed
        items = analyse_all(conversations, name, model)
        analyses = [item.analysis for item in items]
        if html is not None:
            from heart2heart.report.pipeline import write_html

            write_html(items, html, me=name)
            typer.echo(f"HTML report written to {html}", err=True)

    if json:
        import orjson

        out = sys.stdout.buffer
        for a in analyses:
            out.write(orjson.dumps(a.to_json()) + b"\n")
        out.flush()
        return

    from heart2heart.report.terminal import render

    render(analyses)
