"""Turning utterances into sparse feature rows, fast and the same in every process.

Each utterance becomes a row of a sparse matrix whose columns are

- hashed word unigrams, bigrams and trigrams (with ``<s>``/``</s>`` markers, so "what" at the start of an utterance
  is its own feature), hashed character n-grams of each word, and a hashed length bucket; and
- :data:`DENSE` hand-designed features (question marks, wh-word or auxiliary first, "you"/"I" pronouns, advice and
  reflection phrases, overlap with the words of the previous turn, emotion words, ...), in the last columns.

Hashing uses ``zlib.crc32`` and fixed 64-bit multipliers (never Python's salted ``hash()``), so a word lands in the
same column on every machine and run. Work is per *batch*: the text is tokenised in Python with one regular
expression and a cache of known words; everything else is numpy over the whole batch.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from heart2heart.models.lexicon import PHRASES, WORDS

__all__ = ["DENSE", "FeatureParts", "FeatureRows", "Featurizer", "FeaturizerConfig", "previous_turn", "tokenize"]

_TOKEN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|[?!.]")
_BOS, _EOS = "\x02", "\x03"
_MAXC = 12
_MAX_VOCAB = 400_000

_U64 = np.uint64
_GOLD = _U64(0x9E3779B97F4A7C15)
_P0, _P1 = _U64(0xC2B2AE3D27D4EB4F), _U64(0x165667B19E3779F9)
_P2, _P3 = _U64(0x27D4EB2F165667C5), _U64(0xFF51AFD7ED558CCD)
_C1, _C2, _C3, _CC, _CL, _CQ = _U64(11), _U64(23), _U64(37), _U64(53), _U64(71), _U64(89)

_WORD_CATS = (
    "wh",
    "aux",
    "you",
    "i",
    "neg",
    "pos",
    "vuln",
    "feel",
    "think",
    "backchannel",
    "stop",
    "filler",
    "subj",
    "modal",
    "imperative",
    "past",
)
_BIT = {name: 1 << k for k, name in enumerate(_WORD_CATS)}
_PHRASE_CATS = tuple(PHRASES)

DENSE: tuple[str, ...] = (
    "qmark", "wh_first", "aux_first", "wh_any", "exclaim", "length",
    "qsent_wh", "qsent_aux", "qsent_other", "qsent_count",
    "you", "i", "neg", "pos", "vuln", "feel", "think",
    "i_and_neg", "you_and_feel", "all_backchannel",
    "overlap_frac", "overlap_count", "no_context", "ctx_qmark", "ctx_length", "ctx_neg", "ctx_i",
    *(f"phrase_{c}" for c in _PHRASE_CATS),
    "lead_wh", "lead_aux", "lead_aux_subj", "lead_imperative", "ends_qmark", "you_modal",
    "q_backchannel", "q_echo", "q_reflect", "q_advice", "q_declarative", "prompt_no_qmark", "aux_subj_no_qmark",
    "i_past", "tag_question", "wh_no_qmark",
)  # fmt: skip
"""Names of the hand-designed features, in column order after the hashed block."""
_D = {name: k for k, name in enumerate(DENSE)}


def tokenize(text: str) -> list[str]:
    """The tokens the featurizer sees: lower-cased words (inner ' and - kept), ``?``, ``!`` and ``.``."""
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def previous_turn(context: Sequence[str], same_speaker: Sequence[bool]) -> str:
    """The previous turn of *another* speaker, from an utterance's preceding utterances (oldest first).

    Trailing utterances by the same speaker (the current turn so far) are skipped; the other speaker's run of
    utterances before them is joined with spaces. Empty when nobody else spoke before.
    """
    k = len(context)
    while k and same_speaker[k - 1]:
        k -= 1
    end = k
    while k and not same_speaker[k - 1]:
        k -= 1
    return " ".join(context[k:end])


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def _bucket(keys: npt.NDArray[np.uint64], bits: int) -> npt.NDArray[np.int64]:
    return ((keys * _GOLD) >> _U64(64 - bits)).astype(np.int64)


def _key1(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    return h * _P0 + _C1


def _key2(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    return a * _P1 + b * _P2 + _C2


def _key3(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64], c: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    out: npt.NDArray[np.uint64] = a * _P1 + b * _P2 + c * _P3 + _C3
    return out


def _phrase_table() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Sorted n-gram keys of every phrase, with a bit mask of the categories each belongs to."""
    table: dict[int, int] = {}
    for c, (_, phrases) in enumerate(PHRASES.items()):
        for phrase in phrases:
            hs = np.array([_crc(t) for t in tokenize(phrase)], dtype=np.uint64)
            if len(hs) == 1:
                key = _key1(hs)[0]
            elif len(hs) == 2:
                key = _key2(hs[:1], hs[1:])[0]
            else:
                key = _key3(hs[:1], hs[1:2], hs[2:3])[0]
            table[int(key)] = table.get(int(key), 0) | (1 << c)
    keys = np.array(sorted(table), dtype=np.uint64)
    return keys, np.array([table[int(k)] for k in keys], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class FeaturizerConfig:
    """What a model was trained with; stored in the model file so scoring featurizes the same way."""

    bits: int = 18
    char_ngrams: int = 3
    version: int = 1

    @property
    def n_hashed(self) -> int:
        return 1 << self.bits

    @property
    def n_features(self) -> int:
        return (1 << self.bits) + len(DENSE)


@dataclass(frozen=True, slots=True)
class FeatureRows:
    """A batch of feature rows in CSR form (``indices``/``values`` of row ``i`` are ``offsets[i]:offsets[i+1]``).

    Every row has at least one entry (the length bucket). ``dense`` repeats the hand-designed features as an
    ``(n, len(DENSE))`` array, for the rule-based annotators.
    """

    indices: npt.NDArray[np.int64]
    values: npt.NDArray[np.float32]
    offsets: npt.NDArray[np.int64]
    dense: npt.NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def column(self, name: str) -> npt.NDArray[np.float32]:
        """One hand-designed feature for every row."""
        return self.dense[:, _D[name]]


@dataclass(frozen=True, slots=True)
class FeatureParts:
    """The feature occurrences of a batch block by block, before :meth:`to_rows` lays them out as CSR rows.

    ``tokens``/``token_rows``/``token_keys``: each real token (vocabulary id), its row and its hashed unigram key;
    ``char_table`` maps a vocabulary id to its character n-gram columns (-1 padded). ``bigrams``, ``trigrams`` and
    ``questions`` are ``(columns, rows)`` pairs; ``length`` the length-bucket column of each row. A scorer that
    caches per-word weights reads these blocks directly instead of the rows.
    """

    bits: int
    tokens: npt.NDArray[np.int64]
    token_rows: npt.NDArray[np.int64]
    token_keys: npt.NDArray[np.uint64]
    char_table: npt.NDArray[np.int64]
    bigrams: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]
    trigrams: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]
    questions: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]
    length: npt.NDArray[np.int64]
    dense: npt.NDArray[np.float32]
    vocabulary: int = -1
    """Names the vocabulary ``tokens`` index (the same words under the same ids while it stays the same), so a
    scorer may keep per-word sums across batches; -1: unnamed, nothing may be kept."""

    def __len__(self) -> int:
        return len(self.dense)

    def column(self, name: str) -> npt.NDArray[np.float32]:
        """One hand-designed feature for every row."""
        return self.dense[:, _D[name]]

    def to_rows(self) -> FeatureRows:
        """The CSR rows: per row its unigrams, bigrams, trigrams, character n-grams, question keys, length bucket
        and non-zero hand-designed features, in that order."""
        n, dense, r1 = len(self.dense), self.dense, self.token_rows
        chars = self.char_table[self.tokens]
        has_c = chars >= 0
        rc = np.broadcast_to(r1[:, None], chars.shape)[has_c]
        nz_r, nz_c = np.nonzero(dense)
        (i2, r2), (i3, r3), (iq, rq) = self.bigrams, self.trigrams, self.questions
        all_rows = np.concatenate([r1, r2, r3, rc, rq, np.arange(n, dtype=np.int64), nz_r])
        all_idx = np.concatenate(
            [_bucket(self.token_keys, self.bits), i2, i3, chars[has_c], iq, self.length,
             nz_c.astype(np.int64) + (1 << self.bits)]
        )  # fmt: skip
        all_val = np.ones(len(all_rows), dtype=np.float32)
        all_val[len(all_rows) - len(nz_r) :] = dense[nz_r, nz_c]
        order = np.argsort(all_rows, kind="stable")
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(all_rows, minlength=n), out=offsets[1:])
        return FeatureRows(all_idx[order], all_val[order], offsets, dense)


class _Vocab:
    """Known words with their precomputed hashes, category flags and character n-gram columns."""

    def __init__(self, config: FeaturizerConfig) -> None:
        self.config = config
        self.ids: dict[str, int] = {}
        self.hash = np.zeros(1024, dtype=np.uint64)
        self.flags = np.zeros(1024, dtype=np.int64)
        self.chars = np.full((1024, _MAXC), -1, dtype=np.int64)
        for tok in (_BOS, _EOS):
            self.add(tok)

    def add(self, tok: str) -> int:
        if len(self.ids) >= _MAX_VOCAB:  # keep memory flat on endless streams: start over (hashes are stable)
            self.__init__(self.config)  # type: ignore[misc]
        i = len(self.ids)
        if i >= len(self.hash):
            grow = len(self.hash)
            self.hash = np.concatenate([self.hash, np.zeros(grow, dtype=np.uint64)])
            self.flags = np.concatenate([self.flags, np.zeros(grow, dtype=np.int64)])
            self.chars = np.concatenate([self.chars, np.full((grow, _MAXC), -1, dtype=np.int64)])
        self.ids[tok] = i
        self.hash[i] = _crc(tok)
        self.flags[i] = sum(bit for name, bit in _BIT.items() if tok in WORDS[name])
        n = self.config.char_ngrams
        if n and tok not in (_BOS, _EOS) and len(tok) >= n:
            padded = f"<{tok}>"
            grams = [padded[j : j + n] for j in range(len(padded) - n + 1)]
            if len(grams) > _MAXC:
                grams = grams[: _MAXC // 2] + grams[-(_MAXC // 2) :]
            keys = np.array([_crc(g) for g in grams], dtype=np.uint64) * _P3 + _CC
            self.chars[i, : len(grams)] = _bucket(keys, self.config.bits)
        return i

    def lookup(self, tokens: list[str]) -> list[int]:
        get = self.ids.get
        ids = [get(t, -1) for t in tokens]
        if -1 in ids:
            ids = [i if i >= 0 else (self.ids.get(t) or self.add(t)) for i, t in zip(ids, tokens, strict=True)]
        return ids


class Featurizer:
    """Featurizes batches of ``(text, previous turn)`` pairs into :class:`FeatureRows`.

    Not thread-safe (it caches words); cheap to create.
    """

    def __init__(self, config: FeaturizerConfig | None = None) -> None:
        self.config = config or FeaturizerConfig()
        self._vocab = _Vocab(self.config)
        self._phrase_keys, self._phrase_cats = _phrase_table()
        self._phrase_top = np.zeros(1 << 16, dtype=bool)
        self._phrase_top[self._phrase_keys >> _U64(48)] = True

    @property
    def n_features(self) -> int:
        return self.config.n_features

    def _ids(self, texts: Sequence[str]) -> tuple[list[list[int]], npt.NDArray[np.int64]]:
        findall = _TOKEN.findall
        lookup = self._vocab.lookup
        per_text = [lookup(findall(t.lower().replace("\u2019", "'"))) for t in texts]
        lens = np.fromiter((len(x) for x in per_text), dtype=np.int64, count=len(per_text))
        return per_text, lens

    def stream(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The flat token ids of ``texts``, each text wrapped in ``<s>`` (id 0) ... ``</s>`` (id 1), and the number
        of tokens of each text (without the markers). The fast featurizer overrides this, and only this."""
        per_text, lens = self._ids(texts)
        flat: list[int] = []
        for ids in per_text:
            flat.append(0)
            flat.extend(ids)
            flat.append(1)
        return np.array(flat, dtype=np.int64), lens

    def transform(self, texts: Sequence[str], contexts: Sequence[str]) -> FeatureRows:
        """Feature rows for ``texts``; ``contexts[i]`` is the previous turn of another speaker ("" if none)."""
        return self.parts(texts, contexts).to_rows()

    def parts(self, texts: Sequence[str], contexts: Sequence[str]) -> FeatureParts:
        """The feature occurrences of ``texts`` block by block, before they are laid out as rows."""
        n = len(texts)
        vocab = self._vocab
        bits = self.config.bits
        tok, lens = self.stream(texts)
        rows = np.repeat(np.arange(n, dtype=np.int64), lens + 2)
        h = vocab.hash[tok]
        flags = vocab.flags[tok]
        real = tok > 1
        # -- hashed n-grams
        k1 = _key1(h[real])
        r1 = rows[real]
        k2 = _key2(h[:-1], h[1:])
        ok2 = rows[:-1] == rows[1:]
        k2, r2 = k2[ok2], rows[:-1][ok2]
        k3 = _key3(h[:-2], h[1:-1], h[2:])
        ok3 = rows[:-2] == rows[2:]
        k3, r3 = k3[ok3], rows[:-2][ok3]
        lens_f = lens.astype(np.float32)
        len_bucket = np.minimum(np.floor(np.log2(lens_f + 1.0) * 2.0), 15).astype(np.uint64)
        kl = len_bucket * _P2 + _CL
        # -- hand-designed features
        dense = np.zeros((n, len(DENSE)), dtype=np.float32)

        def count(mask: npt.NDArray[np.bool_], at: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
            return np.bincount(at[mask], minlength=n).astype(np.float32)

        cat_counts = {name: count((flags & bit) != 0, rows) for name, bit in _BIT.items()}
        first = tok[np.cumsum(lens + 2) - (lens + 2) + 1]  # token after <s> (</s> when empty)
        first_flags = vocab.flags[first]
        qmark_id, excl_id, stop_id = vocab.ids.get("?", -1), vocab.ids.get("!", -1), vocab.ids.get(".", -1)
        # -- question sentences: how the sentence before each "?" starts (wh-word: open; auxiliary: closed)
        boundary = (tok == 0) | (tok == qmark_id) | (tok == excl_id) | (tok == stop_id)
        sent = np.cumsum(boundary)
        ends_q = np.zeros(int(sent[-1]) + 2 if len(sent) else 1, dtype=bool)
        ends_q[sent[boundary]] = tok[boundary] == qmark_id
        starts = np.flatnonzero(np.r_[False, boundary[:-1]] & ~boundary & (tok != 1))
        qs = starts[ends_q[sent[starts] + 1]]
        for _ in range(3):  # skip leading fillers: "so, what ...", "and um did you ..."
            step = np.minimum(qs + 1, len(tok) - 1)
            skip = ((flags[qs] & _BIT["filler"]) != 0) & ~boundary[step]
            qs = np.where(skip, step, qs)
        qs_flags, qs_rows = flags[qs], rows[qs]
        q_wh, q_aux = (qs_flags & _BIT["wh"]) != 0, (qs_flags & _BIT["aux"]) != 0
        dense[:, _D["qsent_wh"]] = np.bincount(qs_rows[q_wh], minlength=n) > 0
        dense[:, _D["qsent_aux"]] = np.bincount(qs_rows[q_aux], minlength=n) > 0
        dense[:, _D["qsent_other"]] = np.bincount(qs_rows[~q_wh & ~q_aux], minlength=n) > 0
        dense[:, _D["qsent_count"]] = np.log1p(np.bincount(qs_rows, minlength=n))
        nxt = np.minimum(qs + 1, len(tok) - 1)
        kq = np.concatenate([h[qs] * _P3 + _CQ, _key2(h[qs], h[nxt]) + _CQ])
        rq = np.concatenate([qs_rows, qs_rows])
        dense[:, _D["qmark"]] = count(tok == qmark_id, rows) > 0
        dense[:, _D["exclaim"]] = count(tok == excl_id, rows) > 0
        dense[:, _D["wh_first"]] = (first_flags & _BIT["wh"]) != 0
        dense[:, _D["aux_first"]] = (first_flags & _BIT["aux"]) != 0
        dense[:, _D["wh_any"]] = cat_counts["wh"] > 0
        dense[:, _D["length"]] = np.log1p(lens_f)
        for name in ("you", "i", "neg", "pos", "vuln", "feel", "think"):
            dense[:, _D[name]] = np.log1p(cat_counts[name])
        dense[:, _D["i_and_neg"]] = (cat_counts["i"] > 0) & (cat_counts["neg"] > 0)
        dense[:, _D["you_and_feel"]] = (cat_counts["you"] > 0) & (cat_counts["feel"] > 0)
        n_bc = cat_counts["backchannel"]
        dense[:, _D["all_backchannel"]] = (
            (lens > 0) & (lens <= 4) & (n_bc >= lens - count((tok == excl_id) | (tok == stop_id), rows))
        )
        for k, key_set, at in ((1, k1, r1), (2, k2, r2), (3, k3, r3)):
            del k
            maybe = np.flatnonzero(self._phrase_top[key_set >> _U64(48)])  # a quick first sieve
            pos = np.minimum(np.searchsorted(self._phrase_keys, key_set[maybe]), len(self._phrase_keys) - 1)
            hit = self._phrase_keys[pos] == key_set[maybe]
            if hit.any():
                cats, hit_rows = self._phrase_cats[pos[hit]], at[maybe[hit]]
                for c, name in enumerate(_PHRASE_CATS):
                    sel = (cats >> c) & 1
                    if sel.any():
                        dense[:, _D[f"phrase_{name}"]] += np.bincount(hit_rows, weights=sel, minlength=n)
        for name in _PHRASE_CATS:
            col = _D[f"phrase_{name}"]
            dense[:, col] = np.log1p(dense[:, col])
        self._context_features(tok, rows, contexts, dense)
        _lead_features(tok, rows, flags, lens, qmark_id, dense)
        punct = (tok == qmark_id) | (tok == excl_id) | (tok == stop_id)
        other = real & ~punct & ((flags & _BIT["backchannel"]) == 0)
        content = real & ((flags & _BIT["stop"]) == 0)
        _mixed_features(tok, rows, flags, count(other, rows), count(content, rows), dense)
        _tag_features(tok, flags, lens, punct, dense)
        return FeatureParts(
            bits, tok[real], r1, k1, vocab.chars, (_bucket(k2, bits), r2), (_bucket(k3, bits), r3),
            (_bucket(kq, bits), rq), _bucket(kl, bits), dense,
        )  # fmt: skip

    def context_stream(
        self, contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The distinct non-empty contexts as one :meth:`stream`, and which of them each row has (-1: none).

        Returns ``(which, stream, lens)``. Called by :meth:`parts` after the texts' own :meth:`stream`; the fast
        featurizer overrides it to reuse the tokens of the texts a context is made of.
        """
        where: dict[str, int] = {"": -1}
        which = np.array([where.setdefault(c, len(where) - 1) for c in contexts], dtype=np.int64)
        unique = list(where)[1:]
        if not unique:
            return which, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        c_stream, c_lens = self.stream(unique)
        return which, c_stream, c_lens

    def _context_features(
        self,
        tok: npt.NDArray[np.int64],
        rows: npt.NDArray[np.int64],
        contexts: Sequence[str],
        dense: npt.NDArray[np.float32],
    ) -> None:
        """Features of the previous turn, and how much of it an utterance takes up again (for reflections)."""
        n = len(contexts)
        vocab = self._vocab
        which, c_stream, c_lens = self.context_stream(contexts)
        dense[:, _D["no_context"]] = which < 0
        m = len(c_lens)
        if not m:
            return
        c_tok = c_stream[c_stream > 1]
        c_rows = np.repeat(np.arange(m, dtype=np.int64), c_lens)
        c_flags = vocab.flags[c_tok]
        has = which >= 0
        at = np.where(has, which, 0)

        def per_ctx(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
            return np.bincount(c_rows[mask], minlength=m).astype(np.float64)

        qmark = vocab.ids.get("?", -1)
        dense[:, _D["ctx_qmark"]] = np.where(has, per_ctx(c_tok == qmark)[at] > 0, 0.0)
        dense[:, _D["ctx_length"]] = np.where(has, np.log1p(c_lens[at]), 0.0)
        dense[:, _D["ctx_neg"]] = np.where(has, np.log1p(per_ctx((c_flags & _BIT["neg"]) != 0)[at]), 0.0)
        dense[:, _D["ctx_i"]] = np.where(has, np.log1p(per_ctx((c_flags & _BIT["i"]) != 0)[at]), 0.0)
        # overlap: distinct content words of the utterance that also occur in its context
        size = np.int64(len(vocab.hash))
        c_content = (c_flags & _BIT["stop"]) == 0
        c_keys = _distinct(c_rows[c_content] * size + c_tok[c_content])
        real = tok > 1
        u_tok, u_rows = tok[real], rows[real]
        keep = ((vocab.flags[u_tok] & _BIT["stop"]) == 0) & has[u_rows]
        u_keys = _distinct(u_rows[keep] * size + u_tok[keep])
        u_row = u_keys // size
        shared = _member(which[u_row] * size + u_keys % size, c_keys)
        own = np.bincount(u_row, minlength=n)
        both = np.bincount(u_row[shared], minlength=n)
        dense[:, _D["overlap_count"]] = np.log1p(both)
        dense[:, _D["overlap_frac"]] = both / np.maximum(own, 1)


def _distinct(keys: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``np.unique(keys)``, by sorting (several times faster than numpy's hashing unique on these sizes)."""
    out = np.sort(keys)
    if len(out):
        out = out[np.r_[True, out[1:] != out[:-1]]]
    return out


def _member(keys: npt.NDArray[np.int64], table: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """``np.isin(keys, table)`` for a sorted, distinct ``table``, by binary search."""
    if not len(table):
        return np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    found: npt.NDArray[np.bool_] = table[pos] == keys
    return found


def _lead_features(
    tok: npt.NDArray[np.int64],
    rows: npt.NDArray[np.int64],
    flags: npt.NDArray[np.int64],
    lens: npt.NDArray[np.int64],
    qmark_id: int,
    dense: npt.NDArray[np.float32],
) -> None:
    """How an utterance opens once fillers are skipped, and how it ends (the ``lead_*``, ``ends_qmark`` and
    ``you_modal`` columns): question-like openings without a question mark ("so, um, have you ...", "is she
    spayed."), imperative openings ("try to ...") and second person + modal ("you might want to").

    ``tok`` is the flat token stream with ``<s>`` (0) and ``</s>`` (1) around each utterance, ``rows`` its row per
    token, ``flags`` its word-category bits, ``lens`` the token count of each utterance.
    """
    n = len(lens)
    if n == 0:
        return
    last = len(tok) - 1
    ends = np.cumsum(lens + 2) - 1  # position of each </s>
    lead = ends - lens  # token after <s>
    for _ in range(3):  # "so, um, have you ..."
        step = np.minimum(lead + 1, last)
        skip = ((flags[lead] & _BIT["filler"]) != 0) & (tok[step] > 1)
        lead = np.where(skip, step, lead)
    lead_flags = flags[lead]
    nxt_flags = flags[np.minimum(lead + 1, last)]
    is_aux = (lead_flags & _BIT["aux"]) != 0
    dense[:, _D["lead_wh"]] = (lead_flags & _BIT["wh"]) != 0
    dense[:, _D["lead_aux"]] = is_aux
    dense[:, _D["lead_aux_subj"]] = is_aux & ((nxt_flags & _BIT["subj"]) != 0)
    dense[:, _D["lead_imperative"]] = (lead_flags & _BIT["imperative"]) != 0
    dense[:, _D["ends_qmark"]] = (lens > 0) & (tok[np.maximum(ends - 1, 0)] == qmark_id)
    you = (flags[:-1] & _BIT["you"]) != 0
    modal = ((flags[1:] & _BIT["modal"]) != 0) & (rows[:-1] == rows[1:])
    dense[:, _D["you_modal"]] = np.bincount(rows[:-1][you & modal], minlength=n) > 0


_SHORT_ECHO = float(np.log1p(6.0))


def _mixed_features(
    tok: npt.NDArray[np.int64],
    rows: npt.NDArray[np.int64],
    flags: npt.NDArray[np.int64],
    n_other: npt.NDArray[np.float32],
    n_content: npt.NDArray[np.float32],
    dense: npt.NDArray[np.float32],
) -> None:
    """Conjunctions a linear head cannot form by itself (the ``q_*``, ``prompt_no_qmark``, ``aux_subj_no_qmark``
    columns) and first person followed by a past-tense verb (``i_past``: "I had", "I went", "I tried").

    A question mark on a backchannel ("Yeah?"), on a short echo of the previous turn ("He did it?"), on a reflection
    ("So you feel stuck?") or on a statement word order marks rising intonation more often than a question; on
    advice ("Have you tried ...?") it marks a suggestion. A prompt without a question mark ("Tell me about ...",
    "I'm curious what ...") and an auxiliary + subject opening without one ("do you have pets.") are questions
    written as statements. ``n_other``: words per row that are not backchannel words; ``n_content``: words per
    row off the stop list.
    """
    n = len(dense)
    qmark = dense[:, _D["qmark"]] > 0
    short = dense[:, _D["length"]] <= _SHORT_ECHO + 1e-6
    dense[:, _D["q_backchannel"]] = qmark & short & (n_other == 0)
    echo = (dense[:, _D["overlap_frac"]] >= 0.5) | (n_content == 0)
    dense[:, _D["q_echo"]] = qmark & short & echo & (dense[:, _D["no_context"]] == 0)
    dense[:, _D["q_reflect"]] = qmark & (dense[:, _D["phrase_reflect"]] > 0)
    dense[:, _D["q_advice"]] = qmark & (dense[:, _D["phrase_advice"]] > 0)
    dense[:, _D["q_declarative"]] = (
        (dense[:, _D["ends_qmark"]] > 0) & (dense[:, _D["lead_wh"]] == 0) & (dense[:, _D["lead_aux"]] == 0)
    )
    dense[:, _D["prompt_no_qmark"]] = ~qmark & (dense[:, _D["phrase_prompt"]] > 0)
    dense[:, _D["aux_subj_no_qmark"]] = ~qmark & (dense[:, _D["lead_aux_subj"]] > 0)
    if len(tok) < 2:
        return
    first = (flags[:-1] & _BIT["i"]) != 0
    past = (flags[1:] & _BIT["past"]) != 0
    same = rows[:-1] == rows[1:]
    dense[:, _D["i_past"]] = np.log1p(np.bincount(rows[:-1][first & past & same], minlength=n))


def _tag_features(
    tok: npt.NDArray[np.int64],
    flags: npt.NDArray[np.int64],
    lens: npt.NDArray[np.int64],
    punct: npt.NDArray[np.bool_],
    dense: npt.NDArray[np.float32],
) -> None:
    """A tag question at the end ("she needed that, didn't she.": auxiliary + subject as the last two words, after
    two or more others, ``tag_question``) and a wh-word opening without a question mark ("what kind of car,":
    transcripts written without punctuation, ``wh_no_qmark``)."""
    if not len(lens):
        return
    last = np.cumsum(lens + 2) - 2  # the last token of each utterance (or <s> when empty)
    last = np.where(punct[last] & (lens > 1), last - 1, last)
    before = np.maximum(last - 1, 0)
    first = np.cumsum(lens + 2) - 1 - lens  # the first token of each utterance
    lead = np.maximum(before - 1, 0)  # the word before the auxiliary: not a wh-word, and not the first word
    tag = (lens >= 4) & ((flags[last] & _BIT["subj"]) != 0) & ((flags[before] & _BIT["aux"]) != 0)
    tag &= (lead > first) & ((flags[lead] & _BIT["wh"]) == 0)
    dense[:, _D["tag_question"]] = tag & (tok[last] > 1)
    dense[:, _D["wh_no_qmark"]] = (dense[:, _D["lead_wh"]] > 0) & (dense[:, _D["qmark"]] == 0)
