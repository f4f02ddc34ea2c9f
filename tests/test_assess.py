"""The assessment on conversations built in code with hand-set labels: kinds, disclosures, scores, conflict."""

from __future__ import annotations

import pytest

from _assess_helpers import L, conv
from heart2heart.assess import KINDS, assess
from heart2heart.assess.conflict import harsh_startup, horsemen, start_up
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.listening import miti_band
from heart2heart.model import Conversation

HEART = conv(
    [
        ("Ana", "hey, how are you really?", L(q="open")),
        ("Ben", "honestly not great. I've been so scared I'm failing at my new job", L(d=3, v=-0.6)),
        ("Ana", "oh no, that sounds really hard. what makes you feel that way?", L(q="open", er=1, ex=2)),
        ("Ben", "my boss rewrites everything I hand in and I feel useless", L(d=3, v=-0.5)),
        ("Ana", "I get that. I cried in the car every day at my old job, I felt like a fraud", L(d=3, er=1)),
        ("Ben", "thank you for telling me. that means a lot", L(er=1, v=0.6)),
    ]
)

SMALL = conv(
    [
        ("Ana", "hi! are we still on for lunch?", L(q="closed")),
        ("Ben", "yes, 12:30 at the usual place", L(d=1)),
        ("Ana", "great, I'll bring the umbrella", L(d=1)),
        ("Ben", "see you there!", L()),
    ]
)

DISCUSSION = conv(
    [
        ("Ana", "I think remote work is better for productivity because there are fewer interruptions", L(d=2)),
        ("Ben", "I disagree, the research on collaboration suggests teams lose something important", L(d=2)),
        ("Ana", "what do you think about hybrid then, is that a fair compromise in general?", L(q="open")),
        ("Ben", "it depends on the team, but the evidence on hybrid is actually quite mixed", L(d=2)),
    ]
)

VENTING = conv(
    [
        (
            "Jade",
            "I am SO done with my landlord, he ignored the leak for three weeks and now the ceiling is "
            "coming down and I'm so stressed I can't sleep",
            L(d=3, v=-0.8),
        ),
        ("Kim", "ugh", L(bc=True)),
        (
            "Jade",
            "and then he had the nerve to say it was my fault for not reporting it sooner, I've sent him "
            "six emails, six, I'm exhausted and honestly I feel like crying every time I walk in",
            L(d=3, v=-0.8),
        ),
        ("Kim", "mm", L(bc=True)),
        (
            "Jade",
            "my whole flat smells of damp and all my books are ruined, I just feel so helpless about the "
            "whole thing and I hate living like this",
            L(d=3, v=-0.9),
        ),
    ]
)

LECTURE = conv(
    [
        (
            "Dad",
            "Let me explain how a mortgage works. The bank lends you the money and you pay interest every "
            "month, and the interest rate decides how much of your payment goes to the loan itself.",
            L(),
        ),
        ("Tom", "ok", L(bc=True)),
        (
            "Dad",
            "You should always compare fixed and variable rates. A fixed rate protects you when rates rise, "
            "and you need a deposit of at least ten percent, ideally more.",
            L(a=True),
        ),
        ("Tom", "right", L(bc=True)),
        (
            "Dad",
            "And you must keep your credit score clean: pay every bill on time and never miss a card payment "
            "because the banks check all of it before they lend.",
            L(a=True),
        ),
    ]
)

FIXING = conv(
    [
        ("Beth", "I've been feeling really lonely since I moved here, I cry most evenings", L(d=3, v=-0.7)),
        ("Carl", "you should join a running club, that's how I met people", L(a=True)),
        ("Beth", "yeah maybe", L()),
        ("Carl", "or try the meetup app, and you need to say yes to every invite", L(a=True)),
    ]
)

INTERROGATION = conv(
    [
        ("Mum", "did you eat?", L(q="closed")),
        ("Kid", "yes", L()),
        ("Mum", "was it healthy?", L(q="closed")),
        ("Kid", "kind of", L()),
        ("Mum", "did you finish your homework?", L(q="closed")),
        ("Kid", "mostly", L()),
        ("Mum", "is the maths done?", L(q="closed")),
        ("Kid", "no", L()),
        ("Mum", "are you going to do it tonight?", L(q="closed")),
        ("Kid", "yes", L()),
    ]
)

UNMET = conv(
    [
        (
            "Kemi",
            "can I tell you something? I think I'm depressed, I haven't felt like myself in months",
            L(d=3, v=-0.8),
        ),
        ("Lou", "haha same, mondays am I right. anyway did you see the match last night?", L(q="closed")),
        ("Kemi", "no", L()),
    ]
)

