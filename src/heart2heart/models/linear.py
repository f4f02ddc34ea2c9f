"""Linear scoring heads over hashed features, stored as a small ``model.json`` + ``weights.npz`` pair.

A :class:`LinearModel` holds one weight matrix for all its heads (columns) but only the rows of features that
training gave a weight: ``keys`` (sorted feature columns) and ``rows`` (their weights). Scoring a batch gathers the
weight rows of every feature occurrence and sums them per utterance: no scipy, no Python loop per utterance.

Sums are exact, so they do not depend on the order of the terms: hashed-feature weights are summed as 64-bit
integers in units of 2**-24 (every float16 weight of a model file is such a multiple, so nothing is rounded; weights
of a model still in memory are rounded to that grid, below float16's own precision). The hand-designed features are
then added in float64 in column order, then the bias, and the result is rounded once to float32. This is what lets
:meth:`LinearModel.scores_parts` pre-sum each word's unigram and character n-gram weights, and group the terms as it
likes, and still give exactly the bytes of :meth:`LinearModel.scores`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import shutil
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart._fork import fork_is_safe
from heart2heart._io import atomic_write_bytes, cache_dir
from heart2heart.errors import ModelError
from heart2heart.models.features import DENSE, FeatureParts, FeatureRows, FeaturizerConfig, _bucket

__all__ = ["FORMAT_VERSION", "Head", "LinearModel"]

FORMAT_VERSION = 1
"""Version of the model file layout; a model written with another version is refused with a ModelError."""

HEAD_KINDS = ("binary", "softmax")
_UNIT = float(2**24)
"""Hashed-feature weights are summed as integers in units of 1 / _UNIT (exact for float16 weights)."""


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
    _rows: npt.NDArray[np.float32] | npt.NDArray[np.float16] | None  # float16 when loaded from a saved model
    bias: npt.NDArray[np.float32]
    config: FeaturizerConfig = field(default_factory=FeaturizerConfig)
    meta: dict[str, Any] = field(default_factory=dict)
    _slot: npt.NDArray[np.int32] | None = None
    _table: npt.NDArray[np.int64] | npt.NDArray[np.int32] | None = None
    _dense: npt.NDArray[np.float64] | None = None
    _words: _WordCache | None = None
    _shift: int = 0
    _bound: int = 0
    _source: tuple[Path, bytes] | None = None
    """The ``weights.npz`` (and its :func:`_fingerprint`) a model read from its prepared tables takes its
    :attr:`rows` from, when asked."""
    _lazy: bool = False
    """Score from rows converted when first used (:meth:`_need`) instead of the whole table: a first load, whose
    full tables a detached process builds and writes for the next runs (:func:`_write_prepared_soon`)."""
    _filled: npt.NDArray[np.bool_] | None = None
    """In lazy mode, which rows of the table are converted (the zero row and the hand-designed columns' are)."""

    @property
    def rows(self) -> npt.NDArray[np.float32] | npt.NDArray[np.float16]:
        """The weight row of each of ``keys``. A model read from its prepared tables scores without them, so they
        are read from its weights file only when asked for (saving it): the cache holds the tables alone."""
        if self._rows is None:
            if self._source is None:
                raise ModelError("a model without weight rows or a weights file to read them from")
            path, fingerprint = self._source
            if _fingerprint(path) != fingerprint:
                raise ModelError(f"{path}: weights changed since the model was read")
            self._rows = _read_weights(path)[1]
        return self._rows

    @rows.setter
    def rows(self, rows: npt.NDArray[np.float32] | npt.NDArray[np.float16]) -> None:
        """New weights: the scoring tables are built afresh from them."""
        self._rows = rows
        self._forget_tables()

    def _forget_tables(self) -> None:
        """Drop the scoring tables and the per-word sums taken from them (built again when next needed)."""
        self._slot = self._table = self._dense = None
        self._filled = None
        self._words = None

    @property
    def width(self) -> int:
        return int(self.bias.shape[0])

    def has(self, head: str) -> bool:
        return head in self.heads

    def prepare(self) -> None:
        """Build the scoring tables now (before forking workers, so they share them): the whole table, also for a
        model that was scoring from rows converted as they were needed."""
        if self._lazy:
            self._lazy = False
            self._forget_tables()  # the per-word sums too: they are in the lazy table's units
        self._lookup()

    def _lookup(
        self,
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int64] | npt.NDArray[np.int32], npt.NDArray[np.float64]]:
        """Slot of every feature column (``len(keys)``: no weight), the fixed-point weight table (its last row is
        zeros; in units of ``2**(_shift - 24)``, the largest power of two all hashed weights are multiples of, and
        int32 when they fit, which halves the memory each gather reads; sums are always taken in int64) and the
        float64 weights of the hand-designed columns, built once."""
        if self._slot is None or self._table is None or self._dense is None:
            n = len(self.keys)
            slot = np.full(self.config.n_features, n, dtype=np.int32)
            slot[self.keys] = np.arange(n, dtype=np.int32)
            where = slot[self.config.n_hashed :]
            dense = np.zeros((len(where), self.width), dtype=np.float64)  # hand-designed columns: never gathered
            have = where < n
            dense[have] = _units(self.rows[where[have]]).astype(np.float64) / _UNIT
            zeroed = np.sort(where[have])
            if self._lazy:
                # Units of 2**-24 (shift 0) in int64: the sums are the same integers as the whole table's times
                # 2**shift, so the scores are the same floats. Rows are converted by _need as they are used; the
                # zero row and the hand-designed columns' rows stay zeros, as in the whole table.
                filled = np.zeros(n + 1, dtype=bool)
                filled[zeroed] = True
                filled[n] = True
                self._filled, self._shift, self._bound = filled, 0, 2**62
                self._slot, self._table, self._dense = slot, np.zeros((n + 1, self.width), dtype=np.int64), dense
                return self._slot, self._table, self._dense
            made = _fixed_point(self.rows, zeroed, np.int32)
            if made is None:  # some weight too large for int32 units
                made = _fixed_point(self.rows, zeroed, np.int64)
            if made is None:
                raise ModelError("a weight is too large to be scored exactly (over 2**39)")
            table, self._shift, self._bound = made
            self._slot, self._table, self._dense = slot, table, dense
        return self._slot, self._table, self._dense

    def _need(self, slots: npt.NDArray[Any]) -> None:
        """In lazy mode, convert the rows of ``slots`` not converted yet (exact: float16 weights are whole units)."""
        filled = self._filled
        if filled is None or self._table is None:
            return
        missing = slots[~filled[slots]]
        if missing.size:
            rows = np.unique(missing)
            self._table[rows] = _units(self.rows[rows]).astype(np.int64)
            filled[rows] = True

    def _finish(self, hashed: npt.NDArray[np.int64], dense: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Scores from the exact hashed sums and the hand-designed features (added in column order)."""
        _, _, weights = self._lookup()
        out = (hashed << self._shift).astype(np.float64) / _UNIT  # the exact sum in units of 2**-24
        values = dense.astype(np.float64)
        n = len(out)
        for c in np.flatnonzero(values.any(axis=0) & weights.any(axis=1)).tolist():
            rows = np.flatnonzero(values[:, c])
            if 4 * len(rows) < n:  # out is never -0.0, so adding 0 * w to the other rows would change nothing
                out[rows] += values[rows, c : c + 1] * weights[c]
            else:
                out += values[:, c : c + 1] * weights[c]
        out += self.bias.astype(np.float64)
        return out.astype(np.float32)

    def scores(self, x: FeatureRows | FeatureParts) -> npt.NDArray[np.float32]:
        """Raw scores (logits) of every head column for every row of ``x``: shape ``(len(x), width)``.

        The plain reference: every occurrence's weight row gathered and summed per row with ``np.add.reduceat``.
        :class:`FeatureParts` go to :meth:`scores_parts`, which gives the same bytes faster.
        """
        if isinstance(x, FeatureParts):
            return self.scores_parts(x)
        n = len(x)
        if n == 0:
            return np.zeros((0, self.width), dtype=np.float32)
        slot, table, _ = self._lookup()
        hashed_cols = x.indices < self.config.n_hashed  # each row: hashed columns first, then dense ones
        counts = np.add.reduceat(hashed_cols.astype(np.int64), x.offsets[:-1])
        starts = np.zeros(n, dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        used = slot[x.indices[hashed_cols]]
        self._need(used)
        gathered = table[used]
        return self._finish(np.add.reduceat(gathered, starts, axis=0, dtype=np.int64), x.dense)

    def scores_parts(self, x: FeatureParts) -> npt.NDArray[np.float32]:
        """:meth:`scores` of ``x.to_rows()``, without laying the rows out: each word's unigram and character n-gram
        weights are summed once (per batch, or once for good when ``x`` names its vocabulary), then the words and
        the other blocks are summed per row in padded groups."""
        n = len(x)
        if n == 0:
            return np.zeros((0, self.width), dtype=np.float32)
        slot, table, _ = self._lookup()
        words, at, word_bound = self._word_sums(x)
        lengths = slot[x.length]
        self._need(lengths)
        hashed = table[lengths].astype(np.int64)
        hashed += _row_sums(words, [(at, x.token_rows)], n, word_bound)
        half = len(x.questions[0]) // 2  # first the question words, then the question bigrams: each in row order
        (i2, r2), (i3, r3), (iq, rq) = x.bigrams, x.trigrams, x.questions
        blocks = [(slot[i2], r2), (slot[i3], r3), (slot[iq[:half]], rq[:half]), (slot[iq[half:]], rq[half:])]
        for used, _ in blocks:
            self._need(used)
        hashed += _row_sums(table, blocks, n, self._bound)
        return self._finish(hashed, x.dense)

    def _word_sums(
        self, x: FeatureParts
    ) -> tuple[npt.NDArray[np.int64] | npt.NDArray[np.int32], npt.NDArray[np.int64], int]:
        """A table of per-word sums (unigram + character n-grams; last row zeros), each token's row in it and
        the largest absolute value in the table."""
        slot, table, _ = self._lookup()
        zero = len(table) - 1
        tokens = x.tokens
        top = int(tokens.max()) + 1 if len(tokens) else 0
        cache = self._words
        use = x.vocabulary >= 0 and top <= _MAX_CACHED
        if use and (cache is None or cache.vocabulary != x.vocabulary):
            cache = self._words = _WordCache(x.vocabulary, self.width)
        if use and cache is not None:
            cache.reserve(top)
            missing = ~cache.have[tokens]
            if not missing.any():
                return cache.sums, tokens, cache.bound
            where = np.flatnonzero(missing)
            words, first = np.unique(tokens[where], return_index=True)
            firsts = where[first]
        else:
            words, firsts, inverse = np.unique(tokens, return_index=True, return_inverse=True)
        unigrams = slot[_bucket(x.token_keys[firsts], x.bits)]
        self._need(unigrams)
        per_word = table[unigrams].astype(np.int64)
        for a in range(0, len(words), 2048):  # in slices: each gathers 12 rows a word (little memory at a time)
            chars = x.char_table[words[a : a + 2048]]
            if chars.shape[1]:
                char_slots = np.where(chars >= 0, slot[np.maximum(chars, 0)], zero)
                self._need(char_slots.ravel())
                per_word[a : a + 2048] += table[char_slots].sum(axis=1, dtype=np.int64)
        if use and cache is not None and cache.store(words, per_word):
            return cache.sums, tokens, cache.bound
        if use:  # sums too large for the cache: this batch on its own
            return self._word_sums(dataclasses.replace(x, vocabulary=-1))
        bound = int(np.abs(per_word).max()) if per_word.size else 0
        return np.concatenate([per_word, np.zeros((1, self.width), dtype=np.int64)]), inverse.reshape(-1), bound

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
        buffer = io.BytesIO()
        np.savez_compressed(buffer, keys=self.keys.astype(np.int32), rows=self.rows.astype(np.float16), bias=self.bias)
        # weights first, then the metadata that names them: an interrupted save never leaves half a file
        atomic_write_bytes(folder / "weights.npz", buffer.getvalue())
        atomic_write_bytes(folder / "model.json", (json.dumps(meta, indent=2, sort_keys=True) + "\n").encode("utf-8"))

    @classmethod
    def load(cls, folder: str | Path) -> LinearModel:
        """Read a model folder; any problem becomes a :class:`ModelError` naming the file."""
        folder = Path(folder)
        meta_path, weights_path = folder / "model.json", folder / "weights.npz"
        for p in (meta_path, weights_path):
            if not p.is_file():
                raise ModelError(f"{p}: model file not found")
        try:
            meta_bytes = meta_path.read_bytes()
            meta = json.loads(meta_bytes.decode("utf-8"))
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
        extra = {k: v for k, v in meta.items() if k not in ("format_version", "featurizer", "width", "heads")}
        fingerprint = _fingerprint(weights_path)
        prepared = _prepared_dir(meta_bytes, fingerprint)
        cached = _read_prepared(cls, prepared, heads, config, extra, (weights_path, fingerprint))
        if cached is not None:
            return cached
        keys, rows, bias = _read_weights(weights_path)
        if (
            rows.ndim != 2
            or rows.shape != (len(keys), width)
            or bias.shape != (width,)
            or (len(keys) and (keys.min() < 0 or keys.max() >= config.n_features))
            or any(h.start < 0 or h.start + h.width > width for h in heads.values())
        ):
            raise ModelError(f"{weights_path}: weights do not match the model description")
        model = cls(heads, keys, rows, bias, config, extra)
        _write_prepared_soon(model, prepared)
        return model


def _read_weights(
    path: Path,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float16] | npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """The keys, weight rows (float16 as saved: exact in the float32 tables, and written back as they are) and
    biases of a ``weights.npz``; any problem is a :class:`ModelError` naming it."""
    try:
        loaded = np.load(io.BytesIO(path.read_bytes()), allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):  # a bare .npy array under the .npz name
            raise ValueError("a single array, not an .npz archive")
        with loaded as npz:
            keys = npz["keys"].astype(np.int64)
            rows = npz["rows"]
            if rows.dtype != np.float16:
                rows = rows.astype(np.float32)
            bias = npz["bias"].astype(np.float32)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{path}: corrupt weights ({exc})") from None
    return keys, rows, bias


def _fingerprint(weights: Path) -> bytes:
    """What names the content of a weights file for the cache: each member's name, CRC-32 and sizes, from the zip's
    central directory (a few hundred bytes at the end; reading and hashing the 4 MB file took ~7 ms of every run).
    Empty when it is not a readable zip: no tables are ever prepared for such a file (loading it fails and says
    why), so there is nothing to look up."""
    try:
        with zipfile.ZipFile(weights) as z:
            members = [f"{i.filename}\t{i.CRC}\t{i.file_size}\t{i.compress_size}" for i in z.infolist()]
    except (OSError, zipfile.BadZipFile, ValueError):
        return b""
    return "\n".join(["zip", *members]).encode()


def _prepared_dir(meta: bytes, weights: bytes) -> Path:
    """The cache folder of one model's prepared tables, named by a digest of its description, its weights'
    :func:`_fingerprint` and this code's format."""
    digest = hashlib.sha256()
    for part in (str(FORMAT_VERSION).encode(), str(PREPARED_VERSION).encode(), np.__version__.encode(), meta, weights):
        digest.update(len(part).to_bytes(8, "little") + part)
    return cache_dir("models") / digest.hexdigest()[:32]


def _read_prepared(
    cls: type[LinearModel],
    folder: Path,
    heads: dict[str, Head],
    config: FeaturizerConfig,
    meta: dict[str, Any],
    weights: tuple[Path, bytes],
) -> LinearModel | None:
    """The model from its prepared tables, memory-mapped (None when absent or unreadable: then built afresh); its
    weight rows are read from ``weights`` (a file and its fingerprint) if ever asked for."""
    try:
        scalars = json.loads((folder / "scalars.json").read_text(encoding="utf-8"))
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _PREPARED}
        shift, bound = int(scalars["shift"]), int(scalars["bound"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):  # damaged: drop it, so this load writes it afresh
        shutil.rmtree(folder, ignore_errors=True)
        return None
    with contextlib.suppress(OSError):  # used now: the last folder pruning removes (a read-only cache keeps all)
        os.utime(folder)
    return cls(heads, arrays["keys"], None, arrays["bias"], config, meta,
               _slot=arrays["slot"], _table=arrays["table"], _dense=arrays["dense"], _shift=shift,
               _bound=bound, _source=weights)  # fmt: skip


BACKGROUND_WRITES = True
"""Whether a first load writes its prepared tables from a detached process (:func:`_write_prepared_soon`); tests
that look at the cache right after a load turn it off."""


def _write_prepared_soon(model: LinearModel, folder: Path) -> None:
    """:func:`_write_prepared`, from a detached grandchild process where forking is safe (Linux, one thread, float16
    weights), so that the command that loaded the model waits neither for ~29 MB to be written (0.09 s of a first
    ``h2h analyze --html`` on 1,000 turns: median of ten alternating cold runs 0.711 -> 0.620 s without the write)
    nor for the whole table to be built: it scores in lazy mode (:attr:`LinearModel._lazy`), converting only the
    rows it uses, while the grandchild builds the table and writes it for the next runs. Elsewhere, or with
    :data:`BACKGROUND_WRITES` off, the table is built and written here and now. The folder appears whole or not at
    all either way, and a run that finds it missing does the same again."""
    if not (BACKGROUND_WRITES and fork_is_safe() and model._rows is not None and model._rows.dtype == np.float16):
        _write_prepared(model, folder)
        return
    try:
        pid = os.fork()
    except OSError:
        _write_prepared(model, folder)
        return
    if pid:
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)  # the child only forks again and leaves: no zombie is left behind
        model._lazy = True  # meanwhile this process converts only the rows it uses (the whole table: 0.06-0.09 s)
        return
    try:  # the child: out of the terminal's process group (Ctrl-C), off the caller's pipes, then the grandchild
        os.setsid()
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.closerange(3, 1 << 16)
        if os.fork() == 0:
            _write_prepared(model, folder)
    finally:
        os._exit(0)  # no atexit handlers, no flushing of the caller's buffers twice


