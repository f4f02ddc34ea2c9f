"""Otter.ai-style text exports: a header line "Speaker Name  0:03", then what they said on the next lines.

- A header is a speaker name (1-6 words), two or more spaces (or a tab) and a clock (m:ss or h:mm:ss); the text
  lines after it, up to the next header, are that speaker's utterance (joined with spaces). Other transcription
  tools write the same layout with the clock in brackets after the name (``Speaker 1 [00:00:05]``, ``Maya
  (0:05)``) or before it (``[00:00:05] Maya Chen``, ``00:00:05 Speaker 1``, as Word's Transcribe does): read
  alike. A header never holds a colon after the name, so ``Name: text`` lines stay the plain reader's.
- ``start`` is the header's clock in seconds, ``end`` the next utterance's start (the last one has none).
- Lines before the first header (a title, the date) and Otter's footer ("Transcribed by https://otter.ai") are
  ignored; headers without any text are dropped.

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
from heart2heart.formats._names import NOTE
from heart2heart.formats._time import CLOCK, clock_seconds, ended
from heart2heart.model import Utterance

__all__ = ["READER", "OtterReader"]

_NAME = rf"[^\W\d_][^\t:\[\]()]{{0,60}}?(?:\s*{NOTE})?"  # a display name's note too: "Kat (she/her)"
_HEADER_RE = rx.compile(
    rf"""\s*(?:
        (?P<name>{_NAME})(?:\ {{2,}}|\t+)(?P<clock>{CLOCK})                        # Maya Chen  0:03
      | (?P<name2>{_NAME})\s*(?:\[(?P<clock2>{CLOCK})\]|\((?P<clock3>{CLOCK})\))   # Speaker 1 [00:00:05]
      | (?:\[(?P<clock4>{CLOCK})\]|(?P<clock5>{CLOCK}))[\ \t]+(?P<name3>{_NAME})   # [00:00:05] Maya Chen
    )\s*""",
    re.X,
)
_FOOTER_RE = rx.compile(r"\s*transcribed by\s+(?:https?://)?otter\.ai\s*", re.I)
_EXAMPLE = "Maya Chen  0:03"


def _header(line: str) -> tuple[str, str] | None:
    m = _HEADER_RE.fullmatch(line)
    if m is None:
        return None
    name = m.group("name") or m.group("name2") or m.group("name3")
    if len(name.split()) > 6:
        return None
    return name.strip(), next(c for c in m.group("clock", "clock2", "clock3", "clock4", "clock5") if c)


class OtterReader:
    """Reader of Otter.ai text exports."""

    name: ClassVar[str] = "otter"
    summary: ClassVar[str] = "Otter.ai text export: 'Speaker Name  0:03' line, then the text"
    example: ClassVar[str] = "Maya Chen  0:03 / How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """High when the file has "Name  0:03" headers, each followed by a line of text."""
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.splitlines()[:300] if ln.strip()]
        headers = [i for i, ln in enumerate(lines) if _header(ln) is not None]
        if not headers:
            return 0.0
        followed = sum(1 for i in headers if i + 1 < len(lines) and _header(lines[i + 1]) is None)
        if followed >= 2 or (followed == 1 and len(headers) == 1 and len(lines) <= 4):
            return 0.85 if followed >= len(headers) - 1 else 0.6
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        speaker: str | None = None
        start: float | None = None
        texts: list[str] = []
        held: Utterance | None = None
        found = False
        count = 0
        for n, line in iter_lines(path):
            if not line.strip() or _FOOTER_RE.fullmatch(line):
                continue
            head = _header(line)
            if head is None:
                if speaker is not None:
                    texts.append(line.strip())
                continue
            try:
                seconds = clock_seconds(head[1])
            except ValueError:
                raise ParseError(path, n, f"bad time {head[1]!r} (expected m:ss or h:mm:ss)") from None
            found = True
            if speaker is not None and texts:
                if held is not None:
                    yield ended(held, start)
                    count += 1
                held = Utterance(conv, 0, speaker, " ".join(texts), start=start)
            speaker, start, texts = head[0], seconds, []
        if speaker is not None and texts:
            if held is not None:
                yield ended(held, start)
                count += 1
            held = Utterance(conv, 0, speaker, " ".join(texts), start=start)
        if held is not None:
            yield held
            count += 1
        if not found:
            raise ParseError(path, 1, f"expected a speaker header such as {_EXAMPLE!r} (name, two spaces, time)")
        if count == 0:
            raise ParseError(path, None, "speaker headers found, but no text under any of them")


READER = OtterReader()
