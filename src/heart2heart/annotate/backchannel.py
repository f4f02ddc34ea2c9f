"""The ``backchannel`` annotator: a minimal listener token ("mm-hm", "yeah", "wow").

With a ``backchannel`` head (the research model learns it from SwDA), its decision; otherwise a rule: at most four
tokens, all of them listener tokens, and not an answer to a question the other person just asked. The default model
has no such head: the rule beats a head trained on the project's few backchannel examples.
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
    decided = binary(batch, "backchannel")
    if decided is None:
        decided = (x.column("all_backchannel") > 0) & (x.column("ctx_qmark") == 0) & (x.column("qmark") == 0)
    batch.columns["backchannel"] = np.asarray(decided, dtype=bool)
