"""analyze(): the assembled result, its JSON object, and the label-dependent fields."""

from __future__ import annotations

import dataclasses

import orjson
import pytest

from heart2heart.analysis import analyze
from heart2heart.metrics.listening import listening_counts
from heart2heart.model import Conversation, Labels, Utterance


def labelled() -> Conversation:
    rows = [
        ("Maya", "How are you, really?", Labels(question="open")),
        ("Sam", "Honestly I have been scared about the job", Labels(disclosure=3)),
        ("Maya", "It sounds like the waiting is the hardest part", Labels(reflection=True)),
        ("Maya", "Did you call them?", Labels(question="closed")),
        ("Sam", "Not yet", Labels(disclosure=1)),
        ("Maya", "You should call tomorrow", Labels(advice=True)),
    ]
    return Conversation("c1", tuple(Utterance("c1", i, s, t, labels=lab) for i, (s, t, lab) in enumerate(rows)))


def test_json_has_the_design_fields_in_order() -> None:
    conv = Conversation.from_texts([("Maya", "How are you really"), ("Sam", "Fine thanks and you")])
    out = analyze(conv).to_json()
    assert list(out)[:2] == ["conversation", "speakers"]
    assert out["conversation"] == "c1"
    maya = out["speakers"][0]
    assert maya == {
        "name": "Maya",
        "role": None,
        "turns": 1,
        "utterances": 1,
        "words": 4,
        "talk_share": 0.5,
        "talk_share_time": None,
        "longest_monologue_words": 4,
        "longest_monologue_seconds": None,
        "median_latency_seconds": None,
        "median_latency_minutes": None,
    }
    assert "kind" not in out and "scores" not in out and "disclosures" not in out and "notes" not in out
    assert out["dominance"]["stereotype"] == "back_and_forth"
    assert out["style_matching"]["speakers"] == ["Maya", "Sam"]
    orjson.dumps(out)  # serialisable as is


def test_label_fields_only_when_labelled() -> None:
    assert listening_counts(Conversation.from_texts([("A", "hi")])) is None
    out = analyze(labelled()).to_json()
    maya, sam = out["speakers"]
    assert out["labelled"] is True
    assert (maya["questions_open"], maya["questions_closed"], maya["reflections"], maya["advice"]) == (1, 1, 1, 1)
    assert maya["max_disclosure"] == 0
    assert (sam["questions_open"], sam["reflections"], sam["advice"], sam["max_disclosure"]) == (0, 0, 0, 3)
    assert "attunement" not in maya  # the assessment stage adds it


def test_assessment_fields_can_be_added_later() -> None:
    result = analyze(labelled())
    assessed = dataclasses.replace(
        result.with_speakers(Maya={"attunement": 0.72}),
        kind="heart_to_heart",
        scores={"heart_to_heart": 81, "reciprocity": 0.6, "attunement": 0.7, "depth": 3},
        notes=[{"index": 5, "speaker": "Maya", "message": "m", "suggestion": "s"}],
    )
    out = assessed.to_json()
    assert list(out)[:4] == ["conversation", "kind", "scores", "speakers"]
    assert out["speakers"][0]["attunement"] == 0.72
    assert "attunement" not in out["speakers"][1]
    assert out["notes"][0]["index"] == 5
    assert "disclosures" not in out


def test_timed_analysis_fields() -> None:
    rows = [("A", "one two three four", 0.0, 4.0), ("B", "five six", 5.0, 6.0), ("A", "seven eight nine", 7.0, 10.0)]
    conv = Conversation("t", tuple(Utterance("t", i, s, x, start=a, end=b) for i, (s, x, a, b) in enumerate(rows)))
    result = analyze(conv)
    a = result.speaker("A")
    assert a.talk_share == pytest.approx(7 / 9)
    assert a.talk_share_time == pytest.approx(7 / 8)
    assert a.longest_monologue_words == 7  # B's two words do not break it
    assert a.longest_monologue_seconds == pytest.approx(10.0)
    assert result.speaker("B").longest_monologue_seconds == 0.0
    assert a.median_latency_seconds == pytest.approx(1.0)
    assert result.switches_per_minute == pytest.approx(2 / (10 / 60))
    with pytest.raises(KeyError):
        result.speaker("Nobody")
