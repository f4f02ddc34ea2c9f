"""Telling: a listener's own statements, counted per speaker, and the attunement penalty they feed (hand-computed)."""

from __future__ import annotations

import dataclasses

import pytest

from _assess_helpers import L, speaker_listening
from heart2heart.assess.listening import (
    BRIEF_REFLECTION,
    TELLING_WORDS,
    SpeakerListening,
    listening,
    reflects,
    tells,
)
from heart2heart.assess.scores import attunement, attunement_terms
from heart2heart.model import Conversation, Labels, Utterance


def _utt(text: str, labels: Labels, speaker: str = "A", role: str | None = None, index: int = 0) -> Utterance:
    return Utterance("c", index, speaker, text, role=role, labels=labels)


@pytest.mark.parametrize(
    ("text", "labels", "told"),
    [
        ("Drinking at this level damages the liver over time.", L(), True),  # information
        ("You could try cutting down to three nights a week.", L(a=True), True),  # advice is telling too
        ("So you felt shut out when she did not call back.", L(r=True), False),  # a brief reflection
        (" ".join(["so you need to understand that this matters"] * 4), L(r=True), True),  # long: input
        (  # long, but a reflection's stem: it counts, so it does not tell
            "It sounds like the evenings are the hardest part, when the kids are in bed and the house goes quiet and"
            " there is nobody left to talk to about any of it.",
            L(r=True),
            False,
        ),
        ("What would you like to do about it?", L(q="open"), False),
        ("Do you drink every day of the week", L(q="closed"), False),  # a question without its mark
        ("Okay, I see.", L(), False),  # fewer than TELLING_WORDS words: a reaction
        ("Yeah yeah yeah yeah yeah.", L(bc=True), False),  # a listener token
    ],
)
def test_what_tells(text: str, labels: Labels, told: bool) -> None:
    assert tells(_utt(text, labels)) is told


def test_the_word_limits() -> None:
    assert tells(_utt(" ".join(["word"] * TELLING_WORDS), L())) is True
    assert tells(_utt(" ".join(["word"] * (TELLING_WORDS - 1)), L())) is False
    assert tells(_utt(" ".join(["you"] * BRIEF_REFLECTION), L(r=True))) is False
    assert tells(_utt(" ".join(["you"] * (BRIEF_REFLECTION + 1)), L(r=True))) is True


_LONG = " and the kids are in bed and the house goes quiet and there is nobody left to talk to"  # 19 words


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("It sounds like the evenings are the hardest part" + _LONG, True),
        ("What I'm hearing is that the evenings are the hardest" + _LONG, True),
        ("On the other hand, the evenings are the hardest part" + _LONG, True),
        ("So you feel the evenings are the hardest part" + _LONG, True),
        ("So you need to plan the evenings better because" + _LONG, False),  # a directive, not a stem
        ("So you have to plan the evenings better because" + _LONG, False),
        ("Drinking at this level damages the liver, especially" + _LONG, False),  # input the labeller misread
    ],
)
def test_a_long_reflection_counts_with_a_reflective_stem(text: str, counts: bool) -> None:
    u = _utt(text, L(r=True))
    assert u.words > BRIEF_REFLECTION
    assert reflects(u, L(r=True)) is counts
    assert reflects(u, L()) is False  # never without the labeller's reflection
    assert reflects(_utt("It sounds like a hard week.", L()), L(r=True)) is True  # brief: counts as before


def test_listening_counts_statements_per_speaker() -> None:
    rows = [
        ("therapist", "What brings you in today?", L(q="open")),
        ("client", "My doctor says I drink too much and I should come.", L(d=1)),
        ("therapist", "Alcohol at that level raises your blood pressure a lot.", L()),
        ("client", "I know.", L()),
        ("therapist", "So it was your doctor's idea more than yours.", L(r=True)),
        ("client", "Pretty much, yes, I did not want to come here.", L()),
        ("therapist", "You have to cut down before it gets worse.", L(a=True)),
    ]
    role = {"therapist": "therapist", "client": "client"}
    c = Conversation("c", tuple(_utt(t, lab, s, role[s], i) for i, (s, t, lab) in enumerate(rows)))
    figures = {sl.name: sl for sl in listening(c, [])}
    assert figures["therapist"].role == "listener"
    assert figures["therapist"].statements == 2  # the information and the advice, not the question or reflection
    assert figures["client"].statements == 2  # "I know." is too short to tell


def _listener(utterances: int, statements: int, role: str = "listener") -> SpeakerListening:
    return speaker_listening(utterances=utterances, statements=statements, role=role)


def test_telling_restraint_runs_from_good_to_poor_counselling() -> None:
    # 18 in 100 (the good counsellors' median) -> 1; 32 in 100: 1 - (0.32 - 0.18) / 0.28 = 0.5; 46 in 100 -> 0
    assert attunement_terms(_listener(100, 10))["telling_restraint"] == 1.0
    assert attunement_terms(_listener(100, 32))["telling_restraint"] == pytest.approx(0.5)
    assert attunement_terms(_listener(100, 60))["telling_restraint"] == 0.0


def test_telling_counts_for_listeners_only() -> None:
    # In a mutual talk telling is taking part: the term is absent, and the score does not move.
    for role in ("mutual", "sharer"):
        assert "telling_restraint" not in attunement_terms(_listener(100, 60, role))
        assert attunement(_listener(100, 60, role)) == attunement(_listener(100, 0, role))


def test_telling_scales_the_listeners_score_down() -> None:
    # The calm listener of test_assess_pressing: base 0.142857. Telling 32 in 100 (term 0.5): factor 1 - 0.2 * 0.5
    # = 0.9, so 0.142857 * 0.9 = 0.1286; all telling (term 0): factor 0.8 -> 0.1143.
    calm = _listener(100, 0)
    assert attunement(calm) == pytest.approx(0.143)
    assert attunement(dataclasses.replace(calm, statements=32)) == pytest.approx(0.129)
    assert attunement(dataclasses.replace(calm, statements=100)) == pytest.approx(0.114)


def test_the_json_listening_object_carries_what_attunement_holds_against_a_speaker() -> None:
    rows = [
        ("therapist", "What brings you in today?", L(q="open")),
        ("client", " ".join(["I drink a bit more than I should on weekends"] * 5), L(d=2)),
        ("therapist", "You need to cut down before it gets worse, this is serious.", L(a=True)),
    ]
    role = {"therapist": "therapist", "client": "client"}
    c = Conversation("c", tuple(_utt(t, lab, s, role[s], i) for i, (s, t, lab) in enumerate(rows)))
    out = {sl.name: sl.to_dict() for sl in listening(c, [])}
    therapist, client = out["therapist"], out["client"]
    assert (therapist["pressing"], therapist["long_utterances"], therapist["statements"]) == (1, 0, 1)
    assert (client["pressing"], client["long_utterances"], client["statements"]) == (0, 1, 1)  # 50 words
    assert isinstance(therapist["input_share"], float) and 0.0 < therapist["input_share"] < 1.0
    assert client["input_share"] is None  # read for listeners only
