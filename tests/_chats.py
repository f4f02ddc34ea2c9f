"""What the chat readers' golden tests compare: each utterance of a chat export as a row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heart2heart.formats import read

#: (conversation, speaker, text, ISO time, media)
Row = tuple[str, str, str, str, bool]


def rows(path: Path, **kwargs: object) -> list[Row]:
    """(conversation, speaker, text, ISO time, media) of every utterance read from ``path`` (chats are timed by the
    wall clock, never by offsets from a start)."""
    out = []
    for conv in read(path, **kwargs):  # type: ignore[arg-type]
        for u in conv:
            assert u.time is not None and u.start is None and u.end is None
            out.append((u.conversation, u.speaker, u.text, u.time.isoformat(), u.media))
    return out


def replace_node(doc: Any, path: list[int], value: Any) -> Any:
    """``doc`` with the node reached by following ``path`` (child choices, modulo fan-out) replaced by ``value``: the
    fuzz tests' structural mutation of a JSON fixture."""
    if not path or not isinstance(doc, dict | list) or not doc:
        return value
    if isinstance(doc, list):
        i = path[0] % len(doc)
        return [replace_node(v, path[1:], value) if k == i else v for k, v in enumerate(doc)]
    keys = list(doc)
    key = keys[path[0] % len(keys)]
    return {k: (replace_node(v, path[1:], value) if k == key else v) for k, v in doc.items()}