def _write_prepared(model: LinearModel, folder: Path) -> None:
    """Save the scoring tables (:meth:`LinearModel.prepare`) uncompressed, so later runs map them instead of
    decompressing the weights and rebuilding the tables (~0.15 s for the default model). Best effort: a cache that
    cannot be written only costs that time again."""
    slot, table, dense = model._lookup()
    arrays: dict[str, npt.NDArray[Any]] = {
        "keys": model.keys.astype(np.int32), "bias": model.bias, "slot": slot, "table": table, "dense": dense,
    }  # fmt: skip
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.part")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, array in arrays.items():
            np.save(tmp / f"{name}.npy", array, allow_pickle=False)
        (tmp / "scalars.json").write_text(json.dumps({"shift": model._shift, "bound": model._bound}))
        os.replace(tmp, folder)  # the folder appears whole or not at all
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    _prune(folder.parent, keep=folder)


def _prune(models: Path, keep: Path) -> None:
    """Keep the models' cache within :data:`CACHE_BUDGET`: each new version of a model writes a folder of its own
    (~29 MB for the default model), so after a few upgrades the folders used least recently are removed (a folder's
    time is its last use), and half-written folders a stopped run left over an hour ago. ``keep`` (just written)
    always stays. Best effort, and only when a folder was written, so a run that reads the cache pays nothing."""
    now = time.time()
    folders: list[tuple[float, int, Path]] = []
    try:
        for entry in os.scandir(models):
            if not entry.is_dir(follow_symlinks=False) or entry.path == str(keep):
                continue
            path, mtime = Path(entry.path), entry.stat(follow_symlinks=False).st_mtime
            if entry.name.startswith("."):
                if entry.name.endswith(".part") and now - mtime > 3600:
                    shutil.rmtree(path, ignore_errors=True)
                continue
            size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
            folders.append((mtime, size, path))
        used = sum(f.stat().st_size for f in keep.iterdir() if f.is_file())
    except OSError:
        return
    for _, size, path in sorted(folders, key=lambda f: f[0], reverse=True):
        used += size
        if used > CACHE_BUDGET:
            shutil.rmtree(path, ignore_errors=True)


