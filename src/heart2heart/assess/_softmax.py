"""What the kind model and the reply model share at run time: a softmax over standardised features, and the JSON
form of its parameters (each model fits them in its own way: :func:`heart2heart.assess.kind_model.fit`,
:func:`heart2heart.assess.response_model.fit`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Array", "params_from_dict", "params_to_dict", "softmax"]

Array = npt.NDArray[np.float64]


def softmax(x: Array, mean: Array, scale: Array, weights: Array, bias: Array) -> Array:
    """The probability of each class for one row of feature values ``x`` (standardised by ``mean`` and ``scale``,
    then ``weights`` of shape (features, classes) and ``bias``)."""
    s: Array = ((x - mean) / scale) @ weights + bias
    p: Array = np.exp(s - s.max())
    p /= p.sum()
    return p


def params_to_dict(mean: Array, scale: Array, weights: Array, bias: Array) -> dict[str, Any]:
    """The parameters as the shipped JSON holds them, numbers rounded to 6 places."""
    return {
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [[round(float(v), 6) for v in row] for row in weights],
        "bias": [round(float(v), 6) for v in bias],
    }


def params_from_dict(data: dict[str, Any]) -> dict[str, Array]:
    """:func:`params_to_dict`'s form read back as arrays (``mean``, ``scale``, ``weights``, ``bias``)."""
    return {key: np.asarray(data[key], dtype=np.float64) for key in ("mean", "scale", "weights", "bias")}
