"""Coaching notes: each kind of note on a conversation built in code, with hand-set labels and hand-set inputs.

Most tests call :func:`coaching_notes` directly with the disclosures and conflict moments written out, so they test
the notes (what is said, about which moment, with which rewrite) and not the classifiers upstream.
"""

from __future__ import annotations

import re
from dataclasses import replace

from _assess_helpers import L, conv
from heart2heart.assess import MAX_NOTES, assess
from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.disclosures import Disclosure
from heart2heart.assess.listening import listening
from heart2heart.assess.notes import Note, coaching_notes
from heart2heart.model import Conversation

_JARGON = re.compile(
    r"\b(MITI|EPITOME|ESConv|AnnoMI|LSM|horsem[ae]n|stonewall\w*|disclosure|valence|closed question)\b", re.I
)
_SCOLD = re.compile(r"\b(wrong|bad|fail(ed)?|should have|shouldn't have|never do|stop|mistake)\b", re.I)


def _d(c: Conversation, index: int, depth: int, response: str, response_index: int | None) -> Disclosure:
    u = c.utterances[index]
    return Disclosure(index, u.speaker, depth, response, response_index, None, u.text)  # type: ignore[arg-type]


def _notes(
    c: Conversation,
    disclosures: list[Disclosure] | None = None,
    moments: list[ConflictMoment] | None = None,
    harsh: int | None = None,
    me: str | None = None,
) -> list[Note]:
    found = disclosures or []
    return coaching_notes(
        c, found, listening(c, found), moments or [], c.utterances[harsh] if harsh is not None else None, me=me
    )


def _one(notes: list[Note], category: str) -> Note:
    got = [n for n in notes if n.category == category]
    assert len(got) == 1, notes
    return got[0]


def _check_wording(notes: list[Note]) -> None:
    for n in notes:
        assert not _JARGON.search(n.message + n.suggestion), n
        assert not _SCOLD.search(n.message), n
        assert " 1 open ones" not in n.message and "  " not in n.message, n


# --- a feeling answered with advice ---------------------------------------------------------------------------

REVIEW = conv(
    [
        (
            "Alex",
            "I had my review today and it didn't go great. Karen said I'm not showing leadership. "
            "I feel like such a failure, I've been there 4 years",
            L(d=3, v=-0.7),
        ),
        ("Sam", "ugh Karen. you should ask for specific examples, that's what everyone says to do", L(a=True)),
        ("Sam", "and maybe start looking around? linkedin has loads of team lead roles rn", L()),
        ("Alex", "maybe", L(bc=True)),
    ]
)


def test_advice_note_quotes_the_advice_and_reflects_in_the_disclosers_words() -> None:
    notes = _notes(REVIEW, [_d(REVIEW, 0, 3, "advice", 1)])
    n = _one(notes, "advice_first")
    assert (n.index, n.speaker, n.quote) == (
        1,
        "Sam",
        "ugh Karen. you should ask for specific examples, that's what everyone says to do",
    )
    assert n.message == (
        # 84 characters, cut at the last space before 80.
        "When Alex shared \u201cI had my review today and it didn't go great. Karen said I'm not showing\u2026\u201d, "
        "Sam went straight to a solution before the feeling was heard."
    )
    assert n.suggestion == (
        "Meet the feeling first, then ask whether ideas are wanted: \u201cIt sounds like the review left you "
        "feeling like a failure. Do you want ideas, or do you mostly need to get it off your chest?\u201d"
    )
    # "and maybe start looking around?" is advice, not a yes-or-no question to rewrite.
    assert [n.category for n in notes] == ["advice_first"]
    _check_wording(notes)


def test_no_note_on_a_disclosure_a_person_would_not_list() -> None:
    unlisted = replace(_d(REVIEW, 0, 3, "advice", 1), listed=False)
    assert [n.category for n in _notes(REVIEW, [replace(unlisted, listed=True)])] == ["advice_first"]
    assert not [n for n in _notes(REVIEW, [unlisted]) if n.category == "advice_first"]


