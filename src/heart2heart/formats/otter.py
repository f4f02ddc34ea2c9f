"""Otter.ai-style text exports: a header line "Speaker Name  0:03", then what they said on the next lines.

- A header is a speaker name (1-6 words), two or more spaces (or a tab) and a clock (m:ss or h:mm:ss); the text
  lines after it, up to the next header, are that speaker's utterance (joined with spaces). Other transcription
  tools write the same layout with the clock in brackets after the name (``Speaker 1 [00:00:05]``, ``Maya
  (0:05)``) or before it (``[00:00:05] Maya Chen``, ``00:00:05 Speaker 1``, as Word's Transcribe does): read
  alike. A header never holds a colon after the name, so ``Name: text`` lines stay the plain reader's.
- ``start`` is the header's clock in seconds, ``end`` the next utterance's start (the last one has none).
- A cue per turn, as video editors and Teams' earlier transcripts write it: a timing line (``00:00:01:10 -
  00:00:08:02``, Premiere Pro's timecodes, frames dropped; ``0:0:2.600 --> 0:0:11.102``), the speaker's name alone
  on the next line, then the words (kept on their lines). ``start`` and ``end`` are the cue's; a cue without a
  name or words says nothing that can be attributed and is dropped.
- A script (``DAD`` alone on a line after a blank one, then the words, as screenplays and typed-up recordings set
  it): a file whose blocks mostly open with a name alone on its line, names that recur. No times.
- Lines before the first header (a title, the date) and Otter's footer ("Transcribed by https://otter.ai") are
  ignored; headers without any text are dropped.

A file without a single header is a :class:`~heart2heart.errors.ParseError` at line 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain, pairwise
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._names import NOTE, looks_like_name
from heart2heart.formats._time import CLOCK, clock_seconds, ended
from heart2heart.model import Utterance

__all__ = ["CUE_TIMING", "READER", "OtterReader"]

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
#: A video editor's timecode, hours:minutes:seconds:frames (Premiere Pro: "00:00:01:10"; ";" before drop frames).
_TIMECODE = r"\d{1,2}:\d{2}:\d{2}[:;]\d{2}"
#: The timing line of a cue: "00:00:01:10 - 00:00:08:02", "0:0:2.600 --> 0:0:11.102" (h:m:s unpadded too).
_STAMP = rf"{_TIMECODE}|\d{{1,2}}(?::\d{{1,2}}){{1,2}}(?:[.,]\d{{1,3}})?"
CUE_TIMING = rx.compile(rf"\s*(?P<a>{_STAMP})\s*(?:-->|-|–)\s*(?P<b>{_STAMP})\s*")
_EXAMPLE = "Maya Chen  0:03"


def _header(line: str) -> tuple[str, str] | None:
    m = _HEADER_RE.fullmatch(line)
    if m is None:
        return None
    name = m.group("name") or m.group("name2") or m.group("name3")
    if len(name.split()) > 6:
        return None
    return name.strip(), next(c for c in m.group("clock", "clock2", "clock3", "clock4", "clock5") if c)


def _stamp_seconds(text: str) -> float:
    """Seconds of a cue's clock or timecode (its frames dropped: the frame rate is not in the file)."""
    if text.count(":") == 3 or ";" in text:
        h, m, sec = (int(p) for p in re.split(r"[:;]", text)[:3])
        if m >= 60 or sec >= 60:
            raise ValueError(f"minutes and seconds must be below 60: {text!r}")
        return float(h * 3600 + m * 60 + sec)
    return clock_seconds(text)


def _cue_layout(lines: list[str]) -> bool:
    """Whether these non-empty lines are cues with the name on a line of its own: two timing lines or more, each
    followed by a name and then words, and some name taking more than one cue (subtitles' first lines of text
    rarely look like that)."""
    names = [
        lines[i + 1].strip()
        for i, line in enumerate(lines[:-2])
        if CUE_TIMING.fullmatch(line) and looks_like_name(lines[i + 1]) and not CUE_TIMING.fullmatch(lines[i + 2])
    ]
    ranges = sum(1 for line in lines if CUE_TIMING.fullmatch(line))
    return len(names) >= 2 and len(names) >= ranges - 1 and len(set(names)) < len(names)


#: A separator line under a title ("---", "=====").
_RULE_RE = rx.compile(r"\s*([-=_*~])\1{2,}\s*")


