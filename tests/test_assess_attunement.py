"""Attunement terms and the response to a disclosure, with hand-computed values."""

from __future__ import annotations

import pytest

from _assess_helpers import speaker_listening
from heart2heart.assess.disclosures import Disclosure, classify_response, main_disclosure
from heart2heart.assess.listening import SpeakerListening
from heart2heart.assess.scores import attunement_terms
from heart2heart.model import Conversation, Utterance


def _listener(utterances: int, advice: int, talk_share: float) -> SpeakerListening:
    return speaker_listening(utterances=utterances, advice=advice, talk_share=talk_share)


def test_advice_restraint_runs_from_annomi_good_to_poor_rate() -> None:
    # 1 advice in 100 turns is below the good rate (1.8) -> 1; 10 in 100: 1 - (0.10-0.018)/0.127 = 0.354
    assert attunement_terms(_listener(100, 1, 0.5))["advice_restraint"] == 1.0
    assert attunement_terms(_listener(100, 10, 0.5))["advice_restraint"] == pytest.approx(0.3543, abs=1e-3)
    assert attunement_terms(_listener(100, 20, 0.5))["advice_restraint"] == 0.0


def test_talk_restraint_by_fair_share() -> None:
    # two speakers: (0.67 - 0.52) / 0.15 = 1.0; (0.67 - 0.62) / 0.15 = 0.333
    assert attunement_terms(_listener(10, 0, 0.52))["talk_restraint"] == pytest.approx(1.0)
    assert attunement_terms(_listener(10, 0, 0.62))["talk_restraint"] == pytest.approx(0.3333, abs=1e-3)
    # three speakers: fair 1/3 -> (0.4467 - 0.40) / 0.1 = 0.467
    assert attunement_terms(_listener(10, 0, 0.40), speakers=3)["talk_restraint"] == pytest.approx(0.4667, abs=1e-3)


def _turn(*texts: str, speaker: str = "B") -> Conversation:
    utts = tuple(Utterance(conversation="c", index=i, speaker=speaker, text=t) for i, t in enumerate(texts))
    return Conversation(id="c", utterances=utts)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("haha therapy era 😂 did she give you homework", "deflected"),
        ("Oof, been there! Money is the worst. Anyway, the deck.", "deflected"),
        ("ok first thing, check your lease. he might have to give you more notice", "advice"),
        ("that's so unfair 😡", "met"),
        ("what happened at the interview?", "met"),
        ("did you see the new season dropped?", "deflected"),
    ],
)
def test_response_read_from_the_reply(reply: str, expected: str) -> None:
    disclosed = "I'm panicking about the interview, I can't afford to lose this job"
    turn = _turn(reply).turns()[0]
    assert classify_response(disclosed, turn)[0] == expected


def test_main_disclosure_is_the_first_deep_one() -> None:
    # Both labelled sets mark the first vulnerable disclosure as the main one, after lighter personal remarks.
    found = [
        Disclosure(2, "A", 2, "met", 3, None, "my mum is selling the house we grew up in"),
        Disclosure(5, "A", 3, "met", 6, None, "I sat in the car and cried"),
        Disclosure(9, "B", 3, "met", 10, None, "z"),
    ]
    main = main_disclosure(found)
    assert main is not None and main.index == 5
    # announced or strongly acknowledged news counts as deep even when its words read as depth 2
    found[0] = Disclosure(2, "A", 2, "met", 3, None, "it's Parkinson's", salient=True)
    main = main_disclosure(found)
    assert main is not None and main.index == 2
    # a bare announcement is not the disclosure; with nothing deep the first real one is the main one
    light = [
        Disclosure(0, "A", 2, "met", 1, None, "can I tell you something kind of big"),
        Disclosure(2, "A", 2, "met", 3, None, "I've been seeing someone for a year"),
    ]
    main = main_disclosure(light)
    assert main is not None and main.index == 2
    assert main_disclosure([]) is None
