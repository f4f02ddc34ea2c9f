"""Files laid out in a way no reader expects, read as if they were not: every line indented, or old Mac line endings.

- **Every line indented.** A script that writes a chat or transcript from an indented string (a triple-quoted block
  inside a function) leaves the same run of spaces or tabs before every line. No format heart2heart reads means
  anything by that: WhatsApp's headers, subtitle cues and timings, ``Name: text`` lines and mail headers all start
  at the left margin. Read as they were, such files were refused or, worse, misread (an indented WebVTT file had
  its cue numbers and timings read as words).
- **Lines ended by a carriage return alone** (classic Mac OS, and Excel for Mac's "CSV (Macintosh)"): the readers,
  which split lines at line feeds, saw one long line.
- **Text in Windows-1252** (Excel's "CSV (Comma delimited)" and Notepad's "ANSI" on Windows set to a Western
  language), **or in Mac Roman** when its lines end with a carriage return alone (Excel for Mac's "CSV
  (Macintosh)"): the readers read UTF-8 and refused it at its first accented letter. A file is taken for either
  (:func:`legacy_encoding`) only when nothing in it is UTF-8 beyond ASCII, it holds no NUL, every byte is a
  character of that encoding, and its letters are mostly ASCII, as in English and other Western European text;
  the user is told (a warning), since other single-byte encodings would read with wrong letters. Anything else
  that is not UTF-8 is still refused, naming its line.

When a file shows any of these (:class:`~heart2heart.formats._base.Probe` looks, and detection reads the start as
it would be), :func:`readable` hands the readers a copy without it (in UTF-8), line for line, so errors still name
the right line (and the file itself, not the copy). Lines that lack the indentation keep what they have (a
continuation line indented less, a blank line).
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from heart2heart.errors import H2HWarning, ParseError

if TYPE_CHECKING:
    from heart2heart.formats._base import Probe

__all__ = [
    "ORIGINALS", "carriage_returns_only", "common_indent", "copy_needed", "dedent", "later_legacy_encoding",
    "legacy_encoding", "readable",
]  # fmt: skip

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


#: A character of more than one byte, as UTF-8 writes it (overlong forms and surrogates excluded): one is enough to
#: say a file is UTF-8, so a bad byte elsewhere in it is damage, not another encoding.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH = bytes(range(128, 256))
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: The most of a Windows-1252 file's letters that may be beyond ASCII: Western European text stays well under it
#: (French ~4%, German ~2%, Icelandic ~10%, a name or a "café" in English far less); text in a double-byte or
#: another alphabet's encoding (Shift-JIS, GBK, Greek, Cyrillic) is mostly beyond it.
_MOST_ACCENTED = 0.2
_CHUNK = 1 << 20


def legacy_encoding(path: Path) -> str:
    """The single-byte encoding ``path`` is written in, rather than damaged UTF-8 or anything else ("" when none):
    ``"mac_roman"`` when its lines end with a carriage return alone (classic Mac OS), else ``"cp1252"``. Only when
    it has bytes beyond ASCII but no UTF-8 character of more than one byte, no byte-order mark or NUL, every byte is
    a character of that encoding (five are not in Windows-1252) and at most a fifth of its letters are beyond
    ASCII."""
    try:
        raw = path.read_bytes()
    except OSError:
        return ""
    if raw.isascii() or raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ""
    if b"\x00" in raw or _UTF8_SEQUENCE.search(raw) is not None:
        return ""
    high = len(raw) - len(raw.translate(None, _HIGH))
    letters = len(raw) - len(raw.translate(None, _LETTERS))
    if high > _MOST_ACCENTED * (high + letters):
        return ""
    encoding = "mac_roman" if b"\n" not in raw and b"\r" in raw.rstrip(b"\r") else "cp1252"
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return ""
    return encoding


def later_legacy_encoding(path: Path, start: int) -> str:
    """:func:`legacy_encoding` for a file whose first ``start`` bytes are ASCII, read in chunks from ``start`` and
    stopped at the first UTF-8 character beyond ASCII (then it is UTF-8): a long English chat is read once more, a
    chat with an emoji near its start hardly at all."""
    with path.open("rb") as fh:
        fh.seek(start)
        while chunk := fh.read(_CHUNK):
            if chunk.isascii():
                continue
            if _UTF8_SEQUENCE.search(chunk) is not None:
                return ""
            return legacy_encoding(path)
    return ""


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
    return probe is not None and bool(probe.indent or probe.cr_only or probe.legacy)


@contextlib.contextmanager
def readable(path: Path, probe: Probe | None = None, *, transcode: bool = True) -> Iterator[Path]:
    """``path`` itself, or when its layout needs it, a copy in UTF-8 with line feeds and without the indentation,
    under the same name in a temporary folder of the same name (some readers use it), removed afterwards. A
    :class:`ParseError` naming the copy names ``path`` instead. ``probe``: the file's start, when already read;
    ``transcode=False`` keeps the bytes of a single-byte file as they are (for a reader that decodes by the
    encodings the file names)."""
    probe = probe if probe is not None else _probe(path)
    if probe is not None and probe.legacy and not transcode:
        probe = dataclasses.replace(probe, legacy="")
    if probe is None or not (probe.indent or probe.cr_only or probe.legacy):
        yield path
        return
    if probe.legacy:
        warnings.warn(f"{path}: not UTF-8; {_AS[probe.legacy]} (if its letters look wrong, save it as UTF-8)",
                      H2HWarning, stacklevel=3)  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="h2h-layout-"))
    copy = folder / (path.resolve().parent.name or "file") / path.name
    try:
        copy.parent.mkdir()
        _write(path, copy, probe.indent, probe.cr_only, probe.legacy)
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


_AS = {
    "cp1252": "read as Windows-1252, as Excel and Notepad save text on Western-language Windows",
    "mac_roman": 'read as Mac Roman, as Excel for Mac saves a "CSV (Macintosh)"',
}


def _write(path: Path, copy: Path, indent: str, cr_only: bool, legacy: str = "") -> None:
    if legacy:  # every byte decodes (legacy_encoding checked), written as UTF-8
        text = path.read_bytes().decode(legacy)
        if cr_only:
            text = text.replace("\r", "\n")
        copy.write_text(dedent(text, indent), encoding="utf-8", newline="")
        return
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
