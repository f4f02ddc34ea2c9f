"""Build labelled conversations in code for the assessment tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from heart2heart.assess.listening import SpeakerListening
from heart2heart.model import Conversation, Empathy, Labels, Utterance


def L(
    q: str | None = None,
    r: bool = False,
    a: bool = False,
    d: int = 0,
    er: int = 0,
    ip: int = 0,
    ex: int = 0,
    bc: bool = False,
    v: float = 0.0,
) -> Labels:
    """Labels with short keyword names: q question, r reflection, a advice, d disclosure, er/ip/ex empathy."""
    return Labels(
        question=q,
        reflection=r,
        advice=a,
        disclosure=d,  # type: ignore[arg-type]
        empathy=Empathy(er, ip, ex),
        backchannel=bc,
        valence=v,
    )


def speaker_listening(**changes: Any) -> SpeakerListening:
    """A listener's figures with nothing counted (100 utterances and words, half the talk); ``changes`` sets the
    fields a test is about."""
    base: dict[str, Any] = {
        "name": "A",
        "role": "listener",
        "utterances": 100,
        "words": 100,
        "talk_share": 0.5,
        "questions_open": 0,
        "questions_closed": 0,
        "follow_up_questions": 0,
        "reflections": 0,
        "empathy_turns": 0,
        "advice": 0,
        "advice_before_acknowledging": 0,
        "disclosures_answered": 0,
        "disclosures_met": 0,
        "max_disclosure": 0,
        "reflections_per_question": None,
        "miti_band": "no questions",
        "open_share": None,
    }
    return SpeakerListening(**(base | changes))


def conv(
    rows: list[tuple[str, str, Labels]], cid: str = "t", minutes: list[float] | None = None, **kw: Any
) -> Conversation:
    """A conversation from (speaker, text, labels) rows; ``minutes`` gives chat times from 21:00."""
    base = datetime(2024, 3, 1, 21, 0)
    utts = []
    for i, (speaker, text, labels) in enumerate(rows):
        time = base + timedelta(minutes=minutes[i]) if minutes is not None else None
        utts.append(Utterance(cid, i, speaker, text, time=time, labels=labels, **kw))
    return Conversation(cid, tuple(utts))


#: A chat argument that opens gently (a feeling and a need) and turns: horsemen at 1..7, from both speakers.
CHAT_ARGUMENT = conv(
    [
        ("Ana", "hey, can we talk? I've been feeling kind of ignored lately when you're on your phone", L()),
        ("Ben", "here we go", L()),
        ("Ana", "that's not what I said. I just want some time with you", L()),
        ("Ben", "so now it's my fault", L()),
        ("Ana", "sure. because you're always so attentive", L()),
        ("Ben", "whatever", L()),
        ("Ana", "classic you 🙄", L()),
        ("Ben", "k.", L()),
    ]
)
