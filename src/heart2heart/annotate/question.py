"""The ``question`` annotator: open, closed or no question.

With a model: the ``question`` head (is it a question?) and the ``question_open`` head (open rather than closed).
Without those heads, a rule: a question mark makes a question; a wh-word first or "tell me/describe" makes it open.
A model without a ``domain`` head (the default, which never saw transcripts written without question marks) also
takes an utterance with no question mark that opens, after fillers, with an auxiliary and a subject ("so, um, do
you ...", "is she spayed.") as a closed question (SwDA dev question F1 0.657 -> 0.697, AnnoMI and ESConv unchanged).
Either way, a short check-in ("How was work?", "How's it going?", "How are you?") is closed: it invites a one-word
answer ("fine"), which is what DESIGN.md calls closed; and so is an utterance whose last question sentence opens,
after fillers, with an auxiliary ("..., I wonder, is there anything that ...?"): open/closed kappa on the default
model's dev questions, AnnoMI 0.415 -> 0.451, SwDA 0.864 -> 0.917 (SwDA train, never trained on: 0.853 -> 0.895).
A question with no word an open question needs (wh-words, "tell", "describe", "think", "feel"...; "you home yet?")
is closed too: SwDA dev open/closed kappa 0.917 -> 0.944 on the default model, AnnoMI and the research model unchanged.
"""

from __future__ import annotations

import re

import numpy as np

from heart2heart import _regex_cache as rx
from heart2heart.annotate._common import binary
from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import register

_CHECKIN = rx.compile(r"^\W*(?:(?:so|and|hey|hi)\W+)?how(?:'s|\s+is|\s+was|\s+are|\s+were)\b[^?.!]{0,24}\?\W*$", re.I)
_SHORT = float(np.log1p(6.0))
_FILLERS = (
    r"(?:(?:so|and|but|well|okay|ok|um|uh|now|then|oh|right|alright|yeah|mm|hmm|just|"
    r"i'm wondering|i wonder|i was wondering)[\s,.-]+)*"
)
_AUX_FIRST = rx.compile(
    r"^\W*" + _FILLERS + r"(?:do|does|did|is|are|was|were|am|can|could|would|will|should|have|has|had|may|might|"
    r"isn't|aren't|don't|doesn't|didn't|won't|wouldn't|haven't|any|anything)\b",
    re.I,
)
_QUESTION_SENTENCE = rx.compile(r"[^.?!]*\?")
# Words an open question cannot do without: a question with none of them ("you home yet?", "so it's over?") can only
# be answered yes/no or with a fact, which is what DESIGN.md calls closed.
_OPEN_WORD = rx.compile(
    r"\b(?:what|what's|whats|how|how's|hows|why|where|when|who|whom|whose|which|tell|describe|explain|talk|say|"
    r"walk|share|wonder|wondering|think|feel|mean)\b",
    re.I,
)


@register("question", requires=("features", "scores"), assigns=("question",))
def question(batch: Batch) -> None:
    """0 none, 1 open, 2 closed."""
    x = batch.need_features()
    asked = binary(batch, "question")
    if asked is None:
        asked = x.column("qmark") > 0
    bare = (x.column("qmark") == 0) & (x.column("lead_aux_subj") > 0) & (not batch.model.has("domain"))
    asked = asked | bare
    is_open = binary(batch, "question_open")
    if is_open is None:
        is_open = (x.column("wh_first") > 0) | (x.column("phrase_open_start") > 0)
    is_open = np.array(is_open, dtype=bool) & ~bare
    texts = batch.texts
    for i in np.flatnonzero(asked & is_open & (x.column("length") <= _SHORT)).tolist():
        if _CHECKIN.match(texts[i]):
            is_open[i] = False
    for i in np.flatnonzero(asked & is_open & (x.column("qmark") > 0)).tolist():
        last = _QUESTION_SENTENCE.findall(texts[i])
        # closed when the question finally asked is a yes/no one, or nothing in it invites more than yes/no or a fact
        if (last and _AUX_FIRST.match(last[-1])) or not _OPEN_WORD.search(texts[i]):
            is_open[i] = False
    batch.columns["question"] = np.where(asked, np.where(is_open, 1, 2), 0).astype(np.int8)
