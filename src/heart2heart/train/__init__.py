"""Training and evaluation data: loaders that turn the human-labelled datasets into :class:`Example` lists.

The loaders read the folder described in ``shared/data/README.md`` (``h2h train --data`` / ``h2h eval --data``);
how each dataset's labels map to the labels of heart2heart is documented in ``docs/labels.md``.
"""

from __future__ import annotations

from heart2heart.train.datasets import DATASETS, TASKS, Example, Session, load, load_sessions

__all__ = ["DATASETS", "TASKS", "Example", "Session", "load", "load_sessions"]
