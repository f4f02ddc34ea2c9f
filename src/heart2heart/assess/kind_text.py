"""What the words of a whole conversation say about its kind: a bag-of-words model read by the kind model.

The features of :mod:`heart2heart.assess.kind_features` were designed, and their cues written, on the ``dev``
conversations of the labelled sets, so they flatter themselves there and carry over less well to a new writer. A
plain bag of words learned from the same conversations carried over better: fitted on five writers' ``dev`` splits
and scored on the sixth's, it named the kind of 276 of 293 conversations against 267 for the named features. It is
therefore one more voice in the kind model: its ten probabilities are the features ``text_<kind>``
(:data:`TEXT_FEATURES`), fitted out of fold by ``python corpus/build_kind_model.py`` (each writer's conversations
get probabilities from a text model that never saw that writer), so the kind model learns how far to trust it on a
writer it has not seen.

The model is :class:`heart2heart.assess.text_model.TextModel` (hashed words and bigrams, tf-idf, softmax), shipped
as ``heart2heart/models/kinds.npz`` next to ``kinds.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

from heart2heart.assess.kind import KINDS
from heart2heart.assess.text_model import TextModel

__all__ = ["TEXT_FEATURES", "text_values"]

TEXT_FEATURES: tuple[str, ...] = tuple(f"text_{k}" for k in KINDS)
"""The kind model's names for the text model's probability of each kind."""


def text_values(texts: Sequence[str], model: TextModel | None) -> dict[str, float]:
    """The ``text_<kind>`` features of a conversation (empty without a model)."""
    if model is None:
        return {}
    probs = model.probabilities(texts)
    return {f"text_{k}": probs.get(k, 0.0) for k in KINDS}
