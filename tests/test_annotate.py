"""Annotators: registry snapshot, pipeline checks, and behaviour of the shipped default model on clear sentences."""

from __future__ import annotations

import dataclasses

import pytest

from heart2heart.annotate import (
    DEFAULT_PIPELINE,
    Pipeline,
    annotate_conversation,
    annotate_utterances,
    predict_examples,
    registry,
)
from heart2heart.annotate.batch import LABEL_FIELDS
from heart2heart.annotate.pipeline import ContextTracker
from heart2heart.annotate.registry import Annotator
from heart2heart.errors import PipelineError, UsageError
from heart2heart.model import Conversation, Labels
from heart2heart.train.datasets import Example

SNAPSHOT = {
    "featurize": ((), ("features",)),
    "score": (("features",), ("scores",)),
    "question": (("features", "scores"), ("question",)),
    "backchannel": (("features", "scores"), ("backchannel",)),
    "reflection": (("features", "scores", "question", "backchannel"), ("reflection",)),
    "advice": (("features", "scores", "backchannel"), ("advice",)),
    "disclosure": (("features", "scores", "question", "backchannel"), ("disclosure",)),
    "empathy": (("features", "scores", "question", "backchannel"), ("empathy",)),
    "emotion": (("features", "scores"), ("emotion",)),
    "valence": (("features", "scores"), ("valence",)),
}


def test_registry_snapshot() -> None:
    reg = registry()
    assert {name: (a.requires, a.assigns) for name, a in reg.items() if name in SNAPSHOT} == SNAPSHOT
    assert set(SNAPSHOT) <= set(reg)
    assert all(reg[name].doc for name in SNAPSHOT)


def test_default_pipeline_assigns_every_label_once() -> None:
    assigned = [f for name in DEFAULT_PIPELINE for f in registry()[name].assigns]
    assert sorted(f for f in assigned if f in LABEL_FIELDS) == sorted(LABEL_FIELDS)
    assert len(assigned) == len(set(assigned))


def test_pipeline_with_unmet_requirement_is_refused() -> None:
    with pytest.raises(PipelineError, match="'question' requires features, scores"):
        Pipeline(["question"])
    with pytest.raises(PipelineError, match="'reflection' requires backchannel"):
        Pipeline(["featurize", "score", "question", "reflection"])


def test_pipeline_assigning_a_field_twice_is_refused() -> None:
    steps = [registry()[n] for n in ("featurize", "score", "question")]
    other = Annotator("my_question", ("features",), ("question",), lambda batch: None)
    with pytest.raises(PipelineError, match="'question' is assigned twice: by 'question' and by 'my_question'"):
        Pipeline.check([*steps, other])


def test_unknown_annotator() -> None:
    with pytest.raises(PipelineError, match="no annotator named 'nope'"):
        Pipeline(["featurize", "nope"])


def test_partial_pipeline_leaves_defaults() -> None:
    batch = Pipeline(["featurize", "score", "question"]).run(["How are you?"], [""])
    (labels,) = batch.label_dicts()
    assert labels["question"] in ("open", "closed")
    assert labels["reflection"] is False and labels["emotion"] == "neutral" and labels["disclosure"] == 0


def _labels(text: str, context: str = "") -> Labels:
    (labels,) = Pipeline().run([text], [context]).labels()
    return labels


def test_closed_question() -> None:
    assert _labels("How was work?").question == "closed"


def test_question_without_any_open_word_is_closed() -> None:
    # Chat ellipsis and declarative questions can only be answered yes/no or with a fact.
    assert _labels("hey! you home yet?").question == "closed"
    assert _labels("so it's really over with him?").question == "closed"


def test_open_question() -> None:
    assert _labels("What was the hardest part of your day?").question == "open"


def test_statement_is_no_question() -> None:
    assert _labels("I went to the shop this morning.").question is None


def test_advice() -> None:
    got = _labels("You should try yoga.", "I can't sleep and I'm always stressed.")
    assert got.advice is True and got.question is None


@pytest.mark.parametrize("text", ["👍", "❤️", "😂😂", "🙄", "..."])
def test_a_message_without_words_is_no_advice(text: str) -> None:
    # The default model called most emoji-only chat messages advice (509 of 603 in the writers' chats).
    assert _labels(text, "I had my review today and it didn't go great.").advice is False


