"""Which disclosure a conversation turns on: a small learned chooser over the detected disclosures.

The detector of :mod:`heart2heart.assess.disclosures` is generous: more than half of what it finds (openers such
as "thanks for staying on", rant announcements, accusations in a quarrel) are not disclosures a person would mark.
The labelling rules' main disclosure is "usually the first deep one", and the first six writers' main disclosure is
their first listed disclosure in 140 of 146 dev conversations, so the main one is the first *real* disclosure.
This module learns, for each detected disclosure, the probability that a person would list it as a disclosure at
all, from
named features (its length, depth and salience, first-person and second-person words, an accusation or a defence,
a rant announcement, the answer it got, where it sits, whether someone else disclosed just after it or just
before it), and takes the first whose probability reaches
:attr:`MainModel.threshold`; when none does, or the weights are missing, the rule
:func:`heart2heart.assess.disclosures.main_disclosure` decides. The same probability says which of the detected
disclosures a person would list at all, the ones the reports show (:func:`mark_listed`).

The weights (``heart2heart/models/main_disclosure.json``) are a logistic regression over standardised features,
fitted on the ``dev`` split of every writer's labelled set by ``python corpus/build_main_model.py`` (scikit-learn,
the ``[train]`` extra, only to fit). Leave-one-writer-out on dev, and the valid figures, are in MODEL_CARD.md.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart._io import read_model_json
from heart2heart.assess._cues import Cue
from heart2heart.assess._text import labels_of, words_of, wordset
from heart2heart.assess.conflict import attacks
from heart2heart.assess.disclosures import Disclosure, _counter_attack, _is_preface, main_disclosure
from heart2heart.errors import ModelError
from heart2heart.model import Conversation

__all__ = [
    "FEATURES",
    "MODEL_PATH",
    "RECIPROCITY",
    "MainModel",
    "candidate_features",
    "choose_main",
    "features_of",
    "load_main_model",
    "mark_listed",
]

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "main_disclosure.json"

Array = npt.NDArray[np.float64]

#: The named features of one detected disclosure, in the model's order.
FEATURES = (
    "words",  # log(1 + words)
    "short",  # eight words or fewer
    "question",  # holds a "?"
    "deep",  # depth 3 in the assessment's reading
    "label_deep",  # the utterance model's own depth label is 3
    "label_shallow",  # ... is 0 or 1
    "salient",  # announced, or answered with a strong acknowledgement
    "preface",  # a bare announcement ("can I tell you something?")
    "first_deep",  # the first deep or salient one (the rule's choice)
    "after_deep",  # a deep or salient one came before it
    "first",  # the first one found
    "second",  # the second one found
    "top_talker",  # said by whoever spoke the most words
    "accuses",  # criticism or contempt aimed at the listener
    "defends",  # an excuse, a counter-attack
    "rant",  # announces a rant ("I need to vent", "you will not believe the day I've had")
    "feeling",  # "I feel", "I'm", "I was", "I've been"
    "me",  # share of first-person words
    "you",  # share of second-person words
    "position",  # where in the conversation (0 = start, 1 = end)
    "met",  # the answer it got
    "advice",
    "deflected",
    "unanswered",
    "answered_in_kind",  # someone else disclosed within RECIPROCITY utterances after it (opened up in return)
    "in_kind",  # it came within RECIPROCITY utterances after someone else's disclosure (a disclosure in return)
)

#: How near (in utterances) a disclosure by someone else must be to count as answering one in kind.
RECIPROCITY = 6

#: Announcing a rant: what follows is the complaint, not this.
_RANT = Cue(
    r"\b(vent|venting|rant|ranting|offload|explode|losing it|lose it|need to tell (someone|you)|"
    r"you (will not|won'?t|wouldn'?t) believe|guess what happened|the day i'?ve had|so done with)\b"
)
_FEELING = Cue(r"\bi('?m| am| feel| felt| was|'?ve been| have been)\b")
_ME = wordset("i i'm i've i'd i'll me my mine myself im ive")
_YOU = wordset("you you're you've you'd you'll your yours yourself u ur")


@dataclass(frozen=True, slots=True)
class MainModel:
    """Standardisation, logistic weights and the probability threshold over :data:`FEATURES`."""

    features: tuple[str, ...]
    mean: Array
    scale: Array
    weights: Array
    bias: float
    threshold: float
    c: float

    def probability(self, values: dict[str, float]) -> float:
        """The probability that a person would list this detected disclosure as one."""
        x = np.array([values[name] for name in self.features], dtype=np.float64)
        s = float(((x - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-s))

    def probabilities(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """:meth:`probability` of many disclosures at once (one matrix product)."""
        if not rows:
            return []
        x = np.array([[values[name] for name in self.features] for values in rows], dtype=np.float64)
        s = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return [float(p) for p in 1.0 / (1.0 + np.exp(-s))]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form shipped in the package (numbers rounded to 6 places)."""
        return {
            "model": "logistic regression over standardised features of a detected disclosure",
            "c": self.c,
            "threshold": self.threshold,
            "features": list(self.features),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "weights": [round(float(v), 6) for v in self.weights],
            "bias": round(self.bias, 6),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "main-disclosure model") -> MainModel:
        try:
            features = tuple(str(f) for f in data["features"])
            model = cls(
                features=features,
                mean=np.asarray(data["mean"], dtype=np.float64),
                scale=np.asarray(data["scale"], dtype=np.float64),
                weights=np.asarray(data["weights"], dtype=np.float64),
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                c=float(data["c"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: not a main-disclosure model ({exc})") from None
        unknown = [f for f in features if f not in FEATURES]
        shapes = {model.mean.shape, model.scale.shape, model.weights.shape}
        if unknown or shapes != {(len(features),)}:
            raise ModelError(f"{where}: features {unknown or features} do not fit the weights")
        return model


def load_main_model(path: Path | None = None) -> MainModel | None:
    """The shipped model (or ``H2H_MAIN_MODEL`` / ``path``), or None when the file is absent."""
    chosen = path or Path(os.environ.get("H2H_MAIN_MODEL") or MODEL_PATH)
    return _load(chosen)


@lru_cache(maxsize=4)
def _load(path: Path) -> MainModel | None:
    data = read_model_json(path, "main-disclosure model")
    return None if data is None else MainModel.from_dict(data, str(path))


def candidate_features(conv: Conversation, found: Sequence[Disclosure]) -> list[dict[str, float]]:
    """The :data:`FEATURES` of each detected disclosure, in order. A disclosure's features read the ones before it,
    and the ones after it only for ``answered_in_kind``: in a heart-to-heart the listener often answers with a
    disclosure of their own, and the one that opened the talk is the main one (leave one writer out on dev, with
    both reciprocity features: main disclosure found 1651 -> 1661 of 2,013 conversations)."""
    rows: list[dict[str, float]] = []
    words: Counter[str] = Counter()
    for u in conv.utterances:
        words[u.speaker] += u.words
    top = max(words, key=lambda s: words[s]) if words else None
    utts = {u.index: u for u in conv.utterances}
    first_index = conv.utterances[0].index if conv.utterances else 0
    span = max(len(conv.utterances), 1)
    deep_before = False
    for k, d in enumerate(found):
        preface = _is_preface(d)
        text = d.text.replace("\u2019", "'")
        tokens = words_of(text)
        n = max(len(tokens), 1)
        label = labels_of(utts[d.index]).disclosure if d.index in utts else d.depth
        deep = (d.depth >= 3 or d.salient) and not preface
        values = {
            "words": math.log1p(len(text.split())),
            "short": len(text.split()) <= 8,
            "question": "?" in text,
            "deep": d.depth >= 3,
            "label_deep": label >= 3,
            "label_shallow": label <= 1,
            "salient": d.salient,
            "preface": preface,
            "first_deep": deep and not deep_before,
            "after_deep": deep_before,
            "first": k == 0,
            "second": k == 1,
            "top_talker": d.speaker == top,
            "accuses": attacks(text),
            "defends": _counter_attack(text),
            "rant": _RANT.found(text),
            "feeling": _FEELING.found(text),
            "me": sum(w in _ME for w in tokens) / n,
            "you": sum(w in _YOU for w in tokens) / n,
            "position": (d.index - first_index) / span,
            "met": d.response == "met",
            "advice": d.response == "advice",
            "deflected": d.response == "deflected",
            "unanswered": d.response == "none",
            "answered_in_kind": _in_kind(found, k, 1),
            "in_kind": _in_kind(found, k, -1),
        }
        rows.append({name: float(values[name]) for name in FEATURES})
        deep_before = deep_before or deep
    return rows


#: The last conversation's features: (the conversation, its disclosures' indices and answers, their features).
_LAST: list[tuple[Conversation, tuple[tuple[int, str], ...], list[dict[str, float]]]] = []


def features_of(conv: Conversation, found: Sequence[Disclosure]) -> list[dict[str, float]]:
    """:func:`candidate_features`, kept for the last conversation: the chooser and then the kind's ranker
    (:mod:`heart2heart.assess.main_ranker`) read the same disclosures' features (~0.015 s for 500 of them)."""
    key = tuple((d.index, d.response) for d in found)
    if _LAST and _LAST[0][0] is conv and _LAST[0][1] == key:
        return _LAST[0][2]
    values = candidate_features(conv, found)
    _LAST[:] = [(conv, key, values)]
    return values


def _in_kind(found: Sequence[Disclosure], k: int, step: int) -> bool:
    """Whether someone other than ``found[k]``'s speaker disclosed within :data:`RECIPROCITY` utterances after it
    (``step`` 1) or before it (-1). ``found`` is in utterance order, so only the neighbours within reach are read."""
    at, speaker = found[k].index, found[k].speaker
    j = k + step
    while 0 <= j < len(found) and 0 < (found[j].index - at) * step <= RECIPROCITY:
        if found[j].speaker != speaker:
            return True
        j += step
    return False


def mark_listed(conv: Conversation, found: Sequence[Disclosure], model: MainModel | None = None) -> list[Disclosure]:
    """``found`` with the main disclosure marked (:func:`choose_main`) and each one's ``likely`` and ``listed``.

    The detector is generous (dev, thirty writers: 4,980 found against 1,609 the writers listed); listing only
    those whose probability reaches :attr:`MainModel.threshold` agrees with the writers far better (MODEL_CARD.md,
    "Listed disclosures"), and the first listed one is the main one. When none reaches it the rule's main one is
    not listed here: :func:`heart2heart.assess.coherence.agree_with_kind` lists it when the verdict is a kind that
    turns on a disclosure. Without the model every one is listed.
    """
    chosen = model if model is not None else load_main_model()
    if chosen is None:
        main = main_disclosure(list(found))
        return [replace(d, main=main is not None and d.index == main.index) for d in found]
    likely = [round(p, 3) for p in chosen.probabilities(features_of(conv, found))]  # as the JSON shows it
    first = next((d for d, p in zip(found, likely, strict=True) if p >= chosen.threshold), None)
    main = first if first is not None else main_disclosure(list(found))
    out = []
    for d, p in zip(found, likely, strict=True):
        is_main = main is not None and d.index == main.index
        out.append(replace(d, main=is_main, likely=p, listed=p >= chosen.threshold))
    return out


def choose_main(conv: Conversation, found: Sequence[Disclosure], model: MainModel | None = None) -> Disclosure | None:
    """The disclosure the conversation turns on (see the module's docstring), None when nothing was disclosed."""
    main = next((d for d in mark_listed(conv, found, model) if d.main), None)
    return next((d for d in found if main is not None and d.index == main.index), None)
