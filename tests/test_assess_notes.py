"""Coaching notes: at most five, each citing a moment with a concrete alternative; kind wording; --me."""

from __future__ import annotations

import re

from _assess_helpers import L, conv
from heart2heart.assess import MAX_NOTES, assess

FIXING = conv([
    ("Beth", "I've been feeling really lonely since I moved here, I cry most evenings", L(d=3, v=-0.7)),
    ("Carl", "you should join a running club, that's how I met people", L(a=True)),
    ("Beth", "yeah maybe", L()),
    ("Carl", "or try the meetup app, and you need to say yes to every invite", L(a=True)),
])

BUSY = conv([
    ("A", "We need to talk. You never help with anything.", L(v=-0.7)),
    ("B", "That's not true, what about you?", L(v=-0.5)),
    ("A", "Oh please, are you kidding me?", L(v=-0.8)),
    ("B", "whatever", L(v=-0.3)),
    ("A", "did you even read my message?", L(q="closed")),
    ("B", "yes", L()),
    ("A", "did you call the plumber?", L(q="closed")),
    ("B", "no", L()),
    ("A", "I'm scared we're falling apart, I feel so alone in this", L(d=3, v=-0.8)),
    ("B", "you should calm down and get some sleep", L(a=True)),
    ("A", "is that all?", L(q="closed")),
    ("B", "I had a terrible day at work too, my boss shouted at me in front of everyone", L(d=3)),
    ("A", "ok", L(bc=True)),
])

_JARGON = re.compile(r"\b(MITI|EPITOME|ESConv|AnnoMI|LSM|horsem[ae]n|stonewall\w*|disclosure|valence)\b", re.I)
_SCOLD = re.compile(r"\b(wrong|bad|fail(ed)?|should have|shouldn't have|never do|stop)\b", re.I)


def test_notes_are_at_most_five_in_order_and_cite_moments() -> None:
    a = assess(BUSY)
    assert len(a.notes) == MAX_NOTES
    assert [n.index for n in a.notes] == sorted(n.index for n in a.notes)
    texts = {u.index: u for u in BUSY.utterances}
    for n in a.notes:
        assert texts[n.index].speaker == n.speaker
        assert n.quote and n.quote.rstrip("…") in texts[n.index].text
        assert n.message and n.suggestion and "\u201c" in n.suggestion  # a concrete sentence to try


def test_most_important_notes_win() -> None:
    cats = [n.category for n in assess(BUSY).notes]
    assert "advice_first" in cats and "harsh_startup" in cats and "contempt" in cats


def test_wording_is_kind_and_free_of_jargon() -> None:
    for c in (BUSY, FIXING):
        for n in assess(c).notes:
            assert not _JARGON.search(n.message + n.suggestion), n
            assert not _SCOLD.search(n.message), n


def test_advice_note_offers_a_reflection_that_would_have_met_it() -> None:
    notes = assess(FIXING).notes
    advice = [n for n in notes if n.category == "advice_first"]
    assert len(advice) == 1
    n = advice[0]
    assert (n.index, n.speaker) == (1, "Carl")
    assert n.message.startswith("When Beth shared \u201cI've been feeling really lonely")
    assert "Carl went straight to a solution" in n.message
    assert "It sounds like you've been feeling lonely." in n.suggestion


def test_me_addresses_the_reader_as_you() -> None:
    n = next(n for n in assess(FIXING, me="carl").notes if n.category == "advice_first")
    assert "you went straight to a solution" in n.message and "Carl" not in n.message
    other = next(n for n in assess(FIXING, me="Beth").notes if n.category == "advice_first")
    assert other.message.startswith("When you shared") and "Carl went" in other.message


def test_me_puts_the_readers_notes_first_when_there_are_too_many() -> None:
    for_a = assess(BUSY, me="A").notes
    for_b = assess(BUSY, me="B").notes
    assert sum(n.speaker == "A" for n in for_a) > sum(n.speaker == "A" for n in for_b)


def test_closed_question_note_rewrites_it() -> None:
    c = conv([
        ("Mum", "did you eat?", L(q="closed")), ("Kid", "yes", L()),
        ("Mum", "did you have a good day at school?", L(q="closed")), ("Kid", "fine", L()),
        ("Mum", "was it busy?", L(q="closed")), ("Kid", "no", L()),
    ])
    n = next(n for n in assess(c).notes if n.category == "closed_questions")
    assert (n.index, n.speaker) == (2, "Mum")
    assert "What was the best part of your day at school?" in n.suggestion
    assert "3 yes-or-no questions and 0 open ones" in n.message


def test_no_notes_on_an_empty_conversation() -> None:
    a = assess(conv([]))
    assert a.notes == [] and a.disclosures == [] and a.kind == "small_talk"