def test_a_warm_reply_labelled_advice_gets_no_advice_note() -> None:
    c = conv(
        [
            ("Sam", "I was a bit ashamed of it tbh. I thought if I kept busy enough nobody would notice", L(d=3)),
            ("Alex", "that's so sad. you're literally the person everyone goes to", L(r=True, a=True)),
        ]
    )
    assert not [n for n in _notes(c, [_d(c, 0, 3, "advice", 1)]) if n.category == "advice_first"]


def test_advice_note_through_assess_and_me() -> None:
    fixing = conv(
        [
            ("Beth", "I've been feeling really lonely since I moved here, I cry most evenings", L(d=3, v=-0.7)),
            ("Carl", "you should join a running club, that's how I met people", L(a=True)),
            ("Beth", "yeah maybe", L()),
            ("Carl", "or try the meetup app, and you need to say yes to every invite", L(a=True)),
        ]
    )
    n = _one(assess(fixing).notes, "advice_first")
    assert (n.index, n.speaker) == (1, "Carl")
    assert "\u201cIt sounds like you've been feeling lonely since you moved here. Do you want ideas" in n.suggestion
    mine = _one(assess(fixing, me="carl").notes, "advice_first")
    assert mine.message.endswith("you went straight to a solution before the feeling was heard.")
    assert "Carl" not in mine.message
    theirs = _one(assess(fixing, me="Beth").notes, "advice_first")
    assert theirs.message.startswith("When you shared") and "Carl went" in theirs.message


# --- something vulnerable passed over -------------------------------------------------------------------------


def test_missed_disclosure_reflects_and_invites_more() -> None:
    c = conv(
        [
            ("Leah", "I've been feeling really low lately. I dread going into my office every morning", L(d=3)),
            ("Owen", "anyway did you see the match last night?", L(q="closed")),
            ("Leah", "no", L()),
        ]
    )
    n = _one(_notes(c, [_d(c, 0, 3, "deflected", 1)]), "missed_disclosure")
    assert (n.index, n.speaker, n.quote) == (1, "Owen", "anyway did you see the match last night?")
    assert n.message == (
        "Leah opened up (\u201cI've been feeling really low lately. I dread going into my office every morning\u201d) "
        "and Owen's reply moved on to something else, so the moment passed."
    )
    assert n.suggestion == (
        "Stay with it a little longer: \u201cIt sounds like you've been feeling low lately. "
        "Tell me more about your office.\u201d"
    )


def test_a_reflection_is_never_called_a_missed_moment() -> None:
    c = conv(
        [
            ("Ade", "And I was ashamed, you know, because I had nothing", L(d=3)),
            ("Nora", "Oh, Grandpa. So you carried that on your own.", L(r=True)),
        ]
    )
    assert _notes(c, [_d(c, 0, 3, "deflected", 1)]) == []


def test_unanswered_disclosure_is_anchored_on_the_reply() -> None:
    c = conv(
        [
            ("Aditi", "I'm terrified I'll fail the exam", L(d=3)),
            ("Jonas", "ok", L(bc=True)),
        ]
    )
    n = _one(_notes(c, [_d(c, 0, 3, "none", None)]), "unanswered_disclosure")
    assert (n.index, n.speaker, n.quote) == (1, "Jonas", "ok")
    assert n.message == (
        "Aditi shared something that mattered (\u201cI'm terrified I'll fail the exam\u201d) and it got no real answer."
    )
    assert n.suggestion == (
        "A short acknowledgement is enough to meet it: "
        "\u201cIt sounds like you're terrified you'll fail the exam.\u201d"
    )


# --- a personal story nobody asked about ----------------------------------------------------------------------

SHED = conv(
    [
        ("Jo", "my dad's shed is full of his old tools, I spent all weekend clearing it", L(d=2)),
        ("Sam", "cool. what's for dinner?", L(q="open")),
        ("Jo", "pasta", L()),
    ]
)


