"""The featurizer's token pattern run with numpy over UTF-8 bytes, each token named by an exact 64-bit key.

The pattern ``[a-z0-9]+(?:['\\-][a-z0-9]+)*|[?!.]`` (plus the ``<s>``/``</s>`` marker characters ``\\x02``/``\\x03``)
only matches ASCII characters, and in UTF-8 every byte of a non-ASCII character is >= 0x80, so the tokens of a
lower-cased text are the same whether its characters or its UTF-8 bytes are scanned. A word token is a maximal run
of bytes that are letters or digits, or an apostrophe or hyphen with a letter or digit on both sides; every ``?``,
``!``, ``.`` and marker is a token of its own.

A word of at most :data:`MAX_PACKED` characters is packed into its key as base-39 digits (1-38, so no two words
share a key); a longer word gets the key :data:`LONG` and is looked up by its string. A one-character token gets
``PUNCT + byte``. Keys are therefore exact names of words, never hashes that could collide.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["LONG", "MAX_PACKED", "PUNCT", "scan"]

MAX_PACKED = 12
"""Longest word packed into a key (39**12 < 2**64)."""
PUNCT = np.uint64(2**64 - 256)
"""Key of a one-character token: ``PUNCT + its byte`` (above every packed word)."""
LONG = np.uint64(2**64 - 512)
"""Key of every word longer than :data:`MAX_PACKED` characters."""

_WORD, _JOIN, _SINGLE = 1, 2, 4
_CLASS = np.zeros(256, dtype=np.uint8)
_DIGIT = np.zeros(256, dtype=np.uint64)
for _k, _c in enumerate("abcdefghijklmnopqrstuvwxyz0123456789'-"):
    _DIGIT[ord(_c)] = _k + 1
    _CLASS[ord(_c)] = _WORD if _k < 36 else _JOIN
for _c in "?!.\x02\x03":
    _CLASS[ord(_c)] = _SINGLE
_POW = np.array([39**k for k in range(MAX_PACKED)] + [0], dtype=np.uint64)


def scan(data: bytes) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Keys, start and end byte offsets of every token of ``data`` (lower-cased UTF-8), in order."""
    b = np.frombuffer(data, dtype=np.uint8)
    cls = _CLASS[b]
    word = cls == _WORD
    join = cls == _JOIN
    if join.any():  # an apostrophe or hyphen inside a word: a letter or digit on both sides
        inner = np.zeros(len(b), dtype=bool)
        inner[1:-1] = join[1:-1] & word[:-2] & word[2:]
        word = word | inner
    single = cls == _SINGLE
    edge = np.diff(word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    w_start = np.flatnonzero(edge == 1)
    w_end = np.flatnonzero(edge == -1)
    s_pos = np.flatnonzero(single)
    # word keys: sum of digit * 39**(position in the word), for words of at most MAX_PACKED bytes
    w_len = w_end - w_start
    chars = np.flatnonzero(word)
    tok_of_char = np.repeat(np.arange(len(w_start), dtype=np.int64), w_len)
    pos_in = chars - w_start[tok_of_char]
    weights = _POW[np.minimum(pos_in, MAX_PACKED)]
    terms = _DIGIT[b[chars]] * weights
    w_keys = np.add.reduceat(terms, np.cumsum(w_len) - w_len) if len(w_start) else np.zeros(0, dtype=np.uint64)
    w_keys[w_len > MAX_PACKED] = LONG
    s_keys = PUNCT + b[s_pos].astype(np.uint64)
    # merge words and one-character tokens by position (they never overlap): mark where each starts
    first = np.zeros(len(b) + 1, dtype=np.int8)
    first[w_start] = 1
    first[s_pos] = 2
    starts = np.flatnonzero(first)
    is_word = first[starts] == 1
    keys = np.empty(len(starts), dtype=np.uint64)
    keys[is_word] = w_keys
    keys[~is_word] = s_keys
    ends = starts + 1
    ends[is_word] = w_end
    return keys, starts, ends


_GOLD = np.uint64(0x9E3779B97F4A7C15)


class KeyTable:
    """An open-addressing hash table from token keys (never 0) to ids, read and written with numpy.

    Kept at most a quarter full, so a look-up takes one or two probes: a few vector operations per batch instead
    of sorting the batch's keys.
    """

    def __init__(self, bits: int = 16) -> None:
        self._bits = bits
        self.keys = np.zeros(1 << bits, dtype=np.uint64)
        self.ids = np.full(1 << bits, -1, dtype=np.int64)
        self.size = 0

    def _home(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        return ((keys * _GOLD) >> np.uint64(64 - self._bits)).astype(np.int64)

    def get(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """The id of each key, -1 for keys not in the table."""
        mask = (1 << self._bits) - 1
        out = np.full(len(keys), -1, dtype=np.int64)
        todo = np.arange(len(keys), dtype=np.int64)
        pos = self._home(keys)
        while len(todo):
            found = self.keys[pos]
            hit = found == keys[todo]
            out[todo[hit]] = self.ids[pos[hit]]
            more = ~hit & (found != 0)
            todo, pos = todo[more], (pos[more] + 1) & mask
        return out

    def put(self, keys: npt.NDArray[np.uint64], ids: npt.NDArray[np.int64]) -> None:
        """Add distinct keys that are not in the table yet."""
        if 4 * (self.size + len(keys)) > len(self.keys):
            old = self.keys != 0
            old_keys, old_ids = self.keys[old], self.ids[old]
            while 4 * (self.size + len(keys)) > (1 << self._bits):
                self._bits += 1
            self.keys = np.zeros(1 << self._bits, dtype=np.uint64)
            self.ids = np.full(1 << self._bits, -1, dtype=np.int64)
            self.size = 0
            self._insert(old_keys, old_ids)
        self._insert(keys, ids)

    def _insert(self, keys: npt.NDArray[np.uint64], ids: npt.NDArray[np.int64]) -> None:
        mask = (1 << self._bits) - 1
        self.size += len(keys)
        pos = self._home(keys)
        while len(keys):
            free = self.keys[pos] == 0
            cand = np.flatnonzero(free)
            _, first = np.unique(pos[cand], return_index=True)  # one key per free slot
            won = cand[first]
            self.keys[pos[won]] = keys[won]
            self.ids[pos[won]] = ids[won]
            rest = np.ones(len(keys), dtype=bool)
            rest[won] = False
            step = rest & ~free  # the slot was taken before this round: try the next one
            pos = np.where(step, (pos + 1) & mask, pos)
            keys, ids, pos = keys[rest], ids[rest], pos[rest]
