"""Labelling a stream of utterances batch by batch, for `h2h annotate`: contexts as runs, labels as small codes.

:class:`StreamLabeller` is given each batch's texts, speakers and where new conversations start. It works out every
utterance's previous turn the way :class:`~heart2heart.annotate.pipeline.ContextTracker` does, but as
:class:`~heart2heart.models.fast.ContextRuns` (positions, computed with numpy, carried across batches), so the
featurizer reuses the texts' tokens instead of tokenising every context again. It returns the labels as one integer
code per utterance (:func:`label_codes`), which :class:`LabelFragments` turns into the encoded ``labels`` JSON.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson

from heart2heart.annotate.batch import LABEL_FIELDS, QUESTION_CODES, Batch
from heart2heart.annotate.pipeline import CONTEXT_SIZE, Pipeline
from heart2heart.models.fast import ContextRuns

__all__ = ["LabelFragments", "Labelled", "StreamLabeller", "carry_after", "context_runs", "label_codes"]

_RADIX = (3, 2, 2, 4, 3, 3, 3, 2)
"""Mixed radix of a label code, least significant first: question, reflection, advice, disclosure, the three
empathy levels, backchannel; then the emotion index, then the valence code (:data:`_VALENCES` values)."""
_VALENCES = 2002
"""Valence codes: ``k`` is ``(k - 1000) / 1000`` for k <= 2000; 2001 is -0.0."""


def context_runs(
    speakers: Sequence[int], starts: npt.NDArray[np.bool_], size: int = CONTEXT_SIZE
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each utterance's previous turn as ``[lo, hi)`` positions among the utterances before it.

    ``speakers`` are speaker codes (equal codes, same speaker) and ``starts`` marks where a conversation starts
    (position 0 always counts as a start). Like :func:`~heart2heart.models.features.previous_turn` over the last
    ``size`` utterances of the conversation: trailing utterances of the same speaker are skipped, then the run of
    utterances by others is taken.
    """
    n = len(speakers)
    pos = np.arange(n, dtype=np.int64)
    spk = np.asarray(speakers, dtype=np.int64)
    first = np.maximum.accumulate(np.where(starts, pos, 0)) if n else pos
    lo = np.maximum(first, pos - size)
    k = pos.copy()
    for same in (True, False):
        active = np.ones(n, dtype=bool)
        for _ in range(size):
            prev = spk[np.maximum(k - 1, 0)]
            step = active & (k > lo) & ((prev == spk) if same else (prev != spk))
            k -= step
            active = step
        if same:
            hi = k.copy()
    return k, hi


def label_codes(batch: Batch) -> npt.NDArray[np.int64] | None:
    """One integer per utterance that :class:`LabelFragments` decodes into its ``labels`` object, or None when
    a column is missing or out of the code's range (the caller then uses :meth:`Batch.label_dicts`)."""
    cols = batch.columns
    if any(f not in cols for f in LABEL_FIELDS):
        return None
    n = len(batch)
    if any(cols[f].dtype != np.bool_ for f in ("reflection", "advice", "backchannel")) or any(
        cols[f].dtype.kind not in "iu" for f in ("question", "disclosure", "empathy", "emotion")
    ):
        return None
    emp = cols["empathy"]
    parts = [cols["question"], cols["reflection"], cols["advice"], cols["disclosure"], emp[:, 0], emp[:, 1],
             emp[:, 2], cols["backchannel"]]  # fmt: skip
    code = np.zeros(n, dtype=np.int64)
    scale = 1
    for values, radix in zip(parts, _RADIX, strict=True):
        v = np.asarray(values).astype(np.int64)
        if n and (v.min() < 0 or v.max() >= radix):
            return None
        code += v * scale
        scale *= radix
    emo = np.asarray(cols["emotion"], dtype=np.int64)
    n_emo = len(batch.emotions)
    if n and (emo.min() < 0 or emo.max() >= n_emo):
        return None
    code += emo * scale
    scale *= n_emo
    val = np.asarray(cols["valence"], dtype=np.float64)
    k = np.rint(val * 1000.0)
    if n and not (np.isfinite(k).all() and (np.abs(k) <= 1000).all()):
        return None
    k = (k + 1000).astype(np.int64)
    negzero = (val == 0) & np.signbit(val)
    k[negzero] = _VALENCES - 1
    back = np.where(negzero, -0.0, (k - 1000) / 1000.0)
    if not np.array_equal(back.view(np.int64), val.view(np.int64)):
        return None
    out: npt.NDArray[np.int64] = code + k * scale
    return out


