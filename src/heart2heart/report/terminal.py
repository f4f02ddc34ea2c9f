"""The one-screen terminal summary of a conversation (``h2h analyze`` without ``--json``), drawn with rich.

When the utterances are labelled, first the verdict: the kind of conversation, the scores and the coaching notes
(each with its moment and a quote). Then who talked and listened (turns, words, talk-share bars, longest
monologue, reply latency; label counts and attunement when labelled), then one plain-language line per
measure from :mod:`heart2heart.report.readings`, and
the talk-time dominance over the conversation as a strip of coloured windows.

More than :data:`OVERVIEW_AFTER` conversations (a long chat history split at its silences) are shown as one
overview instead: a row per conversation (size, length, kind, heart-to-heart score), how many were of each kind,
and where to read them in full.

Everything that comes from the conversation (its name, the file, speakers' names, quotes, readings that name
people) is drawn as :class:`rich.text.Text`, never parsed as rich markup: a name like "Dad [home]" or a file
"chat [bold].txt" is shown as written, and ":heart:" is not turned into an emoji.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from heart2heart.analysis import Analysis, SpeakerResult
from heart2heart.report.readings import (
    balance_reading,
    dominance_reading,
    duration_text,
    monologue_reading,
    share_of,
    style_reading,
    tempo_reading,
)

__all__ = ["OVERVIEW_AFTER", "PALETTE", "dominance_strip", "overview", "render", "summary", "verdict"]

PALETTE = ("cyan", "magenta", "yellow", "green", "blue", "red")
BAR_WIDTH = 10
STRIP_WIDTH = 48
MAX_WIDTH = 100
#: More conversations than this get one overview table rather than a panel each (227 panels of a year's chat
#: history run to ~9,000 lines).
OVERVIEW_AFTER = 5


def _bar(share: float) -> Text:
    filled = round(share * BAR_WIDTH)
    bar = Text("█" * filled, style="bold")
    bar.append("░" * (BAR_WIDTH - filled), style="dim")
    bar.append(f" {round(100 * share):>3}%")
    return bar


def _colour(a: Analysis) -> dict[str, str]:
    return {s.name: PALETTE[i % len(PALETTE)] for i, s in enumerate(a.speakers)}


def dominance_strip(a: Analysis, width: int = STRIP_WIDTH) -> Text:
    """One block per window (evenly sampled down to ``width``): the dominant speaker's colour, or a dot."""
    windows = a.dominance.windows
    if len(windows) > width:
        windows = tuple(windows[round(i * (len(windows) - 1) / (width - 1))] for i in range(width))
    colour = _colour(a)
    strip = Text()
    for w in windows:
        if w.dominant is None:
            strip.append("·", style="grey50")
        else:
            strip.append("█", style=colour[w.dominant])
    return strip


def _legend(a: Analysis) -> Text:
    colour = _colour(a)
    legend = Text()
    for name, count in a.dominance.dominated().items():
        legend.append("█ ", style=colour[name])
        legend.append(f"{_label(name, a.me)} {count}  ")
    legend.append("· ", style="grey50")
    legend.append(f"nobody {a.dominance.balanced}")
    unit = "2.5-min windows" if a.dominance.unit == "seconds" else "150-word windows"
    legend.append(f"  ({unit})", style="dim")
    return legend


def _label(name: str, me: str | None) -> str:
    return f"{name} (you)" if name == me else name


def _monologue(s: SpeakerResult) -> str:
    text = f"{s.longest_monologue_words} w"
    if s.longest_monologue_seconds:
        text += f" · {duration_text(s.longest_monologue_seconds)}"
    return text


def _latency(s: SpeakerResult) -> str:
    if s.median_latency_seconds is not None:
        return f"{s.median_latency_seconds:.1f} s"
    if s.median_latency_minutes is not None:
        return duration_text(s.median_latency_minutes * 60)
    return "–"


def _name_cell(s: SpeakerResult, a: Analysis) -> Text:
    colour = _colour(a)[s.name]
    return Text(_label(s.name, a.me), style=f"bold {colour}" if s.name == a.me else colour)


