"""The ``emotion`` annotator: one of GoEmotions' 27 emotions or ``neutral``.

The model's ``emotion`` head (trained on GoEmotions) picks the most likely label; without the head everything is
``neutral``.
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import argmax
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

EMOTIONS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire",
    "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy",
    "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise",
    "neutral",
)  # fmt: skip
"""GoEmotions' labels, in the order of its ``emotions.txt``."""


@register("emotion", requires=("features", "scores"), assigns=("emotion",))
def emotion(batch: Batch) -> None:
    """Index into ``batch.emotions`` of each utterance's emotion."""
    best = argmax(batch, "emotion")
    if best is None:
        batch.emotions = ("neutral",)
        batch.columns["emotion"] = np.zeros(len(batch), dtype=np.int64)
    else:
        batch.emotions = batch.model.heads["emotion"].classes
        batch.columns["emotion"] = best