def test_reflection() -> None:
    got = _labels("It sounds like you felt abandoned.", "Nobody called me after the surgery, not even my sister.")
    assert got.reflection is True and got.advice is False


def test_backchannel() -> None:
    got = _labels("mm-hm", "So I told him I was leaving.")
    assert got.backchannel is True and got.question is None and got.disclosure == 0


def test_deep_disclosure() -> None:
    assert _labels("I've never told anyone this, but I'm terrified I'm failing.").disclosure == 3


def test_disclosure_levels() -> None:
    assert _labels("The weather is nice today.").disclosure == 0
    assert _labels("I work at the bakery on Main Street.").disclosure == 1
    assert _labels("I think the new plan is better.").disclosure == 2


def test_empathy_rules_of_the_default_model() -> None:
    reply = _labels("I'm so sorry, that must be so hard. How are you feeling now?", "My dad died last week.")
    assert reply.empathy.emotional_reaction == 2
    assert reply.empathy.exploration == 2
    assert _labels("Get over it.", "My dad died last week.").empathy.total == 0
    assert _labels("I'm so sorry. How are you feeling?").empathy.total == 0  # nothing to respond to
    # "sorry" is one phrase (weak); three phrases ("so sorry", "sorry", "hang in there" ...) make a strong reaction
    assert _labels("Sorry.", "My dad died last week.").empathy.emotional_reaction == 1
    # a strong interpretation shares one's own experience: ten words or more, two or more first-person words
    shared = _labels("When my dad died I could not sleep for weeks, it took me a long time.", "My dad died.")
    assert shared.empathy.interpretation == 2
    other = _labels("That is a very hard thing to go through, it takes a long time.", "My dad died.")
    assert other.empathy.interpretation == 0


def test_emotion_and_valence() -> None:
    thanks = _labels("Thank you so much, this is wonderful!")
    sad = _labels("I'm so sad and lonely since she left.")
    assert thanks.emotion == "gratitude"
    assert thanks.valence > 0.3
    assert thanks.valence == round(thanks.valence, 3)
    assert sad.valence < -0.3


def test_context_tracker_gives_the_previous_turn_of_the_other_speaker() -> None:
    t = ContextTracker()
    assert t.context("c", "A", "hi") == ""
    assert t.context("c", "B", "hello") == "hi"
    assert t.context("c", "B", "how are you?") == "hi"
    assert t.context("c", "A", "fine") == "hello how are you?"
    assert t.context("d", "B", "new conversation") == ""


def test_batches_carry_context_across_boundaries() -> None:
    pairs = [
        ("A", "Nobody called me after the surgery."),
        ("B", "Nobody called you after the surgery."),
        ("A", "No."),
        ("B", "That sounds lonely."),
        ("A", "It was."),
    ]
    conv = Conversation.from_texts(pairs)
    one = [u.labels for u in annotate_utterances(conv.utterances, batch_size=2048)]
    small = [u.labels for u in annotate_utterances(conv.utterances, batch_size=2)]
    assert one == small
    assert annotate_conversation(conv).utterances[1].labels == one[1]


def test_annotate_conversation_labels_every_utterance() -> None:
    conv = Conversation.from_texts([("A", "How was your day?"), ("B", "mm-hm")])
    out = annotate_conversation(conv)
    assert [u.text for u in out] == ["How was your day?", "mm-hm"]
    assert all(u.labels is not None for u in out)
    assert out[0].labels is not None and out[0].labels.question is not None


def test_predict_examples_formats() -> None:
    ex = [
        Example("What happened then?", ("I lost my job.",), (False,), "open", "g", "annomi"),
        Example("mm-hm", ("So I left.",), (False,), True, "g", "swda"),
    ]
    assert predict_examples("question", ex, None) == ["open", None]
    assert predict_examples("backchannel", ex, None) == [False, True]
    assert all(isinstance(v, bool) for v in predict_examples("disclosure", ex, None))
    assert all(v in (0, 1, 2) for v in predict_examples("empathy_ex", ex, None))
    assert all(isinstance(v, float) for v in predict_examples("valence", ex, None))
    with pytest.raises(UsageError, match="unknown task"):
        predict_examples("nope", ex, None)


def test_question_without_question_mark_opening_with_auxiliary_and_subject() -> None:
    assert _labels("so um do you have any pets").question == "closed"
    assert _labels("Is she spayed.").question == "closed"
    assert _labels("So I have two cats.").question is None


