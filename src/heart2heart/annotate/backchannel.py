"""The ``backchannel`` annotator: a minimal listener token ("mm-hm", "yeah", "wow").

A rule: at most four tokens, all of them listener tokens, and not an answer to a question the other person just
asked; or the decision of the model's ``backchannel`` head when it has one (either suffices).
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register


@register("backchannel", requires=("features", "scores"), assigns=("backchannel",))
def backchannel(batch: Batch) -> None:
    """True for minimal listener tokens."""
    x = batch.need_features()
    rule = (x.column("all_backchannel") > 0) & (x.column("ctx_qmark") == 0) & (x.column("qmark") == 0)
    head = binary(batch, "backchannel")
    batch.columns["backchannel"] = np.asarray(rule if head is None else rule | head, dtype=bool)
