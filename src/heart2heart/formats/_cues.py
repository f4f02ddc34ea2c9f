"""What the WebVTT and SRT readers share: blocks of lines, cue timings, markup removal, splitting a cue's time."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from heart2heart.errors import ParseError
from heart2heart.formats._base import iter_lines
from heart2heart.formats._time import clock_seconds

__all__ = ["TIMING_RE", "clean_markup", "cue_times", "iter_blocks", "share_time", "sound_only"]

#: A cue timing line: "00:00:01.000 --> 00:00:04.000" (optionally followed by cue settings).
TIMING_RE = re.compile(r"\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?")
_TAG_RE = re.compile(r"<[^>]*>|\{\\[^}]*\}")


def iter_blocks(path: Path) -> Iterator[list[tuple[int, str]]]:
    """Runs of non-blank lines, each line with its 1-based number, streaming."""
    block: list[tuple[int, str]] = []
    for n, line in iter_lines(path):
        if line.strip():
            block.append((n, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def cue_times(m: re.Match[str], path: Path, line: int, example: str) -> tuple[float, float]:
    """(start, end) seconds of a matched timing line; ParseError when a clock is malformed or runs backwards."""
    try:
        start, end = clock_seconds(m.group(1)), clock_seconds(m.group(2))
    except ValueError:
        raise ParseError(path, line, f"bad cue timing (expected {example!r})") from None
    if end < start:
        raise ParseError(path, line, "cue ends before it starts")
    return start, end


def clean_markup(text: str) -> str:
    """Cue text without tags (<i>, <c.x>, <00:00:01.000>, {\\an8}) and with HTML entities decoded."""
    return html.unescape(_TAG_RE.sub("", text)).strip()


def sound_only(text: str) -> bool:
    """True for a line that only describes sound ("[music]", "(laughs)", "♪ ... ♪")."""
    t = text.strip()
    if not t:
        return False
    if t.startswith("♪") or not t.strip("♪# "):
        return True
    return (t[0], t[-1]) in (("[", "]"), ("(", ")")) and not any(c in t[1:-1] for c in "[]()")


def share_time(segments: list[tuple[str, str]], start: float, end: float) -> list[tuple[str, str, float, float]]:
    """Split a cue's time between its speakers' segments in proportion to their words (at least one each)."""
    if len(segments) == 1:
        speaker, text = segments[0]
        return [(speaker, text, start, end)]
    weights = [max(1, len(text.split())) for _, text in segments]
    total = sum(weights)
    out: list[tuple[str, str, float, float]] = []
    t = start
    for (speaker, text), w in zip(segments, weights, strict=True):
        t_end = t + (end - start) * w / total
        out.append((speaker, text, round(t, 3), round(t_end, 3)))
        t = t_end
    speaker, text, s, _ = out[-1]
    out[-1] = (speaker, text, s, end)
    return out
