"""How much of what a listener says is their own input: a bag-of-words model of a counsellor's information and advice.

Motivational interviewing codes each counsellor utterance for *input* (giving information, advice, options or
negotiating: AnnoMI's ``therapist_input_exists``). How much of a session is input tells good counselling from poor:
on the human codes of the 104 local AnnoMI transcripts the counsellor's input share alone separates high from low
quality with ROC AUC 0.91, better than anything the utterance labels give (the advice head, written for chat advice,
reads counselling advice poorly). This model reads it from the words: the probability that one utterance is input,
averaged over a listener's utterances (:func:`input_share`), feeds the ``input_restraint`` term of their attunement
(:mod:`heart2heart.assess.scores`).

The model is :class:`heart2heart.assess.text_model.TextModel` (hashed words and bigrams, tf-idf, logistic
regression) fitted on the counsellor utterances of the AnnoMI *train* transcripts (public domain), shipped as
``heart2heart/models/input.npz``; ``python corpus/build_input_model.py --data ../shared/data`` rebuilds it.
Without the file the term is left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from heart2heart.assess.text_model import TextModel, fit_text_model, load_text_model

if TYPE_CHECKING:
    from heart2heart.train.datasets import CounsellorInput

__all__ = ["CLASSES", "MODEL_PATH", "fit", "fold_models", "folds_of", "input_share", "load_model"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "input.npz"
CLASSES = ("input", "other")


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> TextModel | None:
    """The model at ``path`` (the shipped one by default), or None when the file is absent."""
    return load_text_model(path, CLASSES)


def input_share(texts: Sequence[str], model: TextModel | None) -> float | None:
    """The mean probability that each of ``texts`` (one speaker's utterances) is input; None without a model or
    texts."""
    if model is None or not texts:
        return None
    rows = model.probability_rows([[text] for text in texts])
    return float(rows[:, model.classes.index("input")].mean())


def fit(texts: Sequence[str], is_input: Sequence[bool]) -> TextModel:
    """Fit the model on counsellor utterances and whether each is input (needs the ``[train]`` extra)."""
    return fit_text_model([[t] for t in texts], ["input" if y else "other" for y in is_input])


def folds_of(transcripts: Mapping[str, str], folds: int) -> dict[str, int]:
    """Each transcript's fold, given its quality: sorted by quality, then by a stable hash of its id, and dealt out in
    turn (the folds of ``benchmarks/fit_attunement.py``)."""
    order = sorted(transcripts, key=lambda t: (transcripts[t], hashlib.sha256(f"cf:{t}".encode()).hexdigest()))
    return {t: n % folds for n, t in enumerate(order)}


def fold_models(train: Sequence[CounsellorInput], folds: int) -> dict[str, TextModel]:
    """For each transcript of ``train``, a model fitted without its fold (:func:`folds_of`): its utterances read as
    a new transcript's would be."""
    fold = folds_of({r.transcript: r.quality for r in train}, folds)
    models = {}
    for k in range(folds):
        rest = [r for r in train if fold[r.transcript] != k]
        models[k] = fit([r.text for r in rest], [r.is_input for r in rest])
    return {t: models[k] for t, k in fold.items()}
