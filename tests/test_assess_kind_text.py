"""The bag-of-words text model (assess/text_model.py) and its voice in the kind model (assess/kind_text.py)."""

from __future__ import annotations

import itertools
import math
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heart2heart.assess.kind import KINDS
from heart2heart.assess.kind_model import MODEL_PATH, KindModel, fit
from heart2heart.assess.kind_text import TEXT_FEATURES, text_values
from heart2heart.assess.text_model import (
    BUCKETS,
    TextModel,
    _hashed,
    bag,
    fit_text_model,
    load_text_model,
    weighted,
)
from heart2heart.errors import ModelError
from heart2heart.models.features import tokenize


def _key(term: str, buckets: int = BUCKETS) -> int:
    return zlib.crc32(term.encode("utf-8")) % buckets


def test_bag_counts_words_and_bigrams_within_each_utterance() -> None:
    counts = bag(["Oh no. Oh no!", "you ok?"])
    expected: dict[int, int] = {}
    # tokens: oh no . oh no !  |  you ok ?   (bigrams never cross utterances: no "! you")
    for term in ("oh", "no", ".", "oh", "no", "!", "oh no", "no .", ". oh", "oh no", "no !"):
        expected[_key(term)] = expected.get(_key(term), 0) + 1
    for term in ("you", "ok", "?", "you ok", "ok ?"):
        expected[_key(term)] = expected.get(_key(term), 0) + 1
    assert counts == expected
    assert counts[_key("oh no")] == 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from([7, 1024, BUCKETS]))
def test_hashed_is_the_bucket_of_every_term_in_order(text: str, buckets: int) -> None:
    # _hashed, written for speed, against the definition: each token, then each within-utterance bigram, hashed.
    tokens = tokenize(text)
    terms = [*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens))]
    assert _hashed.__wrapped__(text, buckets) == tuple(_key(t, buckets) for t in terms)


def test_weighted_is_sublinear_tf_idf_of_unit_length() -> None:
    idf = np.ones(8, dtype=np.float32)
    idf[3] = 2.0
    keys, values = weighted({3: 1, 5: 1}, idf)  # tf 1 each; idf 2 and 1
    assert keys.tolist() == [3, 5]
    assert values.tolist() == pytest.approx([2 / math.sqrt(5), 1 / math.sqrt(5)], rel=1e-6)
    keys, values = weighted({5: 3}, idf)  # tf = 1 + ln 3, alone: scaled to 1
    assert values.tolist() == pytest.approx([1.0])
    assert weighted({}, idf)[0].size == 0


def test_probabilities_are_the_softmax_of_the_linear_scores() -> None:
    buckets = 16
    idf = np.ones(buckets, dtype=np.float32)
    weights = np.zeros((2, buckets), dtype=np.float32)
    k = _key("sorry", buckets)
    weights[0, k] = 2.0  # "sorry" votes for the first class
    model = TextModel(("heart_to_heart", "conflict"), idf, weights, np.array([0.0, 0.5], dtype=np.float32))
    probs = model.probabilities(["sorry"])  # one term, unit length: scores 2 and 0.5
    assert probs["heart_to_heart"] == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probabilities([]) == pytest.approx(
        {"heart_to_heart": 1 / (1 + math.e**0.5), "conflict": 1 / (1 + math.e**-0.5)}
    )


def _one_at_a_time(model: TextModel, texts: list[str]) -> list[float]:
    # The definition, as the model was fitted: the document's bag, its unit tf-idf vector, scores, softmax.
    keys, values = weighted(bag(texts, model.buckets), model.idf)
    s = model.weights[:, keys].astype(np.float64) @ values.astype(np.float64) + model.bias
    p = np.exp(s - s.max())
    return (p / p.sum()).tolist()


_WORDS = st.sampled_from(["sorry", "you", "never", "I", "feel", "lost", "ok", "?", "!", "oh no", "work", ""])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.lists(_WORDS, max_size=8).map(" ".join), max_size=4), max_size=6), st.integers(0, 2**16))
def test_probability_rows_are_each_documents_softmax(documents: list[list[str]], seed: int) -> None:
    # Many documents scored in one numpy pass, against one document at a time; documents share buckets, repeat
    # words, or have none (the bias alone).
    rng = np.random.default_rng(seed)
    buckets = 64
    idf = rng.uniform(1.0, 3.0, buckets).astype(np.float32)
    weights = rng.normal(0.0, 2.0, (3, buckets)).astype(np.float32)
    model = TextModel(("a", "b", "c"), idf, weights, rng.normal(0.0, 1.0, 3).astype(np.float32))
    rows = model.probability_rows(documents)
    assert rows.shape == (len(documents), 3)
    for row, texts in zip(rows.tolist(), documents, strict=True):
        assert row == pytest.approx(_one_at_a_time(model, texts), rel=1e-5, abs=1e-7)
        assert list(model.probabilities(texts).values()) == pytest.approx(row, rel=1e-12)


