"""The featurizer `h2h annotate` runs: the same features as :class:`~heart2heart.models.features.Featurizer`,
tokenised a whole batch at a time.

Only the token stream differs from the reference: instead of one regular-expression call and one list of ids per
text, the batch's texts are joined with the ``<s>``/``</s>`` marker characters between them, lower-cased and
tokenised in one numpy pass over the UTF-8 bytes (:mod:`~heart2heart.models.bytetok`; the markers are tokens of their
own, so the result *is* the flat stream of marked tokens), each token named by an exact key that a sorted array maps
to its id; the words not yet known are added to the vocabulary together, their character n-gram columns hashed in
one numpy pass. Lower-casing the joined text equals joining the lower-cased texts for every character the
token pattern can match, and no token crosses a marker. Texts that themselves contain a marker character take the
reference path. Every hand-designed feature is computed by the reference code from this stream, so
features added there are computed here too.

Contexts given as :class:`ContextRuns` (the previous turn of each utterance as a run of the utterances before it,
which is what ``h2h annotate`` has) are not tokenised again: a context's token stream is the concatenation of the
token streams of the texts it joins with spaces (no token crosses a space), so it is gathered from the ids the
texts already got, in this batch or the previous one.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

from heart2heart.models.bytetok import LONG, PUNCT, KeyTable, scan
from heart2heart.models.features import (
    _BIT,
    _BOS,
    _CC,
    _EOS,
    _MAX_VOCAB,
    _MAXC,
    _P3,
    FeatureParts,
    Featurizer,
    FeaturizerConfig,
    _bucket,
    _crc,
    _Vocab,
    tokenize,
)
from heart2heart.models.lexicon import WORDS

__all__ = ["ContextRuns", "FastFeaturizer"]


_GENERATIONS = itertools.count()
_MAX_GRAMS = 200_000


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
        self.gram_columns: dict[str, int] = {}
        """Hashed column of every character n-gram met (it depends on the n-gram alone, so it outlives resets)."""
        self.generation = next(_GENERATIONS)
        """New on every (re)start: token ids of another generation mean other words."""
        self._clear_keys()

    def _clear_keys(self) -> None:
        self.key_table = KeyTable()
        """The :mod:`~heart2heart.models.bytetok` keys of the words known by key, with their ids."""
        self.key_table.put(np.array([PUNCT + np.uint64(2), PUNCT + np.uint64(3)]), np.array([0, 1]))

    def reset(self) -> None:
        """Forget every word (memory stays flat on endless streams; hashes do not depend on ids)."""
        flags, grams = self.word_flags, self.gram_columns
        _Vocab.__init__(self, self.config)
        self.word_flags, self.gram_columns = flags, grams
        self.generation = next(_GENERATIONS)
        self._clear_keys()

    def lookup_keys(
        self, data: bytes, keys: npt.NDArray[np.uint64], starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """The id of every token of :func:`~heart2heart.models.bytetok.scan`, adding the words not yet known."""
        long = keys == LONG
        tok = self.key_table.get(keys)
        missing = (tok < 0) & ~long
        if missing.any():
            where = np.flatnonzero(missing)
            fresh, first = np.unique(keys[where], return_index=True)
            at = where[first]
            words = [data[a:b].decode("ascii") for a, b in zip(starts[at].tolist(), ends[at].tolist(), strict=True)]
            self.add_known(words)
            self.key_table.put(fresh, np.array([self.ids[w] for w in words], dtype=np.int64))
            tok[where] = self.key_table.get(keys[where])
        if long.any():
            where = np.flatnonzero(long)
            spans = zip(starts[where].tolist(), ends[where].tolist(), strict=True)
            words = [data[a:b].decode("ascii") for a, b in spans]
            self.add_known(words)
            tok[where] = [self.ids[w] for w in words]
        return tok

    def add_known(self, words: list[str]) -> None:
        """Make every one of ``words`` known (adding the new ones; never starts over)."""
        known = self.ids
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            self.add_many(new)

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
        if n == 3 and _trigram_rows(self.chars, words, start, self.config.bits):
            return
        grams: list[str] = []
        counts: list[int] = []
        half = _MAXC // 2
        for word in words:
            m = len(word) + 3 - n  # n-grams of "<word>"
            if len(word) < n:
                counts.append(0)
                continue
            padded = f"<{word}>"
            if m > _MAXC:
                grams.extend([padded[j : j + n] for j in range(half)])
                grams.extend([padded[j : j + n] for j in range(m - half, m)])
                counts.append(_MAXC)
            else:
                grams.extend([padded[j : j + n] for j in range(m)])
                counts.append(m)
        if not grams:
            return
        cache = self.gram_columns
        if len(cache) > _MAX_GRAMS:
            cache.clear()
        unseen = [g for g in dict.fromkeys(grams) if g not in cache]
        if unseen:
            keys = np.array([_crc(g) for g in unseen], dtype=np.uint64) * _P3 + _CC
            cache.update(zip(unseen, _bucket(keys, self.config.bits).tolist(), strict=True))
        cols = np.fromiter(map(cache.__getitem__, grams), dtype=np.int64, count=len(grams))
        cnt = np.array(counts, dtype=np.int64)
        rows = np.repeat(np.arange(start, end, dtype=np.int64), cnt)
        within = np.arange(len(grams), dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        self.chars[rows, within] = cols


_TRI_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'-<>"
_TRI_CODE = np.full(256, -1, dtype=np.int64)
for _k, _c in enumerate(_TRI_ALPHABET):
    _TRI_CODE[ord(_c)] = _k
_TRIGRAMS: dict[int, npt.NDArray[np.int64]] = {}


def trigram_columns(bits: int) -> npt.NDArray[np.int64]:
    """The hashed column of every trigram over the characters of words and their ``<``/``>`` padding
    (``40**3`` of them, index ``40 * (40 * a + b) + c``), computed once per process and size (their crc32s in
    one numpy pass: :func:`crc32_rows`)."""
    found = _TRIGRAMS.get(bits)
    if found is None:
        alphabet = np.frombuffer(_TRI_ALPHABET.encode("ascii"), dtype=np.uint8)
        n = len(alphabet)
        grams = alphabet[np.indices((n, n, n)).reshape(3, -1).T]  # row 40 * (40 * a + b) + c is a, b, c
        keys = crc32_rows(grams).astype(np.uint64) * _P3 + _CC
        found = _TRIGRAMS[bits] = _bucket(keys, bits)
    return found


def _crc32_table() -> npt.NDArray[np.uint32]:
    """The byte table of the CRC-32 zlib computes (reflected polynomial 0xEDB88320)."""
    c = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        c = np.where(c & np.uint32(1), np.uint32(0xEDB88320) ^ (c >> np.uint32(1)), c >> np.uint32(1))
    return c


_CRC32_TABLE = _crc32_table()


def crc32_rows(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint32]:
    """``zlib.crc32`` of every row of a two-dimensional byte array (rows of one length), a column at a time."""
    crc = np.full(data.shape[0], 0xFFFFFFFF, dtype=np.uint32)
    for j in range(data.shape[1]):
        crc = _CRC32_TABLE[(crc ^ data[:, j]) & np.uint32(0xFF)] ^ (crc >> np.uint32(8))
    return crc ^ np.uint32(0xFFFFFFFF)


def _trigram_rows(chars: npt.NDArray[np.int64], words: list[str], start: int, bits: int) -> bool:
    """Fill the character trigram columns of ``words`` (ids from ``start``) from :func:`trigram_columns`, as
    :meth:`~heart2heart.models.features._Vocab.add` would; False (nothing done) unless every word is made of
    letters, digits, apostrophes and hyphens."""
    keep = [k for k, w in enumerate(words) if len(w) >= 3]  # shorter words have no trigram
    blob = "".join([words[k] for k in keep])
    if not blob.isascii() or "<" in blob or ">" in blob:
        return False
    codes = _TRI_CODE[np.frombuffer(blob.encode("ascii"), dtype=np.uint8)]
    if not len(codes):
        return True
    if codes.min() < 0:
        return False
    ids = np.array(keep, dtype=np.int64)
    lens = np.fromiter((len(words[k]) for k in keep), dtype=np.int64, count=len(keep))
    half = _MAXC // 2
    count = np.minimum(lens, _MAXC)  # trigrams of "<word>": as many as the word's characters, at most 12
    total = int(count.sum())
    word = np.repeat(np.arange(len(keep), dtype=np.int64), count)
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
    m = lens[word]
    j = np.where((m > _MAXC) & (within >= half), m - _MAXC + within, within)  # the first 6 and the last 6
    offset = np.cumsum(lens) - lens  # of each word in the blob
    pad = np.concatenate([codes, [_TRI_ALPHABET.index("<"), _TRI_ALPHABET.index(">")]])
    lt, gt = len(codes), len(codes) + 1

    def char(p: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:  # position p of "<word>"
        return pad[np.where(p == 0, lt, np.where(p == m + 1, gt, offset[word] + p - 1))]

    index = (char(j) * 40 + char(j + 1)) * 40 + char(j + 2)
    chars[start + ids[word], within] = trigram_columns(bits)[index]
    return True


class ContextRuns(Sequence[str]):
    """The contexts of a batch as runs of utterances: row ``i``'s context is ``" ".join(window[lo[i]:hi[i]])``.

    ``window`` is ``carry`` (the last texts of the previous batch, oldest first) followed by ``texts`` (this batch's
    texts, the very list given to :meth:`FastFeaturizer.parts`). As a sequence it yields those joined strings, so
    the reference featurizer gives the same rows from it.
    """

    __slots__ = ("carry", "hi", "lo", "texts")

    def __init__(
        self, texts: Sequence[str], carry: Sequence[str], lo: npt.NDArray[np.int64], hi: npt.NDArray[np.int64]
    ) -> None:
        if not (len(lo) == len(hi) == len(texts)):
            raise ValueError("one run per text")
        self.texts, self.carry, self.lo, self.hi = texts, carry, lo, hi

    def __len__(self) -> int:
        return len(self.texts)

    def _text(self, p: int) -> str:
        k = len(self.carry)
        return self.carry[p] if p < k else self.texts[p - k]

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        lo, hi = int(self.lo[i]), int(self.hi[i])
        return " ".join(self._text(p) for p in range(lo, hi))


@dataclass(frozen=True, slots=True)
class _Streamed:
    """The token stream of one batch of texts, as :meth:`FastFeaturizer.stream` returned it."""

    texts: Sequence[str]
    tok: npt.NDArray[np.int64]
    lens: npt.NDArray[np.int64]
    generation: int

    def starts(self) -> npt.NDArray[np.int64]:
        """Position in ``tok`` of each text's first token (just after its ``<s>``)."""
        return np.cumsum(self.lens + 2) - (self.lens + 2) + 1


