"""Output helpers: write files atomically so a failure never leaves half an output behind; read a model's JSON."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from heart2heart.errors import ModelError, OutputError

__all__ = ["atomic_write", "atomic_write_bytes", "cache_dir", "check_output", "open_output", "read_model_json"]


def read_model_json(path: Path, what: str) -> Any:
    """A model file's JSON, or None when the file is absent; :class:`ModelError` naming the file and ``what`` it
    should hold when it cannot be read or parsed."""
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: unreadable {what} ({exc})") from None


def cache_dir(part: str) -> Path:
    """A folder of the user's cache for things rebuilt from the package alone (never their conversations):
    ``$XDG_CACHE_HOME/heart2heart/<part>`` (else ``~/.cache/heart2heart/<part>``). Deleting it only costs time."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "heart2heart" / part


def check_output(path: str | Path) -> None:
    """Raise :class:`OutputError` now when ``path`` cannot be an output file (a folder is in its place), so a
    command fails before its work rather than after it."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give the name of a file to write")


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[IO[str]]:
    """Write text to a temporary file next to ``path`` and rename it into place only if the block succeeds.

    A file that cannot be written raises :class:`OutputError` naming ``path`` (not the temporary file)."""
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh  # not under _named: an OSError of the caller's block (reading an input) is not this file's
        _finish(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (never half a file); :class:`OutputError`
    naming ``path`` when it cannot be written."""
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with _named(path), os.fdopen(fd, "wb") as fh:
            fh.write(data)
        _finish(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path`` (its folder made when missing): descriptor and name."""
    check_output(path)
    with _named(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)


def _finish(tmp: str, path: Path) -> None:
    """Give the temporary file the mode a plain ``open()`` would (mkstemp makes 0600) and rename it into place."""
    with _named(path):
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)


@contextlib.contextmanager
def _named(path: Path) -> Iterator[None]:
    """Turn an ``OSError`` of writing ``path`` into an :class:`OutputError` that names it."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_output(path: str | Path | None) -> Iterator[IO[str]]:
    """``path`` written atomically, or stdout when ``path`` is None or ``-``."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_write(path) as fh:
        yield fh
