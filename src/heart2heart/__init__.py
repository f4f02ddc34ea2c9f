"""heart2heart: measure how much of a heart-to-heart a conversation is, and coach kindly with evidence.

The public API is listed in ``__all__``; names are imported lazily so that ``import heart2heart`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Conversation",
    "Empathy",
    "FormatError",
    "H2HError",
    "Labels",
    "ModelError",
    "ParseError",
    "PipelineError",
    "Speaker",
    "Turn",
    "UsageError",
    "Utterance",
    "__version__",
    "iter_utterances",
    "read",
]

_LAZY = {
    "Conversation": "heart2heart.model",
    "Empathy": "heart2heart.model",
    "Labels": "heart2heart.model",
    "Speaker": "heart2heart.model",
    "Turn": "heart2heart.model",
    "Utterance": "heart2heart.model",
    "FormatError": "heart2heart.errors",
    "H2HError": "heart2heart.errors",
    "ModelError": "heart2heart.errors",
    "ParseError": "heart2heart.errors",
    "PipelineError": "heart2heart.errors",
    "UsageError": "heart2heart.errors",
    "read": "heart2heart.formats",
    "iter_utterances": "heart2heart.formats",
}

if TYPE_CHECKING:
    from heart2heart.errors import FormatError, H2HError, ModelError, ParseError, PipelineError, UsageError
    from heart2heart.formats import iter_utterances, read
    from heart2heart.model import Conversation, Empathy, Labels, Speaker, Turn, Utterance


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'heart2heart' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
