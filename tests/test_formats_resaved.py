"""A file read again after an editor or a script saved it another way reads the same.

Every single-file fixture of the readers is re-saved as people's tools re-save text: Windows line endings, a UTF-8
byte-order mark (Notepad), UTF-16 (Windows' "Unicode"), blank lines before the content (a file written from a string
that opens with a newline), no newline at the end, spaces at the ends of lines (a copy from a page or a terminal),
every line indented (a file written from an indented block of a script), and old Mac line endings (a carriage return
alone). Its speakers, words, media flags and times must not change. In session 20 the same check over the 12,440
corpus files found a WebVTT file with a blank first line read with its timing lines as words, e-mail with a BOM
losing messages, and WhatsApp's placeholders missed when a space followed them; in session 21, indented files were
refused (527 of 1,179 outside files) or misread (an indented WebVTT file's cue numbers and timings read as words),
and files with old Mac line endings were refused (1,044 of 1,388); all now read the same.
"""

from __future__ import annotations

import codecs
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats import read
from heart2heart.formats._base import decode_bytes

FIXTURES = Path(__file__).parent / "fixtures"

#: Fixtures that are read only as part of the export folder they sit in.
_PARTS = {"channels.json", "users.json"}
FILES = sorted(
    p
    for p in FIXTURES.rglob("*")
    if p.is_file()
    and p.suffix not in (".zip", ".py", ".md", ".js")
    and p.name not in _PARTS
    and "Calls" not in p.parts  # Google Voice: a missed call alone is no conversation
)


def _crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _bom(raw: bytes) -> bytes:
    return raw if raw.startswith(codecs.BOM_UTF8) else codecs.BOM_UTF8 + raw


def _utf16(raw: bytes) -> bytes:
    return decode_bytes(raw, "fixture").encode("utf-16")  # a page in windows-1252 as well


def _blank_lines_before(raw: bytes) -> bytes:
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    return bom + b"\n  \n" + raw[len(bom) :]


def _no_final_newline(raw: bytes) -> bytes:
    return raw.rstrip(b"\r\n")


def _spaces_at_line_ends(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b" \n")


def _indented(indent: bytes) -> Callable[[bytes], bytes]:
    """Every line (blank ones too) after ``indent``, the BOM kept first: a file written from an indented string."""

    def resave(raw: bytes) -> bytes:
        bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
        lines = raw[len(bom) :].splitlines(keepends=True)
        return bom + b"".join(indent + line for line in lines)

    return resave


RESAVED: dict[str, Callable[[bytes], bytes]] = {
    "crlf": _crlf,
    "bom": _bom,
    "utf16": _utf16,
    "blank-lines-before": _blank_lines_before,
    "no-final-newline": _no_final_newline,
    "spaces-at-line-ends": _spaces_at_line_ends,  # copied from a page or a terminal
    "indented": _indented(b"    "),  # written from an indented block of a script
    "tab-indented": _indented(b"\t"),
    "old-mac": lambda raw: raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r"),  # Excel for Mac's "CSV (Macintosh)"
}