CACHE_BUDGET = 192 << 20
"""Bytes of prepared tables kept in the models' cache (the current models take ~30 MB; older versions' fill the
rest, most recently used first)."""


def _units(rows: npt.NDArray[Any]) -> npt.NDArray[np.float32]:
    """Weights in units of 2**-24, rounded to whole units (float16 weights are whole units already: exact)."""
    scaled: npt.NDArray[np.float32] = np.multiply(rows, np.float32(_UNIT), dtype=np.float32)  # exact: a power of 2
    if rows.dtype != np.float16:
        np.rint(scaled, out=scaled)
    return scaled


_CHUNK = 8192
"""Weight rows converted at a time by :func:`_fixed_point` (~1 MB of float32: stays in the CPU's cache)."""


def _fixed_point(
    rows: npt.NDArray[Any], zeroed: npt.NDArray[np.int32], dtype: type[np.int32] | type[np.int64]
) -> tuple[npt.NDArray[Any], int, int] | None:
    """The fixed-point table of :meth:`LinearModel._lookup`: ``rows`` in whole units of ``2**(shift - 24)``, with
    the ``zeroed`` rows (sorted) and one more row at the end all zeros; ``shift`` is the largest that keeps every
    weight whole, ``bound`` the largest absolute value. None when a weight does not fit ``dtype``.

    Converted a chunk at a time straight into the table: one table-sized allocation (its pages are the cost on a
    first run) instead of a float32 copy, an int64 copy per chunk and a cast of the whole."""
    n, width = rows.shape
    table = np.zeros((n + 1, width), dtype=dtype)
    limit = float(np.iinfo(dtype).max)
    low, top = 0, 0.0
    for a in range(0, n, _CHUNK):
        b = min(a + _CHUNK, n)
        chunk = _units(rows[a:b])
        chunk[zeroed[np.searchsorted(zeroed, a) : np.searchsorted(zeroed, b)] - a] = 0.0
        if chunk.size:
            top = max(top, float(chunk.max()), -float(chunk.min()))
        if top > limit:
            return None
        np.copyto(table[a:b], chunk, casting="unsafe")  # whole numbers within the dtype's range: exact
        low |= int(np.bitwise_or.reduce(table[a:b].ravel()))
    shift = ((low & -low).bit_length() - 1) if low else 0  # every weight is a multiple of 2**shift units
    if shift:
        table >>= shift  # exact: every entry is a multiple of 2**shift
    return table, shift, int(top) >> shift


