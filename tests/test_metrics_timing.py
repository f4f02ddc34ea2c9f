"""Duration, switches per minute and median response latencies, against hand-computed answers."""

from __future__ import annotations

from datetime import datetime

import pytest

from heart2heart.metrics.timing import median, response_latencies, tempo
from heart2heart.model import Conversation, Utterance


def transcript() -> Conversation:
    rows = [
        ("A", "a b c d e f g h i j", 0.0, 10.0),
        ("B", "yeah", 10.5, 11.0),
        ("A", "a b c d e f g h i", 11.2, 20.0),
        ("B", "a b c d e", 21.0, 30.0),
        ("A", "a b c d", 31.0, 33.0),
    ]
    return Conversation("t", tuple(Utterance("t", i, s, x, start=a, end=b) for i, (s, x, a, b) in enumerate(rows)))


def chat() -> Conversation:
    rows = [
        ("A", "hey", "21:00"),
        ("B", "hi!", "21:02"),
        ("B", "what's up", "21:03"),
        ("A", "long day", "21:10"),
        ("B", "oh no", "21:40"),
    ]
    return Conversation(
        "c",
        tuple(
            Utterance("c", i, s, x, time=datetime.fromisoformat(f"2024-03-01T{t}:00"))
            for i, (s, x, t) in enumerate(rows)
        ),
    )


def test_median() -> None:
    assert median([]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_switches_per_minute_on_a_transcript() -> None:
    t = tempo(transcript())
    assert t.duration_seconds == pytest.approx(33.0)
    assert t.switches == 4
    assert t.switches_per_minute == pytest.approx(4 / (33 / 60))


def test_latency_in_seconds_from_the_end_of_the_previous_turn() -> None:
    a, b = response_latencies(transcript())
    # A replies at 11.2 (B ended 11.0) and 31.0 (B ended 30.0): 0.2 and 1.0
    assert (a.speaker, a.replies) == ("A", 2)
    assert a.median_seconds == pytest.approx(0.6)
    # B replies at 10.5 (A ended 10.0) and 21.0 (A ended 20.0): 0.5 and 1.0
    assert b.median_seconds == pytest.approx(0.75)
    assert a.median_minutes is None and b.median_minutes is None


def test_latency_from_the_start_when_there_is_no_end_and_overlaps_are_negative() -> None:
    conv = Conversation(
        "t",
        (
            Utterance("t", 0, "A", "so I was thinking", start=0.0),
            Utterance("t", 1, "B", "mm", start=2.0, end=2.5),
            Utterance("t", 2, "A", "anyway", start=2.3, end=3.0),
        ),
    )
    a, b = response_latencies(conv)
    assert b.median_seconds == pytest.approx(2.0)  # from A's start, as A has no end
    assert a.median_seconds == pytest.approx(-0.2)  # A came in before B finished


def test_latency_in_minutes_on_a_chat() -> None:
    conv = chat()
    a, b = response_latencies(conv)
    assert a.median_minutes == pytest.approx(7.0)  # 21:03 -> 21:10
    assert b.median_minutes == pytest.approx(16.0)  # 2 and 30 minutes
    assert a.median_seconds is None
    t = tempo(conv)
    assert t.duration_seconds == pytest.approx(40 * 60)
    assert t.switches == 3
    assert t.switches_per_minute is None  # only transcripts have speech time


def test_untimed_has_no_tempo_or_latency() -> None:
    conv = Conversation.from_texts([("A", "hi"), ("B", "hello"), ("A", "how are you")])
    t = tempo(conv)
    assert (t.duration_seconds, t.switches, t.switches_per_minute) == (None, 2, None)
    assert all(lat.median_seconds is None and lat.median_minutes is None for lat in response_latencies(conv))
    assert [lat.replies for lat in response_latencies(conv)] == [1, 1]
