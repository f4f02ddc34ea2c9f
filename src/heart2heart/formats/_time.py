"""Clock timestamps as transcripts write them ("1:02", "00:01:02", "00:01:02.500", "00:01:02,500"), in seconds."""

from __future__ import annotations

import re

from heart2heart.model import Utterance

__all__ = ["CLOCK", "clock_seconds", "ended"]

#: A clock as a regular-expression fragment: m:ss or h:mm:ss, with optional milliseconds after "." or ",".
CLOCK = r"\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"

_CLOCK_RE = re.compile(r"(\d+)((?::\d{1,2}){1,2})(?:[.,](\d{1,3}))?")


def clock_seconds(text: str) -> float:
    """Seconds of a clock string: two parts are m:ss, three parts h:mm:ss; ``ValueError`` if it is not a clock.

    Only the first part may be 60 or more ("75:03" is 75 minutes), later parts must be below 60.
    """
    m = _CLOCK_RE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"not a clock time: {text!r}")
    parts = [int(m.group(1))] + [int(p) for p in m.group(2)[1:].split(":")]
    if any(p >= 60 for p in parts[1:]):
        raise ValueError(f"minutes and seconds must be below 60: {text!r}")
    seconds = 0
    for p in parts:
        seconds = seconds * 60 + p
    frac = m.group(3)
    return seconds + (int(frac) / 10 ** len(frac) if frac else 0.0)


def ended(u: Utterance, next_start: float | None) -> Utterance:
    """``u`` with ``end`` set to the next utterance's start, when both starts are known (else ``u`` unchanged)."""
    if u.start is None or next_start is None:
        return u
    return Utterance(u.conversation, u.index, u.speaker, u.text, u.start, max(u.start, next_start), u.time, u.role,
                     u.media, u.labels)  # fmt: skip
