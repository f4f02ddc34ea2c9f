"""Per-speaker counts read off utterance labels: questions (open/closed), reflections, advice, deepest disclosure.

Only meaningful once an annotator has labelled the utterances (``Utterance.labels``); :func:`listening_counts`
returns ``None`` for a conversation without labels so reports can leave the fields out.
"""

from __future__ import annotations

from dataclasses import dataclass

from heart2heart.model import Conversation

__all__ = ["ListeningCounts", "is_labelled", "listening_counts"]


@dataclass(frozen=True, slots=True)
class ListeningCounts:
    """What one speaker's labelled utterances contain."""

    speaker: str
    questions_open: int
    questions_closed: int
    reflections: int
    advice: int
    max_disclosure: int


def is_labelled(conv: Conversation) -> bool:
    """True when at least one utterance carries labels."""
    return any(u.labels is not None for u in conv.utterances)


def listening_counts(conv: Conversation) -> list[ListeningCounts] | None:
    """Counts per speaker (order of first appearance); ``None`` when no utterance is labelled."""
    if not is_labelled(conv):
        return None
    tally = {s.name: [0, 0, 0, 0, 0] for s in conv.speakers}
    for u in conv.utterances:
        lab = u.labels
        if lab is None:
            continue
        t = tally[u.speaker]
        t[0] += lab.question == "open"
        t[1] += lab.question == "closed"
        t[2] += lab.reflection
        t[3] += lab.advice
        t[4] = max(t[4], lab.disclosure)
    return [ListeningCounts(name, *t) for name, t in tally.items()]