def _script_headers(lines: Iterable[str]) -> list[int]:
    """The 0-based positions of a script's speaker lines among ``lines`` (blank ones included; read once, streaming),
    or none when the lines are not a script: blocks (after a blank line, the start, or a rule) that open with a name
    alone on its line, followed by words; at least two such blocks, most blocks after the first one, names
    recurring, at most eight of them."""
    heads: list[int] = []
    names: list[str] = []
    blocks = 0  # blocks from the first head on
    before = ""  # the line before ``line``
    for i, (line, after) in enumerate(pairwise(chain(lines, [""]))):
        opens = line.strip() and (i == 0 or not before.strip() or _RULE_RE.fullmatch(before))
        before = line
        if not opens:
            continue
        name = line.strip()
        if (
            after.strip()
            and len(name.split()) <= 4
            and name[-1] not in ".,;:!?)"
            and looks_like_name(name)
            and _header(line) is None
        ):
            heads.append(i)
            names.append(name)
        blocks += bool(heads)
    distinct = len(set(names))
    if len(heads) < 2 or distinct == len(names) or distinct > 8 or len(heads) < 0.6 * blocks:
        return []
    return heads


class OtterReader:
    """Reader of Otter.ai text exports."""

    name: ClassVar[str] = "otter"
    summary: ClassVar[str] = "Otter.ai text export: 'Speaker Name  0:03' line, then the text"
    example: ClassVar[str] = "Maya Chen  0:03 / How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """High when the file has "Name  0:03" headers, each followed by a line of text, cues with the name on a
        line of its own, or is a script."""
        if probe.names:
            return 0.0
        raw = probe.head.splitlines()[:400]
        if _script_headers(raw[:-1] if len(raw) == 400 else raw):
            return 0.75
        lines = [ln for ln in raw[:300] if ln.strip()]
        if _cue_layout(lines):
            return 0.7 if probe.suffix in (".srt", ".vtt") else 0.85  # subtitles' own readers first
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
        end: float | None = None  # a cue's own end (the cue layout); None: the next utterance's start
        cue = False  # the current utterance is a cue: its lines are kept as lines
        naming = False  # a timing line was just read: the next line is the speaker's name
        texts: list[str] = []
        held: Utterance | None = None
        found = False
        count = 0

        def said() -> Utterance | None:
            if speaker is None or not texts:
                return None
            return Utterance(conv, 0, speaker, ("\n" if cue else " ").join(texts), start=start, end=end)

        script = {i + 1 for i in _script_headers(line for _, line in iter_lines(path))}  # a script's speaker lines
        for n, line in iter_lines(path):
            if not line.strip() or _FOOTER_RE.fullmatch(line):
                continue
            if n in script:
                u = said()
                if u is not None:
                    if held is not None:
                        yield held if held.end is not None else ended(held, start)
                        count += 1
                    held = u
                found = True
                speaker, start, end, cue, naming, texts = line.strip(), None, None, False, False, []
                continue
            timing = CUE_TIMING.fullmatch(line)
            head = None if timing else _header(line)
            if head is None and timing is None:
                if naming:
                    speaker, naming = line.strip(), False
                elif speaker is not None:
                    texts.append(line.strip())
                continue
            try:
                if timing is not None:
                    name, seconds, until = None, _stamp_seconds(timing.group("a")), _stamp_seconds(timing.group("b"))
                else:
                    assert head is not None
                    name, seconds, until = head[0], clock_seconds(head[1]), None
            except ValueError:
                what = "cue time" if timing else "time"
                raise ParseError(path, n, f"bad {what} {line.strip()!r} (expected m:ss or h:mm:ss)") from None
            if until is not None and until < seconds:
                raise ParseError(path, n, "a cue ends before it starts")
            found = True
            u = said()
            if u is not None:
                if held is not None:
                    yield held if held.end is not None else ended(held, start)
                    count += 1
                held = u
            speaker, start, end, cue, naming, texts = name, seconds, until, timing is not None, timing is not None, []
        u = said()
        if u is not None:
            if held is not None:
                yield held if held.end is not None else ended(held, start)
                count += 1
            held = u
        if held is not None:
            yield held
            count += 1
        if not found:
            raise ParseError(path, 1, f"expected a speaker header such as {_EXAMPLE!r} (name, two spaces, time)")
        if count == 0:
            raise ParseError(path, None, "speaker headers found, but no text under any of them")


READER = OtterReader()
