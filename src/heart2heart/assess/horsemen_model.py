"""Gottman's horsemen as people mark them: a bag-of-words model of each utterance of a quarrel.

The cue lexicons of :mod:`heart2heart.assess.conflict` find the clearest attacks ("you never...", "whatever"), and
the kind model reads their counts. Against the writers who labelled the corpus they find few of the horsemen people
mark (recall 0.29 on the writers' dev split, in the conversations read as conflicts): a defensive "I was busy", a
cold "fine." So the horsemen the assessment *tells* (lists, and writes notes about) come from this model: each
utterance of a conversation read as a conflict gets the probability of each horseman, and the likeliest one is told
when its probability reaches :data:`THRESHOLD`.

The model is :class:`heart2heart.assess.text_model.TextModel` (hashed words and bigrams, tf-idf, multinomial
logistic regression) fitted on every utterance of the writers' conflicts of the ``dev`` split (the project's own
writing), shipped as ``heart2heart/models/horsemen.npz``; ``python corpus/build_horsemen_model.py`` rebuilds it and
``--folds 5`` prints the check by writer. Without the file the cues' moments are told, as before.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import cast

from heart2heart.assess.conflict import ConflictMoment, Horseman
from heart2heart.assess.text_model import TextModel, load_text_model
from heart2heart.model import Conversation

__all__ = ["CLASSES", "MODEL_PATH", "THRESHOLD", "load_model", "told"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "horsemen.npz"
CLASSES = ("none", "criticism", "contempt", "defensiveness", "stonewalling")

THRESHOLD = 0.4
"""A horseman is told when its probability reaches this. Chosen on the writers' dev split by writer-held-out folds
for precision before recall (telling someone they attacked when they did not is the worse mistake): 0.3 gave
precision 0.727 / recall 0.578, 0.4 0.783 / 0.511, 0.5 0.832 / 0.433 (the cues: 0.682 / 0.291)."""


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> TextModel | None:
    """The model at ``path`` (the shipped one by default), or None when the file is absent."""
    return load_text_model(path, CLASSES)


def told(conv: Conversation, model: TextModel, threshold: float = THRESHOLD) -> list[ConflictMoment]:
    """The horsemen of a quarrel: each utterance (not an attachment) whose likeliest horseman reaches
    ``threshold``, in the conversation's order."""
    spoken = [u for u in conv.utterances if not u.media and u.text.strip()]
    if not spoken:
        return []
    rows = model.probability_rows([[u.text] for u in spoken])
    names = model.classes
    found = []
    for u, row in zip(spoken, rows, strict=True):
        best = max((i for i, name in enumerate(names) if name != "none"), key=lambda i: row[i])
        if row[best] >= threshold:
            found.append(ConflictMoment(u.index, u.speaker, cast(Horseman, names[best]), u.text))
    return found
