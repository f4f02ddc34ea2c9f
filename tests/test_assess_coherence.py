"""The main disclosure's answer agrees with the verdict on the conversation (assess/coherence.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heart2heart.assess.coherence import KIND_ANSWER, TURNS_ON_DISCLOSURE, agree_with_kind
from heart2heart.assess.disclosures import Disclosure


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