_PREPARED = ("keys", "bias", "slot", "table", "dense")
PREPARED_VERSION = 2
"""Bumped whenever :meth:`LinearModel._lookup` changes what it builds (old cache entries are then ignored)."""

_MAX_CACHED = 1 << 16
"""Per-word sums are kept for the first this many words of a vocabulary (int32: 9 MB for 33 columns)."""


class _WordCache:
    """Per-word sums (unigram + character n-grams, int32) of one vocabulary, kept across batches."""

    def __init__(self, vocabulary: int, width: int) -> None:
        self.vocabulary = vocabulary
        self.sums = np.zeros((1, width), dtype=np.int32)  # the last row stays zeros (padding)
        self.have = np.zeros(0, dtype=bool)
        self.bound = 0
        """The largest absolute value in ``sums``."""

    def reserve(self, top: int) -> None:
        """Room for word ids below ``top``."""
        cap = len(self.have)
        if top <= cap:
            return
        new = max(top, min(2 * cap, _MAX_CACHED), 1024)
        sums = np.zeros((new + 1, self.sums.shape[1]), dtype=np.int32)
        sums[:cap] = self.sums[:cap]
        have = np.zeros(new, dtype=bool)
        have[:cap] = self.have
        self.sums, self.have = sums, have

    def store(self, words: npt.NDArray[np.int64], per_word: npt.NDArray[np.int64]) -> bool:
        """Keep the sums of ``words``; False (nothing kept) when one does not fit in int32."""
        top = int(np.abs(per_word).max()) if per_word.size else 0
        if top >= 2**31:
            return False
        self.bound = max(self.bound, top)
        self.sums[words] = per_word
        self.have[words] = True
        return True


