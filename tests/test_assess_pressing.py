"""Pressing words and long utterances: counted per speaker, and the attunement terms they feed (hand-computed)."""

from __future__ import annotations

import dataclasses

import pytest

from _assess_helpers import L, conv, speaker_listening
from heart2heart.assess.listening import BRIEF_REFLECTION, PRESSING, SpeakerListening, listening
from heart2heart.assess.scores import PENALTIES, attunement, attunement_terms
from heart2heart.model import Conversation, Utterance


def _listener(utterances: int, pressing: int = 0, long_utterances: int = 0) -> SpeakerListening:
    return speaker_listening(utterances=utterances, pressing=pressing, long_utterances=long_utterances)


@pytest.mark.parametrize(
    ("text", "pressing"),
    [
        ("You really need to take it, it's rare.", True),
        ("Don't worry about the side effects.", True),
        ("Like I said, make sure you pick it up today.", True),
        ("What would you like to do about it?", False),
        ("It sounds like the muscle weakness worries you.", False),
    ],
)
def test_pressing_words(text: str, pressing: bool) -> None:
    assert PRESSING.found(text) is pressing


def test_listening_counts_pressing_and_long_utterances() -> None:
    long_text = " ".join(["word"] * 41)  # 41 words: more than 40
    texts = [("A", "You need to stop."), ("B", "I know."), ("A", long_text), ("B", "Ok."), ("A", "How was it?")]
    conv = Conversation("c", tuple(Utterance("c", i, s, t) for i, (s, t) in enumerate(texts)))
    a = next(sl for sl in listening(conv, []) if sl.name == "A")
    b = next(sl for sl in listening(conv, []) if sl.name == "B")
    assert (a.pressing, a.long_utterances) == (1, 1)
    assert (b.pressing, b.long_utterances) == (0, 0)


def test_pressing_restraint_runs_from_annomi_good_to_poor_rate() -> None:
    # 1 in 100 is below the good rate (1.8) -> 1; 10 in 100: 1 - (0.10 - 0.018) / 0.127 = 0.3543; 20 in 100 -> 0
    assert attunement_terms(_listener(100, pressing=1))["pressing_restraint"] == 1.0
    assert attunement_terms(_listener(100, pressing=10))["pressing_restraint"] == pytest.approx(0.3543, abs=1e-4)
    assert attunement_terms(_listener(100, pressing=20))["pressing_restraint"] == 0.0


def test_floor_restraint_from_long_utterances() -> None:
    # 8 in 100 -> 1; 20 in 100: 1 - (0.20 - 0.08) / 0.24 = 0.5; 32 in 100 -> 0
    assert attunement_terms(_listener(100, long_utterances=8))["floor_restraint"] == 1.0
    assert attunement_terms(_listener(100, long_utterances=20))["floor_restraint"] == pytest.approx(0.5)
    assert attunement_terms(_listener(100, long_utterances=32))["floor_restraint"] == 0.0


def test_pressing_and_long_utterances_scale_the_score_down() -> None:
    # No questions, reflections or empathy; advice and talk restraint 1: base = (1.5 + 0.5) / (6 + 6 + 1.5 + 0.5)
    # = 0.142857. Pressing 10 in 100 (0.3543) and long 20 in 100 (0.5): factor 1 - 0.4 * 0.6457 - 0.3 * 0.5
    # = 0.591732, so 0.142857 * 0.591732 = 0.0845.
    calm = _listener(100)
    assert attunement(calm) == pytest.approx(0.143)
    assert attunement(dataclasses.replace(calm, pressing=10, long_utterances=20)) == pytest.approx(0.085)
    assert PENALTIES == {
        "pressing_restraint": 0.4,
        "floor_restraint": 0.3,
        "telling_restraint": 0.2,
        "input_restraint": 0.2,
    }


def test_brief_reflections_count_and_long_ones_with_a_stem() -> None:
    brief = "So you felt shut out when she did not call back."
    lecture = " ".join(["so you need to understand that this matters"] * 4)  # 32 words labelled a reflection
    at_limit = " ".join(["you"] * BRIEF_REFLECTION)
    stem = "It sounds like " + " ".join(["the evenings are hard"] * 6)  # 27 words with a reflection's stem
    c = conv(
        [
            ("C", "I keep waiting for her to call.", L(d=2)),
            ("A", brief, L(r=True)),
            ("C", "Yes.", L()),
            ("A", lecture, L(r=True)),
            ("C", "Ok.", L()),
            ("A", at_limit, L(r=True)),
            ("C", "Mm.", L()),
            ("A", stem, L(r=True)),
        ]
    )
    a = next(sl for sl in listening(c, []) if sl.name == "A")
    assert len(lecture.split()) == 32 and len(stem.split()) == 27
    assert a.reflections == 3  # the brief one, the one at the limit and the long one with a stem; not the lecture
