"""The ``advice`` annotator: suggests what the other person should do ("you should", "have you tried").

With an ``advice`` head, its decision; otherwise a rule on the advice phrases of the lexicon. A message without a
letter or digit ("👍", "❤️", "😂😂", "...") advises nothing: the default model, which reads no word in it, called 509 of
the 603 emoji-only messages of the project's writers' chats advice.
"""

from __future__ import annotations

import numpy as np

from heart2heart import _regex_cache as rx
from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

_WORD = rx.compile(r"[^\W_]")
"""A letter or a digit: a message without one (emoji, punctuation) is no advice."""


@register("advice", requires=("features", "scores", "backchannel"), assigns=("advice",))
def advice(batch: Batch) -> None:
    """True for suggestions, instructions and advice."""
    x = batch.need_features()
    decided = binary(batch, "advice")
    if decided is None:
        decided = x.column("phrase_advice") > 0
    out = np.asarray(decided & ~batch.columns["backchannel"], dtype=bool)
    texts = batch.texts
    for i in np.flatnonzero(out).tolist():  # the few called advice: no per-row cost on the rest
        if _WORD.search(texts[i]) is None:
            out[i] = False
    batch.columns["advice"] = out
