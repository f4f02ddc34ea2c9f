"""The ``empathy`` annotator: EPITOME's emotional reactions, interpretations and explorations, each 0-2.

Judged in reply to the previous turn. With the ``empathy_er``/``empathy_ip``/``empathy_ex`` heads (trained on
EPITOME by ``h2h train --research``), their argmax. The default model may not learn from EPITOME (licence policy),
so without the heads rules use lexicon phrases: emotional reactions ("I'm so sorry", "that must be hard"; two or more
phrases make a strong one), interpretations ("I understand", "I've been there", "it sounds like"; strong in a reply of
six words or more), and explorations (a question; strong when it is about the other person, their feelings or what
happened). The rules were set by looking at EPITOME's train split only.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from heart2heart.annotate._common import argmax
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

_TWO = float(np.log1p(2.0))
_SIX = float(np.log1p(6.0))


def _level(count: npt.NDArray[np.float32]) -> npt.NDArray[np.int64]:
    """0 without a matching phrase, 1 with one, 2 with two or more (``count`` is log1p of the matches)."""
    return np.where(count >= _TWO - 1e-6, 2, np.where(count > 0, 1, 0))


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
    else:  # EPITOME rarely codes a weak interpretation: a phrase in a reply of some length is a strong one
        found = x.column("phrase_interpretation") > 0
        out[:, 1] = np.where(found, np.where(x.column("length") >= _SIX, 2, 1), 0)
    if ex is not None:
        out[:, 2] = ex
    else:
        asks = batch.columns["question"] > 0
        about_them = (x.column("you") > 0) | (x.column("phrase_exploration") > 0) | (x.column("feel") > 0)
        out[:, 2] = np.where(asks, np.where(about_them, 2, 1), 0)
    out[batch.columns["backchannel"]] = 0
    out[x.column("no_context") > 0] = 0  # empathy is a response: nothing to respond to, no empathy
    batch.columns["empathy"] = out
