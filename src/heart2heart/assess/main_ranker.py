"""Which disclosure a conversation turns on, once its kind is known: a small ranker per kind.

The chooser (:mod:`heart2heart.assess.main_choice`) reads each detected disclosure on its own and takes the first
one a person would list, before the kind is known. How people pick the main one depends on the kind: in venting
it is the one the outpour comes to, not the first; in a quarrel the moment the hurt under it is said, not the
opening accusation; in a heart-to-heart the first risk taken, often said haltingly, rather than the other's fuller
answer in kind. So once the verdict is in, for the five kinds that turn on a disclosure, a logistic ranker per kind
scores every detected disclosure and the highest is the main one. Its features are the chooser's
(:data:`~heart2heart.assess.main_choice.FEATURES`) and where the chooser's probability puts the disclosure among the
others (:data:`RANK_FEATURES`).

The weights (``heart2heart/models/main_ranker.json``) are fitted on the ``dev`` split of every writer's labelled
set by ``python corpus/build_main_ranker.py``, on the chooser's probabilities out of fold (each writer's from a
chooser fitted without them, as a new conversation's are); ``--cross`` prints the leave-one-writer-out check, in
MODEL_CARD.md. Without the file the chooser's main disclosure stands.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart._io import read_model_json
from heart2heart.assess.disclosures import Disclosure
from heart2heart.assess.main_choice import FEATURES, features_of
from heart2heart.errors import ModelError
from heart2heart.model import Conversation

__all__ = ["MODEL_PATH", "RANK_FEATURES", "Ranker", "load_ranker", "rank_rows", "ranked_main"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "main_ranker.json"

Array = npt.NDArray[np.float64]

#: The ranker's features of one detected disclosure: the chooser's, then where its probability stands.
RANK_FEATURES = (
    *FEATURES,
    "likely",  # the chooser's probability that a person would list it
    "logit",  # the same, on the log-odds scale
    "order",  # its place among the detected disclosures (0 = first, 1 = last)
    "first_listed",  # the first one the chooser lists (the chooser's own main one)
    "listed_before",  # how many the chooser lists before it
    "likeliest",  # the chooser's likeliest
    "below_likeliest",  # its probability minus the likeliest one's
)


def rank_rows(values: Sequence[dict[str, float]], likely: Sequence[float], threshold: float) -> list[list[float]]:
    """The :data:`RANK_FEATURES` of each detected disclosure, from the chooser's features and probabilities."""
    n = len(values)
    top = max(likely, default=0.0)
    first = next((k for k, p in enumerate(likely) if p >= threshold), None)
    rows = []
    listed_before = 0
    for k, (v, p) in enumerate(zip(values, likely, strict=True)):
        q = min(max(p, 1e-6), 1 - 1e-6)
        rows.append(
            [v[f] for f in FEATURES]
            + [p, math.log(q / (1 - q)), k / max(1, n - 1), float(k == first), float(listed_before)]
            + [float(p == top), p - top]
        )
        listed_before += p >= threshold
    return rows


@dataclass(frozen=True, slots=True)
class Ranker:
    """Per kind: standardisation and logistic weights over :data:`RANK_FEATURES`; the chooser's threshold."""

    kinds: dict[str, tuple[Array, Array, Array, float]]
    threshold: float

    def scores(self, kind: str, rows: Sequence[Sequence[float]]) -> list[float] | None:
        """The score of each disclosure's row for ``kind`` (higher: more likely the main one); None for a kind the
        ranker has no weights for."""
        if kind not in self.kinds or not rows:
            return None
        mean, scale, weights, bias = self.kinds[kind]
        x = np.asarray(rows, dtype=np.float64)
        return [float(s) for s in ((x - mean) / scale) @ weights + bias]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form shipped in the package (numbers rounded to 6 places)."""

        def rounded(a: Array) -> list[float]:
            return [round(float(v), 6) for v in a]

        return {
            "model": "logistic regression per kind over standardised features of a detected disclosure",
            "features": list(RANK_FEATURES),
            "threshold": self.threshold,
            "kinds": {
                k: {"mean": rounded(m), "scale": rounded(s), "weights": rounded(w), "bias": round(b, 6)}
                for k, (m, s, w, b) in sorted(self.kinds.items())
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "main-disclosure ranker") -> Ranker:
        try:
            if list(data["features"]) != list(RANK_FEATURES):
                raise ValueError(f"features {data['features']} are not {list(RANK_FEATURES)}")
            kinds = {
                str(k): (
                    np.asarray(v["mean"], dtype=np.float64),
                    np.asarray(v["scale"], dtype=np.float64),
                    np.asarray(v["weights"], dtype=np.float64),
                    float(v["bias"]),
                )
                for k, v in data["kinds"].items()
            }
            threshold = float(data["threshold"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"{where}: not a main-disclosure ranker ({exc})") from None
        for k, (m, s, w, _) in kinds.items():
            if {m.shape, s.shape, w.shape} != {(len(RANK_FEATURES),)}:
                raise ModelError(f"{where}: the weights for {k} do not fit the features")
        return cls(kinds, threshold)


def load_ranker(path: Path | None = None) -> Ranker | None:
    """The shipped ranker (or ``H2H_MAIN_RANKER`` / ``path``), or None when the file is absent."""
    return _load(path or Path(os.environ.get("H2H_MAIN_RANKER") or MODEL_PATH))


@lru_cache(maxsize=4)
def _load(path: Path) -> Ranker | None:
    data = read_model_json(path, "main-disclosure ranker")
    return None if data is None else Ranker.from_dict(data, str(path))


def ranked_main(
    kind: str, conv: Conversation, found: Sequence[Disclosure], ranker: Ranker | None = None
) -> Disclosure | None:
    """The disclosure ``kind``'s ranker scores highest (the first of equals), or None when there is no ranker for
    ``kind``, nothing was found, or the chooser's probabilities are missing."""
    model = ranker if ranker is not None else load_ranker()
    if model is None or kind not in model.kinds or not found or any(d.likely is None for d in found):
        return None
    rows = rank_rows(features_of(conv, found), [d.likely or 0.0 for d in found], model.threshold)
    scores = model.scores(kind, rows)
    if scores is None:
        return None
    return found[max(range(len(found)), key=lambda k: (scores[k], -k))]
