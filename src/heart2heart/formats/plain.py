"""Plain-text transcripts: one "Name: text" line per utterance, optionally with timestamps.

What is read:

- ``Maya: How are you, really?`` starts an utterance by Maya; lines without such a prefix continue the previous
  speaker's text (joined with a newline); blank lines are skipped;
- a timestamp may come before the name, between the name and the colon, or right after the colon:
  ``[00:01:02] Maya: ...``, ``(1:02) Maya: ...``, ``00:01:02 Maya: ...``, ``Maya (1:02): ...``,
  ``Maya: [1:02] ...``; a timestamp alone on its line applies to the next speaker line. Two-part clocks are m:ss,
  three-part ones h:mm:ss. ``start`` is that time in seconds and ``end`` the next utterance's start (the last
  utterance, and any without a timestamp, have no ``end``);
- a chat log's ISO date and time before the name (``2024-03-14 20:02:11 Maya: ...``, ``[2024-03-14 20:02] Maya:
  ...``) is the utterance's wall-clock ``time`` instead;
- a name in Markdown emphasis, as written documents and notes set it (``**Maya**: ...``, ``**Maya:** ...``,
  ``__Maya__: ...``), in brackets as diarising transcribers write it (``[SPEAKER_00]: ...``), or after the ``>>``
  broadcast captions put at a change of speaker (``>> MAYA: ...``), is read as the plain name;
- whether "Word:" is a speaker or a label inside someone's text ("Note: ...", "PS: ...") is decided by
  :mod:`heart2heart.formats._names` (short, name-shaped, not a common label; a role such as "Health visitor" when
  it starts at least three lines of the file, so the file is read twice);
- lines before the first speaker line (a title, a date) are ignored, and so is a header of untimed "Name: ..."
  lines before a transcript whose speaker lines all carry times ("Interviewer: Leah Kowalski (LK)"); speaker lines
  with no text at all are dropped.

A file without any "Name: text" line is a :class:`~heart2heart.errors.ParseError` at line 1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain, repeat
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._names import CHANGE, NOTE, looks_like_name, recurring_roles
from heart2heart.formats._time import CLOCK, Clock, clock_seconds, ended, time_of_day
from heart2heart.model import Utterance

__all__ = ["READER", "PlainReader"]

#: A clock in brackets, of a time of day too ("(11:42 PM)"): seconds from the transcript's start, or of the day.
_AMPM = r"\s?[AaPp]\.?[Mm]\.?"
_BR = rf"\[{CLOCK}(?:{_AMPM})?\]|\({CLOCK}(?:{_AMPM})?\)"
_DATE = r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
_LINE_RE = rx.compile(
    rf"""\s*{CHANGE}
    (?:\[(?P<date>{_DATE})\]\s*(?:[-–—|]\s*)?|(?P<date2>{_DATE})\s+(?:[-–—|]\s*)?)?
    (?:(?P<pre>{_BR})\s*(?:[-–—|]\s*)?|(?P<pre2>{CLOCK})\s+(?:[-–—|]\s*)?)?
    (?:\[(?P<bracketed>[^\W\d_][^:\[\]()]{{0,45}}?)\]|(?P<name>[^\W\d_][^:\[\]()]{{0,45}}?(?:\s*{NOTE})?))\s*
    (?P<mid>{_BR})?\s*
    :(?:\s+|$)
    (?:(?P<post>{_BR})\s*)?
    (?P<text>.*)""",
    re.X | re.S,
)
_BARE_TIME_RE = rx.compile(rf"\s*(?:{_BR}|{CLOCK})\s*")
#: A name in Markdown emphasis with the colon inside or just after it: "**Maya:** hi", "**Maya**: hi", "_Maya_: hi".
_MARKED_RE = rx.compile(r"\s*(\*\*|__|\*|_)(?P<name>[^*_\n]{1,60}?)(?::\1|\1\s*:)(?P<rest>.*)", re.S)


def _seconds(stamp: str, path: Path, line: int, clock: Clock) -> float:
    """Seconds of a timestamp: from the transcript's start, or for a time of day with AM/PM ("11:42 PM", as a chat
    copied with its times has it) from the conversation's first, across midnight."""
    bare = stamp.strip("[]() ")
    if bare[-1:] in "mM.":
        seconds = time_of_day(bare)
        if seconds is None:
            raise ParseError(path, line, f"bad time {stamp!r} (expected h:mm AM/PM)")
        return clock.start(path.stem, seconds)
    try:
        return clock_seconds(bare)
    except ValueError:
        raise ParseError(path, line, f"bad timestamp {stamp!r} (expected m:ss or h:mm:ss)") from None


#: Lines of a copied chat or a printed transcript that are no one's words: a day between messages ("Friday 15
#: March", "Mon, 5/27/2024"), a page footer ("Page 1 of 2", "- 2 -").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RE = rx.compile(
    rf"\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}})\s*",
    re.I,
)
_FOOTER_RE = rx.compile(r"\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\[?\d+\s*/\s*\d+\]?)\s*", re.I)


def _unmarked(line: str) -> str:
    """``line`` with the Markdown emphasis around its speaker's name taken off ("**Maya:** hi" -> "Maya: hi")."""
    if line.lstrip()[:1] in ("*", "_") and (m := _MARKED_RE.fullmatch(line)) is not None:
        return f"{m.group('name')}:{m.group('rest')}"
    return line


