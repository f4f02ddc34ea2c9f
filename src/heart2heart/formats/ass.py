"""Advanced SubStation Alpha subtitles (``.ass``, and the older ``.ssa``), as Aegisub and other subtitle editors
save them.

The ``[Events]`` section's ``Format:`` line names the fields of each ``Dialogue:`` line; the last field, ``Text``,
may hold commas. The speaker is the ``Name`` (``Actor``) field, else the line's ``Style`` when it is not a default
style ("Default", "Main"...), as editors style each speaker; a file naming no speaker at all is attributed to
"Unknown" with an :class:`~heart2heart.errors.H2HWarning`. Override tags (``{\\i1}``, ``{\\an8}``) are dropped, ``\\N``
and ``\\n`` are line breaks and ``\\h`` a space; ``Comment:`` lines and lines that only describe sound are left out.
``start`` and ``end`` are the line's times (``0:00:01.41``). Problems are ParseErrors naming the line.
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
from heart2heart.formats._cues import sound_only
from heart2heart.formats._names import UNKNOWN
from heart2heart.formats._time import clock_seconds
from heart2heart.model import Utterance

__all__ = ["READER", "AssReader"]

_SECTION_RE = rx.compile(r"\s*\[([^\]]+)\]\s*")
_TAGS_RE = rx.compile(r"\{[^}]*\}")
#: Styles that say nothing about who speaks.
_PLAIN_STYLES = frozenset(("default", "main", "dialogue", "dialog", "subtitle", "subtitles", "top", "bottom", "sign"))
_EXAMPLE = "Dialogue: 0,0:00:01.41,0:00:04.63,Default,Maya,0,0,0,,How are you, really?"


def _text(raw: str) -> str:
    text = _TAGS_RE.sub("", raw).replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ")
    return re.sub(r"[ \t]*\n[ \t]*", "\n", text).strip()


class AssReader:
    """Reader of ASS/SSA subtitle scripts (see the module docstring)."""

    name: ClassVar[str] = "ass"
    summary: ClassVar[str] = "ASS/SSA subtitles (Aegisub...): Dialogue lines, the speaker in the Name field or style"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff").lstrip()
        if head.startswith("[Script Info]") or ("[Events]" in head and "\nDialogue:" in head):
            return 0.95
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        named = any(name for _, name, _, _, _ in self._dialogue(path))  # read twice: memory stays flat
        warned = named
        count = 0
        for _, name, start, end, text in self._dialogue(path):
            if not warned:
                warnings.warn(f"{shown(path)}: no speaker names or styles; all lines are attributed to {UNKNOWN!r}",
                              H2HWarning, stacklevel=2)  # fmt: skip
                warned = True
            yield Utterance(path.stem, 0, name or UNKNOWN, text, start=start, end=end)
            count += 1
        if count == 0:
            raise ParseError(path, None, f"no Dialogue lines with text found (expected lines such as {_EXAMPLE!r})")

    @staticmethod
    def _dialogue(path: Path) -> Iterator[tuple[int, str, float, float, str]]:
        """(line, speaker or "", start, end, text) of each Dialogue line with words."""
        section = ""
        fields: list[str] | None = None
        for n, line in iter_lines(path):
            m = _SECTION_RE.fullmatch(line)
            if m is not None:
                section, fields = m.group(1).strip().lower(), None
                continue
            if section not in ("events", "v4+ events", "v4 events"):
                continue
            key, _, value = line.partition(":")
            key = key.strip().lower()
            if key == "format":
                fields = [f.strip().lower() for f in value.split(",")]
                continue
            if key != "dialogue":
                continue  # comments, pictures, sounds, movies, commands
            if fields is None or "text" not in fields or "start" not in fields or "end" not in fields:
                raise ParseError(path, n, "a Dialogue line before the [Events] section's Format line")
            values = [v.strip() for v in value.split(",", len(fields) - 1)]
            if len(values) != len(fields):
                raise ParseError(path, n, f"expected {len(fields)} fields as the Format line says, found {len(values)}")
            row = dict(zip(fields, values, strict=True))
            try:
                start, end = clock_seconds(row["start"]), clock_seconds(row["end"])
            except ValueError:
                raise ParseError(path, n, f"bad time in {line.strip()[:60]!r} (expected h:mm:ss.cc)") from None
            if end < start:
                raise ParseError(path, n, "a line ends before it starts")
            text = _text(row["text"])
            if not text or sound_only(text):
                continue
            name = row.get("name") or row.get("actor") or ""
            style = row.get("style", "")
            if not name and style.strip().lower() not in _PLAIN_STYLES and not style.strip().startswith("*"):
                name = style
            yield n, name.strip(), start, end, text


READER = AssReader()
