"""The ``score`` annotator: every head of the model scored at once (one gather and one reduceat per batch)."""

from __future__ import annotations

from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register


@register("score", requires=("features",), assigns=("scores",))
def score(batch: Batch) -> None:
    """Raw scores (logits) of all model heads."""
    batch.scores = batch.model.scores(batch.need_features())
