"""A bag-of-words text classifier scored in numpy: hashed word unigrams and bigrams, tf-idf, softmax.

Used twice: the kind model's ``text_<kind>`` features (:mod:`heart2heart.assess.kind_text`) and the answer to a
disclosure (:mod:`heart2heart.assess.response_model`). Words and within-utterance bigrams
(:func:`heart2heart.models.features.tokenize`) are hashed by crc32 into :data:`BUCKETS` buckets; term frequency is
sublinear (1 + log n), times the smoothed inverse document frequency, scaled to unit length; then a multinomial
logistic regression. scikit-learn is needed only to fit (the ``[train]`` extra). Saved as a compressed ``.npz``.
"""

from __future__ import annotations

import io
import itertools
import zlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from heart2heart.errors import ModelError
from heart2heart.models.features import tokenize

__all__ = ["BUCKETS", "C", "TextModel", "bag", "fit_text_model", "load_text_model", "weighted"]

BUCKETS = 1 << 15
"""Hash buckets (32,768: ten classes of float32 weights take 1.3 MB before compression)."""

C = 10.0
"""Inverse L2 strength of the logistic regression (scikit-learn's ``C``; for kinds, leave-one-writer-out, 1 was
worse and 100 the same)."""

FloatArray = npt.NDArray[np.float32]


def bag(texts: Iterable[str], buckets: int = BUCKETS) -> dict[int, int]:
    """Term counts of a document's utterances by hash bucket (unigrams and within-utterance bigrams)."""
    counts: dict[int, int] = {}
    for text in texts:
        for key in _hashed(text, buckets):
            counts[key] = counts.get(key, 0) + 1
    return counts


@lru_cache(maxsize=16384)
def _hashed(text: str, buckets: int) -> tuple[int, ...]:
    """The buckets of one utterance's terms in order (an utterance is read by the kind model and again in the
    replies the answer model reads): its tokens (:func:`heart2heart.models.features.tokenize`), then its
    within-utterance bigrams."""
    tokens = tokenize(text)
    crc = zlib.crc32
    return tuple(
        [crc(t.encode()) % buckets for t in tokens]
        + [crc(f"{a} {b}".encode()) % buckets for a, b in itertools.pairwise(tokens)]
    )


def _tf_idf(keys: npt.NDArray[np.int64], counts: npt.NDArray[np.int64], idf: FloatArray) -> FloatArray:
    values = ((1.0 + np.log(counts.astype(np.float32))) * idf[keys]).astype(np.float32)
    norm = float(np.sqrt(np.dot(values, values)))
    return values / norm if norm > 0 else values


def weighted(counts: dict[int, int], idf: FloatArray) -> tuple[npt.NDArray[np.int64], FloatArray]:
    """Bucket indices and their tf-idf values scaled to unit length (empty when there are no words)."""
    keys = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    n = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
    return keys, _tf_idf(keys, n, idf)


