"""Chat logs with a time of day and a name on every line, as IRC clients and LINE write them.

- IRC (irssi, WeeChat, HexChat...) and Twitch chat logs: ``22:05 <@zed> text`` (a date before the time,
  ``[2024-03-14 22:05:11] <zed> text``, is let pass); an action ``22:08  * zed text`` is zed's; joins, quits,
  topics and the client's own lines (``-!-``, ``---``) are left out.
- LINE's "Save chat history" text: ``21:09<TAB>Mei<TAB>text`` under a date line (``Tue, 4/16/2024``); a message
  over several lines is written in quotes and carries on to its closing quote. ``[Photo]``, ``[Sticker]`` and the
  like are placeholders with ``media``.

``start`` is the time of day as seconds from the log's first message (across midnight too), as for a CSV of times
of day. Read streaming.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._time import Clock, time_of_day
from heart2heart.model import Utterance

__all__ = ["READER", "ChatLogReader"]

_IRC_RE = rx.compile(
    r"\[?(?:\d{4}-\d{2}-\d{2}[ T])?(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\]?\s+"  # a date before it (Twitch logs) too
    r"(?:<[ @+%&~]?(?P<nick>[^>\s]{1,40})>|\s?\*\s(?P<actor>\S{1,40}))\s(?P<text>.*)"
)
_LINE_RE = rx.compile(r"(?P<clock>\d{1,2}:\d{2})\t(?P<nick>[^\t]{1,80})\t(?P<text>.*)")
_LINE_HEADER = "[LINE]"
_MEDIA_RE = rx.compile(r"\[(?:Photo|Sticker|Video|File|Voice message|Album|Contact|Location|Audio|GIF)\]")
_EXAMPLE = "22:05 <zed> text"


def _message(line: str) -> tuple[str, str, str] | None:
    """(clock, speaker, text) of a message line of either layout."""
    m = _LINE_RE.fullmatch(line) or _IRC_RE.fullmatch(line)
    if m is None:
        return None
    return m.group("clock"), (m.group("nick") or m.group("actor")).strip(), m.group("text")


class ChatLogReader:
    """Reader of IRC logs and LINE chat histories (see the module docstring)."""

    name: ClassVar[str] = "chat_log"
    summary: ClassVar[str] = "IRC logs ('22:05 <nick> text') and LINE chat history text ('21:09<TAB>Name<TAB>text')"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff")
        if head.startswith(_LINE_HEADER) and "\t" in head:
            return 0.95
        lines = [ln for ln in head.splitlines()[:200] if ln.strip()]
        hits = sum(1 for ln in lines if _IRC_RE.fullmatch(ln))
        return 0.7 if hits >= 3 and hits >= 0.4 * len(lines) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        clock = Clock()
        held: list[str] | None = None  # the message being read: [speaker, text, clock]
        quoted = False  # a LINE message in quotes is open
        count = 0
        for _, line in iter_lines(path):
            if quoted and held is not None:
                held[1] += "\n" + line
                quoted = not line.rstrip().endswith('"')
                continue
            found = _message(line)
            if found is None:
                continue  # dates, joins, quits, the client's lines
            if held is not None:
                yield self._utterance(conv, held, clock)
                count += 1
            stamp, speaker, text = found
            quoted = text.startswith('"') and not (len(text) > 1 and text.rstrip().endswith('"'))
            held = [speaker, text, stamp]
        if held is not None:
            yield self._utterance(conv, held, clock)
            count += 1
        if count == 0:
            raise ParseError(path, 1, f"expected chat log lines such as {_EXAMPLE!r}")

    @staticmethod
    def _utterance(conv: str, held: list[str], clock: Clock) -> Utterance:
        speaker, text, stamp = held
        if len(text) > 1 and text.startswith('"') and (text := text.rstrip()).endswith('"') and "\n" in text:
            text = text[1:-1]  # LINE's quotes around a message of several lines
        media = bool(_MEDIA_RE.fullmatch(text.strip()))
        seconds = time_of_day(stamp)
        start = None if seconds is None else clock.start(conv, seconds)
        return Utterance(conv, 0, speaker, text.strip(), start=start, media=media)


READER = ChatLogReader()
