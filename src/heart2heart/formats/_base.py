"""What every reader shares: the probe used for detection, the reader protocol and text helpers."""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

from heart2heart.errors import ParseError
from heart2heart.formats._layout import (
    ORIGINALS,
    carriage_returns_only,
    common_indent,
    dedent,
    later_legacy_encoding,
    legacy_encoding,
)
from heart2heart.model import Utterance

__all__ = ["HEAD_BYTES", "Probe", "Reader", "decode_bytes", "decode_line", "iter_lines", "read_text", "shown"]

HEAD_BYTES = 64 * 1024


_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")


def shown(path: Path) -> Path:
    """The file a message about ``path`` names: the user's own when ``path`` is a copy made for the readers
    (:func:`heart2heart.formats._layout.readable`)."""
    return ORIGINALS.get(path, path)


@dataclass(frozen=True, slots=True)
class Probe:
    """What detection may look at: the start of a file's text, or the member names of a folder or zip."""

    path: Path
    head: str
    names: tuple[str, ...] = ()
    indent: str = ""
    """The indentation every line of the file's start had, removed from ``head`` (:mod:`._layout`)."""
    cr_only: bool = False
    """Whether its lines end with a carriage return alone (old Mac), read in ``head`` as line feeds."""
    legacy: str = ""
    """The single-byte encoding it is written in (``cp1252``, ``mac_roman``: :func:`._layout.legacy_encoding`), its
    ``head`` decoded so; "" for Unicode."""

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @classmethod
    def of(cls, path: Path) -> Probe:
        if path.is_dir():
            names = tuple(sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file()))
            return cls(path, "", names)
        with path.open("rb") as fh:
            raw = fh.read(HEAD_BYTES)
        if raw[:4] == b"PK\x03\x04":
            try:
                with zipfile.ZipFile(path) as zf:
                    return cls(path, "", tuple(sorted(zf.namelist())))
            except zipfile.BadZipFile as exc:
                raise ParseError(path, None, f"not a readable zip archive ({exc})") from None
        partial = len(raw) == HEAD_BYTES  # cut only if it filled the window
        try:
            head = decode_bytes(raw, path, partial=partial).lstrip("\ufeff")
            legacy = later_legacy_encoding(path, len(raw)) if partial and raw.isascii() else ""
        except ParseError:
            legacy = legacy_encoding(path)
            if not legacy:
                raise
            head = raw.decode(legacy)
        cr_only = carriage_returns_only(head)
        if cr_only:  # old Mac line endings: read as line feeds
            head = head.replace("\r", "\n")
        # Blank lines before the content (a file written from a string that opens with a newline) say nothing
        head = _LEADING_BLANK_LINES.sub("", head)
        indent = common_indent(head)
        if indent:  # every line indented (written from an indented string): read as if it were not
            head = dedent(head, indent)
        return cls(path, head, indent=indent, cr_only=cr_only, legacy=legacy)


class Reader(Protocol):
    """A conversation format.

    ``sniff`` returns a confidence in [0, 1] that the probe is in this format (0: certainly not). ``parse`` yields
    utterances in conversation order; their ``conversation`` field holds a base id (the file stem, or the stem and
    a chat name) and their ``index`` is ignored: :func:`heart2heart.formats.read` numbers them and, for chats,
    splits at long silences. Problems raise :class:`~heart2heart.errors.ParseError` naming the file and line.
    """

    name: ClassVar[str]
    summary: ClassVar[str]
    example: ClassVar[str]
    chat: ClassVar[bool]

    def sniff(self, probe: Probe) -> float: ...

    def parse(self, path: Path) -> Iterator[Utterance]: ...


def decode_bytes(raw: bytes, path: Path | str, *, partial: bool = False) -> str:
    """Decode file bytes as UTF-8 (BOM allowed) or UTF-16 with a BOM; ParseError with the line on bad bytes.

    ``partial``: ``raw`` is the start of a longer file, cut anywhere, so a character cut off at its end is left
    out (a bad byte before it is still an error)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if partial and len(raw) % 2:
            raw = raw[:-1]
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(path, None, f"bad UTF-16 text ({exc.reason})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = bad_byte(raw, exc, "utf-8-sig")
        if partial and exc.reason == "unexpected end of data":  # a character cut off where the bytes were cut
            return raw[:at].decode("utf-8-sig")
        declared = _declared_charset(raw)
        if declared is not None:  # a web page or XML saved in the encoding it names
            return raw.decode(declared, errors="replace")
        line = raw.count(b"\n" if b"\n" in raw else b"\r", 0, at) + 1  # lines ended by CR alone: old Mac
        raise ParseError(path, line, "not UTF-8 text (save or export the file as UTF-8)") from None


def bad_byte(raw: bytes, exc: UnicodeDecodeError, codec: str) -> int:
    """Where in ``raw`` is the byte that decoding it with ``codec`` refused (``exc``): ``utf-8-sig`` counts from after
    a byte-order mark, so without this an error just after a line break was put on the line before."""
    skipped = codec == "utf-8-sig" and raw.startswith(codecs.BOM_UTF8)
    return exc.start + (len(codecs.BOM_UTF8) if skipped else 0)


_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""")


def _declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML or XML file names at its start (``<meta charset=...>``, ``<?xml encoding=...?>``), when
    Python knows it and it is not UTF-8."""
    m = _CHARSET.search(raw[:4096])
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name.startswith("utf") else name


def read_text(path: Path) -> str:
    """The whole file as text (for formats that are one JSON document)."""
    return decode_bytes(path.read_bytes(), path)


def text_encoding(path: Path) -> str:
    """The codec to open a text file with: UTF-16 when it starts with a UTF-16 BOM, else UTF-8 (BOM allowed)."""
    with path.open("rb") as fh:
        return "utf-16" if fh.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"


def iter_lines(path: Path) -> Generator[tuple[int, str], None, None]:
    """(1-based line number, line without its newline), streaming, for UTF-8 or UTF-16 text files."""
    with path.open("rb") as fh:
        first = fh.read(2)
        fh.seek(0)
        if first in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            text = decode_bytes(fh.read(), path)
            for n, line in enumerate(text.splitlines(), 1):
                yield n, line
            return
        for n, raw in enumerate(fh, 1):
            yield n, decode_line(path, n, raw)


def decode_line(path: Path, n: int, raw: bytes) -> str:
    """One raw UTF-8 line as text, without a BOM (line 1) or its newline; ParseError naming the line otherwise."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError(path, n, "not UTF-8 text (save or export the file as UTF-8)") from None
    if n == 1 and line.startswith("\ufeff"):
        line = line[1:]
    return line.rstrip("\r\n")
