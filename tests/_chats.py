"""What the chat readers' golden tests compare: each utterance of a chat export as a row."""

from __future__ import annotations

from pathlib import Path

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
