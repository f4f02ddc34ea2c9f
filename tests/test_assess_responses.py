"""How a disclosure was answered: turns to oneself, formula sympathy fused to a fix, reproach, unrelated closed
questions and advice after the feelings were heard (the error cases of the second labelled set, reworded)."""

from __future__ import annotations

import pytest

from heart2heart.assess.disclosures import classify_response, depth_of
from heart2heart.model import Conversation, Turn, Utterance

DISCLOSED = "my manager said my work has been slipping and I sat in my car and cried. I'm so anxious about it"


def _turn(*texts: str) -> Turn:
    utts = tuple(Utterance(conversation="c", index=i, speaker="B", text=t) for i, t in enumerate(texts))
    return Conversation(id="c", utterances=utts).turns()[0]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # "same" then the replier's own story, nothing said to the other: a turn to oneself
        (("omg SAME. my boss did the same thing to me last month, I was so mad I almost quit",), "deflected"),
        (("Oh mate, welcome to the club! Me and my ex split three years ago. Best thing I ever did.",), "deflected"),
        # a bare token, then a longer self-story
        (
            ("Nice. Funnily enough I was in Singapore last month, they put me up at the best hotel in town",),
            "deflected",
        ),
        # a short formula of sympathy fused to the fix
        (("so sorry. honestly the best thing is to talk to HR tomorrow",), "advice"),
        (("omg babe 😭 ok here's what you do.", "update your CV tonight"), "advice"),
        # sympathy in its own right, then a suggestion: the feeling was heard first
        (("That sounds really frightening, no wonder you cried.", "maybe talk to HR tomorrow?"), "met"),
        # a reproach answers the feeling with blame
        (("You could have told me before the meeting.",), "deflected"),
        # a closed question on something else ignores the feeling
        (("Is the documentation done?",), "deflected"),
        # a reciprocal disclosure on the same subject that stays with the other person
        (("that's so hard. I cried in my car after a review too, you're not the only one",), "met"),
    ],
)
def test_response(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(DISCLOSED, _turn(*reply))[0] == expected


def test_advice_after_the_feelings_were_heard_meets() -> None:
    reply = _turn("maybe you could write it down for him first?")
    assert classify_response(DISCLOSED, reply, heard=False)[0] == "advice"
    assert classify_response(DISCLOSED, reply, heard=True)[0] == "met"


def test_away_is_not_an_acknowledgement() -> None:
    # "aw" used to match inside "away": the reply below is pure advice
    reply = _turn("put her bed and bowls away today, seeing them makes it harder")
    assert classify_response(DISCLOSED, reply)[0] == "advice"


@pytest.mark.parametrize(
    "text",
    ["I've been having a really hard week, I keep waking up at 4 am", "I feel like I'm not myself anymore"],
)
def test_struggles_without_feeling_words_are_deep(text: str) -> None:
    assert depth_of(Utterance(conversation="c", index=0, speaker="A", text=text)) == 3


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # an emoji on its own hears it (the emoji used to need a word before it)
        (("❤️",), "met"),
        (("Oh dear.",), "met"),
        # reassurance against the discloser's harsh word for themselves is not an attack; fused to a fix, advice
        (("you're not stupid!! go to that spin class with me tomorrow",), "advice"),
        (("you're not stupid. you trusted someone, that's not a flaw",), "met"),
        # "maybe" + a bare verb + an object is a suggestion
        (("totally. maybe plant something in the garden for her",), "advice"),
        (("Oh, Tom. Carrying that on your own, that's heavy.",), "met"),
    ],
)
def test_more_response_cues(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(DISCLOSED, _turn(*reply))[0] == expected


def test_a_question_about_the_same_thing_explores_it() -> None:
    # "cry" and "cried" are the same word: the closed question is about what was shared
    disclosed = "Mine was the opposite, we cried at everything, and I learned to hide it"
    assert classify_response(disclosed, _turn("Really? So you don't cry in front of people either?"))[0] == "met"
    assert classify_response(disclosed, _turn("Do you like travelling?"))[0] == "deflected"
