"""The terminal summary at 80 and 120 columns: whole headers, notes under "What to try next", praise last."""

from __future__ import annotations

import dataclasses

import pytest
from rich.console import Console

from _assess_helpers import L, conv
from heart2heart.analysis import Analysis, analyze
from heart2heart.assess.attach import attach
from heart2heart.report.terminal import MAX_WIDTH, render

CHAT = conv(
    [
        ("Alex", "I had my review today and it didn't go great. I feel like such a failure", L(d=3, v=-0.7)),
        ("Sam", "ugh. you should ask for specific examples, that's what everyone says to do", L(a=True)),
        ("Alex", "maybe", L(bc=True)),
        ("Sam", "did you talk to Karen after?", L(q="closed")),
        ("Alex", "no", L()),
        ("Sam", "are you ok?", L(q="closed")),
        ("Alex", "not really. I'm scared she's right and I'm not leader material", L(d=3)),
        ("Sam", "that sounds really scary, being told that after four years", L(r=True, er=2)),
        ("Alex", "yeah. thanks", L()),
    ],
    minutes=[0, 1, 2, 3, 4, 5, 6, 7, 8],
)


def _analysis(me: str | None = None) -> Analysis:
    return attach(analyze(CHAT, me=me), CHAT)[0]


def _text(width: int, me: str | None = None) -> str:
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    render([_analysis(me)], console)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 120])
def test_summary_fits_and_headers_are_whole(width: int) -> None:
    out = _text(width)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= min(width, MAX_WIDTH)
    talk = next(line for line in lines if "Turns" in line)
    for header in ("Speaker", "Turns", "Words", "Share", "Longest", "Reply"):
        assert header in talk
    listen = next(line for line in lines if "Reflections" in line)
    for header in ("Speaker", "Open Qs", "Yes/no Qs", "Reflections", "Advice", "Attunement"):
        assert header in listen
    assert "\u2026" not in talk and "\u2026" not in listen
    assert "LSM" not in out


def test_notes_come_before_what_went_well_with_their_moments() -> None:
    out = _text(80)
    try_at, well_at = out.index("What to try next"), out.index("What went well")
    assert try_at < well_at < out.index("Who talked and listened")
    tries = out[try_at:well_at]
    assert "#1 Sam" in tries and "went straight to a solution" in " ".join(tries.split())
    assert "Try: " in tries and "Try: Try" not in tries
    well = " ".join(out[well_at:].split())
    assert "#7 Sam" in well and "Keep doing this" in well


def test_me_is_marked_and_addressed_as_you() -> None:
    out = " ".join(_text(120, me="Sam").replace("\u2502", " ").split())  # without the panel's side borders
    assert "Sam (you)" in out
    assert "you went straight to a solution" in out
    assert "You asked 2 yes-or-no questions and no open ones." in out
    assert "\u201cHow did the talk with Karen go?\u201d" in out


def test_html_lists_praise_after_the_things_to_try_and_marks_you() -> None:
    from heart2heart.report.html import render_html
    from heart2heart.report.pipeline import analyse_conversation

    html = render_html([analyse_conversation(CHAT, me="Sam")], me="Sam")
    tries, well = html.index("<h3>What to try next</h3>"), html.index("<h3>What went well</h3>")
    assert tries < well
    assert html.count("#1 · Sam (you)") == 1 and "#7 · Sam (you)" in html[well:]
    assert "<strong>Try:</strong> Meet the feeling first" in html[tries:well]


def test_names_files_and_quotes_are_shown_as_written_never_as_markup() -> None:
    # Speakers, the conversation's name, its file and quotes come from the user: brackets are not rich markup
    # (an unknown "[bold]" tag vanished, a stray "[/b]" raised) and ":heart:" stays text, not an emoji.
    dad, me = "Dad [home] :heart:", "[bold]Sam[/b]"
    rows = [(dad if u.speaker == "Alex" else me, u.text, u.labels) for u in CHAT.utterances]
    chat = dataclasses.replace(conv(rows, cid="chat [2024] [bold]", minutes=list(range(9))), source="f [red].txt")
    console = Console(width=120, record=True, force_terminal=False, color_system=None)
    render([attach(analyze(chat), chat)[0]], console)
    out = " ".join(console.export_text().replace("\u2502", " ").split())
    assert "chat [2024] [bold]" in out and "f [red].txt" in out
    assert f"#1 {me}" in out and f"{me} 4" in out  # a note's moment; the speaker table
    assert dad in out and "\u2764" not in out


@pytest.mark.parametrize("width", [80, 120])
def test_many_conversations_get_one_overview(width: int) -> None:
    """A chat history split into many conversations: a row each (in order, with its kind and score), a tally of
    the kinds, and where to read each in full; up to OVERVIEW_AFTER, a panel each as before."""
    from heart2heart.report.terminal import OVERVIEW_AFTER

    base = _analysis()
    many = [dataclasses.replace(base, conversation=f"chat#{i}") for i in range(1, OVERVIEW_AFTER + 2)]
    many[-1] = dataclasses.replace(many[-1], kind="heart_to_heart")
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    render(many, console)
    out = console.export_text()
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= min(width, MAX_WIDTH)
    assert f"{len(many)} conversations" in lines[0]
    rows = [line for line in lines if "chat#" in line]
    assert [r.split()[1] for r in rows] == [f"chat#{i}" for i in range(1, len(many) + 1)]
    assert all(f"{base.utterances} utts" in r or f"{base.utterances} msgs" in r for r in rows)
    score = str(base.scores.heart_to_heart)
    assert all(r.rstrip(" │").endswith(score) for r in rows)
    assert "fixing" in rows[0] and "heart-to-heart" in rows[-1]
    assert f"{base.kind.replace('_', ' ')}: {len(many) - 1} · heart-to-heart: 1" in " ".join(out.split())
    assert "--html" in out and "What to try next" not in out
    few = Console(width=width, record=True, force_terminal=False, color_system=None)
    render(many[:OVERVIEW_AFTER], few)
    assert few.export_text().count("What to try next") == OVERVIEW_AFTER
    # several files: up to three are named under the table, more are counted
    files = [dataclasses.replace(a, source=f"chat{i % 4}.txt") for i, a in enumerate(many)]
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    render(files, console)
    assert "4 files" in console.export_text() and "chat0.txt" not in console.export_text()
    render(files[:3] * 2, console)
    assert "chat0.txt, chat1.txt, chat2.txt" in console.export_text()


def test_listening_figures_are_the_assessments_as_in_the_html_report() -> None:
    # The labeller missed the question mark of "want me to come over?" and called "👍" nothing: the assessment
    # counts the question (a closed one), and the terminal must show the counts the HTML report and the JSON's
    # `listening` show, not the raw label counts (it showed Sam 1 yes/no question where the HTML showed 3).
    chat = dataclasses.replace(
        CHAT,
        utterances=(
            *CHAT.utterances,
            dataclasses.replace(CHAT.utterances[1], index=9, text="want me to come over?", labels=L()),
        ),
    )
    a = attach(analyze(chat), chat)[0]
    heard = {sl.name: sl for sl in a.assessment.listening}
    assert heard["Sam"].questions_closed != a.speaker("Sam").questions_closed  # the two counts differ here
    console = Console(width=120, record=True, force_terminal=False, color_system=None)
    render([a], console)
    lines = console.export_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "Yes/no Qs" in line)
    for line in lines[start + 1 : start + 3]:
        cells = line.strip("│ ").split()
        sl = heard[cells[0]]
        assert cells[1:5] == [str(sl.questions_open), str(sl.questions_closed), str(sl.reflections), str(sl.advice)]
