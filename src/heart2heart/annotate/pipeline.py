"""Pipelines of annotators, checked before they run, and the streaming drivers built on them.

A :class:`Pipeline` is a sequence of registered annotator names. Building it checks that every requirement of a step
is assigned by an earlier step and that no field is assigned twice (:class:`~heart2heart.errors.PipelineError`).
:func:`annotate_utterances` streams utterances through a pipeline in batches, carrying each conversation's recent
utterances across batch boundaries so every utterance sees its previous turn.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from heart2heart.annotate.batch import Batch
from heart2heart.annotate.registry import Annotator, get
from heart2heart.errors import PipelineError
from heart2heart.model import Conversation, Labels, Utterance
from heart2heart.models import load_model
from heart2heart.models.features import previous_turn
from heart2heart.models.linear import LinearModel

__all__ = [
    "BATCH_SIZE",
    "CONTEXT_SIZE",
    "DEFAULT_PIPELINE",
    "ContextTracker",
    "Pipeline",
    "annotate_conversation",
    "annotate_utterances",
    "segments_of",
]

DEFAULT_PIPELINE: tuple[str, ...] = (
    "featurize", "score", "question", "backchannel", "reflection", "advice", "disclosure", "empathy", "emotion",
    "valence",
)  # fmt: skip
BATCH_SIZE = 2048
CONTEXT_SIZE = 4
"""How many previous utterances of the conversation an utterance's context is drawn from (as in training)."""


class Pipeline:
    """A checked sequence of annotators over one model."""

    def __init__(self, names: Sequence[str] = DEFAULT_PIPELINE, model: LinearModel | str | Path | None = None):
        self.steps: tuple[Annotator, ...] = tuple(get(name) for name in names)
        self.model = model if isinstance(model, LinearModel) else load_model(model)
        self.assigned = self.check(self.steps)

    @staticmethod
    def check(steps: Sequence[Annotator]) -> frozenset[str]:
        """Raise PipelineError unless each step's requirements come earlier and no field is assigned twice."""
        have: dict[str, str] = {}
        for step in steps:
            missing = [r for r in step.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"annotator {step.name!r} requires {', '.join(missing)}, which no earlier annotator assigns"
                )
            for field in step.assigns:
                if field in have:
                    raise PipelineError(f"{field!r} is assigned twice: by {have[field]!r} and by {step.name!r}")
                have[field] = step.name
        return frozenset(have)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps)

    def run(
        self,
        texts: list[str],
        contexts: Sequence[str],
        segments: npt.NDArray[np.int64] | None = None,
        media: Sequence[bool] | None = None,
    ) -> Batch:
        """Annotate one batch of texts (``contexts[i]``: the previous turn of another speaker, or "";
        ``segments[i]``: a number shared by the rows of one conversation, see :func:`segments_of`; ``media[i]``:
        the text is a placeholder for an attachment, which gets the default labels, :meth:`Batch.blank`)."""
        batch = Batch(texts, contexts, self.model, segments=segments)
        for step in self.steps:
            step(batch)
        if media is not None and any(media):
            batch.blank(np.asarray(media, dtype=bool))
        return batch


def segments_of(keys: Sequence[object]) -> npt.NDArray[np.int64]:
    """Conversation numbers of a batch's rows: a new number wherever the key (conversation id) changes."""
    n = len(keys)
    change = np.ones(n, dtype=np.int64)
    if n > 1:
        change[1:] = [a != b for a, b in zip(keys[1:], keys[:-1], strict=True)]
    out: npt.NDArray[np.int64] = np.cumsum(change) - 1
    return out


class ContextTracker:
    """Follows a stream of utterances and gives each one its previous turn (from the last few utterances)."""

    def __init__(self, size: int = CONTEXT_SIZE) -> None:
        self._conv: object = object()
        self._recent: deque[tuple[str, str]] = deque(maxlen=size)

    def context(self, conversation: str, speaker: str, text: str) -> str:
        """The previous turn before this utterance; then remember the utterance."""
        if conversation != self._conv:
            self._conv = conversation
            self._recent.clear()
        recent = self._recent
        ctx = previous_turn([t for _, t in recent], [s == speaker for s, _ in recent]) if recent else ""
        recent.append((speaker, text))
        return ctx


def label_stream(
    items: Iterable[Any],
    key: Any,
    pipeline: Pipeline,
    batch_size: int = BATCH_SIZE,
    media: Any = None,
) -> Iterator[tuple[list[Any], list[dict[str, Any]]]]:
    """Batches of ``items`` with their label dicts; ``key(item)`` gives ``(conversation, speaker, text)`` and
    ``media(item)``, when given, whether the text is an attachment's placeholder (default labels)."""
    tracker = ContextTracker()
    batch: list[Any] = []
    texts: list[str] = []
    contexts: list[str] = []
    convs: list[object] = []
    for item in items:
        conv, speaker, text = key(item)
        batch.append(item)
        texts.append(text)
        convs.append(conv)
        contexts.append(tracker.context(conv, speaker, text))
        if len(batch) >= batch_size:
            flags = [bool(media(x)) for x in batch] if media is not None else None
            yield batch, pipeline.run(texts, contexts, segments_of(convs), flags).label_dicts()
            batch, texts, contexts, convs = [], [], [], []
    if batch:
        flags = [bool(media(x)) for x in batch] if media is not None else None
        yield batch, pipeline.run(texts, contexts, segments_of(convs), flags).label_dicts()


def annotate_utterances(
    stream: Iterable[Utterance],
    model: LinearModel | str | Path | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    pipeline: Pipeline | None = None,
) -> Iterator[Utterance]:
    """Utterances with their labels, streamed in batches (memory stays flat however long the stream)."""
    pipe = pipeline or Pipeline(model=model)
    tracker = ContextTracker()
    batch: list[Utterance] = []
    contexts: list[str] = []
    for u in stream:
        batch.append(u)
        contexts.append(tracker.context(u.conversation, u.speaker, u.text))
        if len(batch) >= batch_size:
            yield from _with_labels(batch, _run(pipe, batch, contexts))
            batch, contexts = [], []
    if batch:
        yield from _with_labels(batch, _run(pipe, batch, contexts))


def _run(pipe: Pipeline, batch: list[Utterance], contexts: list[str]) -> list[Labels]:
    segments = segments_of([x.conversation for x in batch])
    return pipe.run([x.text for x in batch], contexts, segments, [x.media for x in batch]).labels()


def _with_labels(batch: list[Utterance], labels: list[Labels]) -> Iterator[Utterance]:
    for u, lab in zip(batch, labels, strict=True):
        yield u.with_labels(lab)


def annotate_conversation(
    conv: Conversation, model: LinearModel | str | Path | None = None, *, pipeline: Pipeline | None = None
) -> Conversation:
    """The conversation with every utterance labelled."""
    pipe = pipeline or Pipeline(model=model)
    tracker = ContextTracker()
    texts = [u.text for u in conv.utterances]
    contexts = [tracker.context(conv.id, u.speaker, u.text) for u in conv.utterances]
    media = [u.media for u in conv.utterances]
    labels = pipe.run(texts, contexts, np.zeros(len(texts), dtype=np.int64), media).labels() if texts else []
    return Conversation(conv.id, tuple(_with_labels(list(conv.utterances), labels)), conv.source)
