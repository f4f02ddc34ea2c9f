"""Utterance labels: annotators registered by name, checked pipelines, and the functions that run them.

Public entry points: :func:`annotate_conversation` (one conversation), :func:`annotate_utterances` (a stream),
:func:`predict_examples` (labelled dataset examples, for evaluation), :class:`Pipeline` and the registry.
"""

from __future__ import annotations

from heart2heart.annotate.pipeline import (
    DEFAULT_PIPELINE,
    Pipeline,
    annotate_conversation,
    annotate_utterances,
)
from heart2heart.annotate.predict import predict_examples
from heart2heart.annotate.registry import Annotator, get, register, registry

__all__ = [
    "DEFAULT_PIPELINE",
    "Annotator",
    "Pipeline",
    "annotate_conversation",
    "annotate_utterances",
    "get",
    "predict_examples",
    "register",
    "registry",
]
