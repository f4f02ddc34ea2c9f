"""Rewrites written from the conversation's own words: open questions, follow-ups, gentle start-ups, reflections."""

from __future__ import annotations

import pytest

from heart2heart.assess.rewrites import feeling_of, gentle_startup, open_question, reflection, tell_me_more, topic_of


@pytest.mark.parametrize(
    ("closed", "expected"),
    [
        ("How was work?", "What was the most frustrating part of work today, and what was the best?"),
        ("Did you have a good day?", "What was the best part of your day?"),
        ("Hey, did you have a nice weekend?", "What was the best part of your weekend?"),
        ("Are you okay?", "How are you feeling, really?"),
        ("are u ok", "How are you feeling, really?"),
        ("Are you nervous about the interview?", "How are you feeling about the interview?"),
        ("Do you like your new job?", "What do you like about your new job?"),
        ("Did you talk to your boss?", "What was it like to talk to your boss?"),
        ("Is it fun?", "What was it like for you?"),
    ],
)
def test_open_question(closed: str, expected: str) -> None:
    assert open_question(closed) == expected


def test_open_question_fallback_is_still_open() -> None:
    out = open_question("Which train?")
    assert out == "What was that like for you?"


def test_topic_and_feeling_in_the_listeners_words() -> None:
    assert topic_of("my mum's house is being sold") == "your mum's house"
    assert topic_of("I start my new job on Monday") == "your new job"
    assert topic_of("I'm terrified I'll fail the exam") == "the exam"
    assert topic_of("idk, just tired") is None
    assert feeling_of("I'm terrified I'll fail the exam") == "scared"
    assert feeling_of("we had pizza") is None


def test_tell_me_more_is_built_from_what_was_said() -> None:
    assert tell_me_more("my dad's shed is full of his old tools") == (
        "Tell me more about your dad's shed: what has that been like for you?"
    )
    assert tell_me_more("I'm so anxious about the move") == (
        "Tell me more about the move: what's been making you feel anxious?"
    )
    assert tell_me_more("ok") == "Tell me more about that: what was it like for you?"


def test_reflection_meets_the_feeling_and_the_subject() -> None:
    assert reflection("I'm terrified I'll fail the exam") == (
        "That sounds really hard. It sounds like you're feeling scared about the exam."
    )
    assert reflection("I've been so lonely lately") == (
        "That sounds really hard. It sounds like you've been feeling lonely."
    )


def test_gentle_startup_has_a_feeling_and_a_specific_need() -> None:
    out = gentle_startup("You never listen to me!")
    assert out.startswith("I've been feeling hurt") and "Could you listen to me this week?" in out
    assert "you never" not in out.lower()
    assert gentle_startup("You always leave your stuff everywhere.") == (
        "I feel hurt when you leave your stuff everywhere. "
        "Could we agree on one thing that would help, starting this week?"
    )
    alarm = gentle_startup("We need to talk.")
    assert "need to talk" not in alarm and alarm.endswith("Is tonight a good time?")
    assert gentle_startup("You're so selfish, I'm furious").startswith("I feel angry about what happened")
