"""Scoring utterance labels against human labels: metrics (numpy only) and the evaluation report of issue 3.

The metrics take plain sequences of labels (any hashable values, ``None`` included) and return floats:
:func:`accuracy`, :func:`macro_f1`, :func:`binary_f1`, :func:`cohen_kappa`, and for conversation-level checks
:func:`roc_auc` and :func:`spearman`.

:func:`evaluate` runs a predictor over the dev split of every dataset and returns one :class:`EvalRow` per row of the
target table (:data:`TARGETS`), next to the human agreement and the published baselines of EVIDENCE.md.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from heart2heart.train.datasets import Example, Split, load

__all__ = [
    "TARGETS",
    "EvalRow",
    "Predict",
    "Target",
    "accuracy",
    "binary_f1",
    "cohen_kappa",
    "evaluate",
    "iter_evaluate",
    "macro_f1",
    "roc_auc",
    "spearman",
]

Predict = Callable[[str, list[Example]], Sequence[object]]
"""A predictor: ``predict(task, examples)`` returns one prediction per example, in order."""

Metric = Literal["f1", "kappa", "macro_f1", "accuracy", "spearman"]


# ---------------------------------------------------------------------------------------------------------------
# metrics


def _codes(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], int]:
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predictions")
    classes: dict[Hashable, int] = {}
    for value in labels if labels is not None else [*y_true, *y_pred]:
        classes.setdefault(value, len(classes))
    try:
        t = np.fromiter((classes[v] for v in y_true), dtype=np.intp, count=len(y_true))
        p = np.fromiter((classes[v] for v in y_pred), dtype=np.intp, count=len(y_pred))
    except KeyError as exc:
        raise ValueError(f"label {exc.args[0]!r} is not among the labels given") from None
    return t, p, len(classes)


def confusion(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> npt.NDArray[np.int64]:
    """Confusion matrix ``m[gold, predicted]`` over ``labels`` (default: every value seen, in order of appearance)."""
    t, p, k = _codes(y_true, y_pred, labels)
    m = np.zeros((k, k), dtype=np.int64)
    np.add.at(m, (t, p), 1)
    return m


def accuracy(y_true: Sequence[Hashable], y_pred: Sequence[Hashable]) -> float:
    """Share of predictions equal to the gold label (nan when there are none)."""
    t, p, _ = _codes(y_true, y_pred)
    return float(np.mean(t == p)) if len(t) else float("nan")


def _f1s(m: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    tp = np.diag(m).astype(np.float64)
    denom = m.sum(axis=0) + m.sum(axis=1)  # 2tp + fp + fn
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)


def macro_f1(y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None) -> float:
    """Unweighted mean of the per-class F1 over ``labels`` (default: every class in gold or predictions).

    A class that is neither in gold nor predicted counts as F1 0 only when it is named in ``labels``, as in
    scikit-learn (``zero_division=0``).
    """
    if not len(y_true):
        return float("nan")
    return float(np.mean(_f1s(confusion(y_true, y_pred, labels))))


def binary_f1(y_true: Sequence[object], y_pred: Sequence[object], positive: object = True) -> float:
    """F1 of the positive class: 2tp / (2tp + fp + fn); 0 when there is no positive anywhere (nan when empty)."""
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predictions")
    if not len(y_true):
        return float("nan")
    t = np.fromiter((v == positive for v in y_true), dtype=bool, count=len(y_true))
    p = np.fromiter((v == positive for v in y_pred), dtype=bool, count=len(y_pred))
    tp = int(np.sum(t & p))
    denom = int(np.sum(t)) + int(np.sum(p))
    return 2 * tp / denom if denom else 0.0


def cohen_kappa(y_true: Sequence[Hashable], y_pred: Sequence[Hashable]) -> float:
    """Cohen's kappa: (observed - chance agreement) / (1 - chance), chance from the two marginals.

    nan when empty or when both raters use one and the same label throughout (chance agreement 1, kappa
    undefined, as in scikit-learn).
    """
    if not len(y_true):
        return float("nan")
    m = confusion(y_true, y_pred).astype(np.float64)
    n = m.sum()
    observed = np.trace(m) / n
    expected = float(m.sum(axis=1) @ m.sum(axis=0)) / (n * n)
    if expected >= 1.0:
        return float("nan")
    return float((observed - expected) / (1.0 - expected))


def _ranks(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Ranks 1..n with ties given their average rank."""
    order = np.argsort(x, kind="mergesort")
    sorted_x = x[order]
    ranks = np.empty(len(x), dtype=np.float64)
    starts = np.flatnonzero(np.r_[True, sorted_x[1:] != sorted_x[:-1]])
    ends = np.r_[starts[1:], len(x)]
    for s, e in zip(starts, ends, strict=True):
        ranks[order[s:e]] = (s + e + 1) / 2.0  # mean of the 1-based ranks s+1..e
    return ranks