PERFORMANCE = conv(
    [
        ("James", "just got back from Bali, we stayed in this amazing villa, honestly so lucky", L(d=2, v=0.8)),
        ("Rob", "nice. I just got promoted to head of sales, biggest bonus in the team", L(d=2, v=0.8)),
        ("James", "love that. I finally ran my first marathon, a personal best too", L(d=2, v=0.8)),
        ("Rob", "I'm training for an ironman now actually, my coach says I'm a natural", L(d=2, v=0.7)),
    ]
)

CONFLICT = conv(
    [
        ("Laura", "You never help with the dishes. You're so lazy.", L(v=-0.8)),
        ("Mark", "That's not true, I did them on Tuesday! What about you and the laundry?", L(v=-0.6)),
        ("Laura", "Oh please. Are you kidding me?", L(v=-0.8)),
        ("Mark", "whatever", L(v=-0.4)),
    ]
)

CASES: list[tuple[str, Conversation]] = [
    ("heart_to_heart", HEART),
    ("small_talk", SMALL),
    ("discussion", DISCUSSION),
    ("venting", VENTING),
    ("lecture", LECTURE),
    ("fixing", FIXING),
    ("interrogation", INTERROGATION),
    ("unmet_disclosure", UNMET),
    ("performance", PERFORMANCE),
    ("conflict", CONFLICT),
]


@pytest.mark.parametrize(("kind", "c"), CASES, ids=[k for k, _ in CASES])
def test_kind_of_each_hand_labelled_conversation(kind: str, c: Conversation) -> None:
    assert assess(c).kind == kind


def test_every_kind_is_covered() -> None:
    assert sorted(k for k, _ in CASES) == sorted(KINDS)


def test_disclosure_met_by_empathy_and_reciprocated() -> None:
    found = find_disclosures(HEART)
    # One entry per turn: Ben at 1 and 3, Ana's own disclosure at 4.
    assert [(d.index, d.speaker, d.depth, d.response, d.response_index) for d in found] == [
        (1, "Ben", 3, "met", 2),
        (3, "Ben", 3, "met", 4),
        (4, "Ana", 3, "met", 5),
    ]
    assert [d.main for d in found] == [True, False, False]


def test_disclosure_answered_with_advice() -> None:
    d = find_disclosures(FIXING)[0]
    assert (d.index, d.response, d.response_index) == (0, "advice", 1)


def test_disclosure_deflected_by_joke_and_subject_change() -> None:
    d = find_disclosures(UNMET)[0]
    assert (d.index, d.speaker, d.response, d.response_index) == (0, "Kemi", "deflected", 1)