def test_follow_up_is_built_from_the_speakers_own_subject() -> None:
    n = _one(_notes(SHED, [_d(SHED, 0, 2, "deflected", 1)]), "follow_up")
    assert (n.index, n.speaker) == (1, "Sam")
    assert n.message == (
        "Jo shared something personal (\u201cmy dad's shed is full of his old tools, I spent all "
        "weekend clearing it\u201d) and Sam's reply didn't ask about it."
    )
    assert n.suggestion == (
        "A follow-up question shows you were listening: "
        "\u201cTell me more about your dad's shed: how has that been for you?\u201d"
    )
    mine = _one(_notes(SHED, [_d(SHED, 0, 2, "deflected", 1)], me="Sam"), "follow_up")
    assert mine.message.endswith("and your reply didn't ask about it.")


def test_no_follow_up_on_advice_or_on_a_line_without_a_subject_of_ones_own() -> None:
    c = conv(
        [
            ("Sam", "also you could sign up for that leadership course work pays for, I did it", L(d=2, a=True)),
            ("Alex", "ok", L(bc=True)),
            ("Sam", "I think it's going to rain later today probably", L(d=2)),
            ("Alex", "yeah", L(bc=True)),
        ]
    )
    assert _notes(c, [_d(c, 0, 2, "none", None), _d(c, 2, 2, "none", None)]) == []


# --- how a hard talk starts, and how it goes ------------------------------------------------------------------


def test_alarm_opener_gets_a_gentle_start_built_from_the_complaint() -> None:
    c = conv(
        [
            ("A", "We need to talk. You never help with anything.", L(v=-0.7)),
            ("B", "ok what", L()),
        ]
    )
    n = _one(_notes(c, harsh=0), "harsh_startup")
    assert n.message == (
        "Opening with \u201cWe need to talk.\u201d puts people on guard before anything has been "
        "said, and talks that start tense tend to stay tense."
    )
    assert n.suggestion == (
        "Start with how you feel and one specific need: \u201cI'm feeling overwhelmed, and what "
        "I need is for you to help with things. Could we find one way to do that this week?\u201d"
    )


def test_harsh_start_up_uses_the_specific_situation() -> None:
    c = conv(
        [
            (
                "Lauren",
                "you NEVER think about anyone but yourself. I've been waiting at the restaurant for 40 minutes",
                L(v=-0.8),
            ),
            ("Matt", "I told you I had a meeting that ran over. it's not my fault", L()),
        ]
    )
    moments = [ConflictMoment(1, "Matt", "defensiveness", c.utterances[1].text)]
    notes = _notes(c, moments=moments, harsh=0)
    start = _one(notes, "harsh_startup")
    assert start.message.startswith(
        "Opening with \u201cyou NEVER\u2026\u201d turns one complaint into a verdict on Matt"
    )
    assert start.suggestion.endswith(
        "\u201cI've been waiting at the restaurant for 40 minutes, and I'm feeling hurt. "
        "What I need is for you to think about me.\u201d"
    )
    defence = _one(notes, "defensiveness")
    assert defence.message == "Matt answered the complaint with a defence, so it didn't feel heard."
    assert defence.suggestion == (
        "Owning even a small part of it calms things down: \u201cYou're right, you've been waiting at the restaurant "
        "for 40 minutes, and that's on me. I'm sorry.\u201d"
    )


def test_reported_never_is_not_a_harsh_start() -> None:
    c = conv(
        [
            ("Nora", "Grandpa, can I ask you about when you came over? Mum said you never really talk about it.", L()),
            ("Ade", "Ah. It was a long time ago.", L()),
        ]
    )
    assert _notes(c, harsh=0) == []


def test_conflict_notes_skip_self_talk_and_lone_okays() -> None:
    c = conv(
        [
            ("Maya", "I keep his jumper in my drawer, which is stupid bc he died 6 years ago", L(d=2)),
            ("Sam", "it's not stupid. it sounds like the house was still holding a bit of him for you", L(r=True)),
            ("Chloe", "Okay.", L()),
        ]
    )
    moments = [
        ConflictMoment(0, "Maya", "contempt", c.utterances[0].text),
        ConflictMoment(1, "Sam", "contempt", c.utterances[1].text),
        ConflictMoment(2, "Chloe", "stonewalling", "Okay."),
    ]
    assert _notes(c, moments=moments) == []