def test_probability_rows_of_the_shipped_model_match_one_document_at_a_time() -> None:
    model = load_text_model(MODEL_PATH.with_suffix(".npz"), KINDS)
    assert model is not None
    documents = [[text] for conv, _ in [_tiny()] for texts in conv for text in texts] + [_tiny()[0][2], [], [""]]
    for row, texts in zip(model.probability_rows(documents).tolist(), documents, strict=True):
        assert row == pytest.approx(_one_at_a_time(model, texts), rel=1e-5, abs=1e-7)


def _tiny() -> tuple[list[list[str]], list[str]]:
    convs = [
        ["you always do this", "whatever, you never listen"],
        ["you never help", "that's not what I said, whatever"],
        ["I've been so lonely lately", "oh love, that sounds hard. what's been hardest?"],
        ["I feel lost since the move", "that sounds so lonely, tell me more"],
    ]
    return convs, ["conflict", "conflict", "heart_to_heart", "heart_to_heart"]


def test_fit_separates_a_tiny_set_and_is_deterministic() -> None:
    convs, kinds = _tiny()
    model = fit_text_model(convs, kinds, buckets=256)  # type: ignore[arg-type]
    assert model.classes == ("conflict", "heart_to_heart")
    assert model.weights.shape == (2, 256)
    for conv, kind in zip(convs, kinds, strict=True):
        probs = model.probabilities(conv)
        assert max(probs, key=lambda c: probs[c]) == kind
    assert fit_text_model(convs, kinds, buckets=256).to_bytes() == model.to_bytes()  # type: ignore[arg-type]
    # smoothed idf over 4 documents: ln((1 + 4) / (1 + df)) + 1; 'whatever' is in 2 of them
    assert model.idf[_key("whatever", 256)] == pytest.approx(math.log(5 / 3) + 1)


def test_sample_weight_weighs_the_loss_and_not_the_idf() -> None:
    convs, kinds = _tiny()
    plain = fit_text_model(convs, kinds, buckets=256)  # type: ignore[arg-type]
    ones = fit_text_model(convs, kinds, buckets=256, sample_weight=[1.0] * 4)  # type: ignore[arg-type]
    assert ones.to_bytes() == plain.to_bytes()
    heavy = fit_text_model(convs, kinds, buckets=256, sample_weight=[1.0, 1.0, 5.0, 1.0])  # type: ignore[arg-type]
    assert np.array_equal(heavy.idf, plain.idf)  # each document counted once in the idf
    # the weighed document is fitted more closely, the others less
    assert heavy.probabilities(convs[2])["heart_to_heart"] > plain.probabilities(convs[2])["heart_to_heart"]
    assert heavy.probabilities(convs[0])["conflict"] < plain.probabilities(convs[0])["conflict"]


def test_bytes_round_trip_and_corrupt_files(tmp_path: Path) -> None:
    convs, kinds = _tiny()
    model = fit_text_model(convs, kinds, buckets=64)  # type: ignore[arg-type]
    back = TextModel.from_bytes(model.to_bytes())
    assert back.classes == model.classes
    assert np.array_equal(back.weights, model.weights) and np.array_equal(back.idf, model.idf)
    with pytest.raises(ModelError, match="corrupt text model"):
        TextModel.from_bytes(b"not a zip", "x.npz")
    assert load_text_model(tmp_path / "absent.npz") is None
    with pytest.raises(ModelError, match="does not fit together"):
        TextModel.from_bytes(model.to_bytes(), "x.npz", allowed=("met", "advice"))


def test_text_values_name_every_kind_and_none_without_a_model() -> None:
    convs, kinds = _tiny()
    model = fit_text_model(convs, kinds, buckets=64)  # type: ignore[arg-type]
    values = text_values(convs[0], model)
    assert tuple(values) == TEXT_FEATURES
    assert sum(values.values()) == pytest.approx(1.0)
    assert values["text_small_talk"] == 0.0  # a kind the model never saw
    assert text_values(convs[0], None) == {}


def test_kind_model_reads_a_missing_feature_as_average() -> None:
    xs = [{"a": 0.0, "b": 1.0}, {"a": 1.0, "b": 0.0}, {"a": 0.1, "b": 0.9}, {"a": 0.9, "b": 0.1}]
    model: KindModel = fit(xs, ["venting", "lecture", "venting", "lecture"], ("a", "b"), l2=1.0)
    average = model.probabilities({"a": 0.5, "b": 0.5})
    assert model.probabilities({"a": 0.5}) == pytest.approx(average)
    assert model.probabilities({}) == pytest.approx(average)


def test_the_shipped_text_model_loads_and_votes_sensibly() -> None:
    model = load_text_model(MODEL_PATH.with_suffix(".npz"), KINDS)
    assert model is not None and model.buckets == BUCKETS
    fight = ["You never listen to me.", "Oh here we go. Whatever.", "Don't you dare walk away.", "Fine. I'm done."]
    probs = model.probabilities(fight)
    assert max(probs, key=lambda c: probs[c]) == "conflict"
