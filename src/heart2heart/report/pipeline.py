"""The whole chain for reports: read -> annotate (when unlabelled) -> measure -> assess, and writing the HTML."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from heart2heart.model import Conversation
from heart2heart.report.html import ReportItem, render_html

__all__ = ["analyse_conversation", "analyse_files", "write_html"]


def analyse_conversation(conv: Conversation, me: str | None = None, model: str | None = None) -> ReportItem:
    """Annotate (unless every utterance already has labels), measure and assess one conversation."""
    from heart2heart.analysis import analyze
    from heart2heart.assess.attach import attach

    if not conv.utterances or any(u.labels is None for u in conv.utterances):
        from heart2heart.annotate import annotate_conversation

        conv = annotate_conversation(conv, model)
    mine = me if me is not None and me in {s.name for s in conv.speakers} else None
    analysis = analyze(conv, me=mine)
    if analysis.assessment is None:
        analysis = attach(analysis, conv)[0]
    return ReportItem(conv, analysis, analysis.assessment)


def analyse_files(
    paths: Iterable[Path],
    me: str | None = None,
    *,
    format: str | None = None,
    gap: timedelta | None = timedelta(hours=4),
    model: str | None = None,
) -> list[ReportItem]:
    """Every conversation of every file, analysed."""
    from heart2heart.formats import read

    return [analyse_conversation(c, me, model) for p in paths for c in read(p, format=format, gap=gap)]


def write_html(items: list[ReportItem], output: Path, me: str | None = None) -> None:
    """Write the HTML report atomically (nothing half-written on failure)."""
    from heart2heart._io import atomic_write

    html = render_html(items, me=me)
    with atomic_write(output) as fh:
        fh.write(html)