def test_disclosure_deflected_by_turning_to_oneself(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules' reading. The shipped reply model (a bag of words) reads this reply as advice ("getting a new ...
    # next week" is how many suggestions are worded): a known miss, listed in MODEL_CARD.md.
    monkeypatch.setenv("H2H_RESPONSE_MODEL", "none")
    c = conv(
        [
            ("A", "I found out my dad has cancer, I'm terrified", L(d=3)),
            ("B", "I'm getting a new car next week, a blue one", L(d=1)),
        ]
    )
    assert find_disclosures(c)[0].response == "deflected"


def test_disclosure_with_no_answer_and_bare_ok() -> None:
    ended = conv([("A", "hi", L()), ("B", "hi", L()), ("A", "I feel like I'm failing everyone", L(d=3))])
    assert [(d.response, d.response_index) for d in find_disclosures(ended)] == [("none", None)]
    bare = conv(
        [
            ("A", "I feel like I'm failing everyone", L(d=3)),
            ("B", "ok", L(bc=True)),
            ("A", "anyway what's for dinner?", L(q="open")),
        ]
    )
    assert find_disclosures(bare)[0].response == "none"


def test_backchannel_while_the_discloser_keeps_going_answers_the_first_disclosure() -> None:
    # Every writer of corpus/kinds* labels the "mm-hm" as the answer (none); the next disclosure gets its own.
    c = conv(
        [
            ("A", "I've been so anxious about the surgery", L(d=3)),
            ("B", "mm-hm", L(bc=True)),
            ("A", "I keep thinking about the surgery going wrong", L(d=3)),
            ("B", "that sounds frightening", L(er=1, r=True)),
        ]
    )
    d = find_disclosures(c)
    assert [(x.index, x.response, x.response_index) for x in d] == [(0, "none", None), (2, "met", 3)]


def test_latency_from_chat_times() -> None:
    c = conv(
        [
            ("A", "I lost my job today and I'm scared", L(d=3)),
            ("A", "really scared", L(d=3)),
            ("B", "oh no, I'm so sorry", L(er=2)),
        ],
        minutes=[0, 1, 4.5],
    )
    d = find_disclosures(c)[0]
    # From the discloser's last message (21:01) to the answer (21:04:30).
    assert (d.index, d.response_index, d.latency_seconds) == (0, 2, 210.0)


def test_scores_of_heart_to_heart_beat_small_talk_and_conflict() -> None:
    h, s, c = assess(HEART).scores, assess(SMALL).scores, assess(CONFLICT).scores
    assert 0 <= c.heart_to_heart < s.heart_to_heart < h.heart_to_heart <= 100
    # Depth: the mean of each main speaker's three deepest utterances: Ana (3+0+0)/3, Ben (3+3+0)/3.
    assert h.depth == pytest.approx(round((1.0 + 2.0) / 2, 2))
    assert 0.0 <= h.reciprocity <= 1.0 and 0.0 <= h.attunement <= 1.0


def test_reciprocity_by_hand() -> None:
    a = assess(SMALL)
    # talk: Ana 5+6=11 words... computed from the listening figures; disclosure: none (0.5); questions Ana 1, Ben 0.
    words = {sl.name: sl.talk_share for sl in a.listening}
    talk = 1 - abs(words["Ana"] - words["Ben"])
    assert a.scores.reciprocity == pytest.approx(round(0.4 * talk + 0.4 * 0.5 + 0.2 * 0.0, 3))


def test_attunement_separates_the_listener_from_the_fixer() -> None:
    good = assess(HEART).attunement["Ana"]
    poor = assess(FIXING).attunement["Carl"]
    # Ana: empathy, open follow-up questions, advice and talk restraint, the disclosure met, but no reflection:
    # (6 + 2 + 1.5 + 0.5 * 0.8333 + 0.5 * 0.9884 + 0.25) / 20.75 = 0.514 (scores.WEIGHTS, nothing to penalise).
    assert good == pytest.approx(0.514)
    assert poor < 0.1


def test_listening_figures_and_miti_bands() -> None:
    c = conv(
        [
            ("C", "so what brings you here?", L(q="open")),
            ("P", "I've been drinking too much since the divorce", L(d=3)),
            ("C", "the divorce has been hard on you", L(r=True, ip=1)),
            ("P", "yes", L()),
            ("C", "and drinking takes the edge off", L(r=True)),
            ("P", "it does", L()),
            ("C", "did you try to stop?", L(q="closed")),
        ]
    )
    sl = {s.name: s for s in assess(c).listening}["C"]
    assert (sl.questions_open, sl.questions_closed, sl.reflections) == (1, 1, 2)
    assert sl.reflections_per_question == 1.0 and sl.miti_band == "fair" and sl.open_share == 0.5
    assert sl.role == "listener"
    assert [miti_band(4, 2), miti_band(1, 4), miti_band(3, 0)] == ["good", "below fair", "no questions"]


def test_advice_before_acknowledging_is_counted() -> None:
    sl = {s.name: s for s in assess(FIXING).listening}["Carl"]
    assert (sl.advice, sl.advice_before_acknowledging) == (2, 1)


def test_conflict_harsh_startup_and_horsemen_moments() -> None:
    assert start_up(CONFLICT) == "harsh"
    assert harsh_startup(CONFLICT) is not None and harsh_startup(CONFLICT).index == 0  # type: ignore[union-attr]
    assert [(m.index, m.speaker, m.horseman) for m in horsemen(CONFLICT)] == [
        (0, "Laura", "criticism"),
        (1, "Mark", "defensiveness"),
        (2, "Laura", "contempt"),
        (3, "Mark", "stonewalling"),
    ]


def test_gentle_startup_is_recognised() -> None:
    c = conv(
        [
            (
                "Sofia",
                "I'm upset that the bills were late again. I feel anxious about money, could we "
                "sit down on Sunday and plan?",
                L(d=2),
            ),
            ("Dan", "yes, you're right, let's do that", L()),
        ]
    )
    assert start_up(c) == "gentle" and harsh_startup(c) is None and horsemen(c) == []


def test_json_shape() -> None:
    d = assess(HEART).to_dict()
    assert d["kind"] == "heart_to_heart"
    assert set(d["scores"]) == {"heart_to_heart", "reciprocity", "attunement", "depth"}
    assert set(d["disclosures"][0]) >= {"index", "speaker", "depth", "response", "response_index", "latency_seconds"}
    assert set(d["notes"][0]) >= {"index", "speaker", "message", "suggestion"}