def _read(path: Path) -> list[list[tuple[str, str, bool, float | None, float | None, str]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", H2HWarning)
        conversations = read(path)
    return [
        [(u.speaker, " ".join(u.text.split()), u.media, u.start, u.end, str(u.time)) for u in c.utterances]
        for c in conversations
    ]


def test_the_fixtures_are_many_formats() -> None:
    assert len(FILES) >= 70
    assert {p.suffix for p in FILES} >= {".txt", ".json", ".html", ".vtt", ".srt", ".csv", ".jsonl", ".xml", ".eml"}


#: Mail is left out of one: spaces at a line's end change what it says (a quoted-printable soft break, the "-- "
#: before a signature), and mail clients do not add them.
CASES = [
    pytest.param(path, how, id=f"{path.relative_to(FIXTURES)}-{how}")
    for path in FILES
    for how in RESAVED
    if not (how == "spaces-at-line-ends" and path.suffix in (".mbox", ".eml"))
]


@pytest.mark.parametrize(("path", "how"), CASES)
def test_a_resaved_file_reads_the_same(tmp_path: Path, path: Path, how: str) -> None:
    raw = path.read_bytes()
    copy = tmp_path / path.name
    copy.write_bytes(RESAVED[how](raw))
    try:
        original = _read(path)
    except ParseError:
        pytest.fail(f"{path} does not read on its own")
    assert _read(copy) == original


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("chat.csv", b"speaker,text\nAna,hi \xe2\x80\x94\n\x81Ben,hello\n"),
        ("chat.txt", b"14/03/2024, 20:02 - Ana: hi\n14/03/2024, 20:03 - Ben: yo \xe2\x80\x94\n\x81oops\n"),
        ("talk.txt", b"Ana: hi\nBen: hello \xe2\x80\x94\n\x81Ana: bye\n"),
        ("call.vtt", b"WEBVTT \xe2\x80\x94\n\n\x81\n00:00:01.000 --> 00:00:02.000\nAna: hi\n"),
    ],
)
def test_a_bad_byte_is_put_on_its_line_however_the_file_was_saved(tmp_path: Path, name: str, body: bytes) -> None:
    # utf-8-sig counts from after the mark: a bad byte just after a line break was put on the line before; with old
    # Mac line endings every bad byte was put on line 1. (The dash, UTF-8, makes the bad byte damage rather than a
    # single-byte encoding: test_formats_windows_1252.py.)
    lines = []
    for how in ("as written", *RESAVED):
        if how in ("utf16", "blank-lines-before"):
            continue  # not UTF-8 at all; a line more before it
        path = tmp_path / name
        path.write_bytes(body if how == "as written" else RESAVED[how](body))
        with pytest.raises(ParseError) as caught:
            read(path)
        lines.append((how, caught.value.line))
    assert lines == [(how, 3) for how, _ in lines]


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".html"], ids=lambda p: str(p.relative_to(FIXTURES)))
def test_an_unknown_marked_section_in_a_page_is_skipped_as_browsers_do(tmp_path: Path, path: Path) -> None:
    # CPython's html.parser raised AssertionError on "<![foo bar]>", a traceback from four of the readers of HTML.
    raw = path.read_bytes()
    at = raw.lower().find(b"<body")
    at = raw.find(b">", at) + 1 if at >= 0 else 0
    copy = tmp_path / path.name
    copy.write_bytes(raw[:at] + b"<![foo bar]><![ ]>" + raw[at:])
    assert _read(copy) == _read(path)


def test_only_a_character_cut_off_by_the_detection_window_is_left_out(tmp_path: Path) -> None:
    from heart2heart.formats._base import HEAD_BYTES, Probe

    short = tmp_path / "short.txt"
    short.write_bytes(b"KakaoTalk Chats with Mina\x80\x00\n")  # a bad byte near the end of a short file
    with pytest.raises(ParseError, match="not UTF-8"):
        Probe.of(short)
    long = tmp_path / "long.txt"
    long.write_bytes(b"Ana: " + b"a" * (HEAD_BYTES - 6) + "\u2014 ok\n".encode())  # the window ends inside the dash
    assert Probe.of(long).head == "Ana: " + "a" * (HEAD_BYTES - 6)  # the cut-off character left out


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_a_page_reads_the_same_words_whatever_its_line_endings(ending: str) -> None:
    # As browsers read a page: a message with a line break in it kept "\r" in its words when saved on Windows.
    from heart2heart.formats._html import LenientParser, text_of

    class Words(LenientParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.words: list[str] = []

        def handle_data(self, data: str) -> None:
            self.words.append(data)

    page = Words()
    page.feed(f"<p>hey.{ending}weird question</p>{ending}<p>x</p>")
    assert "".join(page.words) == "hey.\nweird question\nx"
    assert text_of(f"<div>a{ending}b</div>") == text_of("<div>a\nb</div>")
