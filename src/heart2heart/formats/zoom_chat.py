"""Zoom's saved meeting chat: ``meeting_saved_chat.txt`` from the meeting window, or ``chat.txt`` beside a cloud
recording.

- Zoom since 2021: a header ``14:03:07 From Maya Lopez to Everyone:`` (or ``to Sam Ortiz(Direct Message)``,
  ``(privately)``), then the message on the next line(s), each indented with a tab;
- earlier Zoom: one line per message, ``14:03:07	 From  Maya Lopez : How was it?`` (``From  Maya  to  Sam(Direct
  Message) : ...`` for a private one).
- A reply's quoted first line (``Replying to "...":``) is dropped. Zoom writes a reaction as a message of its own
  (``Reacted to "..." with 👍``): it is kept as the reactor's brief answer, its emoji alone (the quote would read
  as their words); a removed reaction (``Removed a 👍 reaction from "..."``) is left out.
- ``start`` is the header's clock (a time of day in a saved chat, the time into the recording in a cloud one) in
  seconds from the first message; a clock more than 12 hours earlier than the one before is on the next day.

A file without a single header is a :class:`~heart2heart.errors.ParseError` at line 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._time import Clock, time_of_day
from heart2heart.model import Utterance

__all__ = ["READER", "ZoomChatReader"]

_CLOCK = r"\d{1,2}:\d{2}:\d{2}"
#: A header of the current layout: the message follows on the next lines.
_HEADER_RE = rx.compile(rf"\s*(?P<clock>{_CLOCK})\s+From\s+(?P<name>\S.*?)\s+to\s+(?P<to>\S.*?)\s*:\s*")
#: A message of the earlier layout, on one line.
_LINE_RE = rx.compile(rf"\s*(?P<clock>{_CLOCK})\s+From\s+(?P<name>\S.*?)\s+:\s(?P<text>.*)")
#: The addressee the earlier layout may put after the name.
_TO_RE = rx.compile(r"\s+to\s+\S.*?\((?:Direct Message|privately)\)\s*$", re.I)
_REPLYING_RE = rx.compile(r'\s*Replying to ".*"\s*:?\s*', re.S)
_REACTION_RE = rx.compile(r'\s*Reacted to ".*" with (?P<emoji>\S.*?)\s*', re.S)
_UNREACTION_RE = rx.compile(r'\s*Removed an? \S.* reaction from ".*"\s*', re.S)
_EXAMPLE = "14:03:07 From Maya Lopez to Everyone:"


def _message(line: str) -> tuple[str, str, str | None] | None:
    """(clock, sender, text on the same line or None) of a message's first line, or None."""
    m = _HEADER_RE.fullmatch(line)
    if m is not None:
        return m.group("clock"), m.group("name"), None
    m = _LINE_RE.fullmatch(line)
    if m is not None:
        return m.group("clock"), _TO_RE.sub("", m.group("name")).strip(), m.group("text")
    return None


def _text(lines: list[str]) -> str | None:
    """A message's words from its lines, without a reply's quote; a reaction's emoji; None for a removed reaction or
    an empty message."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    if lines and _REPLYING_RE.fullmatch(lines[0]):
        lines = lines[1:]
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text or _UNREACTION_RE.fullmatch(text):
        return None
    reaction = _REACTION_RE.fullmatch(text)
    return reaction.group("emoji") if reaction is not None else text


class ZoomChatReader:
    """Reader of Zoom's saved meeting chat (see the module docstring for the exact rules)."""

    name: ClassVar[str] = "zoom_chat"
    summary: ClassVar[str] = "Zoom meeting chat (meeting_saved_chat.txt): 'hh:mm:ss From Name to Everyone:' headers"
    example: ClassVar[str] = "14:03:07 From Maya Lopez to Everyone: / How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """High when most non-empty lines are Zoom chat headers or the messages under them."""
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.splitlines()[:300] if ln.strip()]
        firsts = sum(1 for ln in lines if _message(ln) is not None)
        if firsts >= 2 or (firsts == 1 and len(lines) <= 3):
            return 0.9 if _message(lines[0]) is not None else 0.7
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        clock = Clock()
        current: tuple[int, str, float] | None = None  # line, sender, start of the message being read
        lines: list[str] = []
        count = 0

        def finish() -> Utterance | None:
            if current is None:
                return None
            text = _text(lines)
            return None if text is None else Utterance(conv, 0, current[1], text, start=current[2])

        for n, line in iter_lines(path):
            first = _message(line)
            if first is None:
                if current is not None:
                    lines.append(line)
                continue
            u = finish()
            if u is not None:
                yield u
                count += 1
            seconds = time_of_day(first[0])
            if seconds is None:
                raise ParseError(path, n, f"bad time {first[0]!r} (expected hh:mm:ss)")
            current = (n, first[1], clock.start(conv, seconds))
            lines = [] if first[2] is None else [first[2]]
        u = finish()
        if u is not None:
            yield u
            count += 1
        if current is None:
            raise ParseError(path, 1, f"expected Zoom chat headers such as {_EXAMPLE!r}")
        if count == 0:
            raise ParseError(path, None, "chat headers found, but no message under any of them")


READER = ZoomChatReader()
