"""Feature matrices for training: the runtime featurizer's rows as scipy sparse matrices.

Training and scoring share :class:`heart2heart.models.features.Featurizer`, so a weight learnt for a column here is
the weight scoring looks up for the same n-gram. scipy is imported lazily (it belongs to the ``train`` extra).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from heart2heart.models.features import Featurizer, previous_turn

if TYPE_CHECKING:
    from heart2heart.train.datasets import Example

__all__ = ["contexts_of", "matrix"]

_CHUNK = 4096


def contexts_of(examples: Sequence[Example]) -> list[str]:
    """The previous turn (of another speaker) of every example, as scoring sees it."""
    return [previous_turn(e.context, e.context_speakers) for e in examples]


def matrix(featurizer: Featurizer, examples: Sequence[Example]) -> Any:
    """A ``scipy.sparse.csr_matrix`` with one row per example and ``featurizer.n_features`` columns."""
    import numpy as np
    from scipy import sparse

    contexts = contexts_of(examples)
    blocks = []
    for start in range(0, len(examples), _CHUNK):
        chunk = examples[start : start + _CHUNK]
        rows = featurizer.transform([e.text for e in chunk], contexts[start : start + _CHUNK])
        blocks.append(
            sparse.csr_matrix(
                (rows.values, rows.indices, rows.offsets), shape=(len(chunk), featurizer.n_features), dtype=np.float32
            )
        )
    if not blocks:
        return sparse.csr_matrix((0, featurizer.n_features), dtype=np.float32)
    out = sparse.vstack(blocks, format="csr")
    out.sum_duplicates()
    return out