def roc_auc(y_true: Sequence[object], scores: Sequence[float]) -> float:
    """Area under the ROC curve: the probability that a positive scores above a negative (ties count half).

    ``y_true`` is truthy for positives. nan when either class is absent.
    """
    t = np.fromiter((bool(v) for v in y_true), dtype=bool, count=len(y_true))
    s = np.asarray(scores, dtype=np.float64)
    if len(t) != len(s):
        raise ValueError(f"{len(t)} gold labels but {len(s)} scores")
    pos, neg = int(t.sum()), int((~t).sum())
    if not pos or not neg:
        return float("nan")
    ranks = _ranks(s)
    return float((ranks[t].sum() - pos * (pos + 1) / 2) / (pos * neg))


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson correlation of average ranks); nan when either side is constant."""
    a = np.asarray(x, dtype=np.float64)
    b = np.asarray(y, dtype=np.float64)
    if len(a) != len(b):
        raise ValueError(f"{len(a)} values against {len(b)}")
    if len(a) < 2:
        return float("nan")
    ra, rb = _ranks(a), _ranks(b)
    ra -= ra.mean()
    rb -= rb.mean()
    denom = float(np.sqrt((ra @ ra) * (rb @ rb)))
    return float(ra @ rb) / denom if denom else float("nan")


# ---------------------------------------------------------------------------------------------------------------
# the target table


@dataclass(frozen=True, slots=True)
class Target:
    """One row of the issue's target table: what is scored, on which dataset, and what to compare it with."""

    label: str
    """Row name: question, open_closed, reflection, advice, disclosure, empathy_er/ip/ex, backchannel, emotion,
    valence."""
    dataset: str
    task: str
    """The :func:`~heart2heart.train.datasets.load` task the gold labels come from."""
    metric: Metric
    """The headline metric the target is stated in."""
    target: float | None
    human: float | None = None
    """Human agreement (Cohen's kappa between coders), where known."""
    baseline: float | None = None
    """Best published machine score in the same metric, where known."""
    reference: str = ""
    """The comparison in words, as in EVIDENCE.md."""


_HUMAN_Q = "AnnoMI coders agree at kappa 0.87"
TARGETS: tuple[Target, ...] = (
    Target("question", "annomi", "question", "f1", 0.95, 0.87, None, _HUMAN_Q),
    Target("question", "swda", "question", "f1", 0.90, 0.87, None, _HUMAN_Q),
    Target("question", "esconv", "question", "f1", 0.90, 0.87, None, _HUMAN_Q),
    Target("open_closed", "annomi", "question", "kappa", 0.65, 0.52, None, "AnnoMI coders: kappa 0.52 (77% raw)"),
    Target("open_closed", "swda", "question", "kappa", 0.70, 0.52, None, "AnnoMI coders: kappa 0.52 (77% raw)"),
    Target("reflection", "annomi", "reflection", "f1", 0.70, 0.66, None, "AnnoMI coders: kappa 0.66"),
    Target("reflection", "esconv", "reflection", "f1", 0.50, 0.66, 0.40, "ESConv strategy models F1 0.27-0.40"),
    Target("advice", "annomi", "advice", "f1", 0.70),
    Target("advice", "esconv", "advice", "f1", 0.70),
    Target("disclosure", "esconv", "disclosure", "f1", 0.70, None, 0.68, "ESConv strategy models F1 0.68"),
    Target("empathy_er", "epitome", "empathy_er", "macro_f1", 0.78, None, 0.77, "RoBERTa macro-F1 0.77"),
    Target("empathy_ip", "epitome", "empathy_ip", "macro_f1", 0.60, None, 0.56, "RoBERTa macro-F1 0.56"),
    Target("empathy_ex", "epitome", "empathy_ex", "macro_f1", 0.62, None, 0.58, "RoBERTa macro-F1 0.58"),
    Target("backchannel", "swda", "backchannel", "f1", 0.90),
    Target("emotion", "goemotions", "emotion", "accuracy", 0.60, None, None, "correct = one of the gold labels"),
    Target("valence", "goemotions", "valence", "spearman", None, None, None, "gold: mean sentiment of the emotions"),
)
"""Rows of the target table of issue 3 (plus valence, which has no target), in report order."""


@dataclass(frozen=True, slots=True)
class EvalRow:
    """The scores of one target row on one split. Metrics that do not apply to the row are ``None``."""

    label: str
    dataset: str
    n: int
    accuracy: float | None
    macro_f1: float | None
    f1: float | None
    kappa: float | None
    spearman: float | None
    metric: str
    score: float | None
    """The headline metric's value (the one the target is stated in)."""
    target: float | None
    met: bool | None
    human: float | None
    baseline: float | None
    reference: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------------------------------------------
# turning predictions into the row's label space


def _is_question(value: object) -> bool:
    return value is not None and value is not False and value != ""


