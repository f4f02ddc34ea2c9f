"""Small helpers shared by the annotators: decisions from head scores."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from heart2heart.annotate.batch import Batch


def binary(batch: Batch, head: str) -> npt.NDArray[np.bool_] | None:
    """The decisions of a binary head (logit above its threshold), or None when the model lacks it.

    A model with a ``domain`` head (the research model) may also have expert heads ``<head>@<domain>`` trained on
    one dataset: each row then takes the decision of the expert for the domain the ``domain`` head assigns it (or
    of the domain ``meta["domain_fallback"]`` names for it: EPITOME's Reddit replies -> ESConv's chat), or of the
    plain head when that domain has no expert.
    """
    s = batch.head(head)
    if s is None:
        return None
    heads = batch.model.heads
    out = np.asarray(s[:, 0] > heads[head].threshold)
    domains = batch.head("domain")
    if domains is None:
        return out
    which = domains.argmax(axis=1)
    fallback = batch.model.meta.get("domain_fallback") or {}
    for k, name in enumerate(heads["domain"].classes):
        expert = heads.get(f"{head}@{name}") or heads.get(f"{head}@{fallback.get(name, name)}")
        rows = which == k
        if expert is not None and rows.any():
            es = batch.head(expert.name)
            assert es is not None
            out[rows] = es[rows, 0] > expert.threshold
    return out


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
