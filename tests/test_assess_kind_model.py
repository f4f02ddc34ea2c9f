"""The kind model: deterministic fit, JSON round trip, the kept-up-argument rule, and the shipped weights."""

from __future__ import annotations

import math

import pytest

from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.kind import KINDS
from heart2heart.assess.kind_features import FEATURE_NAMES
from heart2heart.assess.kind_model import KindModel, fit, load_model, persistent_conflict, raised_conflict
from heart2heart.assess.kind_text import TEXT_FEATURES


def _rows() -> tuple[list[dict[str, float]], list[str]]:
    rows = [{"q": 0.9, "d": 0.0}, {"q": 0.8, "d": 0.1}, {"q": 0.1, "d": 0.9}, {"q": 0.0, "d": 0.8}]
    kinds = ["interrogation", "interrogation", "heart_to_heart", "heart_to_heart"]
    return rows, kinds


def test_fit_is_deterministic_and_separates() -> None:
    rows, kinds = _rows()
    a = fit(rows, kinds, ("q", "d"), l2=1.0, iterations=500)  # type: ignore[arg-type]
    b = fit(rows, kinds, ("q", "d"), l2=1.0, iterations=500)  # type: ignore[arg-type]
    assert a.to_dict() == b.to_dict()
    # standardisation: mean of q is (0.9 + 0.8 + 0.1 + 0.0) / 4 = 0.45
    assert a.mean[0] == pytest.approx(0.45)
    assert a.predict({"q": 0.85, "d": 0.05}) == "interrogation"
    assert a.predict({"q": 0.05, "d": 0.85}) == "heart_to_heart"
    probs = a.probabilities({"q": 0.5, "d": 0.5})
    assert math.isclose(sum(probs.values()), 1.0)


def test_round_trip() -> None:
    rows, kinds = _rows()
    model = fit(rows, kinds, ("q", "d"), iterations=50)  # type: ignore[arg-type]
    again = KindModel.from_dict(model.to_dict())
    assert again.to_dict() == model.to_dict()
    bad = {**model.to_dict(), "classes": ["gossip", *model.classes[1:]]}
    with pytest.raises(ValueError, match="unknown kinds"):
        KindModel.from_dict(bad)


def _m(index: int, speaker: str) -> ConflictMoment:
    return ConflictMoment(index, speaker, "criticism", "x")


def test_persistent_conflict() -> None:
    # three horsemen, two speakers, one at index 6 of 10 (second half): an argument both keep up
    assert persistent_conflict([_m(0, "A"), _m(1, "B"), _m(6, "A")], 0, 10)
    # all in the first half: a harsh start-up that was repaired
    assert not persistent_conflict([_m(0, "A"), _m(1, "B"), _m(2, "A")], 0, 10)
    # one speaker only
    assert not persistent_conflict([_m(0, "A"), _m(3, "A"), _m(8, "A")], 0, 10)
    assert not persistent_conflict([_m(0, "A"), _m(8, "B")], 0, 10)


def test_raised_conflict() -> None:
    # a grievance answered with a horseman, and half the talk a quarrel: the complaint is what the talk is about
    assert raised_conflict({"grievance_met_by_horseman": 1.0, "quarrel_share": 0.5, "top_talk_share": 0.6})
    # the quarrel was left behind (a harsh start-up that repaired into a heart-to-heart)
    assert not raised_conflict({"grievance_met_by_horseman": 1.0, "quarrel_share": 0.25, "top_talk_share": 0.6})
    # a grievance met with "you're right, I'm sorry"
    assert not raised_conflict({"grievance_met_by_horseman": 0.0, "quarrel_share": 0.9, "top_talk_share": 0.6})
    # one person holds the floor (a lecture answered with "fine" and "whatever")
    assert not raised_conflict({"grievance_met_by_horseman": 1.0, "quarrel_share": 0.9, "top_talk_share": 0.8})
    assert not raised_conflict({})


def test_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert model is not None
    # Refit with `python corpus/build_kind_model.py` whenever a feature is added or renamed.
    assert model.features == FEATURE_NAMES + TEXT_FEATURES
    assert model.classes == KINDS
    assert model.weights.shape == (len(model.features), len(KINDS))
