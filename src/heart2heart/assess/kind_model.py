"""The kind verdict: a small multinomial logistic regression over named conversation features, plus two rules.

The hand-written rules of :mod:`heart2heart.assess.kind` were fitted to one writer's conversations and fell to
about 0.6 on a second writer's. This model reads the ~40 interpretable features of
:mod:`heart2heart.assess.kind_features` instead, standardised, with an L2 penalty strong enough that no single
feature decides on its own. Its weights are fitted on the ``dev`` splits of both labelled sets (corpus/kinds and
corpus/kinds2, 93 conversations) by ``python corpus/build_kind_model.py`` (deterministic full-batch gradient
descent from zeros) and shipped as ``heart2heart/models/kinds.json``.

Two rules take the clear cases before the model (and stand in for it when the weights are missing):

- an argument both sides keep up: three or more horsemen, from two or more speakers, still there in the second
  half (Gottman's four horsemen; a harsh start-up that repairs into a heart-to-heart does not qualify);
- a grievance raised at the listener in the opening, answered with a horseman (typically defensiveness), in a talk
  that stays a quarrel for at least half its length, both sides talking: the complaint is what the talk is about,
  however gently it was raised (a start-up that repairs into mutual disclosure leaves the quarrel, and a lecture
  met with cold replies is one person holding the floor: neither qualifies);
- the rules of :mod:`heart2heart.assess.kind` when no model file is found.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import numpy as np

from heart2heart.assess._softmax import Array, params_from_dict, params_to_dict, softmax
from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.kind import KINDS, Features, Kind, classify
from heart2heart.assess.kind_text import text_values
from heart2heart.assess.text_model import load_text_model

__all__ = [
    "MODEL_PATH",
    "KindModel",
    "decide",
    "fit",
    "load_model",
    "persistent_conflict",
    "raised_conflict",
    "text_features",
]

#: The share of the talk said in a quarrel above which a grievance answered with a horseman makes a conflict.
QUARREL_SHARE = 0.5
#: The talk share of the main speaker at or above which a talk is one person holding the floor (a lecture or a
#: vent with a few cold replies), not a raised argument.
FLOOR_SHARE = 0.8

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "kinds.json"


@dataclass(frozen=True, slots=True)
class KindModel:
    """Standardisation and softmax weights over named features."""

    features: tuple[str, ...]
    classes: tuple[Kind, ...]
    mean: Array
    scale: Array
    weights: Array  # (features, classes)
    bias: Array  # (classes,)
    l2: float

    def probabilities(self, values: dict[str, float]) -> dict[Kind, float]:
        """Softmax probability of each kind for one conversation's feature values (a feature without a value, such
        as the text model's when its file is missing, counts as average)."""
        x = np.array([values.get(name, m) for name, m in zip(self.features, self.mean, strict=True)], dtype=np.float64)
        p = softmax(x, self.mean, self.scale, self.weights, self.bias)
        return {k: float(v) for k, v in zip(self.classes, p, strict=True)}

    def predict(self, values: dict[str, float]) -> Kind:
        """The most probable kind (ties go to the earlier kind in :data:`KINDS`)."""
        probs = self.probabilities(values)
        return max(self.classes, key=lambda k: probs[k])

    def to_dict(self) -> dict[str, Any]:
        """The JSON form shipped in the package (numbers rounded to 6 places)."""
        return {
            "model": "multinomial logistic regression over standardised conversation features",
            "l2": self.l2,
            "features": list(self.features),
            "classes": list(self.classes),
            **params_to_dict(self.mean, self.scale, self.weights, self.bias),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KindModel:
        classes = tuple(data["classes"])
        unknown = [c for c in classes if c not in KINDS]
        if unknown:
            raise ValueError(f"unknown kinds in the model: {unknown}")
        return cls(
            features=tuple(data["features"]),
            classes=cast("tuple[Kind, ...]", classes),
            **params_from_dict(data),
            l2=float(data["l2"]),
        )


def fit(
    rows: Sequence[dict[str, float]],
    kinds: Sequence[Kind],
    names: Sequence[str],
    l2: float = 10.0,
    iterations: int = 3000,
    step: float = 0.5,
) -> KindModel:
    """Fit the softmax weights by full-batch gradient descent from zeros (deterministic: same data, same bytes).

    The penalty is ``l2 / 2 * |W|^2`` on the standardised weights (not the bias), averaged over conversations.
    """
    x = np.array([[r[n] for n in names] for r in rows], dtype=np.float64)
    classes = KINDS
    y = np.zeros((len(rows), len(classes)))
    for i, k in enumerate(kinds):
        y[i, classes.index(k)] = 1.0
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    n = len(rows)
    w = np.zeros((z.shape[1], len(classes)))
    b = np.zeros(len(classes))
    for _ in range(iterations):
        s = z @ w + b
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        w -= step * (z.T @ (p - y) / n + l2 * w / n)
        b -= step * (p - y).mean(axis=0)
    return KindModel(tuple(names), classes, mean, scale, w, b, l2)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> KindModel | None:
    """The shipped model, or None when the file is absent (the rules then decide alone)."""
    if not path.exists():
        return None
    return KindModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _model_path() -> Path:
    """The kind model to use: ``$H2H_KIND_MODEL`` when set (for trying a refit, see corpus/build_kind_model.py)."""
    override = os.environ.get("H2H_KIND_MODEL")
    return Path(override) if override else MODEL_PATH


def text_features(texts: Sequence[str]) -> dict[str, float]:
    """The text model's ``text_<kind>`` features of a conversation's utterances (the ``.npz`` next to the kind
    model; none when it is missing)."""
    return text_values(texts, load_text_model(_model_path().with_suffix(".npz"), KINDS))


def persistent_conflict(moments: Sequence[ConflictMoment], first_index: int, n: int) -> bool:
    """Three or more horsemen, from two or more speakers, with at least one in the second half of the talk."""
    if len(moments) < 3 or len({m.speaker for m in moments}) < 2:
        return False
    return any(m.index - first_index >= n / 2 for m in moments)


def raised_conflict(values: dict[str, float]) -> bool:
    """A grievance in the opening answered with a horseman, at least half the talk said in a quarrel, and both
    sides talking (nobody holds :data:`FLOOR_SHARE` of the words)."""
    return (
        values.get("grievance_met_by_horseman", 0.0) >= 1.0
        and values.get("quarrel_share", 0.0) >= QUARREL_SHARE
        and values.get("top_talk_share", 0.0) < FLOOR_SHARE
    )


def decide(
    rules: Features,
    values: dict[str, float],
    moments: Sequence[ConflictMoment],
    first_index: int = 0,
    model: KindModel | None = None,
) -> Kind:
    """The kind: a kept-up or a raised argument is a conflict; otherwise the model, or the rules when no model is
    shipped."""
    if persistent_conflict(moments, first_index, rules.utterances) or raised_conflict(values):
        return "conflict"
    chosen = model if model is not None else load_model(_model_path())
    if chosen is None:
        return classify(rules)
    ranked = sorted(chosen.probabilities(values).items(), key=lambda kv: -kv[1])
    for kind, _ in ranked:
        if consistent(kind, rules):
            return kind
    return ranked[0][0]


def consistent(kind: Kind, rules: Features) -> bool:
    """Whether a kind agrees with what was found in the conversation, whatever the model's scores say.

    A verdict must not contradict the moments the report cites: an unmet disclosure needs a disclosure that was
    deflected or left unanswered, a heart-to-heart needs one that was met, and fixing needs advice.
    """
    if kind == "unmet_disclosure":
        return rules.unmet > 0
    if kind == "heart_to_heart":
        return rules.met > 0
    if kind == "fixing":
        return rules.advice_total > 0 or rules.advice_responses > 0
    return True
