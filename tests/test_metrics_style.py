"""Language style matching on tiny texts computed by hand, the tokenizer, and the function-word lists."""

from __future__ import annotations

import pytest

from heart2heart.metrics._words import CATEGORIES, FUNCTION_WORDS
from heart2heart.metrics.style import category_percentages, lsm, style_matching, tokens
from heart2heart.model import Conversation, Utterance


def test_nine_categories() -> None:
    assert CATEGORIES == (
        "personal_pronouns",
        "impersonal_pronouns",
        "articles",
        "auxiliary_verbs",
        "adverbs",
        "prepositions",
        "conjunctions",
        "negations",
        "quantifiers",
    )
    assert FUNCTION_WORDS["articles"] == {"a", "an", "the"}


def test_tokens_keep_contractions_and_straighten_apostrophes() -> None:
    assert tokens("I don\u2019t KNOW, it's 5 o'clock!") == ["i", "don't", "know", "it's", "o'clock"]


def test_a_contraction_counts_in_each_of_its_categories() -> None:
    pct, n = category_percentages(tokens("I don't"))
    assert n == 2
    assert pct["personal_pronouns"] == 50.0
    assert pct["auxiliary_verbs"] == 50.0
    assert pct["negations"] == 50.0
    assert pct["articles"] == 0.0


def test_lsm_by_hand() -> None:
    conv = Conversation.from_texts([("A", "I love the rain"), ("B", "You do not like a storm")])
    s = style_matching(conv)
    assert s is not None
    # B said more words, so B comes first.
    assert s.speakers == ("B", "A")
    assert s.words == (6, 4)
    # A: i, the -> 25% personal pronouns, 25% articles. B: you, do, not, a -> 16.67% each of personal pronouns,
    # auxiliary verbs, negations and articles. Personal pronouns and articles: 1 - 8.333/41.667 = 0.8; auxiliary
    # verbs and negations: 1 - 16.67/16.67 = 0; the five categories nobody used: 1. Mean: 6.6 / 9.
    assert s.categories["personal_pronouns"] == pytest.approx(0.8, abs=1e-5)
    assert s.categories["articles"] == pytest.approx(0.8, abs=1e-5)
    assert s.categories["auxiliary_verbs"] == pytest.approx(0.0, abs=1e-5)
    assert s.categories["negations"] == pytest.approx(0.0, abs=1e-5)
    assert s.categories["quantifiers"] == 1.0
    assert s.score == pytest.approx(6.6 / 9, abs=1e-5)


def test_identical_styles_match_fully() -> None:
    p, _ = category_percentages(tokens("we went to the shops and it was not much fun"))
    score, per = lsm(p, p)
    assert score == pytest.approx(1.0)
    assert set(per) == set(CATEGORIES)


def test_two_main_speakers_are_the_most_talkative() -> None:
    conv = Conversation.from_texts(
        [("A", "hi"), ("B", "so what did you think of it"), ("C", "I thought it was a bit long honestly")]
    )
    s = style_matching(conv)
    assert s is not None and s.speakers == ("C", "B")


def test_no_matching_with_one_speaker_or_only_media() -> None:
    assert style_matching(Conversation.from_texts([("A", "talking to myself")])) is None
    conv = Conversation(
        "c", (Utterance("c", 0, "A", "hello there"), Utterance("c", 1, "B", "<Media omitted>", media=True))
    )
    assert style_matching(conv) is None
