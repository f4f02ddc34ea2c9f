"""A batch of utterances on its way through the annotators, with everything computed for it so far."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart.model import Empathy, Labels
from heart2heart.models.features import FeatureParts, FeatureRows
from heart2heart.models.linear import LinearModel

__all__ = ["EMPATHY_KEYS", "LABEL_FIELDS", "QUESTION_CODES", "Batch"]

LABEL_FIELDS: tuple[str, ...] = (
    "question", "reflection", "advice", "disclosure", "empathy", "backchannel", "emotion", "valence",
)  # fmt: skip
"""The fields of :class:`~heart2heart.model.Labels`, each assigned by exactly one annotator."""
QUESTION_CODES: tuple[str | None, ...] = (None, "open", "closed")
"""``question`` column codes: 0 none, 1 open, 2 closed."""
EMPATHY_KEYS = ("emotional_reaction", "interpretation", "exploration")


@dataclass(slots=True)
class Batch:
    """Texts and their previous turns, plus what the annotators computed (``features``, ``scores``, ``columns``).

    ``columns`` maps a label field to one numpy array over the batch: ``question`` int codes
    (:data:`QUESTION_CODES`), booleans, ``disclosure`` ints, ``empathy`` an ``(n, 3)`` int array, ``emotion``
    indices into :attr:`emotions`, ``valence`` floats.
    """

    texts: list[str]
    contexts: Sequence[str]
    model: LinearModel
    features: FeatureParts | FeatureRows | None = None
    scores: npt.NDArray[np.float32] | None = None
    columns: dict[str, npt.NDArray[Any]] = field(default_factory=dict)
    emotions: tuple[str, ...] = ("neutral",)
    segments: npt.NDArray[np.int64] | None = None
    """Which conversation each row belongs to (equal numbers, same conversation; None: every row on its own). A
    research model decides the domain of a conversation's rows together (:func:`~heart2heart.annotate._common.
    routes`)."""
    routes: npt.NDArray[np.int64] | None = None
    """The domain class each row's expert heads come from, once worked out (cached for the batch)."""

    def __len__(self) -> int:
        return len(self.texts)

    def need_features(self) -> FeatureParts | FeatureRows:
        if self.features is None:
            raise RuntimeError("the batch has no features yet (the 'featurize' annotator did not run)")
        return self.features

    def need_scores(self) -> npt.NDArray[np.float32]:
        if self.scores is None:
            raise RuntimeError("the batch has no scores yet (the 'score' annotator did not run)")
        return self.scores

    def head(self, name: str) -> npt.NDArray[np.float32] | None:
        """The scores of one model head, or None when the model has no such head."""
        if not self.model.has(name):
            return None
        return self.model.head_scores(self.need_scores(), name)

    def blank(self, rows: npt.NDArray[np.bool_]) -> None:
        """Give ``rows`` the default labels: a media placeholder ("<Media omitted>", "<sticker>") says nothing the
        labels could describe (the default model called 22 of the writers' 398 placeholders advice)."""
        if not rows.any():
            return
        cols = self.columns
        for name in ("question", "disclosure", "empathy"):
            if name in cols:
                cols[name][rows] = 0
        for name in ("reflection", "advice", "backchannel"):
            if name in cols:
                cols[name][rows] = False
        if "emotion" in cols and "neutral" in self.emotions:
            cols["emotion"][rows] = self.emotions.index("neutral")
        if "valence" in cols:
            cols["valence"][rows] = 0.0

    def label_dicts(self) -> list[dict[str, Any]]:
        """The ``labels`` object of the data contract for every utterance (fields not assigned keep defaults)."""
        n = len(self)
        default = Labels()
        cols = self.columns
        q = cols["question"].tolist() if "question" in cols else [0] * n
        refl = cols["reflection"].tolist() if "reflection" in cols else [default.reflection] * n
        adv = cols["advice"].tolist() if "advice" in cols else [default.advice] * n
        disc = cols["disclosure"].tolist() if "disclosure" in cols else [default.disclosure] * n
        emp = cols["empathy"].tolist() if "empathy" in cols else [[0, 0, 0]] * n
        bc = cols["backchannel"].tolist() if "backchannel" in cols else [default.backchannel] * n
        emo_names = self.emotions
        emo = [emo_names[k] for k in cols["emotion"].tolist()] if "emotion" in cols else [default.emotion] * n
        val = cols["valence"].tolist() if "valence" in cols else [default.valence] * n
        kinds = QUESTION_CODES
        return [
            {
                "question": kinds[q[i]],
                "reflection": refl[i],
                "advice": adv[i],
                "disclosure": disc[i],
                "empathy": {"emotional_reaction": emp[i][0], "interpretation": emp[i][1], "exploration": emp[i][2]},
                "backchannel": bc[i],
                "emotion": emo[i],
                "valence": val[i],
            }
            for i in range(n)
        ]

    def labels(self) -> list[Labels]:
        """The labels of every utterance as :class:`~heart2heart.model.Labels`."""
        out = []
        for d in self.label_dicts():
            e = d["empathy"]
            empathy = Empathy(e["emotional_reaction"], e["interpretation"], e["exploration"])
            out.append(
                Labels(
                    question=d["question"],
                    reflection=d["reflection"],
                    advice=d["advice"],
                    disclosure=d["disclosure"],
                    empathy=empathy,
                    backchannel=d["backchannel"],
                    emotion=d["emotion"],
                    valence=d["valence"],
                )
            )
        return out
