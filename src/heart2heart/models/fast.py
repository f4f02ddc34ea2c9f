"""The featurizer `h2h annotate` runs: the same features as :class:`~heart2heart.models.features.Featurizer`,
tokenised a whole batch at a time.

Only the token stream differs from the reference: instead of one regular-expression call and one list of ids per
text, the batch's texts are joined with the ``<s>``/``</s>`` marker characters between them, lower-cased and
tokenised with a single ``findall`` (the markers are tokens of their own, so the result *is* the flat stream of
marked token ids), and the words not yet known are added to the vocabulary together, their character n-gram columns
hashed in one numpy pass. Lower-casing the joined text equals joining the lower-cased texts for every character the
token pattern can match, and no token crosses a marker. Texts that themselves contain a marker character take the
reference path. Every hand-designed feature is computed by the reference code from this stream, so
features added there are computed here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from heart2heart.models.features import (
    _BIT,
    _BOS,
    _CC,
    _EOS,
    _MAX_VOCAB,
    _MAXC,
    _P3,
    Featurizer,
    FeaturizerConfig,
    _bucket,
    _crc,
    _Vocab,
)
from heart2heart.models.lexicon import WORDS

__all__ = ["FastFeaturizer"]

_MARKED = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|[?!.\x02\x03]")
"""The reference token pattern, plus the two marker characters as tokens."""


def _word_flags() -> dict[str, int]:
    flags: dict[str, int] = {}
    for name, bit in _BIT.items():
        for word in WORDS[name]:
            flags[word] = flags.get(word, 0) | bit
    return flags


class _BatchVocab(_Vocab):
    """The reference vocabulary, with words added a batch at a time."""

    def __init__(self, config: FeaturizerConfig) -> None:
        super().__init__(config)
        self.word_flags = _word_flags()

    def reset(self) -> None:
        """Forget every word (memory stays flat on endless streams; hashes do not depend on ids)."""
        flags = self.word_flags
        _Vocab.__init__(self, self.config)
        self.word_flags = flags

    def add_many(self, words: list[str]) -> None:
        """Add distinct unknown words (never the markers)."""
        start = len(self.ids)
        end = start + len(words)
        if end > len(self.hash):
            grow = max(end, 2 * len(self.hash)) - len(self.hash)
            self.hash = np.concatenate([self.hash, np.zeros(grow, dtype=np.uint64)])
            self.flags = np.concatenate([self.flags, np.zeros(grow, dtype=np.int64)])
            self.chars = np.concatenate([self.chars, np.full((grow, _MAXC), -1, dtype=np.int64)])
        self.ids.update(zip(words, range(start, end), strict=True))
        self.hash[start:end] = [_crc(w) for w in words]
        get = self.word_flags.get
        self.flags[start:end] = [get(w, 0) for w in words]
        n = self.config.char_ngrams
        if not n:
            return
        grams: list[str] = []
        where: list[int] = []
        for k, word in enumerate(words):
            if len(word) < n:
                continue
            padded = f"<{word}>"
            mine = [padded[j : j + n] for j in range(len(padded) - n + 1)]
            if len(mine) > _MAXC:
                mine = mine[: _MAXC // 2] + mine[-(_MAXC // 2) :]
            grams.extend(mine)
            where.extend((start + k) * _MAXC + j for j in range(len(mine)))
        if grams:
            keys = np.array([_crc(g) for g in grams], dtype=np.uint64) * _P3 + _CC
            self.chars.reshape(-1)[np.array(where, dtype=np.int64)] = _bucket(keys, self.config.bits)


class FastFeaturizer(Featurizer):
    """:class:`Featurizer` with a batch tokeniser; gives exactly the same feature rows. Not thread-safe."""

    def __init__(self, config: FeaturizerConfig | None = None) -> None:
        super().__init__(config)
        self._vocab: _BatchVocab = _BatchVocab(self.config)

    def stream(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        if not texts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        joined = _BOS + (_EOS + _BOS).join(texts) + _EOS
        n = len(texts)
        if joined.count(_BOS) != n or joined.count(_EOS) != n:
            return super().stream(texts)
        tokens = _MARKED.findall(joined.lower().replace("\u2019", "'"))
        vocab = self._vocab
        if len(vocab.ids) + len(tokens) > _MAX_VOCAB:  # never start over in the middle of a batch
            vocab.reset()
        get = vocab.ids.get
        ids = [get(t, -1) for t in tokens]
        if -1 in ids:
            vocab.add_many(list(dict.fromkeys(t for t, i in zip(tokens, ids, strict=True) if i < 0)))
            ids = [get(t, -1) for t in tokens]
        tok = np.array(ids, dtype=np.int64)
        marks = np.flatnonzero(tok <= 1)  # <s>, </s> of each text in turn
        lens = marks[1::2] - marks[0::2] - 1
        return tok, lens
