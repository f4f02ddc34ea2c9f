"""WebVTT captions (Zoom, Microsoft Teams, YouTube...): one utterance per cue and speaker.

- Speakers come from Teams' voice tags (``<v Maya Chen>text</v>``, also without the closing tag and over several
  lines) or from Zoom's "Name: text" prefixes (see :mod:`heart2heart.formats._names`; a role such as "Health
  visitor" counts when it starts at least three lines, so the file is read twice).
- A cue without a speaker continues the previous cue's speaker; cues before any speaker is known are attributed to
  one speaker named "Unknown", with an :class:`~heart2heart.errors.H2HWarning`.
- ``start``/``end`` are the cue timings; when one cue holds several speakers, its time is shared between them in
  proportion to their words.
- Cue ids, the header, NOTE, STYLE and REGION blocks, markup (``<i>``, ``<c.x>``, inline timestamps) and lines
  that only describe sound ("[Music]") are ignored.
- Rolling captions (YouTube's automatic ones), where a cue opens with the previous cue's last line, keep that
  line only once (only for lines without a speaker, so "Maya: Yeah." said twice stays twice).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats._base import Probe, iter_lines, shown
from heart2heart.formats._cues import TIMING_RE, clean_markup, cue_times, iter_blocks, share_time, sound_only
from heart2heart.formats._names import UNKNOWN, prefix_name, recurring_roles, split_name_prefix
from heart2heart.model import Utterance

__all__ = ["READER", "VttReader"]

_HEADER_RE = re.compile(r"\ufeff?WEBVTT(?:[ \t].*)?")
_VOICE_RE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")
_SKIP_BLOCKS = ("NOTE", "STYLE", "REGION")
_EXAMPLE = "00:00:01.000 --> 00:00:04.000"


def _roles(path: Path) -> frozenset[str]:
    """The file's recurring lower-case roles ("Health visitor": :func:`heart2heart.formats._names.recurring_roles`)."""
    return recurring_roles(prefix_name(clean_markup(line)) for _, line in iter_lines(path) if "-->" not in line)


def _segments(raw_lines: list[str], roles: frozenset[str] = frozenset()) -> list[tuple[str | None, str]]:
    """(speaker or None, text) pieces of one cue's text, in order, same-speaker neighbours merged; ``roles`` as for
    :func:`heart2heart.formats._names.split_name_prefix`."""
    parts = _VOICE_RE.split("\n".join(raw_lines))
    chunks: list[tuple[str | None, str, bool]] = [(None, parts[0], False)]
    for i in range(1, len(parts), 2):
        chunks.append(((parts[i] or "").strip() or None, parts[i + 1], True))
    segs: list[tuple[str | None, list[str]]] = []
    for voice, chunk, tagged in chunks:
        speaker = voice
        if tagged:
            segs.append((speaker, []))
        last_line: str | None = None  # the chunk's latest text line
        for line in chunk.split("\n"):
            text = clean_markup(line)
            if not text or sound_only(text):
                continue
            before, last_line = last_line, text  # ``before``: the chunk's text line before this one
            named = None if tagged else split_name_prefix(text, roles, before)  # "... This" / "week: ...": none
            if named is not None:
                speaker, text = named
                segs.append((speaker, []))
            elif not segs:
                segs.append((speaker, []))
            segs[-1][1].append(text)
    merged: list[tuple[str | None, str]] = []
    for speaker, texts in segs:
        text = " ".join(t for t in texts if t)
        if not text:
            continue
        if merged and merged[-1][0] == speaker:
            merged[-1] = (speaker, f"{merged[-1][1]} {text}")
        else:
            merged.append((speaker, text))
    return merged


class VttReader:
    """Reader of WebVTT caption files."""

    name: ClassVar[str] = "vtt"
    summary: ClassVar[str] = "WebVTT captions: Zoom ('Name: text'), Teams (<v Name>), or without speakers"
    example: ClassVar[str] = "00:00:01.000 --> 00:00:04.000  <v Maya>How are you, really?</v>"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """Near-certain when the file starts with the WEBVTT signature."""
        if probe.names:
            return 0.0
        first = probe.head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        return 0.99 if _HEADER_RE.fullmatch(first) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        current: str | None = None
        warned = False
        prev_last = ""
        count = 0
        roles = _roles(path)
        for b, block in enumerate(iter_blocks(path)):
            first_no, first = block[0]
            if b == 0:
                if not _HEADER_RE.fullmatch(first):  # blank lines before it are let pass
                    raise ParseError(path, first_no, 'expected "WEBVTT" on the first line')
                continue
            if first.split(maxsplit=1)[0] in _SKIP_BLOCKS and "-->" not in first:
                continue
            timing_at = 0 if "-->" in first else 1
            if timing_at >= len(block) or (m := TIMING_RE.fullmatch(block[timing_at][1])) is None:
                raise ParseError(path, block[min(timing_at, len(block) - 1)][0], f"expected a cue timing {_EXAMPLE!r}")
            line_no = block[timing_at][0]
            start, end = cue_times(m, path, line_no, _EXAMPLE)
            text_lines = block[timing_at + 1 :]
            for n, line in text_lines:
                if "-->" in line:
                    raise ParseError(path, n, "expected a blank line before the next cue")
            raw = [line for _, line in text_lines]
            if (
                raw
                and prev_last
                and "<v" not in raw[0]
                and clean_markup(raw[0]) == prev_last
                and split_name_prefix(prev_last, roles) is None
            ):
                raw = raw[1:]  # a rolling caption repeating the previous cue's last line
            if text_lines:
                prev_last = clean_markup(text_lines[-1][1])
            segments = _segments(raw, roles)
            resolved: list[tuple[str, str]] = []
            for speaker, text in segments:
                if speaker is None:
                    if current is None:
                        current = UNKNOWN
                        if not warned:
                            warnings.warn(
                                f"{shown(path)}:{line_no}: cues without a speaker name are attributed to {UNKNOWN!r}",
                                H2HWarning,
                                stacklevel=2,
                            )
                            warned = True
                    speaker = current
                current = speaker
                resolved.append((speaker, text))
            if not resolved:
                continue
            for speaker, text, s, e in share_time(resolved, start, end):
                yield Utterance(conv, 0, speaker, text, start=s, end=e)
                count += 1
        if count == 0:
            raise ParseError(path, None, "no cues with text found (expected cues such as '" + _EXAMPLE + "')")


READER = VttReader()