def _speaker_table(a: Analysis) -> Table:
    """Who talked: turns, words, talk share, longest run, reply time (fits 80 columns)."""
    table = Table(box=None, pad_edge=False, header_style="bold", expand=False)
    table.add_column("Speaker")
    table.add_column("Turns", justify="right")
    table.add_column("Words", justify="right")
    table.add_column("Share" + (" (time)" if a.timed else ""), no_wrap=True)
    table.add_column("Longest", justify="right", no_wrap=True)
    table.add_column("Reply", justify="right", no_wrap=True)
    for s in a.speakers:
        table.add_row(_name_cell(s, a), str(s.turns), str(s.words), _bar(share_of(s)), _monologue(s), _latency(s))
    return table


def _listening_table(a: Analysis) -> Table | None:
    """How each person listened (labelled conversations only): questions, reflections, advice, attunement.

    An assessed conversation shows the assessment's figures (``listening`` in the JSON, the HTML report's table and
    what the verdict and notes read: a question the labeller missed a question mark of counts, reflections are the
    brief ones), so that the terminal and the HTML report never give one person two counts; otherwise the counts
    of the utterance labels."""
    if not a.labelled:
        return None
    heard = {sl.name: sl for sl in a.assessment.listening} if a.assessment is not None else {}
    table = Table(box=None, pad_edge=False, header_style="bold", expand=False)
    table.add_column("Speaker")
    table.add_column("Open Qs", justify="right")
    table.add_column("Yes/no Qs", justify="right")
    table.add_column("Reflections", justify="right")
    table.add_column("Advice", justify="right")
    table.add_column("Attunement", justify="right")
    for s in a.speakers:
        att = getattr(s, "attunement", None)
        counts = heard.get(s.name) or s
        table.add_row(
            _name_cell(s, a),
            str(counts.questions_open or 0),
            str(counts.questions_closed or 0),
            str(counts.reflections or 0),
            str(counts.advice or 0),
            "-" if att is None else f"{att:.2f}",
        )
    return table


def _title(a: Analysis) -> Text:
    unit = "messages" if a.dated and not a.timed else "utterances"
    parts = [f"{a.utterances} {unit}", f"{len(a.speakers)} speaker{'s' if len(a.speakers) != 1 else ''}"]
    if a.duration_seconds:
        parts.append(duration_text(a.duration_seconds))
    return Text.assemble((a.conversation, "bold"), " · ", " · ".join(parts))


def _notes_grid(notes: list[Any], me: str | None, lead: str) -> Table:
    """Each note: the moment (index, speaker) beside its quote, what happened and what to try."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for n in notes:
        body = Text.assemble((f"\u201c{n.quote}\u201d", "dim"), "\n", n.message, "\n")
        if lead:
            body.append(lead, style="bold")
        body.append(n.suggestion)
        grid.add_row(Text(f"#{n.index} {_label(n.speaker, me)}"), body)
    return grid


def verdict(a: Analysis) -> Group | None:
    """The verdict block (kind, scores, notes) of an assessed conversation, or None when it was not assessed."""
    if a.kind is None:
        return None
    from heart2heart.report.html import KIND_TEXT

    title, blurb = KIND_TEXT.get(a.kind, (a.kind, ""))
    parts: list[Text | Table] = [Text.assemble((title, "bold"), "  ", (blurb, "italic"))]
    sc = _scores(a)
    if sc:
        parts.append(
            Text(
                f"Heart-to-heart {sc.get('heart_to_heart', 0)}/100 · depth {sc.get('depth', 0):.1f}/3 · "
                f"reciprocity {sc.get('reciprocity', 0):.2f} · attunement {sc.get('attunement', 0):.2f}"
            )
        )
    from heart2heart.assess.notes import note_parts

    checks, tries, good = note_parts(a.notes or [])
    if checks:
        parts += [Text(""), Text("Before anything else", style="bold underline"), _notes_grid(checks, a.me, "")]
    if tries:
        parts += [Text(""), Text("What to try next", style="bold underline"), _notes_grid(tries, a.me, "Try: ")]
    if good:
        parts += [Text(""), Text("What went well", style="bold underline"), _notes_grid(good, a.me, "")]
    return Group(*parts)


def summary(a: Analysis, width: int | None = None) -> Panel:
    """The rich renderable of one conversation's summary (``width``: of the panel; ``None`` fills the line)."""
    readings = Table.grid(padding=(0, 1))
    readings.add_column(style="bold", no_wrap=True)
    readings.add_column()
    readings.add_row("Balance", Text(balance_reading(a)))
    mono = monologue_reading(a)
    if mono:
        readings.add_row("Monologue", Text(mono))
    readings.add_row("Tempo", Text(tempo_reading(a)))
    dom = dominance_reading(a)
    if dom:
        readings.add_row("Dominance", Group(dominance_strip(a), _legend(a), Text(dom)))
    readings.add_row("Style", Text(style_reading(a)))
    heading = Text("Who talked and listened", style="bold underline")
    top = verdict(a)
    blocks: list[Group | Text | Table] = [top, Text("")] if top is not None else []
    blocks += [heading, _speaker_table(a)]
    listened = _listening_table(a)
    if listened is not None:
        blocks += [Text(""), listened]
    body = Group(*blocks, Text(""), readings)
    subtitle = Text(a.source) if a.source else None
    return Panel(body, title=_title(a), title_align="left", subtitle=subtitle, subtitle_align="right", width=width)


