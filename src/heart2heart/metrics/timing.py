"""Tempo of a conversation: its duration, speaker switches per minute and how fast each speaker replies.

Rules:

- *duration*: timed transcripts (every utterance has ``start``) last from the first start to the last end (see
  :func:`~heart2heart.metrics.structure.speech_intervals`); chats with wall-clock ``time`` from the first message
  to the last. Untimed conversations have none.
- *switches per minute* (timed transcripts only): speaker changes (turns minus one) per minute of duration.
- *response latency* of a reply (the first utterance of a turn) is measured from the previous turn's last
  utterance: on transcripts from its ``end`` (its ``start`` when it has no end) to the reply's ``start``, in
  seconds (negative when the reply overlaps); on chats from its ``time`` to the reply's ``time``, in minutes.
  Each speaker's latency is the median over their replies; ``None`` when they never replied or it is untimed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from heart2heart.metrics.structure import Intervals, speech_intervals
from heart2heart.model import Conversation, Turn

__all__ = ["Latency", "Tempo", "median", "response_latencies", "tempo"]


@dataclass(frozen=True, slots=True)
class Latency:
    """One speaker's median response latency: seconds on transcripts, minutes on chats."""

    speaker: str
    replies: int
    median_seconds: float | None
    median_minutes: float | None


@dataclass(frozen=True, slots=True)
class Tempo:
    """Conversation-level timing figures."""

    duration_seconds: float | None
    switches: int
    switches_per_minute: float | None


def median(values: list[float]) -> float | None:
    """The median of ``values`` (mean of the two middle ones for an even count); ``None`` when empty."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def tempo(conv: Conversation, *, turns: Sequence[Turn] | None = None, intervals: Intervals | None = None) -> Tempo:
    """Duration, number of speaker switches and switches per minute (the last for timed transcripts only).

    ``turns`` and ``intervals`` may be passed when already computed.
    """
    switches = max(0, len(turns if turns is not None else conv.turns()) - 1)
    duration: float | None = None
    if intervals is None:
        intervals = speech_intervals(conv)
    if intervals is not None:
        duration = max(end for _, end in intervals) - min(start for start, _ in intervals)
    elif conv.dated:
        times = [u.time for u in conv.utterances if u.time is not None]
        duration = (max(times) - min(times)).total_seconds()
    per_minute = switches / (duration / 60) if intervals is not None and duration else None
    return Tempo(duration, switches, per_minute)


def response_latencies(conv: Conversation, *, turns: Sequence[Turn] | None = None) -> list[Latency]:
    """Each speaker's median response latency, in order of first appearance (see the module docstring)."""
    timed = conv.timed
    dated = conv.dated
    seconds: dict[str, list[float]] = {s.name: [] for s in conv.speakers}
    minutes: dict[str, list[float]] = {s.name: [] for s in conv.speakers}
    if turns is None:
        turns = conv.turns()
    for prev_turn, turn in pairwise(turns):
        prev, reply = prev_turn.utterances[-1], turn.utterances[0]
        if timed and reply.start is not None and prev.start is not None:
            since = prev.end if prev.end is not None else prev.start
            seconds[turn.speaker].append(reply.start - since)
        if dated and reply.time is not None and prev.time is not None:
            minutes[turn.speaker].append((reply.time - prev.time).total_seconds() / 60)
    replies = {s.name: 0 for s in conv.speakers}
    for turn in turns[1:]:
        replies[turn.speaker] += 1
    return [
        Latency(
            speaker=name,
            replies=replies[name],
            median_seconds=median(seconds[name]) if timed else None,
            median_minutes=median(minutes[name]) if dated else None,
        )
        for name in seconds
    ]
