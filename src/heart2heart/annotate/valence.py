"""The ``valence`` annotator: how positive (1) or negative (-1) the utterance feels.

With an ``emotion`` head: the probability of GoEmotions' positive emotions minus that of its negative ones
(GoEmotions' own sentiment grouping). Without it: positive minus negative emotion words, squashed by tanh.
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import softmax
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

POSITIVE = frozenset(
    (
        "amusement",
        "excitement",
        "joy",
        "love",
        "desire",
        "optimism",
        "caring",
        "pride",
        "admiration",
        "gratitude",
        "relief",
        "approval",
    )
)
NEGATIVE = frozenset(
    (
        "fear",
        "nervousness",
        "remorse",
        "embarrassment",
        "disappointment",
        "sadness",
        "grief",
        "disgust",
        "anger",
        "annoyance",
        "disapproval",
    )
)


@register("valence", requires=("features", "scores"), assigns=("valence",))
def valence(batch: Batch) -> None:
    """A float in [-1, 1], rounded to 3 decimals."""
    scores = batch.head("emotion")
    if scores is None:
        x = batch.need_features()
        value = np.tanh(x.column("pos") - x.column("neg"))
    else:
        classes = batch.model.heads["emotion"].classes
        sign = np.array([1.0 if c in POSITIVE else -1.0 if c in NEGATIVE else 0.0 for c in classes], np.float32)
        value = softmax(np.array(scores, dtype=np.float32)) @ sign
    batch.columns["valence"] = np.round(np.clip(np.asarray(value, dtype=np.float64), -1.0, 1.0), 3)
