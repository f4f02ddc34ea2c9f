"""Files laid out in a way no reader expects, read as if they were not: every line indented, or old Mac line endings.

- **Every line indented.** A script that writes a chat or transcript from an indented string (a triple-quoted block
  inside a function) leaves the same run of spaces or tabs before every line. No format heart2heart reads means
  anything by that: WhatsApp's headers, subtitle cues and timings, ``Name: text`` lines and mail headers all start
  at the left margin. Read as they were, such files were refused or, worse, misread (an indented WebVTT file had
  its cue numbers and timings read as words).
- **Lines ended by a carriage return alone** (classic Mac OS, and Excel for Mac's "CSV (Macintosh)"): the readers,
  which split lines at line feeds, saw one long line.

When a file's start shows either (:class:`~heart2heart.formats._base.Probe` looks, and detection reads the start as
it would be), :func:`readable` hands the readers a copy without it, line for line, so errors still name the right
line (and the file itself, not the copy). Lines that lack the indentation keep what they have (a continuation line
indented less, a blank line).
"""

from __future__ import annotations

import codecs
import contextlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from heart2heart.errors import ParseError

if TYPE_CHECKING:
    from heart2heart.formats._base import Probe

__all__ = ["ORIGINALS", "carriage_returns_only", "common_indent", "copy_needed", "dedent", "readable"]

#: The copies :func:`readable` made and the files they stand for (``_base.shown`` names the user's file).
ORIGINALS: dict[Path, Path] = {}


def common_indent(head: str) -> str:
    """The run of spaces and tabs that every line of ``head`` holding anything starts with ("" when none). Lines
    end at line feeds only, as the readers' lines do (``str.splitlines`` would also end one at a vertical tab)."""
    indent: str | None = None
    for line in head.split("\n"):
        stripped = line.lstrip(" \t")
        if not stripped.strip("\r"):
            continue
        lead = line[: len(line) - len(stripped)]
        if indent is None:
            indent = lead
        else:
            n = 0
            while n < min(len(indent), len(lead)) and indent[n] == lead[n]:
                n += 1
            indent = indent[:n]
        if not indent:
            return ""
    return indent or ""


def dedent(text: str, indent: str) -> str:
    """``text`` without ``indent`` at the start of each line (ended by a line feed) that has it."""
    return "\n".join(line.removeprefix(indent) for line in text.split("\n"))


def carriage_returns_only(head: str) -> bool:
    """True when ``head``'s lines end with a carriage return alone (no line feed anywhere, and two lines or more)."""
    return "\n" not in head and "\r" in head.rstrip("\r")


def _probe(path: Path) -> Probe | None:
    """The start of a file as detection sees it; None for folders, and for a start that cannot be read (the reader
    then says why, in its own words)."""
    from heart2heart.formats._base import Probe

    if not path.is_file():
        return None
    try:
        return Probe.of(path)
    except ParseError:
        return None


def copy_needed(path: Path, probe: Probe | None = None) -> bool:
    """Whether :func:`readable` gives the readers a copy of ``path`` (False for most files, folders and archives;
    ``probe``: its start, when already read)."""
    probe = probe if probe is not None else _probe(path)
    return probe is not None and (bool(probe.indent) or probe.cr_only)


@contextlib.contextmanager
def readable(path: Path, probe: Probe | None = None) -> Iterator[Path]:
    """``path`` itself, or when its layout needs it, a copy with line feeds and without the indentation, under the
    same name in a temporary folder of the same name (some readers use it), removed afterwards. A
    :class:`ParseError` naming the copy names ``path`` instead. ``probe``: the file's start, when already read."""
    probe = probe if probe is not None else _probe(path)
    if probe is None or not (probe.indent or probe.cr_only):
        yield path
        return
    folder = Path(tempfile.mkdtemp(prefix="h2h-layout-"))
    copy = folder / (path.resolve().parent.name or "file") / path.name
    try:
        copy.parent.mkdir()
        _write(path, copy, probe.indent, probe.cr_only)
        ORIGINALS[copy] = path  # the readers' warnings name the user's file (``shown``)
        try:
            yield copy
        except ParseError as exc:
            if Path(exc.path) == copy:
                raise ParseError(path, exc.line, exc.message) from None
            raise
    finally:
        ORIGINALS.pop(copy, None)
        shutil.rmtree(folder, ignore_errors=True)


def _write(path: Path, copy: Path, indent: str, cr_only: bool) -> None:
    with path.open("rb") as fh:
        start = fh.read(2)
    if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # decoded whole (bad text is reported by the reader)
        try:
            text = path.read_bytes().decode("utf-16")
        except UnicodeDecodeError:
            shutil.copyfile(path, copy)
            return
        if cr_only:
            text = text.replace("\r", "\n")
        copy.write_text(dedent(text, indent), encoding="utf-16", newline="")
        return
    marker = indent.encode("ascii")
    bom = codecs.BOM_UTF8
    with path.open("rb") as src, copy.open("wb") as dst:
        # bytes: a line that is not UTF-8 reaches the reader as it was, to be reported with its number
        raws = re.split(b"(?<=\n)", src.read().replace(b"\r", b"\n")) if cr_only else src
        for n, raw in enumerate(raws):
            if n == 0 and raw.startswith(bom):
                dst.write(bom + raw[len(bom) :].removeprefix(marker))
            else:
                dst.write(raw.removeprefix(marker))
