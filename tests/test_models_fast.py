"""The fast featurizer and scorer against the reference: same feature rows, same scores, same annotated rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heart2heart.annotate.pipeline import Pipeline
from heart2heart.annotate.writer import iter_rows, write_annotated
from heart2heart.models import load_model
from heart2heart.models.fast import FastFeaturizer
from heart2heart.models.features import FeatureRows, Featurizer, FeaturizerConfig
from heart2heart.models.linear import Head, LinearModel

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "heart2heart" / "examples"

TRICKY = [
    "How are you?", "", "   ", "?!.", "I\u2019m fine... you?", "a-'b ''x'' --y-- it's-a-test", "\u0130stanbul",
    "\u212aelvin", "STRASSE stra\u00dfe", "\U0001f600\U0001f622 lol", "no\x02marker\x03here", "x" * 5000,
    "word " * 3000, "ok ok ok", "tell me more about that", "\u03a3\u039f\u03a3 sos", "caf\u00e9 na\u00efve",
]  # fmt: skip


def _same_rows(a: FeatureRows, b: FeatureRows) -> None:
    np.testing.assert_array_equal(a.offsets, b.offsets)
    np.testing.assert_array_equal(a.indices, b.indices)
    np.testing.assert_array_equal(a.values, b.values)
    np.testing.assert_array_equal(a.dense, b.dense)


def _check(texts: list[str], contexts: list[str], model: LinearModel) -> None:
    ref = Featurizer(model.config)
    fast = FastFeaturizer(model.config)
    expected = ref.transform(texts, contexts)
    parts = fast.parts(texts, contexts)
    _same_rows(expected, parts.to_rows())
    np.testing.assert_array_equal(model.scores(parts), model.scores(expected))


def test_tricky_texts_same_rows_and_scores() -> None:
    contexts = ["", *TRICKY[:-1]]
    _check(TRICKY, contexts, load_model())


def test_bundled_example_same_rows() -> None:
    from heart2heart.formats import iter_utterances

    texts = [u.text for u in iter_utterances(EXAMPLES / "demo_whatsapp.txt")]
    assert len(texts) > 20
    _check(texts, ["", *texts[:-1]], load_model())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=12), st.integers(0, 3))
def test_generated_texts_same_rows(texts: list[str], shift: int) -> None:
    contexts = ([""] * shift + texts)[: len(texts)]
    _check(texts, contexts, load_model())


def test_vocabulary_kept_across_batches_gives_same_rows() -> None:
    fast = FastFeaturizer()
    ref = Featurizer()
    for chunk in (TRICKY[:5], TRICKY[5:], TRICKY):
        _same_rows(ref.transform(chunk, [""] * len(chunk)), fast.transform(chunk, [""] * len(chunk)))


def test_fast_stream_marks_each_text() -> None:
    tok, lens = FastFeaturizer().stream(["Hi there?", "", "ok"])
    assert lens.tolist() == [3, 0, 1]
    assert tok[[0, 4, 5, 6, 7, 9]].tolist() == [0, 1, 0, 1, 0, 1]


def test_scores_exact_hand_computed() -> None:
    """Weights 0.1 (not a float16 value: rounded to the 2**-24 grid) on 'ok' twice, bias 0.25."""
    cfg = FeaturizerConfig(bits=18, char_ngrams=0)
    x = Featurizer(cfg).transform(["ok ok"], [""])
    uni = x.indices[:2]
    assert uni[0] == uni[1]
    keys = np.array([int(uni[0])], dtype=np.int64)
    model = LinearModel({"q": Head("q", "binary", 0)}, keys, np.array([[0.1]], dtype=np.float32),
                        np.array([0.25], dtype=np.float32), cfg)  # fmt: skip
    grid = round(float(np.float32(0.1)) * 2**24) / 2**24
    assert model.scores(x)[0, 0] == np.float32(2 * grid + 0.25)
    assert model.scores(Featurizer(cfg).parts(["ok ok"], [""]))[0, 0] == np.float32(2 * grid + 0.25)


class _Reference:
    """The reference featurizer, handing CSR rows (scored by the reference reducer) to the annotators."""

    def __init__(self, config: FeaturizerConfig) -> None:
        self.featurizer = Featurizer(config)

    def parts(self, texts: list[str], contexts: list[str]) -> FeatureRows:
        return self.featurizer.transform(texts, contexts)


def test_annotate_rows_same_as_reference_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heart2heart.annotate import featurize

    src = tmp_path / "in.jsonl"
    texts = TRICKY + ["I feel so alone lately", "It sounds like you feel alone.", "mm-hm", "Have you tried yoga?"] * 2
    lines = [{"conversation": "c1" if i < 12 else "c2", "speaker": "ab"[i % 2], "text": t} for i, t in enumerate(texts)]
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in lines))
    fast_out, ref_out = tmp_path / "fast.jsonl", tmp_path / "ref.jsonl"
    assert write_annotated(iter_rows([src], format=None, gap=None), fast_out, Pipeline(), batch_size=7) == len(texts)
    monkeypatch.setattr(featurize, "featurizer_for", _Reference)
    write_annotated(iter_rows([src], format=None, gap=None), ref_out, Pipeline(), batch_size=5)
    assert fast_out.read_bytes() == ref_out.read_bytes()
    got = [orjson.loads(line) for line in fast_out.read_bytes().splitlines()]
    assert [r["text"] for r in got] == texts
    assert got[texts.index("Have you tried yoga?")]["labels"]["question"] == "closed"
