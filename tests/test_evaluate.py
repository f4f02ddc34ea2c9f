"""Metrics against hand-computed values (and scikit-learn / scipy when installed), and evaluate() on tiny data."""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from _tiny_data import make_data
from heart2heart.cli.main import main
from heart2heart.evaluate import (
    TARGETS,
    EvalRow,
    accuracy,
    binary_f1,
    cohen_kappa,
    confusion,
    evaluate,
    macro_f1,
    roc_auc,
    spearman,
)
from heart2heart.train.datasets import Example

# --- metrics, by hand -----------------------------------------------------------------------------------------


def test_accuracy() -> None:
    assert accuracy([1, 0, 1, 1], [1, 1, 1, 0]) == 0.5
    assert accuracy([None, "open"], [None, "open"]) == 1.0
    assert math.isnan(accuracy([], []))


def test_binary_f1() -> None:
    # tp = 2, fp = 1, fn = 1 -> 4 / 6
    assert binary_f1([True, True, False, False, True], [True, False, True, False, True]) == pytest.approx(2 / 3)
    assert binary_f1(["a", "b", "a"], ["a", "a", "b"], positive="a") == pytest.approx(0.5)  # tp1 fp1 fn1
    assert binary_f1([False, False], [False, False]) == 0.0


def test_macro_f1() -> None:
    # a: tp1 fp1 fn1 -> 0.5; b: tp2 fp1 -> 0.8; c: fn1 -> 0
    gold = ["a", "a", "b", "b", "c"]
    pred = ["a", "b", "b", "b", "a"]
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    # naming an absent class adds an F1 of 0
    assert macro_f1(gold, pred, labels=["a", "b", "c", "d"]) == pytest.approx(1.3 / 4)


def test_confusion() -> None:
    m = confusion(["x", "x", "y"], ["x", "y", "y"], labels=["x", "y"])
    assert m.tolist() == [[1, 1], [0, 1]]
    with pytest.raises(ValueError, match="not among"):
        confusion(["x"], ["z"], labels=["x"])
    with pytest.raises(ValueError, match="1 gold labels but 2"):
        confusion(["x"], ["x", "y"])


def _from_table(table: list[list[int]]) -> tuple[list[int], list[int]]:
    gold: list[int] = []
    pred: list[int] = []
    for g, row in enumerate(table):
        for p, count in enumerate(row):
            gold += [g] * count
            pred += [p] * count
    return gold, pred


def test_cohen_kappa() -> None:
    # po = 35/50 = 0.7; pe = (25*30 + 25*20) / 2500 = 0.5 -> kappa = 0.4
    gold, pred = _from_table([[20, 5], [10, 15]])
    assert cohen_kappa(gold, pred) == pytest.approx(0.4)
    # three classes: po = 0.6; pe = (4*4 + 3*3 + 3*3) / 100 = 0.34 -> (0.6 - 0.34) / 0.66
    gold, pred = _from_table([[3, 1, 0], [1, 1, 1], [0, 1, 2]])
    assert cohen_kappa(gold, pred) == pytest.approx(0.26 / 0.66)
    assert cohen_kappa([1, 0, 1], [1, 0, 1]) == 1.0
    assert math.isnan(cohen_kappa([1, 1], [1, 1]))  # chance agreement 1: undefined
    assert math.isnan(cohen_kappa([], []))


def test_roc_auc() -> None:
    # positive/negative pairs: 0.9>0.5, 0.9>0.1, 0.4<0.5, 0.4>0.1 -> 3/4
    assert roc_auc([1, 1, 0, 0], [0.9, 0.4, 0.5, 0.1]) == pytest.approx(0.75)
    # a tie counts half: 0.5=0.5, 0.5>0.1, 0.4<0.5, 0.4>0.1 -> 2.5/4
    assert roc_auc([True, True, False, False], [0.5, 0.4, 0.5, 0.1]) == pytest.approx(0.625)
    assert math.isnan(roc_auc([1, 1], [0.2, 0.3]))


def test_spearman() -> None:
    # ranks y = 1, 2, 3.5, 5, 3.5 -> sum of centred products 8, sums of squares 10 and 9.5
    assert spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(8 / math.sqrt(95))
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 2, 3], [4, 4, 4]))


def test_metrics_match_sklearn_and_scipy() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(7)
    for _ in range(20):
        gold = rng.integers(0, 3, size=60).tolist()
        pred = [g if rng.random() < 0.6 else int(rng.integers(0, 3)) for g in gold]
        assert accuracy(gold, pred) == pytest.approx(metrics.accuracy_score(gold, pred))
        assert macro_f1(gold, pred) == pytest.approx(metrics.f1_score(gold, pred, average="macro"))
        assert cohen_kappa(gold, pred) == pytest.approx(metrics.cohen_kappa_score(gold, pred))
        yes = [g == 1 for g in gold]
        said = [p == 1 for p in pred]
        assert binary_f1(yes, said) == pytest.approx(metrics.f1_score(yes, said))
        scores = rng.integers(0, 5, size=60).astype(float)  # many ties
        assert roc_auc(yes, scores) == pytest.approx(metrics.roc_auc_score(yes, scores))
        other = rng.integers(0, 4, size=60).astype(float)
        assert spearman(scores, other) == pytest.approx(stats.spearmanr(scores, other).statistic)


# --- evaluate() on the tiny data ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data(tmp_path_factory.mktemp("data"))


def oracle(task: str, examples: list[Example]) -> list[object]:
    """Says what the coders said (the first gold emotion for GoEmotions)."""
    if task == "emotion":
        return [ex.label[0] for ex in examples]  # type: ignore[index]
    return [ex.label for ex in examples]


