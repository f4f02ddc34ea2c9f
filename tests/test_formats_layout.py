"""Files whose every line is indented (written from an indented block of a script), or whose lines end with a carriage
return alone (old Mac), read as if they were not."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heart2heart.cli.main import main
from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats import read
from heart2heart.formats._base import Probe
from heart2heart.formats._layout import carriage_returns_only, common_indent, copy_needed

EXAMPLES = Path(__file__).parents[1] / "examples"


def _indent(text: str, indent: str = "    ") -> str:
    """Every line of ``text`` (ended by a line feed, as the readers end them) after ``indent``."""
    return "".join(indent + line for line in re.split(r"(?<=\n)", text) if line)


def test_common_indent() -> None:
    assert common_indent("    a\n    b\n") == "    "
    assert common_indent("    a\n\n   \n      b\n") == "    "  # blank lines and deeper lines do not count against it
    assert common_indent("\ta\n\tb") == "\t"
    assert common_indent("    a\n\tb\n") == ""  # spaces here, a tab there: nothing in common
    assert common_indent("a\n    b\n") == ""
    assert common_indent("") == common_indent("  \n \n") == ""


@given(
    st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=8),
    st.sampled_from(["  ", "    ", "\t", " \t"]),
)
def test_an_indent_added_is_found(lines: list[str], indent: str) -> None:
    text = "\n".join(lines)
    found = common_indent(_indent(text, indent))
    if any(line.strip(" \t\r") for line in text.split("\n")):  # lines end at line feeds, as the readers' do
        assert found.startswith(indent)
    else:
        assert found == ""


@pytest.mark.parametrize("name", ["coaching_call_zoom.vtt", "demo_whatsapp.txt", "kitchen_talk.txt"])
def test_an_indented_example_reads_as_the_example(tmp_path: Path, name: str) -> None:
    original = EXAMPLES / name
    copy = tmp_path / name
    copy.write_text(_indent(original.read_text(encoding="utf-8")), encoding="utf-8")
    assert Probe.of(copy).indent == "    " and Probe.of(original).indent == ""
    assert copy_needed(copy) and not copy_needed(original) and not copy_needed(tmp_path)
    assert [c.utterances for c in read(copy)] == [c.utterances for c in read(original)]
    assert [c.id for c in read(copy)] == [c.id for c in read(original)]  # named after the file, not the copy


def test_an_error_in_an_indented_file_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "call.vtt"
    bad.write_text(
        _indent("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAna: hi\n\n2\n00:00:03.000 --> soon\nBen: hello\n"),
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as caught:
        read(bad)
    assert caught.value.path == str(bad) and caught.value.line == 8


@pytest.mark.parametrize("layout", ["indented", "old-mac"])
def test_convert_reads_a_whatsapp_export_so_laid_out_as_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    # The vectorised WhatsApp path of `h2h convert` reads the bytes itself: such a file goes to the reader.
    original = EXAMPLES / "demo_whatsapp.txt"
    copy = tmp_path / original.name
    text = original.read_text(encoding="utf-8")
    copy.write_text(_indent(text) if layout == "indented" else text.replace("\n", "\r"), encoding="utf-8", newline="")

    def convert(path: Path) -> str:
        with pytest.raises(SystemExit) as done:
            main(["convert", str(path), "-o", "-"])
        assert done.value.code == 0
        return capsys.readouterr().out

    rows = convert(original)
    assert rows.count("\n") == 44 and convert(copy) == rows


def test_carriage_returns_only() -> None:
    assert carriage_returns_only("a\rb\r") and carriage_returns_only("a\rb")
    assert not carriage_returns_only("a\r\nb\r\n") and not carriage_returns_only("a\nb\r")
    assert not carriage_returns_only("one line\r") and not carriage_returns_only("")


@pytest.mark.parametrize("name", ["coaching_call_zoom.vtt", "demo_whatsapp.txt", "kitchen_talk.txt"])
def test_old_mac_line_endings_read_as_the_example(tmp_path: Path, name: str) -> None:
    original = EXAMPLES / name
    copy = tmp_path / name
    copy.write_bytes(original.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    assert Probe.of(copy).cr_only and copy_needed(copy)
    assert [c.utterances for c in read(copy)] == [c.utterances for c in read(original)]
    indented = tmp_path / "indented" / name  # both at once
    indented.parent.mkdir()
    indented.write_bytes(b"".join(b"  " + line for line in copy.read_bytes().splitlines(keepends=True)))
    assert [c.utterances for c in read(indented)] == [c.utterances for c in read(original)]


def test_a_warning_about_an_indented_file_names_the_file(tmp_path: Path) -> None:
    subtitles = tmp_path / "talk.srt"
    cues = "1\n00:00:01,000 --> 00:00:02,000\nhello there\n\n2\n00:00:03,000 --> 00:00:04,000\nhi\n"
    subtitles.write_text(_indent(cues), encoding="utf-8")
    with pytest.warns(H2HWarning) as caught:
        conversations = read(subtitles)
    assert [u.text for u in conversations[0].utterances] == ["hello there", "hi"]
    assert [str(w.message).split(":")[0] for w in caught] == [str(subtitles)]


@pytest.mark.parametrize("layout", ["indented", "old-mac"])
def test_annotate_reads_canonical_rows_so_laid_out_as_the_rows(tmp_path: Path, layout: str) -> None:
    # `h2h annotate` reads canonical JSON lines itself (its fast paths): such a file goes to the reader.
    rows = "".join(
        json.dumps({"conversation": "c", "speaker": s, "text": t}) + "\n"
        for s, t in [("Ana", "I've felt so alone since the move"), ("Ben", "that sounds really hard"), ("Ana", "it is")]
    )
    plain, odd = tmp_path / "rows.jsonl", tmp_path / "odd" / "rows.jsonl"
    odd.parent.mkdir()
    plain.write_text(rows, encoding="utf-8")
    odd.write_text(_indent(rows) if layout == "indented" else rows.replace("\n", "\r"), encoding="utf-8", newline="")
    for path in (plain, odd):
        with pytest.raises(SystemExit) as done:
            main(["annotate", str(path), "-o", str(path.with_suffix(".out"))])
        assert done.value.code in (0, None)
    assert odd.with_suffix(".out").read_bytes() == plain.with_suffix(".out").read_bytes()
