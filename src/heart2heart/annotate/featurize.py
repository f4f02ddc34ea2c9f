"""The ``featurize`` annotator: hashed n-grams and hand-designed features of each utterance and its context."""

from __future__ import annotations

from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register
from heart2heart.models.features import Featurizer, FeaturizerConfig

_FEATURIZERS: dict[FeaturizerConfig, Featurizer] = {}


def featurizer_for(config: FeaturizerConfig) -> Featurizer:
    """One featurizer per configuration and process (it keeps a cache of the words it has seen)."""
    found = _FEATURIZERS.get(config)
    if found is None:
        found = _FEATURIZERS[config] = Featurizer(config)
    return found


@register("featurize", assigns=("features",))
def featurize(batch: Batch) -> None:
    """Feature rows of the batch's texts, with the previous turns as context."""
    batch.features = featurizer_for(batch.model.config).transform(batch.texts, batch.contexts)