def _date(stamp: str, path: Path, line: int) -> datetime:
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        raise ParseError(path, line, f"bad date {stamp!r} (expected YYYY-MM-DD hh:mm[:ss])") from None


def _name_of(m: re.Match[str]) -> str:
    """The speaker's name of a matched line, written plainly or in brackets ("[SPEAKER_00]: ...")."""
    return m.group("name") or m.group("bracketed")


def speaker_line(line: str, roles: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The match of a "Name: text" line (with its optional timestamps), or None; ``roles``: the file's recurring
    lower-case roles (:func:`heart2heart.formats._names.recurring_roles`)."""
    m = _LINE_RE.fullmatch(_unmarked(line))
    if m is None or not looks_like_name(_name_of(m), roles):
        return None
    return m


def _roles(lines: Iterable[str]) -> frozenset[str]:
    """The recurring lower-case roles ("Health visitor") among the prefixes of ``lines``."""
    return _survey(enumerate(lines, 1))[0]


def _stamped(m: re.Match[str]) -> bool:
    return any(m.group(g) for g in ("pre", "pre2", "mid", "post", "date", "date2"))


def _survey(lines: Iterable[tuple[int, str]]) -> tuple[frozenset[str], int]:
    """The file's recurring lower-case roles, and the line where its speaker lines begin: the first one, or in a
    transcript whose speaker lines carry times, the first timed one when only a header of untimed "Name: ..."
    lines comes before it ("Interviewer: Leah Kowalski (LK)"): three timed speaker lines at least, none untimed
    after the first of them. Streaming: what is kept is per distinct prefix."""
    counts: Counter[str] = Counter()
    timed: Counter[str] = Counter()
    first: dict[str, int] = {}  # the first line of each prefix
    first_timed: dict[str, int] = {}
    last_untimed: dict[str, int] = {}
    for n, line in lines:
        m = _LINE_RE.fullmatch(_unmarked(line))
        if m is None:
            continue
        name = _name_of(m).strip()
        counts[name] += 1
        first.setdefault(name, n)
        if _stamped(m):
            timed[name] += 1
            first_timed.setdefault(name, n)
        else:
            last_untimed[name] = n
    roles = recurring_roles(chain.from_iterable(repeat(name, k) for name, k in counts.items()))
    speakers = [name for name in counts if looks_like_name(name, roles)]
    if not speakers:
        return roles, 0
    start = min(first[name] for name in speakers)
    timed_from = min((first_timed[name] for name in speakers if name in first_timed), default=None)
    untimed_until = max((last_untimed[name] for name in speakers if name in last_untimed), default=0)
    if timed_from is not None and sum(timed[name] for name in speakers) >= 3 and untimed_until < timed_from:
        return roles, timed_from
    return roles, start


class PlainReader:
    """Reader of "Name: text" transcripts (see the module docstring for the exact rules)."""

    name: ClassVar[str] = "plain"
    summary: ClassVar[str] = "Plain-text transcript, one 'Name: text' line per turn (timestamps optional)"
    example: ClassVar[str] = "[00:01:02] Maya: How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """0.3-0.6 when most non-empty lines start with a short "Name:" prefix, so specific formats win."""
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.splitlines()[:300] if ln.strip()]
        if not lines:
            return 0.0
        roles = _roles(lines)
        hits = sum(1 for ln in lines if speaker_line(ln, roles) is not None)
        if hits < 2 and not (hits == 1 and len(lines) == 1):
            return 0.0
        ratio = hits / len(lines)
        if ratio >= 0.5:
            return 0.3 + 0.3 * ratio
        return 0.2 if ratio >= 0.2 else 0.1

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        speaker: str | None = None
        texts: list[str] = []
        start: float | None = None
        time: datetime | None = None
        pending_start: float | None = None
        held: Utterance | None = None  # the last finished utterance, waiting for the next one's start
        found = False
        count = 0
        roles, first = _survey(iter_lines(path))
        clock = Clock()

        def finish() -> Utterance | None:
            text = "\n".join(texts).strip()
            if speaker is None or not text:
                return None
            return Utterance(conv, 0, speaker, text, start=start, time=time)

        for n, line in iter_lines(path):
            if not line.strip():
                continue
            if _BARE_TIME_RE.fullmatch(line):
                pending_start = _seconds(line.strip(), path, n, clock)
                continue
            if _DAY_RE.fullmatch(line) or _FOOTER_RE.fullmatch(line):
                continue
            m = speaker_line(line, roles) if n >= first else None
            if m is None:
                if speaker is not None:
                    texts.append(line.strip())
                continue
            found = True
            u = finish()
            stamp = m.group("pre") or m.group("pre2") or m.group("mid") or m.group("post")
            speaker = _name_of(m).strip()
            texts = [m.group("text").strip()]
            start = _seconds(stamp, path, n, clock) if stamp else pending_start
            date = m.group("date") or m.group("date2")
            time = _date(date, path, n) if date else None
            pending_start = None
            if u is not None:
                if held is not None:
                    yield ended(held, u.start)
                    count += 1
                held = u
        last = finish()
        if last is not None:
            if held is not None:
                yield ended(held, last.start)
                count += 1
            held = last
        if held is not None:
            yield held
            count += 1
        if not found:
            raise ParseError(path, 1, 'expected "Name: text" lines (a speaker name, a colon, then what they said)')
        if count == 0:
            raise ParseError(path, None, "speaker lines found, but none has any text")


READER = PlainReader()
