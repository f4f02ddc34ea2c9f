"""Sliding-window talk-time dominance and its stereotype on three constructed transcripts and a text chat."""

from __future__ import annotations

import pytest

from heart2heart.metrics.dominance import dominance, stereotype_of
from heart2heart.model import Conversation, Utterance


def pattern(blocks: list[tuple[float, float, str, float, str, float]]) -> Conversation:
    """A transcript repeating ``(first, a_seconds, second, b_seconds)`` exchanges from ``start`` to ``stop``."""
    utts: list[Utterance] = []
    for start, stop, first, a_secs, second, b_secs in blocks:
        t = start
        while t < stop - 1e-9:
            utts.append(Utterance("t", len(utts), first, "so anyway", start=t, end=t + a_secs))
            utts.append(Utterance("t", len(utts), second, "mm", start=t + a_secs, end=t + a_secs + b_secs))
            t += a_secs + b_secs
    return Conversation("t", tuple(utts))


def test_one_speaker_dominating_throughout() -> None:
    d = dominance(pattern([(0, 600, "A", 9, "B", 1)]))
    assert d.unit == "seconds"
    assert len(d.windows) == 16  # starts 0, 30, ..., 450; the last one reaches 600
    assert all(w.dominant == "A" for w in d.windows)
    assert d.windows[0].shares == pytest.approx((0.9, 0.1))
    assert (d.primary, d.primary_share) == ("A", pytest.approx(0.9))
    assert d.stereotype == "dominating_throughout"


def test_back_and_forth() -> None:
    d = dominance(pattern([(0, 600, "A", 5, "B", 5)]))
    assert len(d.windows) == 16
    assert d.dominated() == {"A": 0, "B": 0}
    assert d.balanced == 16
    assert d.stereotype == "back_and_forth"


def test_alternating_dominance() -> None:
    # A holds the floor for five minutes, then B for five.
    d = dominance(pattern([(0, 300, "A", 9, "B", 1), (300, 600, "B", 9, "A", 1)]))
    # windows starting 0..180 favour A (A's share at 180: (0.9*120 + 0.1*30)/150 = 0.74), 210 and 240 are
    # balanced (0.58 and 0.42), 270..450 favour B.
    assert [w.dominant for w in d.windows] == ["A"] * 7 + [None, None] + ["B"] * 7
    assert d.windows[7].shares == pytest.approx((0.58, 0.42))
    assert d.stereotype == "alternating_dominance"


def test_windows_of_words_when_untimed() -> None:
    conv = Conversation.from_texts([("A", " ".join(["w"] * 10))] * 15 + [("B", " ".join(["w"] * 10))] * 15)
    d = dominance(conv)
    assert (d.unit, d.window, d.step) == ("words", 150, 30)
    # 300 words: windows start at 0, 30, ..., 150; A's share 1, 0.8, 0.6, 0.4, 0.2, 0
    assert [w.start for w in d.windows] == [0, 30, 60, 90, 120, 150]
    assert [w.shares[0] for w in d.windows] == pytest.approx([1.0, 0.8, 0.6, 0.4, 0.2, 0.0])
    assert [w.dominant for w in d.windows] == ["A", "A", None, None, "B", "B"]
    assert d.stereotype == "alternating_dominance"
    assert (d.primary, d.primary_share) == ("A", 0.5)  # a tie goes to whoever spoke first


def test_a_short_conversation_is_one_window() -> None:
    d = dominance(Conversation.from_texts([("A", "how was it"), ("B", "honestly it was a hard week for me")]))
    assert len(d.windows) == 1
    assert (d.windows[0].start, d.windows[0].end) == (0, 11)
    assert d.windows[0].dominant == "B"  # 8 of 11 words
    assert d.stereotype == "dominating_throughout"


def test_no_stereotype_for_a_single_speaker_or_silence() -> None:
    assert dominance(Conversation.from_texts([("A", "note to self")])).stereotype is None
    empty = dominance(Conversation("c", (Utterance("c", 0, "A", "<Media omitted>", media=True),)))
    assert (empty.windows, empty.primary, empty.stereotype) == ((), None, None)


@pytest.mark.parametrize(
    ("dominated", "n", "expected"),
    [
        ({"A": 9, "B": 1}, 10, "dominating_throughout"),
        ({"A": 5, "B": 0}, 10, "back_and_forth"),  # half the windows is not "most"
        ({"A": 6, "B": 2}, 10, "alternating_dominance"),
        ({"A": 1, "B": 1}, 10, "back_and_forth"),
        ({"A": 3}, 10, None),
    ],
)
def test_stereotype_rule(dominated: dict[str, int], n: int, expected: str | None) -> None:
    assert stereotype_of(dominated, n) == expected
