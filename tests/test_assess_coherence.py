"""The main disclosure's answer agrees with the verdict on the conversation (assess/coherence.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heart2heart.assess.coherence import KIND_ANSWER, TURNS_ON_DISCLOSURE, agree_with_kind
from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.disclosures import Disclosure
from heart2heart.model import Conversation


def _d(index: int, response: str, main: bool = False) -> Disclosure:
    return Disclosure(
        index=index,
        speaker="A",
        depth=3,
        response=response,  # type: ignore[arg-type]
        response_index=None if response == "none" else index + 1,
        latency_seconds=None,
        text="I'm scared",
        main=main,
    )


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    [
        ("fixing", "met", "advice"),
        ("fixing", "deflected", "advice"),
        ("unmet_disclosure", "met", "deflected"),
        ("unmet_disclosure", "advice", "deflected"),
        ("heart_to_heart", "deflected", "met"),
        ("venting", "advice", "met"),
        # nobody answered: nothing to re-read
        ("unmet_disclosure", "none", "none"),
        ("heart_to_heart", "none", "none"),
        # kinds whose writers answer both ways keep the reply model's answer
        ("conflict", "met", "met"),
        ("conflict", "deflected", "deflected"),
        ("interrogation", "met", "met"),
        ("small_talk", "advice", "advice"),
    ],
)
def test_only_the_main_disclosure_follows_the_kind(kind: str, before: str, after: str) -> None:
    found = [_d(0, before), _d(2, before, main=True), _d(5, before)]
    out = agree_with_kind(kind, found)  # type: ignore[arg-type]
    assert [d.response for d in out] == [before, after, before]
    assert [d.response_index for d in out] == [d.response_index for d in found]
    assert [d.main for d in out] == [False, True, False]


def test_the_kinds_that_imply_an_answer() -> None:
    assert KIND_ANSWER == {
        "heart_to_heart": "met",
        "venting": "met",
        "fixing": "advice",
        "unmet_disclosure": "deflected",
    }


def test_nothing_changes_without_a_main_disclosure() -> None:
    found = [_d(0, "met"), _d(3, "deflected")]
    assert agree_with_kind("fixing", found) == found


def _by(index: int, speaker: str, main: bool = False) -> Disclosure:
    return Disclosure(index, speaker, 2, "advice", index + 1, None, "When I was your age I worked two jobs", main=main)


def test_a_lecture_turns_on_the_listeners_disclosure_not_the_lecturers_stories() -> None:
    found = [_by(0, "Coach"), _by(2, "Coach", main=True), _by(4, "Ellie"), _by(6, "Coach"), _by(8, "Ellie")]
    out = agree_with_kind("lecture", found, floor_holder="Coach")
    assert [(d.index, d.main) for d in out] == [(0, False), (2, False), (4, True), (6, False), (8, False)]
    assert [d.response for d in out] == ["advice"] * 5  # a lecture implies no answer


@pytest.mark.parametrize(
    ("kind", "floor_holder", "speakers"),
    [
        ("lecture", "Coach", ["Coach", "Coach"]),  # nobody else disclosed: the main stays
        ("lecture", "Ellie", ["Coach", "Ellie"]),  # the main is already by someone other than the floor holder
        ("lecture", None, ["Coach", "Ellie"]),  # nobody spoke
        ("discussion", "Coach", ["Coach", "Ellie"]),  # only lectures move it
    ],
)
def test_the_main_disclosure_stays_otherwise(kind: str, floor_holder: str | None, speakers: list[str]) -> None:
    found = [_by(0, speakers[0], main=True), _by(3, speakers[1])]
    out = agree_with_kind(kind, found, floor_holder=floor_holder)  # type: ignore[arg-type]
    assert [d.main for d in out] == [True, False]


@pytest.mark.parametrize(
    ("kind", "listed"),
    [
        ("heart_to_heart", True),
        ("venting", True),
        ("fixing", True),
        ("unmet_disclosure", True),
        ("conflict", True),
        ("small_talk", False),
        ("discussion", False),
        ("interrogation", False),
        ("performance", False),
    ],
)
def test_the_main_disclosure_is_listed_when_the_kind_turns_on_one(kind: str, listed: bool) -> None:
    found = [replace(_d(0, "met"), listed=False), replace(_d(2, "met", main=True), listed=False)]
    out = agree_with_kind(kind, found)  # type: ignore[arg-type]
    assert [d.listed for d in out] == [False, listed]
    assert (kind in TURNS_ON_DISCLOSURE) == listed


def test_a_listed_main_disclosure_stays_listed() -> None:
    found = [_d(0, "met", main=True)]
    assert [d.listed for d in agree_with_kind("small_talk", found)] == [True]


def _questioning(reply: str) -> Conversation:
    return Conversation.from_texts(
        [
            ("Mum", "Where were you?"),
            ("Kayla", "Out. Honestly I didn't want to come home, it's been horrible here lately."),
            ("Mum", reply),
            ("Kayla", "Yes."),
        ]
    )


@pytest.mark.parametrize(
    ("reply", "answer"),
    [
        ("Who drove you home?", "deflected"),
        ("Right. Which bus was it?", "deflected"),
        ("ok. what time will you be home tomorrow?", "deflected"),
        # acknowledged, asked about the feeling, or reassured first: the reply model's answer stands
        ("Oh sweetheart. Are you ok?", "met"),
        ("I'm so sorry, love. Was your phone on?", "met"),
        ("Horrible how?", "met"),
        ("You're home now, and that's what counts. Was your phone on?", "met"),
        ("We'll talk about it tomorrow.", "met"),
    ],
)
def test_in_an_interrogation_a_reply_that_only_asks_the_next_question_deflects(reply: str, answer: str) -> None:
    conv = _questioning(reply)
    main = replace(_d(1, "met", main=True), speaker="Kayla", text=conv.utterances[1].text)
    assert [d.response for d in agree_with_kind("interrogation", [main], conv=conv)] == [answer]


@pytest.mark.parametrize("kind", ["conflict", "small_talk", "discussion", "performance"])
def test_other_kinds_keep_a_met_answer_to_a_question(kind: str) -> None:
    conv = _questioning("Who drove you home?")
    main = replace(_d(1, "met", main=True), speaker="Kayla")
    assert [d.response for d in agree_with_kind(kind, [main], conv=conv)] == ["met"]  # type: ignore[arg-type]


def test_the_whole_reply_turn_is_read() -> None:
    conv = Conversation.from_texts(
        [
            ("Jake", "Honestly I'm freaking out about money since they cut my hours."),
            ("Femi", "Oh mate, I'm sorry."),
            ("Femi", "Is that the full amount?"),
            ("Jake", "Full."),
            ("Femi", "Is that the full amount?"),
        ]
    )
    # heard before the question, in the same turn: met, whichever of its utterances answered
    for at in (1, 2):
        main = replace(_d(0, "met", main=True), speaker="Jake", response_index=at)
        assert [d.response for d in agree_with_kind("interrogation", [main], conv=conv)] == ["met"]
    later = replace(_d(3, "met", main=True), speaker="Jake", response_index=4)
    assert [d.response for d in agree_with_kind("interrogation", [later], conv=conv)] == ["deflected"]


def test_without_the_conversation_an_interrogation_keeps_the_answer() -> None:
    assert [d.response for d in agree_with_kind("interrogation", [_d(0, "met", main=True)])] == ["met"]


def _quarrel(reply: str) -> Conversation:
    return Conversation.from_texts(
        [
            ("Amara", "I felt really anxious when I came home at 1am and the door was unlocked again."),
            ("Noah", reply),
            ("Noah", "Anyway."),
            ("Amara", "Please just lock it."),
        ]
    )


@pytest.mark.parametrize(
    ("reply", "horseman", "answer"),
    [
        ("I always lock it. Gabe was the last one out.", "defensiveness", "deflected"),
        ("Oh here we go again.", "contempt", "deflected"),
        # heard before the defence: the reply model's answer stands
        ("I'm sorry, that sounds scary. I did lock it though.", "defensiveness", "met"),
        # no horseman told in the reply
        ("I always lock it. Gabe was the last one out.", None, "met"),
    ],
)
def test_in_a_conflict_a_horseman_in_a_reply_that_hears_nothing_deflects(
    reply: str, horseman: str | None, answer: str
) -> None:
    conv = _quarrel(reply)
    told = [] if horseman is None else [ConflictMoment(2, "Noah", horseman, "Anyway.")]  # type: ignore[arg-type]
    main = replace(_d(0, "met", main=True), speaker="Amara", response_index=1)
    assert [d.response for d in agree_with_kind("conflict", [main], conv=conv, told=told)] == [answer]
    # only a conflict's told horsemen count, and only a met answer is re-read
    assert agree_with_kind("discussion", [main], conv=conv, told=told)[0].response == "met"
    advice = replace(main, response="advice")
    assert agree_with_kind("conflict", [advice], conv=conv, told=told)[0].response == "advice"


def test_a_horseman_outside_the_reply_turn_does_not_count() -> None:
    conv = _quarrel("I always lock it.")
    told = [ConflictMoment(3, "Amara", "criticism", "Please just lock it.")]
    main = replace(_d(0, "met", main=True), speaker="Amara", response_index=1)
    assert agree_with_kind("conflict", [main], conv=conv, told=told)[0].response == "met"


def test_in_a_conflict_with_nothing_listed_the_likeliest_disclosure_is_the_main_one() -> None:
    found = [
        replace(_d(0, "deflected", main=True), likely=0.1, listed=False),
        replace(_d(4, "met"), likely=0.4, listed=False),
        replace(_d(8, "deflected"), likely=0.2, listed=False),
    ]
    out = agree_with_kind("conflict", found)
    assert [d.main for d in out] == [False, True, False]
    assert [d.listed for d in out] == [False, True, False]  # a conflict turns on its main disclosure
    # another kind, or a conflict where the chooser listed one, keeps the chooser's main one
    assert [d.main for d in agree_with_kind("discussion", found)] == [True, False, False]
    listed = [found[0], replace(found[1], listed=True), found[2]]
    assert [d.main for d in agree_with_kind("conflict", listed)] == [True, False, False]
    # without the chooser's probabilities nothing moves
    bare = [replace(d, likely=None) for d in found]
    assert [d.main for d in agree_with_kind("conflict", bare)] == [True, False, False]


def test_in_venting_the_likeliest_disclosure_is_the_main_one() -> None:
    found = [
        replace(_d(0, "none", main=True), likely=0.8),
        replace(_d(4, "met"), likely=0.99),
        replace(_d(8, "none"), likely=0.3, listed=False),
    ]
    out = agree_with_kind("venting", found)
    assert [d.main for d in out] == [False, True, False]
    assert [d.response for d in out] == ["none", "met", "none"]
    # a heart-to-heart keeps the chooser's first one
    assert [d.main for d in agree_with_kind("heart_to_heart", found)] == [True, False, False]