@dataclass(frozen=True, slots=True)
class TextModel:
    """Inverse document frequencies and softmax weights over hashed word and bigram buckets."""

    classes: tuple[str, ...]
    idf: FloatArray  # (buckets,)
    weights: FloatArray  # (classes, buckets)
    bias: FloatArray  # (classes,)

    @property
    def buckets(self) -> int:
        return int(self.idf.shape[0])

    def probabilities(self, texts: Iterable[str]) -> dict[str, float]:
        """Softmax probability of each class for a document given as its utterances' texts."""
        row = self.probability_rows([list(texts)])[0]
        return dict(zip(self.classes, row.tolist(), strict=True))

    def probability_rows(self, documents: Sequence[Iterable[str]]) -> npt.NDArray[np.float64]:
        """Softmax probabilities of many documents (each its utterances' texts): one row per document, one column
        per class (in :attr:`classes` order). One pass of numpy for them all: a thousand replies cost little more
        than one (:meth:`probabilities` is this for one document)."""
        n, buckets = len(documents), self.buckets
        terms = [[key for text in texts for key in _hashed(text, buckets)] for texts in documents]
        sizes = np.fromiter(map(len, terms), dtype=np.int64, count=n)
        flat = np.fromiter(itertools.chain.from_iterable(terms), dtype=np.int64, count=int(sizes.sum()))
        # Each (document, bucket) once with its count: the buckets of document i are keyed i * buckets + bucket.
        pairs, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64) * buckets, sizes) + flat, return_counts=True)
        doc, keys = np.divmod(pairs, buckets)
        values = (1.0 + np.log(counts)) * self.idf[keys]  # sublinear tf times idf, float64
        norms = np.sqrt(np.bincount(doc, weights=values * values, minlength=n))
        np.divide(values, norms[doc], out=values, where=norms[doc] > 0)  # scaled to unit length
        # Each document's scores: the sum of its buckets' weighted columns (documents without a word score 0).
        classes = len(self.classes)
        cells = (doc * classes)[None, :] + np.arange(classes, dtype=np.int64)[:, None]
        sums = np.bincount(cells.ravel(), weights=(self.weights[:, keys] * values).ravel(), minlength=n * classes)
        s = sums.reshape(n, classes) + self.bias
        p: npt.NDArray[np.float64] = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return p

    def to_bytes(self) -> bytes:
        """The compressed ``.npz`` form (float32 arrays; the same model always gives the same bytes)."""
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            classes=np.array(self.classes),
            idf=self.idf.astype(np.float32),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, where: str = "text model", allowed: Collection[str] = ()) -> TextModel:
        """Read :meth:`to_bytes`' form; ``allowed`` (when given) lists the class names the caller understands."""
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as z:
                classes = tuple(str(c) for c in z["classes"])
                idf, weights, bias = z["idf"], z["weights"], z["bias"]
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise ModelError(f"{where}: corrupt text model ({exc})") from None
        unknown = [c for c in classes if allowed and c not in allowed]
        if unknown or weights.shape != (len(classes), idf.shape[0]) or bias.shape != (len(classes),):
            raise ModelError(f"{where}: text model does not fit together (classes {classes}, {weights.shape})")
        return cls(
            classes=classes,
            idf=idf.astype(np.float32),
            weights=weights.astype(np.float32),
            bias=bias.astype(np.float32),
        )


@lru_cache(maxsize=8)
def load_text_model(path: Path, allowed: tuple[str, ...] = ()) -> TextModel | None:
    """The model at ``path``, or None when the file is absent."""
    if not path.exists():
        return None
    return TextModel.from_bytes(path.read_bytes(), str(path), allowed)


def fit_text_model(
    documents: Sequence[Sequence[str]],
    labels: Sequence[str],
    buckets: int = BUCKETS,
    c: float = C,
    sample_weight: Sequence[float] | None = None,
) -> TextModel:
    """Fit on documents (each a sequence of utterance texts) and their labels; needs scikit-learn (``[train]``).

    Deterministic: idf = ln((1 + n) / (1 + df)) + 1 as scikit-learn's smoothed idf, then lbfgs from zeros.
    ``sample_weight`` weighs each document's loss (the idf counts each document once).
    """
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - the [train] extra is missing
        raise ModelError("fitting the kind text model needs scikit-learn: pip install 'heart2heart[train]'") from exc
    bags = [bag(texts, buckets) for texts in documents]
    df = np.zeros(buckets, dtype=np.float64)
    for counts in bags:
        df[list(counts)] += 1
    idf = (np.log((1.0 + len(bags)) / (1.0 + df)) + 1.0).astype(np.float32)
    rows, cols, vals = [], [], []
    for i, counts in enumerate(bags):
        keys, values = weighted(counts, idf)
        rows.extend([i] * len(keys))
        cols.extend(keys.tolist())
        vals.extend(values.tolist())
    x = csr_matrix((vals, (rows, cols)), shape=(len(bags), buckets), dtype=np.float64)
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, list(labels), sample_weight=None if sample_weight is None else np.asarray(sample_weight, np.float64))
    classes = tuple(str(k) for k in clf.classes_)
    weights = np.asarray(clf.coef_, dtype=np.float32)
    bias = np.asarray(clf.intercept_, dtype=np.float32)
    if weights.shape[0] == 1:  # two classes: scikit-learn keeps one row
        weights = (np.vstack([-weights, weights]) / 2).astype(np.float32)
        bias = (np.array([-bias[0], bias[0]]) / 2).astype(np.float32)
    return TextModel(classes, idf, weights.astype(np.float32), bias.astype(np.float32))