def _truthy(task: str, value: object) -> bool:
    """Binary decision of a prediction; for ``disclosure`` an int depth 0-3 counts from 2 (bools are taken as is)."""
    if task == "disclosure" and isinstance(value, int | float) and not isinstance(value, bool):
        return value >= 2
    return bool(value)


def _level(value: object) -> int:
    """An EPITOME level 0-2 from an int, a numeric string or a float."""
    if isinstance(value, int | float | str):
        level = int(value)
        if 0 <= level <= 2:
            return level
    raise ValueError(f"empathy level must be 0, 1 or 2, not {value!r}")


def _real(value: object) -> float:
    if isinstance(value, int | float | str):
        return float(value)
    raise ValueError(f"valence must be a number, not {value!r}")


def _emotion_pred(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list) and value:
        return str(value[0])
    return str(value)


def _score_row(spec: Target, gold: Sequence[object], pred: Sequence[object]) -> EvalRow:
    acc = mf1 = f1 = kappa = rho = None
    n = len(gold)
    if spec.label == "question":
        g = [_is_question(v) for v in gold]
        p = [_is_question(v) for v in pred]
        acc, mf1, f1, kappa = accuracy(g, p), macro_f1(g, p), binary_f1(g, p), cohen_kappa(g, p)
    elif spec.label == "open_closed":
        pairs = [(a, b) for a, b in zip(gold, pred, strict=True) if a in ("open", "closed") and _is_question(b)]
        g2 = [a for a, _ in pairs]
        p2 = [b if b in ("open", "closed") else "unknown" for _, b in pairs]
        n = len(pairs)
        acc, kappa = accuracy(g2, p2), cohen_kappa(g2, p2)
        mf1 = macro_f1(g2, p2)
    elif spec.label in ("reflection", "advice", "disclosure", "backchannel"):
        g = [bool(v) for v in gold]
        p = [_truthy(spec.task, v) for v in pred]
        acc, mf1, f1, kappa = accuracy(g, p), macro_f1(g, p), binary_f1(g, p), cohen_kappa(g, p)
    elif spec.label.startswith("empathy_"):
        gi = [_level(v) for v in gold]
        pi = [_level(v) for v in pred]
        acc, mf1, kappa = accuracy(gi, pi), macro_f1(gi, pi), cohen_kappa(gi, pi)
    elif spec.label == "emotion":
        # A prediction among the gold labels is correct; otherwise it is scored against the first gold label.
        gs: list[Hashable] = []
        ps: list[Hashable] = []
        for gl, pv in zip(gold, pred, strict=True):
            labels = tuple(gl) if isinstance(gl, tuple | list) else (gl,)
            guess = _emotion_pred(pv)
            gs.append(guess if guess in labels else labels[0])
            ps.append(guess)
        acc, mf1, kappa = accuracy(gs, ps), macro_f1(gs, ps), cohen_kappa(gs, ps)
    elif spec.label == "valence":
        rho = spearman([_real(v) for v in gold], [_real(v) for v in pred])
    else:  # pragma: no cover - TARGETS and this function are kept in step by the tests
        raise ValueError(f"no scoring rule for {spec.label}")
    values = {"accuracy": acc, "macro_f1": mf1, "f1": f1, "kappa": kappa, "spearman": rho}
    score = values[spec.metric]
    met = None if spec.target is None or score is None or score != score else score >= spec.target
    return EvalRow(
        label=spec.label,
        dataset=spec.dataset,
        n=n,
        accuracy=acc,
        macro_f1=mf1,
        f1=f1,
        kappa=kappa,
        spearman=rho,
        metric=spec.metric,
        score=score,
        target=spec.target,
        met=met,
        human=spec.human,
        baseline=spec.baseline,
        reference=spec.reference,
    )


def iter_evaluate(
    predict: Predict,
    data_dir: Path,
    split: Split = "dev",
    targets: Sequence[Target] = TARGETS,
) -> Iterator[EvalRow]:
    """Yield one :class:`EvalRow` per target, calling ``predict`` once per (dataset, task) it needs."""
    cache: dict[tuple[str, str], tuple[list[Example], Sequence[object]]] = {}
    for spec in targets:
        key = (spec.dataset, spec.task)
        if key not in cache:
            examples = load(spec.dataset, data_dir, split)[spec.task]
            predictions = predict(spec.task, examples)
            if len(predictions) != len(examples):
                raise ValueError(
                    f"predict returned {len(predictions)} labels for {len(examples)} {spec.dataset} "
                    f"{spec.task} examples"
                )
            cache[key] = (examples, predictions)
        examples, predictions = cache[key]
        yield _score_row(spec, [ex.label for ex in examples], predictions)


def evaluate(
    predict: Predict,
    data_dir: Path,
    split: Split = "dev",
    targets: Sequence[Target] = TARGETS,
) -> list[EvalRow]:
    """Score ``predict`` on every target row (default: the whole table of issue 3) of ``split``."""
    return list(iter_evaluate(predict, data_dir, split, targets))
