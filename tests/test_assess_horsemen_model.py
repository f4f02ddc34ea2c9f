"""The horsemen model: the horsemen of a quarrel as people mark them, told only of conversations read as conflicts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from _assess_helpers import L, conv
from heart2heart.assess import horsemen_model
from heart2heart.assess.text_model import TextModel

QUARREL = conv(
    [
        ("Amy", "You never help with anything. Not once.", L()),
        ("Joe", "I was at work all day, what do you want from me?", L()),
        ("Amy", "Oh poor you, working so hard. Must be exhausting sitting in meetings.", L()),
        ("Joe", "whatever.", L()),
        ("Amy", "Can we talk about the weekend plans?", L()),
    ],
    minutes=[0, 1, 2, 3, 4],
)


def _model() -> TextModel:
    model = horsemen_model.load_model()
    if model is None:
        pytest.fail("the shipped horsemen model is missing (python corpus/build_horsemen_model.py writes it)")
    return model


def test_each_horseman_is_told_where_people_would_mark_it() -> None:
    assert set(_model().classes) == set(horsemen_model.CLASSES)
    told = horsemen_model.told(QUARREL, _model())
    assert [(m.index, m.speaker, m.horseman) for m in told] == [
        (0, "Amy", "criticism"),
        (1, "Joe", "defensiveness"),
        (2, "Amy", "contempt"),
        (3, "Joe", "stonewalling"),  # a cold "whatever." the cues do not take for one
    ]
    assert told[3].text == "whatever."


def test_the_threshold_and_attachments() -> None:
    assert horsemen_model.told(QUARREL, _model(), threshold=1.01) == []
    # An attachment and an empty message are no one's words, whatever their placeholder says.
    first, second = QUARREL.utterances[0], QUARREL.utterances[3]
    quiet = replace(QUARREL, utterances=(replace(first, media=True), replace(second, text="  ")))
    assert horsemen_model.told(quiet, _model()) == []


def test_without_the_model_the_cues_moments_are_told(monkeypatch: pytest.MonkeyPatch) -> None:
    from heart2heart.assess import _told_horsemen
    from heart2heart.assess.conflict import horsemen

    monkeypatch.setattr(horsemen_model, "load_model", lambda: None)
    assert _told_horsemen(QUARREL, horsemen(QUARREL)) == horsemen(QUARREL)
