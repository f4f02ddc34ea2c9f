"""Linear scoring heads over hashed features, stored as a small ``model.json`` + ``weights.npz`` pair.

A :class:`LinearModel` holds one weight matrix for all its heads (columns) but only the rows of features that
training gave a weight: ``keys`` (sorted feature columns) and ``rows`` (their weights). Scoring a batch gathers the
weight rows of every feature occurrence and sums them per utterance with ``np.add.reduceat``: no scipy, no
Python loop per utterance.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart.errors import ModelError
from heart2heart.models.features import DENSE, FeatureRows, FeaturizerConfig

__all__ = ["FORMAT_VERSION", "Head", "LinearModel"]

FORMAT_VERSION = 1
"""Version of the model file layout; a model written with another version is refused with a ModelError."""

HEAD_KINDS = ("binary", "softmax")


@dataclass(frozen=True, slots=True)
class Head:
    """One prediction target: ``binary`` (one column, a logit, positive above ``threshold``) or ``softmax``
    (one column per class, the argmax wins)."""

    name: str
    kind: str
    start: int
    classes: tuple[str, ...] = ()
    threshold: float = 0.0

    @property
    def width(self) -> int:
        return 1 if self.kind == "binary" else len(self.classes)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "start": self.start, "classes": list(self.classes),
                "threshold": self.threshold}  # fmt: skip


@dataclass(slots=True)
class LinearModel:
    """Heads, their weights and the featurizer settings they were trained with.

    ``meta`` carries the model card facts (name, data, licence, measured scores) written next to the weights.
    """

    heads: dict[str, Head]
    keys: npt.NDArray[np.int64]
    rows: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    config: FeaturizerConfig = field(default_factory=FeaturizerConfig)
    meta: dict[str, Any] = field(default_factory=dict)
    _slot: npt.NDArray[np.int32] | None = None
    _table: npt.NDArray[np.float32] | None = None

    @property
    def width(self) -> int:
        return int(self.bias.shape[0])

    def has(self, head: str) -> bool:
        return head in self.heads

    def _lookup(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        if self._slot is None or self._table is None:
            n = len(self.keys)
            slot = np.full(self.config.n_features, n, dtype=np.int32)
            slot[self.keys] = np.arange(n, dtype=np.int32)
            table = np.zeros((n + 1, self.width), dtype=np.float32)  # last row: features without weights
            table[:n] = self.rows
            self._slot, self._table = slot, table
        return self._slot, self._table

    def scores(self, x: FeatureRows) -> npt.NDArray[np.float32]:
        """Raw scores (logits) of every head column for every row of ``x``: shape ``(len(x), width)``."""
        n = len(x)
        if n == 0:
            return np.zeros((0, self.width), dtype=np.float32)
        slot, table = self._lookup()
        gathered = table[slot[x.indices]]
        gathered *= x.values[:, None]
        out = np.add.reduceat(gathered, x.offsets[:-1], axis=0)
        out += self.bias
        return out

    def head_scores(self, scores: npt.NDArray[np.float32], head: str) -> npt.NDArray[np.float32]:
        """The columns of one head in a :meth:`scores` result."""
        h = self.heads[head]
        return scores[:, h.start : h.start + h.width]

    # -- files ---------------------------------------------------------------------------------------------

    def save(self, folder: str | Path) -> None:
        """Write ``model.json`` and ``weights.npz`` (float16 weights, compressed) into ``folder``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format_version": FORMAT_VERSION,
            "featurizer": {"bits": self.config.bits, "char_ngrams": self.config.char_ngrams,
                           "version": self.config.version, "dense": list(DENSE)},
            "width": self.width,
            "heads": [h.to_dict() for h in sorted(self.heads.values(), key=lambda h: h.start)],
            **{k: v for k, v in self.meta.items() if k not in ("format_version", "featurizer", "width", "heads")},
        }  # fmt: skip
        with open(folder / "weights.npz", "wb") as fh:
            np.savez_compressed(
                fh, keys=self.keys.astype(np.int32), rows=self.rows.astype(np.float16), bias=self.bias
            )
        (folder / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: str | Path) -> LinearModel:
        """Read a model folder; any problem becomes a :class:`ModelError` naming the file."""
        folder = Path(folder)
        meta_path, weights_path = folder / "model.json", folder / "weights.npz"
        for p in (meta_path, weights_path):
            if not p.is_file():
                raise ModelError(f"{p}: model file not found")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ModelError(f"{meta_path}: not a readable model description ({exc})") from None
        if not isinstance(meta, Mapping):
            raise ModelError(f"{meta_path}: not a model description (expected a JSON object)")
        version = meta.get("format_version")
        if version != FORMAT_VERSION:
            raise ModelError(
                f"{meta_path}: model format version {version!r}, but this heart2heart reads version "
                f"{FORMAT_VERSION}; rebuild it with `h2h train`"
            )
        try:
            feat = meta["featurizer"]
            if list(feat["dense"]) != list(DENSE):
                raise ModelError(f"{meta_path}: the model was trained with other hand-designed features; retrain it")
            config = FeaturizerConfig(bits=int(feat["bits"]), char_ngrams=int(feat["char_ngrams"]),
                                      version=int(feat["version"]))  # fmt: skip
            heads = {}
            for h in meta["heads"]:
                head = Head(str(h["name"]), str(h["kind"]), int(h["start"]), tuple(h["classes"]),
                            float(h["threshold"]))  # fmt: skip
                if head.kind not in HEAD_KINDS:
                    raise ModelError(f"{meta_path}: unknown head kind {head.kind!r}")
                heads[head.name] = head
            width = int(meta["width"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{meta_path}: malformed model description ({exc!r})") from None
        try:
            with np.load(weights_path, allow_pickle=False) as npz:
                keys = npz["keys"].astype(np.int64)
                rows = npz["rows"].astype(np.float32)
                bias = npz["bias"].astype(np.float32)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelError(f"{weights_path}: corrupt weights ({exc})") from None
        if (
            rows.ndim != 2
            or rows.shape != (len(keys), width)
            or bias.shape != (width,)
            or (len(keys) and (keys.min() < 0 or keys.max() >= config.n_features))
            or any(h.start < 0 or h.start + h.width > width for h in heads.values())
        ):
            raise ModelError(f"{weights_path}: weights do not match the model description")
        extra = {k: v for k, v in meta.items() if k not in ("format_version", "featurizer", "width", "heads")}
        return cls(heads, keys, rows, bias, config, extra)
