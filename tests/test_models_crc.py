"""The vectorised CRC-32 of the trigram table equals zlib's, so the featurizer's columns do not move."""

from __future__ import annotations

import zlib

import numpy as np

from heart2heart.models.fast import _TRI_ALPHABET, crc32_rows, trigram_columns
from heart2heart.models.features import _CC, _P3, _bucket, _crc


def test_crc32_rows_equals_zlib() -> None:
    assert crc32_rows(np.frombuffer(b"abc", dtype=np.uint8)[None, :])[0] == 0x352441C2  # the check value of "abc"
    rng = np.random.default_rng(3)
    for width in (0, 1, 3, 8):
        rows = rng.integers(0, 256, size=(50, width), dtype=np.uint8)
        assert crc32_rows(rows).tolist() == [zlib.crc32(bytes(r)) for r in rows]


def test_trigram_columns_equal_hashing_each_trigram() -> None:
    grams = [a + b + c for a in _TRI_ALPHABET for b in _TRI_ALPHABET for c in _TRI_ALPHABET]
    assert grams[40 * (40 * 1 + 2) + 3] == "bcd"
    for bits in (12, 18):
        expected = _bucket(np.array([_crc(g) for g in grams], dtype=np.uint64) * _P3 + _CC, bits)
        assert np.array_equal(trigram_columns(bits), expected)