def test_expert_heads_are_picked_by_the_domain_head() -> None:
    import numpy as np

    from heart2heart.annotate._common import binary
    from heart2heart.annotate.batch import Batch
    from heart2heart.models.linear import Head, LinearModel

    heads = {
        "advice": Head("advice", "binary", 0, (), 0.0),
        "advice@swda": Head("advice@swda", "binary", 1, (), 1.0),
        "domain": Head("domain", "softmax", 2, ("annomi", "swda", "epitome")),
    }
    model = LinearModel(heads, np.zeros(0, np.int64), np.zeros((0, 5), np.float32), np.zeros(5, np.float32))
    # rows: annomi-like (plain head 0.5 > 0), swda-like (expert 0.5 < its threshold 1.0), swda-like (expert 2 > 1),
    # epitome-like (no expert for epitome: the plain head, -1 < 0)
    scores = np.array([[0.5, -9, 3, 0, 0], [0.5, 0.5, 0, 3, 0], [-5, 2.0, 0, 3, 0], [-1, 9, 0, 0, 3]], dtype=np.float32)
    batch = Batch(["a", "b", "c", "d"], ["", "", "", ""], model, scores=scores)
    assert binary(batch, "advice").tolist() == [True, False, True, False]  # type: ignore[union-attr]
    model.meta["domain_fallback"] = {"epitome": "swda"}  # epitome-like rows now use the swda expert: 9 > 1
    assert binary(batch, "advice").tolist() == [True, False, True, True]  # type: ignore[union-attr]


def test_rows_of_one_conversation_share_the_domain_their_experts_come_from() -> None:
    import numpy as np

    from heart2heart.annotate._common import binary, routes
    from heart2heart.annotate.batch import Batch
    from heart2heart.annotate.pipeline import segments_of
    from heart2heart.models.linear import Head, LinearModel

    heads = {
        "advice": Head("advice", "binary", 0, (), 0.0),
        "advice@swda": Head("advice@swda", "binary", 1, (), 0.0),
        "domain": Head("domain", "softmax", 2, ("annomi", "swda", "epitome")),
    }
    model = LinearModel(heads, np.zeros(0, np.int64), np.zeros((0, 5), np.float32), np.zeros(5, np.float32))
    # conversation A: row 0 clearly annomi (p 0.909), row 1 mildly swda (p 0.576, annomi 0.212): annomi wins
    # (1.121 against 0.621), so row 1 takes the plain head (-1 < 0) instead of the swda expert (2 > 0).
    # conversation B (row 2 alone): swda, its expert says 2 > 0.
    scores = np.array([[1, -1, 3, 0, 0], [-1, 2, 0, 1, 0], [-1, 2, 0, 1, 0]], dtype=np.float32)
    seg = segments_of(["A", "A", "B"])
    assert seg.tolist() == [0, 0, 1]
    batch = Batch(["a", "b", "c"], ["", "", ""], model, scores=scores, segments=seg)
    assert routes(batch).tolist() == [0, 0, 1]  # type: ignore[union-attr]
    assert binary(batch, "advice").tolist() == [True, False, True]  # type: ignore[union-attr]
    alone = Batch(["a", "b", "c"], ["", "", ""], model, scores=scores)  # no segments: row by row
    assert routes(alone).tolist() == [0, 1, 1]  # type: ignore[union-attr]
    assert binary(alone, "advice").tolist() == [True, True, True]  # type: ignore[union-attr]


def test_last_question_sentence_opening_with_an_auxiliary_is_closed() -> None:
    assert _labels("So, I wonder, is there anything else you'd like to talk about today?").question == "closed"
    assert _labels("You said it was hard. What made it hard?").question == "open"


def test_a_media_placeholder_gets_the_default_labels() -> None:
    # The placeholder stands for a photo or a sticker: its words are the app's, not the person's.
    said = Conversation.from_texts([("A", "I can't sleep and I'm always stressed."), ("B", "You should try yoga.")])
    sent = Conversation(said.id, (said.utterances[0], dataclasses.replace(said.utterances[1], media=True)))
    assert annotate_conversation(said).utterances[1].labels.advice is True
    assert annotate_conversation(sent).utterances[1].labels == Labels()
    streamed = list(annotate_utterances(iter(sent.utterances)))
    assert streamed[1].labels == Labels() and streamed[0].labels == annotate_conversation(sent).utterances[0].labels
