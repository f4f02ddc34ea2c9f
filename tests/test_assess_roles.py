"""Who is the listener: source roles first, then speakers named by their role, then who shares and who asks."""

from __future__ import annotations

import pytest

from _assess_helpers import L, conv
from heart2heart.assess.listening import roles
from heart2heart.model import Conversation, Utterance

_SESSION = [
    ("What brings you in today?", L(q="open")),
    ("My doctor says I drink too much.", L(d=1)),
    ("Alcohol at that level raises your blood pressure.", L()),
    ("I know. It scares me, honestly.", L(d=2)),
]


def _named(first: str, second: str, role: tuple[str | None, str | None] = (None, None)) -> Conversation:
    names, parts = (first, second), role
    return Conversation(
        "c",
        tuple(
            Utterance("c", i, names[i % 2], text, role=parts[i % 2], labels=labels)
            for i, (text, labels) in enumerate(_SESSION)
        ),
    )


@pytest.mark.parametrize(("first", "second"), [("Therapist", "Client"), ("counsellor", "Patient"), ("COACH", "Sam")])
def test_a_speaker_named_by_their_role_is_the_listener(first: str, second: str) -> None:
    assert roles(_named(first, second), []) == {first: "listener", second: "sharer"}


def test_source_roles_come_before_names() -> None:
    # The source says who listens; a name that happens to be a role word does not overrule it.
    c = _named("Therapist", "Client", role=("client", "therapist"))
    assert roles(c, []) == {"Therapist": "sharer", "Client": "listener"}


@pytest.mark.parametrize(("first", "second"), [("Speaker 1", "Speaker 2"), ("Speaker", "Client"), ("Ana", "Ben")])
def test_other_names_say_nothing(first: str, second: str) -> None:
    # "Speaker" is a stand-in name, and a named client alone does not say who listens: mutual by the counts.
    assert set(roles(_named(first, second), []).values()) == {"mutual"}


def test_names_are_read_only_without_any_source_role() -> None:
    c = conv([("Therapist", "How are you?", L(q="open")), ("Client", "Fine.", L())], role=None)
    assert roles(c, [])["Therapist"] == "listener"
