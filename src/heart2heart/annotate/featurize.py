"""The ``featurize`` annotator: hashed n-grams and hand-designed features of each utterance and its context.

It leaves :class:`~heart2heart.models.features.FeatureParts` (not CSR rows) for the ``score`` annotator, which sums
each word's weights once per batch (:meth:`~heart2heart.models.linear.LinearModel.scores_parts`).
"""

from __future__ import annotations

from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register
from heart2heart.models.fast import FastFeaturizer
from heart2heart.models.features import FeaturizerConfig

_FEATURIZERS: dict[FeaturizerConfig, FastFeaturizer] = {}


def featurizer_for(config: FeaturizerConfig) -> FastFeaturizer:
    """One featurizer per configuration and process (it keeps a cache of the words it has seen)."""
    found = _FEATURIZERS.get(config)
    if found is None:
        found = _FEATURIZERS[config] = FastFeaturizer(config)
    return found


@register("featurize", assigns=("features",))
def featurize(batch: Batch) -> None:
    """Feature rows of the batch's texts, with the previous turns as context."""
    batch.features = featurizer_for(batch.model.config).parts(batch.texts, batch.contexts)
