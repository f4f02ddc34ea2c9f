"""The ``reflection`` annotator: the utterance reflects back what the other person said or felt.

With a ``reflection`` head (trained on AnnoMI; the research model adds ESConv), its decision. Without it, a rule:
a reflection phrase ("it sounds like", "so you feel") or taking up much of the previous turn's words, and no
question mark.
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register


@register("reflection", requires=("features", "scores", "question", "backchannel"), assigns=("reflection",))
def reflection(batch: Batch) -> None:
    """True for reflections (simple or complex)."""
    x = batch.need_features()
    decided = binary(batch, "reflection")
    if decided is None:
        decided = (x.column("phrase_reflect") > 0) | (x.column("overlap_frac") >= 0.5)
        decided &= x.column("qmark") == 0
    batch.columns["reflection"] = np.asarray(decided & ~batch.columns["backchannel"], dtype=bool)
