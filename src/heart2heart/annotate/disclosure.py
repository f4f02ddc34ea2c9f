"""The ``disclosure`` annotator: how much the speaker reveals of themselves, 0-3 (DESIGN.md).

A rule gives the level from first-person words and the lexicon: 1 facts or plans about oneself ("I", "my"), 2 one's
own thoughts, opinions or experiences (first person with think/feel/opinion or emotion words), 3 vulnerable feelings,
fears, struggles or secrets (first person with vulnerability words or "I've never told anyone"). A question keeps at
most level 1 unless it is vulnerable. When the model has a ``disclosure`` head (levels 2-3 against 0-1, trained on
ESConv's self-disclosure strategy by ``h2h train --research``), it decides the side of that line and the rule the
level within it. The default model has no such head: the licence policy keeps ESConv out of shipped weights.
"""

from __future__ import annotations

import numpy as np

from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register


@register("disclosure", requires=("features", "scores", "question", "backchannel"), assigns=("disclosure",))
def disclosure(batch: Batch) -> None:
    """Disclosure depth 0-3."""
    x = batch.need_features()
    first_person = x.column("i") > 0
    opinion = (x.column("think") > 0) | (x.column("feel") > 0) | (x.column("pos") > 0) | (x.column("neg") > 0)
    vulnerable = (x.column("vuln") > 0) | (x.column("i_and_neg") > 0) | (x.column("phrase_secret") > 0)
    level = np.where(first_person, np.where(vulnerable, 3, np.where(opinion, 2, 1)), 0)
    asked = batch.columns["question"] > 0
    level = np.where(asked & ~vulnerable, np.minimum(level, 1), level)
    deep = binary(batch, "disclosure")
    if deep is not None:
        level = np.where(deep, np.maximum(level, 2), np.minimum(level, 1))
    level[batch.columns["backchannel"]] = 0
    batch.columns["disclosure"] = level.astype(np.int8)
