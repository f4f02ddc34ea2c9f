"""Files whose every line is indented: read as if the indentation were not there.

A script that writes a chat or transcript from an indented string (a triple-quoted block inside a function) leaves
the same run of spaces or tabs before every line. No format heart2heart reads means anything by that: WhatsApp's
headers, subtitle cues and timings, ``Name: text`` lines and mail headers all start at the left margin. Read as they
are, such files were refused or, worse, misread (an indented WebVTT file had its cue numbers and timings read as
words). So when every line of a file's start that holds anything begins with the same indentation,
:func:`dedented` hands the readers a copy without it (lines that lack it keep what they have: a continuation line
indented less, a blank line), line for line, so errors still name the right line.
"""

from __future__ import annotations

import codecs
import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from heart2heart.errors import ParseError

__all__ = ["common_indent", "dedented"]


def common_indent(head: str) -> str:
    """The run of spaces and tabs that every line of ``head`` holding anything starts with ("" when none)."""
    indent: str | None = None
    for line in head.splitlines():
        stripped = line.lstrip(" \t")
        if not stripped:
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


@contextlib.contextmanager
def dedented(path: Path, indent: str) -> Iterator[Path]:
    """A copy of ``path`` without ``indent`` at the start of each line that has it, under the same name in a
    temporary folder of the same name (removed afterwards); a :class:`ParseError` naming the copy names ``path``
    instead."""
    folder = Path(tempfile.mkdtemp(prefix="h2h-dedent-"))
    copy = folder / (path.resolve().parent.name or "file") / path.name  # the folder's name too: some readers use it
    try:
        copy.parent.mkdir()
        _write_dedented(path, copy, indent)
        try:
            yield copy
        except ParseError as exc:
            if Path(exc.path) == copy:
                raise ParseError(path, exc.line, exc.message) from None
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _write_dedented(path: Path, copy: Path, indent: str) -> None:
    with path.open("rb") as fh:
        start = fh.read(2)
    if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # decoded whole (bad text is reported by the reader)
        try:
            text = path.read_bytes().decode("utf-16")
        except UnicodeDecodeError:
            shutil.copyfile(path, copy)
            return
        lines = text.splitlines(keepends=True)
        copy.write_text("".join(line.removeprefix(indent) for line in lines), encoding="utf-16", newline="")
        return
    marker = indent.encode("ascii")
    bom = codecs.BOM_UTF8
    with path.open("rb") as src, copy.open("wb") as dst:
        for n, raw in enumerate(src):  # bytes: a line that is not UTF-8 reaches the reader as it was
            if n == 0 and raw.startswith(bom):
                dst.write(bom + raw[len(bom) :].removeprefix(marker))
            else:
                dst.write(raw.removeprefix(marker))
