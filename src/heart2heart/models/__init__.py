"""Models that score utterances: the shipped default, and research models built locally by ``h2h train``.

:func:`load_model` takes a name (``default``, or a model folder under the user's model directory) or a path to a
model folder, and caches what it loaded. Model files are small: ``model.json`` (heads, featurizer settings, the
model card facts) and ``weights.npz``. See MODEL_CARD.md in this folder for what each model was trained on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from heart2heart.errors import ModelError

if TYPE_CHECKING:
    from heart2heart.models.linear import LinearModel

__all__ = ["DEFAULT_MODEL", "load_model", "model_dirs", "resolve_model"]

DEFAULT_MODEL = "default"
"""Name of the model shipped inside the package (trained on AnnoMI, GoEmotions and project-written text only)."""

_HERE = Path(__file__).resolve().parent
_CACHE: dict[Path, LinearModel] = {}


def model_dirs() -> list[Path]:
    """Where named models are looked for: the package's own folder, then ``$H2H_MODELS`` or
    ``$XDG_DATA_HOME/heart2heart/models`` (``~/.local/share/heart2heart/models``)."""
    user = os.environ.get("H2H_MODELS")
    if user is None:
        data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        user = str(Path(data) / "heart2heart" / "models")
    return [_HERE, Path(user)]


def resolve_model(model: str | Path | None) -> Path:
    """The folder of a model given by name or path (``None`` means the default model)."""
    if model is None:
        model = DEFAULT_MODEL
    path = Path(model)
    if path.is_dir() or os.sep in str(model) or str(model).startswith("."):
        if not (path / "model.json").is_file():
            raise ModelError(f"{path}: not a model folder (no model.json; build one with `h2h train`)")
        return path.resolve()
    for base in model_dirs():
        candidate = base / str(model)
        if (candidate / "model.json").is_file():
            return candidate.resolve()
    where = ", ".join(str(d) for d in model_dirs())
    raise ModelError(f"unknown model {str(model)!r}: no model folder of that name in {where}")


def load_model(model: str | Path | None = None) -> LinearModel:
    """Load (once per process) the model named ``model``, or at ``model`` if it is a path."""
    from heart2heart.models.linear import LinearModel

    folder = resolve_model(model)
    cached = _CACHE.get(folder)
    if cached is None:
        cached = _CACHE[folder] = LinearModel.load(folder)
    return cached