class LabelFragments:
    """The encoded tail of an output row per label code, in two cached pieces: ``,"labels":{...,"valence":`` (a
    few thousand label combinations) and ``<valence>}}`` plus the newline (2,002 values)."""

    def __init__(self) -> None:
        self._heads: dict[tuple[int, tuple[str, ...]], bytes] = {}
        self._tails = [orjson.dumps(full_valence(k)) + b"}}\n" for k in range(_VALENCES)]

    def __call__(self, codes: npt.NDArray[np.int64], emotions: tuple[str, ...]) -> tuple[list[bytes], list[bytes]]:
        base = int(np.prod(_RADIX)) * len(emotions)
        heads = self._heads
        if len(heads) > 100_000:  # many models or emotion sets in one process
            heads.clear()
        distinct, inverse = np.unique(codes % base, return_inverse=True)
        pieces = []
        for head in distinct.tolist():
            h = heads.get((head, emotions))
            if h is None:
                full = orjson.dumps(decode(head, emotions))  # valence code 0: -1.0
                assert full.endswith(b'"valence":-1.0}')
                h = heads[(head, emotions)] = b',"labels":' + full[: len(full) - len(b"-1.0}")]
            pieces.append(h)
        return _pick(pieces, inverse.reshape(-1)), _pick(self._tails, codes // base)


def _pick(items: list[bytes], at: npt.NDArray[np.int64]) -> list[bytes]:
    """``[items[i] for i in at]``, in one C call."""
    if len(at) < 2:
        return [items[i] for i in at.tolist()]
    return list(operator.itemgetter(*at.tolist())(items))


def full_valence(code: int) -> float:
    """The valence of a valence code."""
    return -0.0 if code == _VALENCES - 1 else (code - 1000) / 1000.0


def decode(code: int, emotions: tuple[str, ...]) -> dict[str, Any]:
    """The ``labels`` object of a :func:`label_codes` code (as :meth:`Batch.label_dicts` builds it)."""
    digits = []
    for radix in _RADIX:
        code, d = divmod(code, radix)
        digits.append(d)
    code, emo = divmod(code, len(emotions))
    q, refl, adv, disc, er, ip, ex, bc = digits
    return {
        "question": QUESTION_CODES[q],
        "reflection": bool(refl),
        "advice": bool(adv),
        "disclosure": disc,
        "empathy": {"emotional_reaction": er, "interpretation": ip, "exploration": ex},
        "backchannel": bool(bc),
        "emotion": emotions[emo],
        "valence": full_valence(code),
    }


@dataclass(frozen=True, slots=True)
class Labelled:
    """The labels of one batch: ``codes`` (with ``emotions``) when they could be coded, else ``dicts``."""

    codes: npt.NDArray[np.int64] | None
    emotions: tuple[str, ...]
    dicts: list[dict[str, Any]] | None


def carry_after(
    carry: tuple[list[str], list[str]], texts: list[str], speakers: list[str], starts: list[int]
) -> tuple[list[str], list[str]]:
    """The texts and speakers to carry into the next batch: the last :data:`CONTEXT_SIZE` utterances of the
    conversation this batch ends in (``carry``: what was carried into this batch)."""
    window_t, window_s = [*carry[0], *texts], [*carry[1], *speakers]
    k = len(carry[0])
    first = k + starts[-1] if starts else 0
    keep = max(first, len(window_t) - CONTEXT_SIZE)
    return window_t[keep:], window_s[keep:]


class StreamLabeller:
    """Labels consecutive batches of one stream of utterances (keeps the last few utterances as context)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.carry: tuple[list[str], list[str]] = ([], [])
        """Texts and speakers of the last utterances of the previous batch's last conversation."""

    def label(
        self,
        texts: list[str],
        speakers: list[str],
        starts: list[int],
        carry: tuple[list[str], list[str]] | None = None,
        media: list[bool] | None = None,
    ) -> Labelled:
        """Labels of a batch; ``starts``: positions in the batch where a new conversation begins; ``carry``: the
        utterances before the batch (:func:`carry_after` the previous one; by default, what this labeller saw);
        ``media``: which texts are placeholders for attachments (default labels, :meth:`Batch.blank`)."""
        carry_t, carry_s = self.carry if carry is None else carry
        self.carry = carry_after((carry_t, carry_s), texts, speakers, starts)
        if starts and starts[0] == 0:
            carry_t, carry_s = [], []
        k = len(carry_t)
        who = [*carry_s, *speakers]
        codes = {s: k for k, s in enumerate(dict.fromkeys(who))}
        spk = list(map(codes.__getitem__, who))
        flags = np.zeros(k + len(texts), dtype=bool)
        flags[np.asarray(starts, dtype=np.int64) + k] = True
        lo, hi = context_runs(spk, flags)
        runs = ContextRuns(texts, carry_t, lo[k:], hi[k:])
        batch = self.pipeline.run(texts, runs, np.cumsum(flags[k:]).astype(np.int64), media)
        found = label_codes(batch)
        if found is None:
            return Labelled(None, batch.emotions, batch.label_dicts())
        return Labelled(found, batch.emotions, None)
