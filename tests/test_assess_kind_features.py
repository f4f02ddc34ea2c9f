"""Kind features that tell an argument from a heart-to-heart, with hand-computed values."""

from __future__ import annotations

from _assess_helpers import CHAT_ARGUMENT, L, conv
from heart2heart.assess.conflict import horsemen, in_quarrel
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.kind_features import FEATURE_NAMES, vector
from heart2heart.assess.listening import listening
from heart2heart.model import Conversation

ARGUMENT = CHAT_ARGUMENT

#: A disclosure about somebody else, met with warmth: nothing of a quarrel.
WARM = conv(
    [
        ("Ana", "honestly I've been so scared I'm failing at my new job", L(d=3, v=-0.6)),
        ("Ben", "oh no, that sounds really hard. what's been happening?", L(q="open", er=1)),
        ("Ana", "my boss rewrites everything and I feel useless", L(d=3, v=-0.5)),
        ("Ben", "no wonder you're drained. I felt like a fraud at my old job too", L(d=3, er=1)),
    ]
)


def _vector(c: Conversation) -> dict[str, float]:
    found = find_disclosures(c)
    return vector(c, listening(c, found), found, horsemen(c))


def test_every_named_feature_is_measured() -> None:
    assert tuple(_vector(WARM)) == FEATURE_NAMES


def test_an_argument_has_a_grievance_opening_two_sides_and_a_quarrel() -> None:
    v = _vector(ARGUMENT)
    assert v["grievance_opening"] == 1.0  # "feeling kind of ignored ... when you're on your phone"
    assert v["grievance_met_by_horseman"] == 1.0  # answered with "here we go"
    assert v["two_sided_horsemen"] == 1.0
    # 0 opens the quarrel (nothing before it), 1 answers a grievance, 2..7 follow horsemen: 7 of 8
    assert in_quarrel(ARGUMENT, horsemen(ARGUMENT)) == [False] + [True] * 7
    assert v["quarrel_share"] == 7 / 8
    # "that's not what I said" and "so now it's my fault"
    assert v["rebuttal_rate"] == 2 / 8


def test_a_warm_disclosure_has_none_of_it() -> None:
    v = _vector(WARM)
    assert (v["grievance_opening"], v["two_sided_horsemen"], v["quarrel_share"]) == (0.0, 0.0, 0.0)
    assert v["rebuttal_rate"] == 0.0  # "no wonder" is not a rebuttal
    assert v["disclosure_met_by_horseman"] == 0.0
    assert v["grievance_met_by_horseman"] == 0.0


def test_a_grievance_met_with_an_apology_is_not_met_by_a_horseman() -> None:
    c = conv(
        [
            ("Ana", "I felt really hurt that you didn't come to my graduation", L(d=3, v=-0.6)),
            ("Ana", "it mattered to me", L(d=2)),
            ("Ben", "you're right. I'm so sorry, I should have been there", L(er=1)),
            ("Ana", "thank you", L()),
        ]
    )
    v = _vector(c)
    assert (v["grievance_opening"], v["grievance_met_by_horseman"]) == (1.0, 0.0)


def test_a_disclosure_answered_by_a_horseman() -> None:
    c = conv(
        [
            ("Ana", "honestly I've been so scared I'm failing at my new job", L(d=3, v=-0.6)),
            ("Ben", "here we go. you always make everything about you", L(v=-0.6)),
            ("Ana", "wow. I was just telling you how I feel", L(d=2, v=-0.4)),
            ("Ben", "ok I hear you, that sounds hard", L(er=1)),
        ]
    )
    found = find_disclosures(c)
    assert [(d.index, d.response_index) for d in found][:1] == [(0, 1)]
    assert [(m.index, m.horseman) for m in horsemen(c)] == [(1, "criticism")]
    v = _vector(c)
    assert v["disclosure_met_by_horseman"] == 1 / len(found)


def test_a_performance_tops_and_shows_off() -> None:
    c = conv(
        [
            ("Ana", "Just got Mia's report, her teacher says she's the most gifted reader in years", L()),
            ("Ben", "Aw well done Mia! Leo's coach said similar, he's been selected for the county squad", L()),
            ("Ana", "Gosh, lovely. We did a safari in Kenya at Easter, a private guide through a friend", L()),
            ("Ben", "How fun. I'm off to a wedding on Saturday", L()),
            ("Ana", "see you at sports day then", L()),
        ]
    )
    v = _vector(c)
    # achievements: the teacher's praise, the county squad, the private guide (not the wedding, not sports day)
    assert v["achievement_rate"] == 3 / 5
    # toppers: "... said similar", "Gosh, lovely. We did ...", "How fun. I'm off ..."
    assert v["topper_rate"] == 3 / 5


def test_a_compliment_that_stays_with_the_other_is_not_a_topper() -> None:
    c = conv(
        [
            ("Ana", "I finally finished the quilt for my gran", L(d=2)),
            ("Ben", "Wow, lovely. How long did it take you?", L(q="open")),
        ]
    )
    assert _vector(c)["topper_rate"] == 0.0
