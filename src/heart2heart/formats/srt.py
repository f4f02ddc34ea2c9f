"""SRT subtitles: numbered cues with "00:00:01,000 --> 00:00:04,000" timings; YouTube's SBV captions too.

An SBV file (what YouTube Studio gives when captions are downloaded as ``.sbv``) is the same without numbers and
with its own timing line, ``0:00:03.904,0:00:08.837``; it is read alike.

Speakers, in order of preference:

- a "Name: text" prefix on a line (``MAYA: ...``, ``Dr. Lee: ...``, a role such as ``Health visitor: ...`` that
  starts at least three lines; see :mod:`heart2heart.formats._names`);
- a speaker-change dash (``- text``, ``-text``): each dashed line is said by the *other* of the last two speakers.
  With no names in the file that means alternating between "Speaker 1" and "Speaker 2" (the first dash and any
  text before it are "Speaker 1");
- otherwise a line continues the current speaker, and so does a wrapped line that only looks like a prefix ("...
  This" / "week: should ...": :func:`heart2heart.formats._names.wraps_on`).

A file with neither names nor dashes is attributed to one speaker named "Unknown", with an
:class:`~heart2heart.errors.H2HWarning` (the file is read twice to know this, and the roles; memory stays flat).
``start``/``end`` are the cue timings, shared between the speakers of a cue in proportion to their words. Markup
(``<i>``, ``<font>``, ``{\\an8}``) and lines that only describe sound ("[door slams]") are dropped.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats._base import Probe, iter_lines, shown
from heart2heart.formats._cues import TIMING_RE, clean_markup, cue_times, iter_blocks, share_time, sound_only
from heart2heart.formats._names import (
    UNKNOWN,
    looks_like_name,
    prefix_name,
    recurring_roles,
    split_name_prefix,
)
from heart2heart.model import Utterance

__all__ = ["READER", "SrtReader"]

FIRST, SECOND = "Speaker 1", "Speaker 2"
_DASH_RE = rx.compile(r"\s*(?:[-‐–—]\s+|-(?=[^\W\d_]))")
_INDEX_RE = rx.compile(r"\s*\d+\s*")
_STRICT_TIMING_RE = rx.compile(r"\s*\d+:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d+:\d{2}:\d{2}[,.]\d{1,3}.*")
_EXAMPLE = "00:00:01,000 --> 00:00:04,000"
#: YouTube's SBV timing line: "0:00:03.904,0:00:08.837".
_SBV_TIMING_RE = rx.compile(r"\s*(\d+:\d{2}:\d{2}\.\d{1,3}),(\d+:\d{2}:\d{2}\.\d{1,3})\s*")


def _timing(line: str) -> re.Match[str] | None:
    """The timing line of a cue, SRT's or SBV's."""
    return TIMING_RE.fullmatch(line) if "-->" in line else _SBV_TIMING_RE.fullmatch(line)


def _dash(line: str) -> str | None:
    """The text after a speaker-change dash, or None when the line has none."""
    m = _DASH_RE.match(line)
    return None if m is None else line[m.end() :]


def _speakers(path: Path) -> tuple[bool, frozenset[str]]:
    """Whether some subtitle line carries a name prefix or a speaker-change dash, and the file's recurring
    lower-case roles ("Health visitor": :func:`heart2heart.formats._names.recurring_roles`)."""
    dashed = False
    seen: set[str] = set()

    def prefixes() -> Iterator[str | None]:
        nonlocal dashed
        for _, line in iter_lines(path):
            if "-->" in line:
                continue
            text = clean_markup(line)
            after = _dash(text)
            if after is not None:
                dashed, text = True, after.strip()
            name = prefix_name(text)
            if name is not None:
                seen.add(name)
            yield name

    roles = recurring_roles(prefixes())
    return dashed or any(looks_like_name(name, roles) for name in seen), roles


def _cues(path: Path) -> Iterator[tuple[int, float, float, list[str]]]:
    """(line of the timing, start, end, text lines) of each cue."""
    for block in iter_blocks(path):
        i = 0
        while i < len(block):
            n, line = block[i]
            if _INDEX_RE.fullmatch(line) and i + 1 < len(block) and "-->" in block[i + 1][1]:
                i += 1
                n, line = block[i]
            m = _timing(line)
            if m is None:
                raise ParseError(path, n, f"expected a subtitle number and a timing line {_EXAMPLE!r}")
            start, end = cue_times(m, path, n, _EXAMPLE)
            j = i + 1
            while j < len(block) and not (
                _timing(block[j][1])
                or (_INDEX_RE.fullmatch(block[j][1]) and j + 1 < len(block) and "-->" in block[j + 1][1])
            ):
                j += 1
            yield n, start, end, [text for _, text in block[i + 1 : j]]
            i = j


class SrtReader:
    """Reader of SRT subtitle files."""

    name: ClassVar[str] = "srt"
    summary: ClassVar[str] = "SRT (and YouTube SBV) subtitles, speakers from 'Name:' prefixes or '- ' speaker dashes"
    example: ClassVar[str] = "1 / 00:00:01,000 --> 00:00:04,000 / MAYA: How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """High when the file opens with a cue number followed by an SRT timing line, or with SBV timings."""
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.lstrip("\ufeff").splitlines()[:40] if ln.strip()]
        if len(lines) < 2:
            return 0.0
        if _INDEX_RE.fullmatch(lines[0]) and _STRICT_TIMING_RE.fullmatch(lines[1]):
            return 0.95
        if _STRICT_TIMING_RE.fullmatch(lines[0]) and probe.suffix == ".srt":
            return 0.8
        if _SBV_TIMING_RE.fullmatch(lines[0]) and sum(1 for ln in lines if _SBV_TIMING_RE.fullmatch(ln)) >= 2:
            return 0.9  # YouTube's SBV captions
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        has_speakers, roles = _speakers(path)
        if not has_speakers:
            warnings.warn(
                f"{shown(path)}: no speaker names or dashes; all subtitles are attributed to {UNKNOWN!r}",
                H2HWarning,
                stacklevel=2,
            )
        current: str | None = None
        previous: str | None = None  # the last speaker different from ``current``
        count = 0
        for _, start, end, lines in _cues(path):
            segs: list[tuple[str, list[str]]] = []
            last_line: str | None = None  # the cue's latest text line
            for raw in lines:
                text = clean_markup(raw)
                if not text or sound_only(text):
                    continue
                before, last_line = last_line, text  # ``before``: the cue's text line before this one
                speaker: str | None = None
                after = _dash(text)
                if after is not None:
                    text = after.strip()
                    named = split_name_prefix(text, roles)
                    if named is not None:
                        speaker, text = named
                    elif previous is not None:
                        speaker = previous
                    else:
                        speaker = SECOND if current == FIRST else FIRST
                else:
                    named = split_name_prefix(text, roles, before)  # "... This" / "week: ...": no prefix
                    if named is not None:
                        speaker, text = named
                if speaker is None:
                    speaker = current or (FIRST if has_speakers else UNKNOWN)
                if speaker != current:
                    previous, current = current, speaker
                    segs.append((speaker, []))
                elif not segs:
                    segs.append((speaker, []))
                if text and (named is not None or not sound_only(text)):  # "(Matteo) [laughs]": his turn, as in VTT
                    segs[-1][1].append(text)
            pieces = [(s, " ".join(t)) for s, t in segs if t]
            if not pieces:
                continue
            for speaker, text, s, e in share_time(pieces, start, end):
                yield Utterance(conv, 0, speaker, text, start=s, end=e)
                count += 1
        if count == 0:
            raise ParseError(path, None, f"no subtitles with text found (expected cues such as {_EXAMPLE!r})")


READER = SrtReader()
