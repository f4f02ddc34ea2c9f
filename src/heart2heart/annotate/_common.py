"""Small helpers shared by the annotators: decisions from head scores."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from heart2heart.annotate.batch import Batch


def binary(batch: Batch, head: str) -> npt.NDArray[np.bool_] | None:
    """The decisions of a binary head (logit above its threshold), or None when the model lacks it."""
    s = batch.head(head)
    if s is None:
        return None
    return np.asarray(s[:, 0] > batch.model.heads[head].threshold)


def argmax(batch: Batch, head: str) -> npt.NDArray[np.int64] | None:
    """The winning class index of a softmax head, or None when the model lacks it."""
    s = batch.head(head)
    if s is None:
        return None
    return np.asarray(s.argmax(axis=1), dtype=np.int64)


def softmax(scores: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    z = scores - scores.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    out: npt.NDArray[np.float32] = z
    return out
