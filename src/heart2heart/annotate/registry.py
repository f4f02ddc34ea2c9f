"""The annotator registry: annotators are registered by name with what they require and assign (spaCy-style).

An annotator is a function over a :class:`~heart2heart.annotate.batch.Batch` that fills the batch fields it
*assigns*, reading only the fields it *requires*. The built-in annotators live one per module in this package and
register themselves with :func:`register` when imported; :func:`registry` imports them on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from heart2heart.errors import PipelineError

if TYPE_CHECKING:
    from heart2heart.annotate.batch import Batch

__all__ = ["Annotator", "get", "register", "registry"]

AnnotateFn = Callable[["Batch"], None]

_BUILTIN = (
    "featurize", "score", "question", "backchannel", "reflection", "advice", "disclosure", "empathy", "emotion",
    "valence",
)  # fmt: skip
_REGISTRY: dict[str, Annotator] = {}
_loaded = False


@dataclass(frozen=True, slots=True)
class Annotator:
    """A named annotation step: ``fn(batch)`` fills ``assigns`` from ``requires``."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    fn: AnnotateFn
    doc: str = ""

    def __call__(self, batch: Batch) -> None:
        self.fn(batch)


def register(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...]
) -> Callable[[AnnotateFn], AnnotateFn]:
    """Decorator registering ``fn`` as the annotator ``name``; a name can be registered only once."""

    def deco(fn: AnnotateFn) -> AnnotateFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise PipelineError(f"an annotator named {name!r} is already registered")
        _REGISTRY[name] = Annotator(name, tuple(requires), tuple(assigns), fn, (fn.__doc__ or "").strip())
        return fn

    return deco


def _load_builtin() -> None:
    global _loaded
    if not _loaded:
        for module in _BUILTIN:
            importlib.import_module(f"heart2heart.annotate.{module}")
        _loaded = True


def registry() -> dict[str, Annotator]:
    """A snapshot of every registered annotator, by name."""
    _load_builtin()
    return dict(_REGISTRY)


def get(name: str) -> Annotator:
    """The annotator registered as ``name`` (PipelineError if there is none)."""
    _load_builtin()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"no annotator named {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None
