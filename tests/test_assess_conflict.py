"""The four horsemen in chat style: cues that count anywhere, cues that count only in a quarrel, and the heat."""

from __future__ import annotations

from pathlib import Path

from _assess_helpers import CHAT_ARGUMENT, L, conv
from heart2heart.assess import Assessment, assess
from heart2heart.assess.conflict import heat_of, horsemen, start_up
from heart2heart.model import Conversation

TURNED = CHAT_ARGUMENT


def _found(c: object) -> list[tuple[int, str, str]]:
    return [(m.index, m.speaker, m.horseman) for m in horsemen(c)]  # type: ignore[arg-type]


def test_a_gentle_start_that_turns_into_a_chat_argument() -> None:
    assert start_up(TURNED) == "gentle"
    assert _found(TURNED) == [
        (1, "Ben", "defensiveness"),
        (2, "Ana", "defensiveness"),
        (3, "Ben", "defensiveness"),
        (4, "Ana", "contempt"),
        (5, "Ben", "stonewalling"),
        (6, "Ana", "contempt"),
        (7, "Ben", "stonewalling"),
    ]


def test_cold_replies_and_quarrel_sarcasm_need_a_quarrel() -> None:
    calm = conv(
        [
            ("Ana", "I'll book the table for 8", L()),
            ("Ben", "ok", L()),
            ("Ana", "I did a keynote in Berlin, standing ovation", L()),
            ("Ben", "classic. anyway I'm probably making partner next year", L()),
            ("Ana", "fine.", L()),
            ("Ben", "👍", L()),
        ]
    )
    assert _found(calm) == []


def test_warm_words_that_look_like_horsemen_are_not() -> None:
    warm = conv(
        [
            ("Ana", "I feel so stupid for trusting him", L(d=3, v=-0.7)),
            ("Ben", "you're not stupid. that sounds awful", L(er=1, v=-0.4)),
            ("Ana", "ok", L()),
            ("Ben", "cancel the gym you never go to. You always seem so composed, you'll manage", L()),
            ("Ana", "I love you both so much", L(v=0.8)),
            ("Ben", "sleep. love u idiot", L(v=0.6)),
        ]
    )
    assert _found(warm) == []


def test_global_attacks_count_without_a_quarrel() -> None:
    c = conv(
        [
            ("Ana", "you NEVER think about anyone but yourself", L()),
            ("Ben", "wow. amazing. truly the most considerate girlfriend in the world", L()),
        ]
    )
    assert _found(c) == [(0, "Ana", "criticism"), (1, "Ben", "contempt")]


def test_heat_of() -> None:
    c = conv(
        [
            ("Ana", "why didn't you call me back?", L()),  # a grievance aimed at "you"
            ("Ben", "I was at work", L()),
            ("Ana", "I'm upset about my boss", L(v=-0.6)),  # a complaint, but not at the listener
            ("Ben", "ok", L()),
        ]
    )
    u = c.utterances
    assert heat_of(u[1], u[:1], u[0], ()) == "quarrel"
    assert heat_of(u[3], u[1:3], u[2], ()) == "tense"  # only a negative tone before it
    assert heat_of(u[3], u[1:3], None, ()) == "none"
    assert heat_of(u[3], u[1:3], u[2], {1}) == "quarrel"  # a horseman within the window keeps it a quarrel


def test_polite_sarcasm_between_neighbours() -> None:
    c = conv(
        [
            ("Ann", "Hi Tom, just wondering if you could not leave the bins on our side? The gate wouldn't open", L()),
            ("Tom", "Morning Ann. I was only there for a minute. Didn't realise it was such a big deal", L()),
            ("Ann", "It was all day actually. But no problem at all 😊", L()),
            ("Tom", "Thanks so much for the reminder. Some of us work for a living 🙂", L()),
            ("Ann", "Lovely. Have a good day", L()),
        ]
    )
    assert start_up(c) == "gentle"  # a polite request about something specific
    assert _found(c) == [(1, "Tom", "defensiveness"), (2, "Ann", "contempt"), (3, "Tom", "contempt")]


def test_a_chat_complaint_about_us_without_you() -> None:
    c = conv(
        [
            ("Sam", "can we talk abt the laundry. i felt kinda taken for granted when it was all left for me", L()),
            ("Jo", "i literally did it on sunday", L()),
            ("Sam", "i just want a rota", L()),
            ("Jo", "whatever u want", L()),
            ("Sam", "so is that a yes", L()),
            ("Jo", "👍", L()),
        ]
    )
    assert start_up(c) == "gentle"
    assert _found(c) == [(1, "Jo", "defensiveness"), (3, "Jo", "stonewalling"), (5, "Jo", "stonewalling")]


def _annotated(path: str) -> Conversation:
    """A corpus file, read and labelled as ``h2h analyze`` does."""
    import warnings

    from heart2heart.annotate import annotate_conversation
    from heart2heart.formats import read

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return annotate_conversation(read(Path(__file__).parents[1] / "corpus" / path, gap=None)[0])


def _assessed(path: str) -> Assessment:
    return assess(_annotated(path))


def test_horsemen_and_start_up_are_told_only_of_a_conflict() -> None:
    # A discussion's "You never hear about those" (people in general) was listed as criticism, with a note telling
    # its speaker to name a need; outside conflicts the cues mostly catch words that are no attack.
    talk = _assessed("outside41/dipo02.vtt")
    assert talk.kind == "discussion"
    assert talk.horsemen == [] and talk.start_up is None and talk.harsh_startup_index is None
    assert not any(n.category in ("criticism", "contempt") for n in talk.notes)
    # Its moments still count where they did: the cues found one.
    assert any("You never hear" in m.text for m in horsemen(_annotated("outside41/dipo02.vtt")))
    quarrel = _assessed("outside4/cfod01.txt")
    assert quarrel.kind == "conflict" and quarrel.horsemen and quarrel.start_up == "harsh"
    assert quarrel.harsh_startup_index == 0 and any(n.category == "harsh_startup" for n in quarrel.notes)


def test_a_conflict_opened_gently_is_said_to_have() -> None:
    # Its writer: no harsh start-up; the cues said none at all (a start-up is now said of every conflict).
    gentle = _assessed("outside1/cfoa02.txt")
    assert gentle.kind == "conflict" and gentle.start_up == "gentle" and gentle.harsh_startup_index is None
    assert not any(n.category == "harsh_startup" for n in gentle.notes)
