"""Clock timestamps as transcripts write them ("1:02", "00:01:02", "00:01:02.500", "00:01:02,500"), in seconds, and
times of day ("20:26:02", "8:26 PM") as exports write them, and dates written out (:func:`first_date`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from heart2heart.model import Utterance

__all__ = ["CLOCK", "Clock", "clock_seconds", "ended", "first_date", "time_of_day"]

#: A clock as a regular-expression fragment: m:ss or h:mm:ss, with optional milliseconds after "." or ",".
CLOCK = r"\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"

_CLOCK_RE = re.compile(r"(\d+)((?::\d{1,2}){1,2})(?:[.,](\d{1,3}))?")
_TIME_OF_DAY = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?(?:\s*([ap])\.?\s?m\.?)?", re.I)


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
    if not frac:
        return float(seconds)
    scale: int = 10 ** len(frac)
    return (seconds * scale + int(frac)) / scale  # one division: 9.681, not 9 + 0.681 = 9.681000000000001


def first_date(text: str, formats: Iterable[str]) -> datetime | None:
    """``text`` (its spaces, U+202F among them, made single) read by the first of ``formats`` that fits
    (:meth:`datetime.strptime`), or None."""
    text = " ".join(text.split())
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def ended(u: Utterance, next_start: float | None) -> Utterance:
    """``u`` with ``end`` set to the next utterance's start, when both starts are known (else ``u`` unchanged)."""
    if u.start is None or next_start is None:
        return u
    return Utterance(u.conversation, u.index, u.speaker, u.text, u.start, max(u.start, next_start), u.time, u.role,
                     u.media, u.labels)  # fmt: skip


def time_of_day(text: str) -> float | None:
    """Seconds since midnight of a time of day alone ("20:26", "20:26:02", "8:26 PM"), else None."""
    m = _TIME_OF_DAY.fullmatch(text.strip().replace("\u202f", " "))
    if m is None:
        return None
    hours, minutes, seconds = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if m.group(4):
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if m.group(4).lower() == "p" else 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return float(hours * 3600 + minutes * 60 + seconds)


class Clock:
    """Times of day of each conversation's rows as seconds from its first one (:func:`time_of_day`); a time more
    than 12 hours earlier than the one before is taken to be on the next day."""

    def __init__(self) -> None:
        self.conversation: str | None = None
        self.base = self.last = 0.0
        self.days = 0

    def start(self, conversation: str, seconds: float) -> float:
        if conversation != self.conversation:
            self.conversation, self.base, self.last, self.days = conversation, seconds, seconds, 0
        elif seconds < self.last - 43200:
            self.days += 1
        self.last = seconds
        return seconds + 86400 * self.days - self.base
