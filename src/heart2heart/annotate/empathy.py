"""The ``empathy`` annotator: EPITOME's emotional reactions, interpretations and explorations, each 0-2.

Judged in reply to the previous turn. With the ``empathy_er``/``empathy_ip``/``empathy_ex`` heads (trained on
EPITOME by ``h2h train --research``), their argmax. The default model may not learn from EPITOME (licence policy),
so without the heads rules use lexicon phrases: emotional reactions ("I'm so sorry", "hang in there", "you're not
alone"; three or more phrases make a strong one), interpretations (EPITOME's strong interpretations are mostly the
responder relating their own similar experience: a reply of ten words or more with two or more first-person words),
and explorations (a question; strong when it is about the other person, their feelings or what happened). The
thresholds were chosen on EPITOME's train split and checked on its dev split.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from heart2heart.annotate._common import argmax
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

_TWO = float(np.log1p(2.0))
_THREE = float(np.log1p(3.0))
_TEN = float(np.log1p(10.0))


def _level(count: npt.NDArray[np.float32]) -> npt.NDArray[np.int64]:
    """0 without a matching phrase, 1 with one or two, 2 with three or more (``count`` is log1p of the matches)."""
    return np.where(count >= _THREE - 1e-6, 2, np.where(count > 0, 1, 0))


@register("empathy", requires=("features", "scores", "question", "backchannel"), assigns=("empathy",))
def empathy(batch: Batch) -> None:
    """An ``(n, 3)`` array: emotional reaction, interpretation, exploration."""
    x = batch.need_features()
    n = len(batch)
    out = np.zeros((n, 3), dtype=np.int8)
    er, ip, ex = argmax(batch, "empathy_er"), argmax(batch, "empathy_ip"), argmax(batch, "empathy_ex")
    out[:, 0] = er if er is not None else _level(x.column("phrase_emotional_reaction"))
    if ip is not None:
        out[:, 1] = ip
    else:  # EPITOME rarely codes a weak interpretation; a strong one shares the responder's own experience
        relates = (x.column("i") >= _TWO - 1e-6) & (x.column("length") >= _TEN - 1e-6)
        out[:, 1] = np.where(relates, 2, 0)
    if ex is not None:
        out[:, 2] = ex
    else:
        asks = batch.columns["question"] > 0
        about_them = (x.column("you") > 0) | (x.column("phrase_exploration") > 0) | (x.column("feel") > 0)
        out[:, 2] = np.where(asks, np.where(about_them, 2, 1), 0)
    out[batch.columns["backchannel"]] = 0
    out[x.column("no_context") > 0] = 0  # empathy is a response: nothing to respond to, no empathy
    batch.columns["empathy"] = out