def _row_sums(
    table: npt.NDArray[np.int64] | npt.NDArray[np.int32],
    blocks: list[tuple[npt.NDArray[Any], npt.NDArray[np.int64]]],
    n: int,
    bound: int,
) -> npt.NDArray[np.int64]:
    """Per row, the sum of ``table[idx]`` over its occurrences in every ``(idx, rows)`` block (each block's
    ``rows`` ascending; ``table``'s last row zeros; no entry larger than ``bound`` in absolute value).

    Rows are padded to a multiple of four terms and summed in groups of equal width: long vector operations
    instead of one short one per row. Integer sums, so the grouping changes nothing.
    """
    width = table.shape[1]
    zero = len(table) - 1
    per_block = [np.bincount(rows, minlength=n) for _, rows in blocks]
    counts = np.sum(per_block, axis=0) if per_block else np.zeros(n, dtype=np.int64)
    padded = (counts + 3) // 4 * 4
    order = np.argsort(padded, kind="stable")
    sorted_width = padded[order]
    block = np.zeros(n, dtype=np.int64)
    block[order] = np.cumsum(sorted_width) - sorted_width
    flat = np.full(int(sorted_width.sum()), zero, dtype=np.int64)
    offset = np.zeros(n, dtype=np.int64)
    for (idx, rows), cnt in zip(blocks, per_block, strict=True):
        if len(rows):
            starts = np.cumsum(cnt) - cnt
            flat[block[rows] + offset[rows] + np.arange(len(rows)) - starts[rows]] = idx
        offset += cnt
    out = np.zeros((n, width), dtype=np.int64)
    bounds = np.flatnonzero(np.diff(sorted_width)) + 1
    pos = 0
    for a, b in zip(np.r_[0, bounds].tolist(), np.r_[bounds, n].tolist(), strict=True):
        w = int(sorted_width[a])
        if w:
            size = (b - a) * w
            terms = table.take(flat[pos : pos + size], axis=0).reshape(b - a, w, width)
            if w * bound >= 2**31 or terms.dtype != np.int32:  # int32 partial sums could overflow
                terms = terms.astype(np.int64)
            while terms.shape[1] % 2 == 0:  # halving: long contiguous adds (integers: the order changes nothing)
                half = terms.shape[1] // 2
                terms = terms[:, :half] + terms[:, half:]
            out[order[a:b]] = terms.sum(axis=1, dtype=np.int64) if terms.shape[1] > 1 else terms[:, 0]
            pos += size
    return out
