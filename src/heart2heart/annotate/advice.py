"""The ``advice`` annotator: suggests what the other person should do ("you should", "have you tried").

With an ``advice`` head, its decision; otherwise a rule on the advice phrases of the lexicon.
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register


@register("advice", requires=("features", "scores", "backchannel"), assigns=("advice",))
def advice(batch: Batch) -> None:
    """True for suggestions, instructions and advice."""
    x = batch.need_features()
    decided = binary(batch, "advice")
    if decided is None:
        decided = x.column("phrase_advice") > 0
    batch.columns["advice"] = np.asarray(decided & ~batch.columns["backchannel"], dtype=bool)
