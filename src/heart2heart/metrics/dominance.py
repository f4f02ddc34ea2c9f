"""Talk-time dominance over sliding windows, after ConvoKit's TalkTimeSharing (Zhang et al. 2025, CANDOR).

ConvoKit slides windows of 2.5 minutes in steps of 30 seconds over a video chat and says a speaker *dominates* a
window when they hold more than 60% of its speaking time. In CANDOR, conversations where dominance alternated were
enjoyed most and those where one person dominated throughout least (see EVIDENCE.md). The project's exact rule:

- **Units.** Timed transcripts use seconds of speech (utterance ``start``-``end``, see
  :func:`~heart2heart.metrics.structure.speech_intervals`), windows of :data:`WINDOW_SECONDS` stepping
  :data:`STEP_SECONDS`. Everything else (chats, untimed text) uses the stream of words, each word belonging to its
  speaker: windows of :data:`WINDOW_WORDS` words stepping :data:`STEP_WORDS` words.
- **Windows** start at the first speech and step until one reaches the end of the conversation (the last window may
  stick out past the end; a conversation shorter than one window gets a single window over all of it). Unlike
  ConvoKit the first and last utterances are kept (they are noise in video chats, not in a WhatsApp thread or a
  therapy transcript), and windows without any speech are skipped.
- **Dominance.** A window's *dominant* speaker is the one with more than :data:`DOMINANCE_SHARE` of its speech;
  otherwise the window is balanced.
- **Stereotype.** ``alternating_dominance`` when at least two speakers each dominate at least
  :data:`ALTERNATING_MIN` of the windows; else ``dominating_throughout`` when one speaker dominates more than half of
  them; else ``back_and_forth``. ``None`` with fewer than two speakers or no speech at all.
- **Primary speaker**: whoever holds the most speech over the whole conversation (seconds when timed, else words;
  ties go to whoever spoke first), reported with that share.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from heart2heart.metrics.structure import Intervals, speech_intervals
from heart2heart.model import Conversation

__all__ = [
    "ALTERNATING_MIN",
    "DOMINANCE_SHARE",
    "STEP_SECONDS",
    "STEP_WORDS",
    "STEREOTYPES",
    "WINDOW_SECONDS",
    "WINDOW_WORDS",
    "Dominance",
    "Stereotype",
    "Window",
    "dominance",
    "stereotype_of",
]

WINDOW_SECONDS = 150.0
STEP_SECONDS = 30.0
WINDOW_WORDS = 150
STEP_WORDS = 30
DOMINANCE_SHARE = 0.6
ALTERNATING_MIN = 0.2

Stereotype = Literal["dominating_throughout", "back_and_forth", "alternating_dominance"]
STEREOTYPES: tuple[Stereotype, ...] = ("dominating_throughout", "back_and_forth", "alternating_dominance")
Unit = Literal["seconds", "words"]


@dataclass(frozen=True, slots=True)
class Window:
    """One sliding window: its span (in the unit of the analysis), each speaker's share, and who dominated it."""

    start: float
    end: float
    shares: tuple[float, ...]
    dominant: str | None


@dataclass(frozen=True, slots=True)
class Dominance:
    """Talk-time dominance of a conversation; ``shares`` of each window follow ``speakers``."""

    unit: Unit
    window: float
    step: float
    speakers: tuple[str, ...]
    primary: str | None
    primary_share: float | None
    windows: tuple[Window, ...]
    stereotype: Stereotype | None

    def dominated(self) -> dict[str, int]:
        """How many windows each speaker dominated."""
        counts = dict.fromkeys(self.speakers, 0)
        for w in self.windows:
            if w.dominant is not None:
                counts[w.dominant] += 1
        return counts

    @property
    def balanced(self) -> int:
        """How many windows nobody dominated."""
        return sum(1 for w in self.windows if w.dominant is None)


def stereotype_of(dominated: dict[str, int], n_windows: int) -> Stereotype | None:
    """The stereotype from how many of ``n_windows`` windows each speaker dominated (rule in the module docstring)."""
    if n_windows == 0 or len(dominated) < 2:
        return None
    fractions = sorted((count / n_windows for count in dominated.values()), reverse=True)
    if fractions[1] >= ALTERNATING_MIN:
        return "alternating_dominance"
    if fractions[0] > 0.5:
        return "dominating_throughout"
    return "back_and_forth"


def _spans(conv: Conversation, intervals: Intervals | None) -> tuple[Unit, list[tuple[float, float, str]]]:
    """Each utterance as ``(start, end, speaker)`` in seconds (timed) or word offsets (otherwise)."""
    if intervals is None:
        intervals = speech_intervals(conv)
    if intervals is not None:
        spans = [(s, e, u.speaker) for (s, e), u in zip(intervals, conv.utterances, strict=True)]
        spans.sort(key=lambda span: span[0])
        return "seconds", spans
    spans = []
    offset = 0
    for u in conv.utterances:
        spans.append((float(offset), float(offset + u.words), u.speaker))
        offset += u.words
    return "words", spans


def dominance(conv: Conversation, *, intervals: Intervals | None = None) -> Dominance:
    """Sliding-window dominance and its stereotype (see the module docstring for the exact rule).

    ``intervals`` (:func:`~heart2heart.metrics.structure.speech_intervals`) may be passed when already computed.
    """
    names = tuple(s.name for s in conv.speakers)
    slot = {name: i for i, name in enumerate(names)}
    unit, spans = _spans(conv, intervals)
    size, step = (WINDOW_SECONDS, STEP_SECONDS) if unit == "seconds" else (float(WINDOW_WORDS), float(STEP_WORDS))

    totals = [0.0] * len(names)
    for s, e, who in spans:
        totals[slot[who]] += e - s
    grand = sum(totals)
    if not names or grand <= 0:
        return Dominance(unit, size, step, names, None, None, (), None)
    top = max(range(len(names)), key=lambda i: (totals[i], -i))
    primary, primary_share = names[top], totals[top] / grand

    t0 = min(s for s, _, _ in spans)
    t_end = max(e for _, e, _ in spans)
    n = 1 if t_end - t0 <= size else math.ceil((t_end - t0 - size) / step - 1e-9) + 1
    windows: list[Window] = []
    left = 0  # spans before ``left`` end before every later window starts
    for k in range(n):
        ws = t0 + k * step
        we = ws + size
        while left < len(spans) and spans[left][1] <= ws:
            left += 1
        amount = [0.0] * len(names)
        i = left
        while i < len(spans) and spans[i][0] < we:
            s, e, who = spans[i]
            overlap = min(e, we) - max(s, ws)
            if overlap > 0:
                amount[slot[who]] += overlap
            i += 1
        total = sum(amount)
        if total <= 0:
            continue
        shares = tuple(a / total for a in amount)
        best = max(range(len(names)), key=lambda i: shares[i])
        dominant = names[best] if shares[best] > DOMINANCE_SHARE else None
        windows.append(Window(ws, min(we, t_end) if n == 1 else we, shares, dominant))

    result = Dominance(unit, size, step, names, primary, primary_share, tuple(windows), None)
    kind = stereotype_of(result.dominated(), len(windows)) if len(names) >= 2 else None
    return Dominance(unit, size, step, names, primary, primary_share, tuple(windows), kind)
