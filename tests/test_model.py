"""The data model: turns, speakers, rows round-trip."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from heart2heart.model import Conversation, Empathy, Labels, Utterance


def test_turns_are_maximal_runs_of_one_speaker() -> None:
    conv = Conversation.from_texts(
        [("Maya", "hi"), ("Maya", "you there?"), ("Sam", "yes"), ("Maya", "ok"), ("Sam", "so"), ("Sam", "well")]
    )
    turns = conv.turns()
    assert [(t.speaker, t.first, t.last) for t in turns] == [
        ("Maya", 0, 1),
        ("Sam", 2, 2),
        ("Maya", 3, 3),
        ("Sam", 4, 5),
    ]
    assert turns[0].words == 3
    assert turns[3].text == "so well"


def test_speakers_in_order_of_first_appearance_with_roles() -> None:
    conv = Conversation(
        "c",
        (
            Utterance("c", 0, "T", "Hello", role="therapist"),
            Utterance("c", 1, "C", "Hi", role="client"),
            Utterance("c", 2, "T", "So"),
        ),
    )
    assert [(s.name, s.role) for s in conv.speakers] == [("T", "therapist"), ("C", "client")]


def test_media_placeholders_count_no_words() -> None:
    assert Utterance("c", 0, "A", "<Media omitted>", media=True).words == 0
    assert Utterance("c", 0, "A", "two words").words == 2


def test_row_round_trip_with_labels_and_time() -> None:
    labels = Labels(question="open", disclosure=3, empathy=Empathy(1, 0, 2), emotion="fear", valence=-0.5)
    u = Utterance("c#2", 4, "Maya", "What scares you?", time=datetime(2024, 3, 1, 21, 14), labels=labels)
    row = u.to_row()
    assert row["time"] == "2024-03-01T21:14:00"
    assert row["labels"]["empathy"] == {"emotional_reaction": 1, "interpretation": 0, "exploration": 2}
    assert Utterance.from_row(row) == u


def test_from_row_rejects_non_string_text() -> None:
    with pytest.raises(TypeError):
        Utterance.from_row({"speaker": "A", "text": 5})


def test_timed_and_dated() -> None:
    timed = Conversation("c", (Utterance("c", 0, "A", "x", start=0.0, end=1.0),))
    assert timed.timed and not timed.dated
    assert not Conversation.from_texts([("A", "x")]).timed
    assert not Conversation("c", ()).timed


def test_with_labels_keeps_every_field() -> None:
    # Guards the positional construction in Utterance.with_labels: a field added to Utterance must be carried over.
    names = [f.name for f in dataclasses.fields(Utterance)]
    assert names == ["conversation", "index", "speaker", "text", "start", "end", "time", "role", "media", "labels"]
    u = Utterance("c", 7, "Maya", "hi", 1.5, 2.5, datetime(2024, 1, 1, 9, 0), "client", True, None)
    labels = Labels(question="open")
    assert u.with_labels(labels) == dataclasses.replace(u, labels=labels)
