"""Predictions for labelled dataset examples, in the loaders' label format (used by ``h2h eval``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heart2heart.annotate.batch import Batch
from heart2heart.annotate.pipeline import BATCH_SIZE, Pipeline, segments_of
from heart2heart.errors import UsageError
from heart2heart.models.features import previous_turn
from heart2heart.models.linear import LinearModel

if TYPE_CHECKING:
    from heart2heart.train.datasets import Example

__all__ = ["TASK_FIELDS", "predict_examples"]


def _question(d: dict[str, Any]) -> object:
    return d["question"]


def _empathy(key: str) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["empathy"][key]


TASK_FIELDS: dict[str, Callable[[dict[str, Any]], object]] = {
    "question": _question,
    "reflection": lambda d: d["reflection"],
    "advice": lambda d: d["advice"],
    "disclosure": lambda d: d["disclosure"] >= 2,
    "backchannel": lambda d: d["backchannel"],
    "emotion": lambda d: d["emotion"],
    "valence": lambda d: d["valence"],
    "empathy_er": _empathy("emotional_reaction"),
    "empathy_ip": _empathy("interpretation"),
    "empathy_ex": _empathy("exploration"),
}
"""How each evaluation task reads our labels: question None/"open"/"closed"; disclosure as "level 2 or more"
(ESConv's self-disclosure strategy); empathy levels 0-2; emotion a label; valence a float; the rest booleans."""


def predict_examples(
    task: str, examples: Sequence[Example], model: str | Path | LinearModel | None = None
) -> list[object]:
    """Our prediction for each example's label (same format as the loader's ``label``).

    Each example is labelled with its previous turn (from ``context``/``context_speakers``) as context; consecutive
    examples of one ``group`` are labelled as one conversation (a research model picks their domain together).
    """
    try:
        pick = TASK_FIELDS[task]
    except KeyError:
        raise UsageError(f"unknown task {task!r}; known tasks: {', '.join(TASK_FIELDS)}") from None
    pipe = Pipeline(model=model)
    out: list[object] = []
    for start in range(0, len(examples), BATCH_SIZE):
        chunk = examples[start : start + BATCH_SIZE]
        texts = [e.text for e in chunk]
        contexts = [previous_turn(e.context, e.context_speakers) for e in chunk]
        batch: Batch = pipe.run(texts, contexts, segments_of([e.group for e in chunk]))
        out.extend(pick(d) for d in batch.label_dicts())
    return out