def test_contempt_and_stonewalling_in_a_fight() -> None:
    c = conv(
        [
            ("A", "Oh please, are you kidding me? Grow up.", L(v=-0.8)),
            ("B", "whatever", L(v=-0.3)),
        ]
    )
    moments = [
        ConflictMoment(0, "A", "contempt", c.utterances[0].text),
        ConflictMoment(1, "B", "stonewalling", "whatever"),
    ]
    notes = _notes(c, moments=moments, me="B")
    assert [n.category for n in notes] == ["contempt", "stonewalling"]
    assert notes[1].message == "You shut the conversation down here."
    _check_wording(notes)


# --- yes-or-no questions --------------------------------------------------------------------------------------

MUM = conv(
    [
        ("Mum", "did you eat?", L(q="closed")),
        ("Kid", "yes", L()),
        ("Mum", "did you have a good day at school?", L(q="closed")),
        ("Kid", "fine", L()),
        ("Mum", "was it busy?", L(q="closed")),
        ("Kid", "no", L()),
    ]
)


def test_closed_question_note_rewrites_that_question() -> None:
    n = _one(_notes(MUM), "closed_questions")
    assert (n.index, n.speaker, n.quote) == (2, "Mum", "did you have a good day at school?")
    assert n.message == (
        "Mum asked 3 yes-or-no questions and no open ones. This one could be answered in a word, "
        "and got \u201cfine\u201d back; open questions invite the story behind it."
    )
    assert n.suggestion == (
        "Ask about the same thing in a way that invites more: \u201cWhat was the best part of your day at school?\u201d"
    )
    assert _one(_notes(MUM, me="mum"), "closed_questions").message.startswith("You asked 3 yes-or-no questions")


def test_closed_question_quotes_the_question_inside_a_longer_message() -> None:
    c = conv(
        [
            ("Dev", "Long day here. Did you talk to him?", L(q="closed")),
            ("Ria", "yeah", L()),
            ("Dev", "Are you ok?", L(q="closed")),
            ("Ria", "I guess", L()),
            ("Dev", "What did he say?", L(q="open")),
            ("Ria", "not much, he was quiet the whole time", L()),
        ]
    )
    n = _one(_notes(c), "closed_questions")
    assert (n.index, n.quote) == (0, "Did you talk to him?")
    assert n.message.startswith("Dev asked 2 yes-or-no questions and 1 open one.")
    assert n.suggestion.endswith("\u201cHow did the talk with him go?\u201d")


def test_no_closed_question_note_when_open_questions_hold_their_own() -> None:
    c = conv(
        [
            ("Dev", "Did you talk to him?", L(q="closed")),
            ("Ria", "yeah", L()),
            ("Dev", "Are you ok?", L(q="closed")),
            ("Ria", "I guess", L()),
            ("Dev", "What did he say?", L(q="open")),
            ("Ria", "not much", L()),
            ("Dev", "How are you feeling about it now?", L(q="open")),
            ("Ria", "tired", L()),
        ]
    )
    assert not [n for n in _notes(c) if n.category == "closed_questions"]


def test_thinking_aloud_is_not_a_question() -> None:
    c = conv(
        [
            ("Sam", "what does leader material even look like in your head?", L(q="open")),
            (
                "Alex",
                "idk. loud? confident? someone who speaks first in meetings. I always wait until I'm sure",
                L(d=2),
            ),
            ("Sam", "wait really?", L()),
            ("Alex", "honestly? yes", L()),
        ]
    )
    assert not [n for n in _notes(c) if n.category == "closed_questions"]


# --- order, number, praise ------------------------------------------------------------------------------------


