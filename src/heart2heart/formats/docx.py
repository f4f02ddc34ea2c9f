"""A transcript saved as a Word document (``.docx``): what Microsoft Teams gives when a meeting transcript is
downloaded as a document, and what people make by pasting a transcript into Word.

The document's text is taken paragraph by paragraph (a tab is a tab, a line break a new line; tables, headers and
footers are left out). Teams' earlier layout, a cue per turn (``0:0:2.600 --> 0:0:11.102``, the speaker's name on
the next line, then the words), is read by the ``otter`` reader, which reads that layout in text files too:
``start`` and ``end`` are the cue's. Any other text is read as the text formats are: the layout is detected among
them (Teams' current ``Name  0:03`` headers as the ``otter`` reader reads them, ``Name: text`` lines, WhatsApp,
subtitles...). Teams' notes that someone started or stopped the
transcription are left out. Problems name the document and the line of its text
(one line per paragraph, or per line break inside one).

Only ``word/document.xml`` is read, with the standard library (``zipfile``, ``xml.etree``); nothing in the document
is run or fetched.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar
from xml.etree import ElementTree

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats.otter import CUE_TIMING
from heart2heart.formats.otter import READER as OTTER
from heart2heart.model import Utterance

__all__ = ["READER", "DocxReader", "document_lines"]

_BODY = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: At most this much XML is read from a document (a transcript of many hours is a few MB).
_MAX_XML = 64 * 1024 * 1024
#: Teams' notes about the transcription itself: "Maya Lopez started transcription".
_NOTE_RE = re.compile(r"\s*\S.{0,80}?\s(?:started|stopped) transcription\s*", re.I)


def document_lines(path: Path) -> list[str]:
    """The lines of a ``.docx`` document's body text: one per paragraph, split at line breaks."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(_BODY)
            if info.file_size > _MAX_XML:
                raise ParseError(path, None, f"the document is too large to read ({info.file_size:,} bytes of text)")
            xml = zf.read(info)
    except KeyError:
        raise ParseError(path, None, f"not a Word document (no {_BODY} in the archive)") from None
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise ParseError(path, None, f"not a readable Word document ({exc})") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ParseError(path, None, f"the document's text is damaged ({exc})") from None
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for para in body.iter(f"{_W}p") if body is not None else ():
        parts: list[str] = []
        for node in para.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.extend("".join(parts).split("\n"))
    return lines


class DocxReader:
    """Reader of transcripts saved as Word documents (see the module docstring)."""

    name: ClassVar[str] = "docx"
    summary: ClassVar[str] = "Word document (.docx) holding a transcript: Teams' download, or one pasted into Word"
    example: ClassVar[str] = "meeting.docx: Maya Lopez   0:03 / How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """Near-certain for a zip holding ``word/document.xml`` (not a folder)."""
        return 0.9 if _BODY in probe.names and not probe.path.is_dir() else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        from heart2heart.formats import detect

        lines = ["" if _NOTE_RE.fullmatch(line) else line for line in document_lines(path)]
        if not any(line.strip() for line in lines):
            raise ParseError(path, None, "the document holds no text")
        cues = sum(1 for line in lines[:300] if CUE_TIMING.fullmatch(line)) >= 2  # Teams' earlier layout
        with tempfile.TemporaryDirectory(prefix="h2h-docx-") as tmp:
            text = Path(tmp) / f"{path.stem}.txt"  # the stem names the conversation, as for any file
            text.write_text("\n".join(lines) + "\n", encoding="utf-8")
            try:
                reader = OTTER if cues else detect(text)
                if reader.name == self.name:  # pragma: no cover - a text file is never a zip
                    raise ParseError(path, 1, "not a transcript layout heart2heart knows")
                yield from reader.parse(text)
            except ParseError as exc:
                raise ParseError(path, exc.line, f"{exc.message} (in the document's text)") from None


READER = DocxReader()
