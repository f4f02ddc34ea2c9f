"""Small helpers shared by the annotators: decisions from head scores."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart.annotate.batch import Batch


def binary(batch: Batch, head: str) -> npt.NDArray[np.bool_] | None:
    """The decisions of a binary head (logit above its threshold), or None when the model lacks it.

    A model with a ``domain`` head (the research model) may also have expert heads ``<head>@<domain>`` trained on
    one dataset: each row then takes the decision of the expert for the domain :func:`routes` gives it (or
    of the domain ``meta["domain_fallback"]`` names for it: EPITOME's Reddit replies -> ESConv's chat), or of the
    plain head when that domain has no expert.
    """
    s = batch.head(head)
    if s is None:
        return None
    heads = batch.model.heads
    out = np.asarray(s[:, 0] > heads[head].threshold)
    which = routes(batch)
    if which is None:
        return out
    fallback = batch.model.meta.get("domain_fallback") or {}
    for k, name in enumerate(heads["domain"].classes):
        expert = heads.get(f"{head}@{name}") or heads.get(f"{head}@{fallback.get(name, name)}")
        rows = which == k
        if expert is not None and rows.any():
            es = batch.head(expert.name)
            assert es is not None
            out[rows] = es[rows, 0] > expert.threshold
    return out


def routes(batch: Batch) -> npt.NDArray[np.int64] | None:
    """The ``domain`` class whose experts label each row, or None when the model has no ``domain`` head.

    A conversation is one kind of text throughout, so its rows are routed together: the domain head's class
    probabilities are averaged over the rows of each conversation in the batch (``batch.segments``) and every row
    takes the conversation's most likely domain (AnnoMI dev utterances routed to AnnoMI's experts: 67% one by one).
    A conversation cut by a batch boundary is decided on each side from the rows there. Computed once per batch.
    """
    if batch.routes is not None:
        return batch.routes
    scores = batch.head("domain")
    if scores is None:
        return None
    seg = batch.segments
    if seg is None or not len(seg):
        which = np.asarray(scores.argmax(axis=1), dtype=np.int64)
    else:
        p = softmax(np.array(scores, dtype=np.float64))
        m = int(seg.max()) + 1
        sums = np.stack([np.bincount(seg, weights=p[:, k], minlength=m) for k in range(p.shape[1])], axis=1)
        which = np.asarray(sums.argmax(axis=1)[seg], dtype=np.int64)
    batch.routes = which
    return which


def argmax(batch: Batch, head: str) -> npt.NDArray[np.int64] | None:
    """The winning class index of a softmax head, or None when the model lacks it."""
    s = batch.head(head)
    if s is None:
        return None
    return np.asarray(s.argmax(axis=1), dtype=np.int64)


def softmax(scores: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Row-wise softmax (a new array of the same dtype)."""
    z = scores - scores.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    out: npt.NDArray[Any] = z
    return out