def by_key(rows: list[EvalRow]) -> dict[tuple[str, str], EvalRow]:
    return {(r.label, r.dataset): r for r in rows}


def test_oracle_scores_one_everywhere(tiny: Path) -> None:
    rows = evaluate(oracle, tiny, split="train")
    assert [(r.label, r.dataset) for r in rows] == [(t.label, t.dataset) for t in TARGETS]
    for r in rows:
        assert r.score == pytest.approx(1.0), (r.label, r.dataset)
        assert r.met is (None if r.target is None else True)
    got = by_key(rows)
    # n: therapist utterances (6), supporter utterances (4), SwDA utterances (5), questions in both (2 / 2)
    assert [got["question", d].n for d in ("annomi", "esconv", "swda")] == [6, 4, 5]
    assert got["open_closed", "annomi"].n == 2 and got["open_closed", "swda"].n == 2
    assert got["empathy_er", "epitome"].n == 4 and got["emotion", "goemotions"].n == 3
    assert got["reflection", "esconv"].baseline == 0.40 and got["question", "annomi"].human == 0.87


# Hand-made predictions for some rows (train split of the tiny data); the rest say what the coders said.
PREDICTIONS: dict[tuple[str, str], list[object]] = {
    # gold [open, -, -, closed, -, -]
    ("annomi", "question"): ["closed", None, "open", "closed", None, None],
    # gold [F, T, F, F, T, F]
    ("annomi", "reflection"): [False, True, True, False, False, False],
    # gold [F, F, T, F]; depths 0-3 count as disclosure from 2
    ("esconv", "disclosure"): [0, 1, 3, 2],
    # gold [(gratitude), (anger, sadness), (neutral)]
    ("goemotions", "emotion"): ["gratitude", "sadness", "joy"],
    # gold [1, -1, 0]
    ("goemotions", "valence"): [0.5, -0.2, 0.1],
}


def mixed(task: str, examples: list[Example]) -> Sequence[object]:
    return PREDICTIONS.get((examples[0].dataset, task)) or oracle(task, examples)


def test_hand_computed_rows(tiny: Path) -> None:
    got = by_key(evaluate(mixed, tiny, split="train"))
    q = got["question", "annomi"]
    # detection: gold [T,F,F,T,F,F], said [T,F,T,T,F,F]: tp2 fp1 fn0 -> F1 0.8, accuracy 5/6;
    # kappa: po 5/6, pe (2*3 + 4*3)/36 = 0.5 -> 2/3
    assert (q.n, q.f1, q.accuracy, q.kappa) == (6, pytest.approx(0.8), pytest.approx(5 / 6), pytest.approx(2 / 3))
    assert q.met is False and q.score == q.f1
    oc = got["open_closed", "annomi"]
    # only rows where both say question: (open, closed), (closed, closed) -> accuracy 0.5;
    # po 0.5, pe (1*0 + 1*2)/4 = 0.5 -> kappa 0
    assert (oc.n, oc.accuracy, oc.kappa) == (2, 0.5, pytest.approx(0.0))
    r = got["reflection", "annomi"]
    assert (r.f1, r.accuracy) == (pytest.approx(0.5), pytest.approx(4 / 6))  # tp1 fp1 fn1
    d = got["disclosure", "esconv"]
    assert d.f1 == pytest.approx(2 / 3)  # said [F,F,T,T] vs [F,F,T,F]: tp1 fp1
    e = got["emotion", "goemotions"]
    assert e.accuracy == pytest.approx(2 / 3) and e.met is True  # "sadness" is among (anger, sadness)
    v = got["valence", "goemotions"]
    assert v.spearman == pytest.approx(1.0) and v.met is None and v.target is None


def test_predict_length_is_checked(tiny: Path) -> None:
    with pytest.raises(ValueError, match="returned 0 labels"):
        evaluate(lambda task, examples: [], tiny, split="train")


# --- h2h eval ------------------------------------------------------------------------------------------------


def test_cli_json(tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    annotate = importlib.import_module("heart2heart.annotate")
    seen: list[str | None] = []

    def fake(task: str, examples: list[Example], model: str | None) -> list[object]:
        seen.append(model)
        return list(mixed(task, examples))

    monkeypatch.setattr(annotate, "predict_examples", fake, raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--data", str(tiny), "--split", "train", "--json", "--model", "mine"])
    assert exit_.value.code == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(TARGETS) and set(seen) == {"mine"}
    first = rows[0]
    assert (first["model"], first["label"], first["dataset"], first["n"]) == ("mine", "question", "annomi", 6)
    assert first["f1"] == pytest.approx(0.8) and first["target"] == 0.95 and first["met"] is False


def test_cli_table(tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    annotate = importlib.import_module("heart2heart.annotate")
    monkeypatch.setattr(annotate, "predict_examples", lambda t, e, m: oracle(t, e), raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("H2H_DATA", str(tiny))
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--split", "train", "--model", "a", "--model", "b"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "empathy_er" in out and "F1≥0.95" in out and "RoBERTa macro-F1 0.77" in out
    assert "model: a)" in out and "model: b)" in out  # one table per model


def test_cli_without_annotators(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    annotate = importlib.import_module("heart2heart.annotate")
    monkeypatch.delattr(annotate, "predict_examples", raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--data", str(tiny)])
    assert exit_.value.code == 2
    assert "predict_examples" in capsys.readouterr().err


def test_cli_needs_data(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("H2H_DATA", raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(["eval"])
    assert exit_.value.code == 2
    assert "--data" in capsys.readouterr().err
