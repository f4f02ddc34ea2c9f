"""Talk share, turns and monologues on conversations built in code, against hand-computed answers."""

from __future__ import annotations

import pytest

from heart2heart.metrics.structure import monologues, speaker_talk, speech_intervals
from heart2heart.model import Conversation, Utterance


def _words(n: int, word: str = "word") -> str:
    return " ".join([word] * n)


def timed(rows: list[tuple[str, str, float, float | None]]) -> Conversation:
    """A transcript from ``(speaker, text, start, end)`` rows."""
    utts = (Utterance("t", i, s, text, start=a, end=b) for i, (s, text, a, b) in enumerate(rows))
    return Conversation("t", tuple(utts))


def test_talk_share_and_turns_by_words() -> None:
    conv = Conversation.from_texts(
        [
            ("Maya", "How are you really"),
            ("Sam", "Fine thanks"),
            ("Sam", "and you"),
            ("Maya", "I have been better to be honest"),
        ]
    )
    maya, sam = speaker_talk(conv)
    assert (maya.name, maya.turns, maya.utterances, maya.words) == ("Maya", 2, 2, 11)
    assert (sam.name, sam.turns, sam.utterances, sam.words) == ("Sam", 1, 2, 4)
    assert maya.talk_share == pytest.approx(11 / 15)
    assert sam.talk_share == pytest.approx(4 / 15)
    assert maya.talk_share_time is None and maya.seconds is None


def test_media_counts_as_a_turn_but_no_words() -> None:
    conv = Conversation(
        "c",
        (
            Utterance("c", 0, "A", "look at this"),
            Utterance("c", 1, "B", "<Media omitted>", media=True),
            Utterance("c", 2, "A", "nice"),
        ),
    )
    a, b = speaker_talk(conv)
    assert (a.turns, a.words, b.turns, b.words) == (2, 4, 1, 0)
    assert b.talk_share == 0.0


def test_monologue_survives_short_interruptions_which_do_not_count() -> None:
    conv = Conversation.from_texts(
        [
            ("A", _words(10)),
            ("B", "yeah ok"),  # backchannel (2 words)
            ("A", _words(8)),
            ("B", "mm"),  # one turn of 2 words over two utterances: still a backchannel
            ("B", "right"),
            ("A", _words(5)),
            ("B", "that sounds really hard honestly"),  # 5 words: breaks A's run
            ("A", _words(4)),
        ]
    )
    runs = monologues(conv)
    assert [(m.speaker, m.first, m.last, m.words) for m in runs] == [
        ("A", 0, 5, 23),
        ("B", 6, 6, 5),
        ("A", 7, 7, 4),
    ]
    assert all(m.seconds is None for m in runs)


def test_a_short_reply_is_absorbed_into_the_other_speakers_run() -> None:
    conv = Conversation.from_texts([("A", _words(3)), ("B", _words(30)), ("A", "ok then")])
    assert [(m.speaker, m.words) for m in monologues(conv)] == [("A", 3), ("B", 30)]


def test_four_words_break_a_monologue() -> None:
    conv = Conversation.from_texts([("A", _words(20)), ("B", "oh I see now"), ("A", _words(20))])
    assert [m.words for m in monologues(conv)] == [20, 4, 20]


def test_timed_talk_share_and_monologue_seconds() -> None:
    conv = timed(
        [
            ("A", _words(10), 0.0, 10.0),
            ("B", "yeah", 10.5, 11.0),
            ("A", _words(9), 11.2, 20.0),
            ("B", _words(5), 21.0, 30.0),
            ("A", _words(4), 31.0, 33.0),
        ]
    )
    a, b = speaker_talk(conv)
    assert a.seconds == pytest.approx(10 + 8.8 + 2)
    assert b.seconds == pytest.approx(0.5 + 9)
    assert a.talk_share_time == pytest.approx(20.8 / 30.3)
    assert b.talk_share_time == pytest.approx(9.5 / 30.3)
    runs = monologues(conv)
    assert [(m.speaker, m.words) for m in runs] == [("A", 19), ("B", 5), ("A", 4)]
    assert [m.seconds for m in runs] == pytest.approx([20.0, 9.0, 2.0])


def test_missing_end_is_estimated_from_words_and_capped_by_the_next_start() -> None:
    conv = timed([("A", _words(5), 0.0, None), ("B", _words(5), 1.0, 1.5), ("A", _words(5), 10.0, None)])
    assert speech_intervals(conv) == [(0.0, 1.0), (1.0, 1.5), (10.0, 12.0)]


def test_untimed_has_no_intervals() -> None:
    assert speech_intervals(Conversation.from_texts([("A", "hi")])) is None