class FastFeaturizer(Featurizer):
    """:class:`Featurizer` with a batch tokeniser; gives exactly the same feature rows. Not thread-safe."""

    def __init__(self, config: FeaturizerConfig | None = None) -> None:
        super().__init__(config)
        self._vocab: _BatchVocab = _BatchVocab(self.config)
        self._last: _Streamed | None = None
        self._may_reset = True
        self.max_vocab = _MAX_VOCAB
        """Words known before the vocabulary starts over, at the start of a batch (it may pass the limit by one
        batch's new words; any limit gives the same rows)."""
        self._prev: _Streamed | None = None

    def parts(self, texts: Sequence[str], contexts: Sequence[str]) -> FeatureParts:
        self._last = None  # the first stream() of the call is the texts' own
        self._may_reset = True
        found = super().parts(texts, contexts)
        self._may_reset = True
        return dataclasses.replace(found, vocabulary=self._vocab.generation)

    def stream(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        tok, lens = self._stream(texts)
        if self._last is None:
            self._last = _Streamed(texts, tok, lens, self._vocab.generation)
        return tok, lens

    def context_stream(
        self, contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        last, prev = self._last, self._prev
        self._prev = last  # the texts of this batch are the previous ones of the next
        if isinstance(contexts, ContextRuns) and last is not None and last.texts is contexts.texts:
            found = self._runs_stream(contexts, last, prev)
            if found is not None:
                return found
        return super().context_stream(contexts)

    def _runs_stream(
        self, runs: ContextRuns, cur: _Streamed, prev: _Streamed | None
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]] | None:
        """:meth:`context_stream` gathered from the ids of the texts (None when the carried texts' ids are not
        at hand: then the contexts are tokenised)."""
        k = len(runs.carry)
        if k and not (
            prev is not None
            and prev.generation == cur.generation
            and len(prev.texts) >= k
            and all(a is b for a, b in zip(prev.texts[len(prev.texts) - k :], runs.carry, strict=True))
        ):  # the carried texts are not the end of the previous batch: tokenise them (a few texts)
            tok, lens = self._stream(runs.carry)
            prev = _Streamed(runs.carry, tok, lens, self._vocab.generation)
        if cur.generation != self._vocab.generation or (prev is not None and prev.generation != cur.generation):
            return None
        if k:
            assert prev is not None
            p_lens = prev.lens[len(prev.lens) - k :]
            p_starts = prev.starts()[len(prev.lens) - k :]
            src = np.concatenate([prev.tok, cur.tok])
            starts = np.concatenate([p_starts, cur.starts() + len(prev.tok)])
            lens = np.concatenate([p_lens, cur.lens])
        else:
            src, starts, lens = cur.tok, cur.starts(), cur.lens
        window: list[str] = [*runs.carry, *cur.texts]
        lo, hi = runs.lo, runs.hi
        size = hi - lo
        empty = np.fromiter(map(len, window), dtype=np.int64, count=len(window)) == 0
        single_empty = (size == 1) & empty[np.minimum(lo, len(window) - 1)]
        has = (size > 0) & ~single_empty
        key = np.where(has, lo * (len(window) + 1) + hi, -1)
        uniq, which = np.unique(key, return_inverse=True)
        which = which.reshape(-1)
        if len(uniq) and uniq[0] < 0:
            uniq, which = uniq[1:], which - 1
        if not len(uniq):
            return which.astype(np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        u_lo = uniq // (len(window) + 1)
        u_size = uniq % (len(window) + 1) - u_lo
        m = len(uniq)
        pair_ctx = np.repeat(np.arange(m, dtype=np.int64), u_size)
        pair_first = np.cumsum(u_size) - u_size
        pair_text = u_lo[pair_ctx] + np.arange(len(pair_ctx), dtype=np.int64) - pair_first[pair_ctx]
        pair_len = lens[pair_text]
        c_lens = np.bincount(pair_ctx, weights=pair_len, minlength=m).astype(np.int64)
        total = int(pair_len.sum())
        pair_off = np.cumsum(pair_len) - pair_len
        tok_pair = np.repeat(np.arange(len(pair_len), dtype=np.int64), pair_len)
        gather = starts[pair_text][tok_pair] + np.arange(total, dtype=np.int64) - pair_off[tok_pair]
        ctx_of_tok = pair_ctx[tok_pair]
        out = np.empty(total + 2 * m, dtype=np.int64)
        out[np.arange(total, dtype=np.int64) + 2 * ctx_of_tok + 1] = src[gather]
        ends = np.cumsum(c_lens + 2) - 1
        out[ends] = 1
        out[ends - c_lens - 1] = 0
        return which.astype(np.int64), out, c_lens

    def _stream(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Token ids of ``texts`` with their markers. Only the first stream of a :meth:`parts` call (the texts'
        own) may start the vocabulary over, so every id of one call names a word of the same vocabulary."""
        if not texts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        may_reset, self._may_reset = self._may_reset, False
        vocab = self._vocab
        joined = _BOS + (_EOS + _BOS).join(texts) + _EOS
        n = len(texts)
        if joined.count(_BOS) != n or joined.count(_EOS) != n:  # a text holds a marker: the reference tokens
            per_text = [tokenize(t) for t in texts]
            if may_reset and len(vocab.ids) >= self.max_vocab:
                vocab.reset()
            vocab.add_known([t for text in per_text for t in text])
            flat = [id_ for text in per_text for id_ in (0, *map(vocab.ids.__getitem__, text), 1)]
            tok = np.array(flat, dtype=np.int64)
            return tok, np.array([len(t) for t in per_text], dtype=np.int64)
        data = joined.lower().replace("\u2019", "'").encode("utf-8", "surrogatepass")
        keys, starts, ends = scan(data)
        if may_reset and len(vocab.ids) >= self.max_vocab:  # only here: never in the middle of a batch
            vocab.reset()
        tok = vocab.lookup_keys(data, keys, starts, ends)
        marks = np.flatnonzero(tok <= 1)  # <s>, </s> of each text in turn
        lens = marks[1::2] - marks[0::2] - 1
        return tok, lens
