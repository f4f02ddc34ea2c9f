"""Plain-language readings of the measures and the terminal summary's pieces."""

from __future__ import annotations

import dataclasses
import io

import pytest
from rich.console import Console

from heart2heart.analysis import Analysis, analyze
from heart2heart.metrics.dominance import Window
from heart2heart.model import Conversation, Utterance
from heart2heart.report.readings import (
    balance_reading,
    dominance_reading,
    duration_text,
    monologue_reading,
    style_reading,
    tempo_reading,
)
from heart2heart.report.terminal import dominance_strip, summary


def words(n: int) -> str:
    return " ".join(["word"] * n)


def untimed(a_words: int, b_words: int) -> Analysis:
    return analyze(Conversation.from_texts([("Maya", words(a_words)), ("Sam", words(b_words))]))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(4.25, "4.2 s"), (45, "45 s"), (150, "2.5 min"), (1800, "30 min"), (3600 * 2 + 300, "2 h 5 min"), (7200, "2 h")],
)
def test_duration_text(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_balance_even_leaning_one_sided() -> None:
    assert balance_reading(untimed(55, 45)).startswith("Talk was shared evenly (55% / 45% of the words)")
    leaning = balance_reading(untimed(70, 30))
    assert leaning.startswith("Maya did more of the talking (70% of the words)")
    assert "folklore" in leaning  # Sam said under 35%
    assert balance_reading(untimed(80, 20)).startswith("Maya did most of the talking (80% of the words)")
    assert "folklore" not in balance_reading(untimed(60, 40))


def test_balance_addresses_me_as_you() -> None:
    a = dataclasses.replace(untimed(80, 20), me="Maya")
    assert balance_reading(a).startswith("You did most of the talking")


def test_single_speaker() -> None:
    a = analyze(Conversation.from_texts([("Maya", "note to self")]))
    assert balance_reading(a) == "Only Maya spoke here: a note or a monologue, not a dialogue."
    assert dominance_reading(a) is None
    assert style_reading(a) == "Not enough words from two people to compare their styles."


def test_monologue_reading_long_and_short() -> None:
    long = monologue_reading(untimed(250, 10))
    assert long is not None and long.startswith("Longest stretch: Maya, 250 words without")
    short = monologue_reading(untimed(20, 25))
    assert short is not None and short.startswith("No long monologues (longest: Sam, 25 words)")


def test_dominance_readings_cite_candor() -> None:
    a = untimed(120, 30)  # one 150-word window, Maya holds 80%
    assert a.dominance.stereotype == "dominating_throughout"
    reading = dominance_reading(a)
    assert reading is not None and reading.startswith("Maya held the floor in most stretches")
    assert "7.20 of 10" in reading
    alternating = dataclasses.replace(a, dominance=dataclasses.replace(a.dominance, stereotype="alternating_dominance"))
    assert "7.79 of 10" in (dominance_reading(alternating) or "")


def test_tempo_readings_per_channel() -> None:
    assert tempo_reading(untimed(5, 5)) == "No timestamps, so no timing measures."
    rows = [("A", 0.0, 2.0), ("B", 5.0, 6.0), ("A", 9.5, 10.0)]
    conv = Conversation("t", tuple(Utterance("t", i, s, "so yes", start=a, end=b) for i, (s, a, b) in enumerate(rows)))
    reading = tempo_reading(analyze(conv))
    assert reading.startswith("12.0 speaker switches a minute; median reply gap: A 3.5 s, B 3.0 s.")
    assert "A often paused" in reading


def test_style_reading_flags_few_words() -> None:
    a = analyze(Conversation.from_texts([("A", "I love the rain"), ("B", "You do not like a storm")]))
    # LSM 6.6 / 9 = 0.73 (see test_metrics_style): moderate; 6 and 4 words are far too few to trust
    assert style_reading(a) == (
        "B and A matched each other's style moderately (style match 0.73), as most conversations do."
        " (Few words, so read this with care.)"
    )


def test_dominance_strip_samples_down_to_width() -> None:
    a = untimed(120, 30)
    many = tuple(
        Window(i, i + 150, (1.0, 0.0) if i < 50 else (0.5, 0.5), "Maya" if i < 50 else None) for i in range(100)
    )
    a = dataclasses.replace(a, dominance=dataclasses.replace(a.dominance, windows=many))
    strip = dominance_strip(a, width=10)
    assert strip.plain == "█████·····"


def test_summary_renders_names_and_readings() -> None:
    a = dataclasses.replace(untimed(55, 45), me="Sam")
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(summary(a, 100))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Sam (you)" in text and "Maya" in text
    assert "Talk was shared evenly" in text