def test_praise_is_at_most_one_and_comes_after_the_things_to_try() -> None:
    c = conv(
        [
            ("Ana", "I'm scared I'm losing my job, I cried after the meeting", L(d=3)),
            (
                "Ben",
                "that sounds frightening. no wonder you cried, anyone would after a meeting like that",
                L(r=True, er=2),
            ),
            ("Ana", "and I feel so lonely at work, nobody talks to me", L(d=3)),
            ("Ben", "that sounds really lonely, being at work all day with nobody to talk to", L(r=True, er=1)),
            ("Ana", "did you call the plumber?", L(q="closed")),
            ("Ben", "no", L()),
            ("Ana", "did you tell your mum?", L(q="closed")),
            ("Ben", "yes", L()),
        ]
    )
    found = [_d(c, 0, 3, "met", 1), _d(c, 2, 3, "met", 3)]
    notes = _notes(c, found)
    assert [n.category for n in notes] == ["closed_questions", "strength"]
    praise = notes[-1]
    assert (praise.index, praise.speaker) == (1, "Ben")
    assert praise.message.startswith("When Ana shared \u201cI'm scared I'm losing my job") and (
        "Ben's reply put the feeling into words." in praise.message
    )
    assert praise.suggestion.startswith("Keep doing this")


BUSY = conv(
    [
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
    ]
)


def test_at_most_five_notes_in_order_each_citing_its_moment() -> None:
    a = assess(BUSY)
    assert len(a.notes) == MAX_NOTES
    tries = [n for n in a.notes if n.category != "strength"]
    assert [n.index for n in tries] == sorted(n.index for n in tries)
    texts = {u.index: u for u in BUSY.utterances}
    for n in a.notes:
        assert texts[n.index].speaker == n.speaker
        assert n.quote and n.quote.rstrip("\u2026") in texts[n.index].text
        assert n.message and "\u201c" in n.suggestion
    cats = {n.category for n in a.notes}
    assert {"advice_first", "harsh_startup"} <= cats
    _check_wording(a.notes)


def test_me_puts_the_readers_notes_first_when_there_are_too_many() -> None:
    # More notes than room for them (three here): the reader's come first.
    for_a = assess(BUSY, me="A", max_notes=3).notes
    for_b = assess(BUSY, me="B", max_notes=3).notes
    assert sum(n.speaker == "A" for n in for_a) > sum(n.speaker == "A" for n in for_b)


def test_no_notes_on_an_empty_conversation() -> None:
    a = assess(conv([]))
    assert a.notes == [] and a.disclosures == []


# --- talk share read by what the conversation was -------------------------------------------------------------

_VENT = conv(
    [
        ("Jess", "i'm so tired of being the person who does everything and gets nothing. i've been there four "
                 "years and they promoted the guy who started in march. i stayed late every night for the launch "
                 "and nobody even said thanks. i feel completely invisible there and i cried in the car park", L(d=3)),
        ("Alyssa", "oh jess", L()),
        ("Jess", "and then my manager asked me to train him. to train the guy who got my job. i honestly "
                 "don't know how much longer i can keep smiling through it, it's eating me alive", L(d=3)),
        ("Alyssa", "that's so rough", L()),
        ("Jess", "sorry. i just needed to say it to someone who isn't at work, it's been building up for weeks "
                 "and i didn't want to cry in front of them again tomorrow", L(d=2)),
        ("Alyssa", "always here", L()),
    ]
)  # fmt: skip


def test_the_one_being_heard_is_not_told_to_hand_the_floor_back() -> None:
    found = [_d(_VENT, 0, 3, "met", 1)]
    found = [replace(found[0], main=True)]
    figures = listening(_VENT, found)
    assert max(sl.talk_share for sl in figures) > 0.7
    for kind in ("venting", "heart_to_heart", "fixing", "unmet_disclosure"):
        notes = coaching_notes(_VENT, found, figures, [], None, kind=kind)
        assert not [n for n in notes if n.category == "talk_share"], kind
    for kind in ("lecture", "performance", None):  # one who holds the floor to tell still hears it
        notes = coaching_notes(_VENT, found, figures, [], None, kind=kind)
        assert _one(notes, "talk_share").speaker == "Jess"