def overview(analyses: list[Analysis] | tuple[Analysis, ...], width: int | None = None) -> Panel:
    """One table for many conversations: each one's size, length, kind and heart-to-heart score, then how many
    were of each kind (most first) and how to see each in full."""
    table = Table(box=None, padding=(0, 1), header_style="bold")
    table.add_column("Conversation", overflow="fold")
    table.add_column("Size", justify="right")
    table.add_column("Length", justify="right")
    table.add_column("Kind")
    table.add_column("Heart-to-heart", justify="right")
    counts: dict[str, int] = {}
    for a in analyses:
        unit = "msgs" if a.dated and not a.timed else "utts"
        length = duration_text(a.duration_seconds) if a.duration_seconds else "-"
        kind = _kind_name(a.kind) if a.kind is not None else "-"
        sc = _scores(a)
        score = str(sc["heart_to_heart"]) if "heart_to_heart" in sc else "-"
        table.add_row(Text(a.conversation), f"{a.utterances} {unit}", length, kind, score)
        if a.kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    tally = " · ".join(f"{k}: {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    hint = "Each conversation in full: --html REPORT.html (or --json); a gap other than four hours: --gap HOURS."
    blocks: list[Text | Table] = [table, Text("")]
    if tally:
        blocks.append(Text(tally))
    checks = [a.conversation for a in analyses if a.assessment is not None and a.assessment.safety]
    if checks:
        named = ", ".join(checks[:5]) + (f" and {len(checks) - 5} more" if len(checks) > 5 else "")
        blocks.append(
            Text(
                f"Before anything else: something said in {named} can be a sign of thinking about suicide or of "
                "self-harm. See it in full (--html or --json) and check in with them.",
                style="bold",
            )
        )
    blocks.append(Text(hint, style="dim"))
    sources = sorted({a.source for a in analyses if a.source})
    title = Text.assemble((f"{len(analyses)} conversations", "bold"))
    named = ", ".join(sources) if len(sources) <= 3 else f"{len(sources)} files"
    subtitle = Text(named) if sources else None
    return Panel(Group(*blocks), title=title, title_align="left", subtitle=subtitle, subtitle_align="right",
                 width=width)  # fmt: skip


def _scores(a: Analysis) -> dict[str, Any]:
    """The conversation's scores as a dict (empty when it was not assessed)."""
    return a.scores.to_dict() if hasattr(a.scores, "to_dict") else dict(a.scores or {})


def _kind_name(kind: str) -> str:
    return "heart-to-heart" if kind == "heart_to_heart" else kind.replace("_", " ")


def render(analyses: list[Analysis] | tuple[Analysis, ...], console: Console | None = None) -> None:
    """Print the summary of each analysis, or one :func:`overview` of more than :data:`OVERVIEW_AFTER`."""
    console = console or Console()
    width = min(console.width, MAX_WIDTH)
    if len(analyses) > OVERVIEW_AFTER:
        console.print(overview(analyses, width))
        return
    for a in analyses:
        console.print(summary(a, width))
