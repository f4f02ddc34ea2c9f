"""Files whose every line is indented (written from an indented block of a script) read as if they were not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heart2heart.cli.main import main
from heart2heart.errors import ParseError
from heart2heart.formats import indentation, read
from heart2heart.formats._indent import common_indent

EXAMPLES = Path(__file__).parents[1] / "examples"


def _indent(text: str, indent: str = "    ") -> str:
    return "".join(indent + line for line in text.splitlines(keepends=True))


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
    if any(line.strip(" \t") for line in text.splitlines()):
        assert found.startswith(indent)
    else:
        assert found == ""


@pytest.mark.parametrize("name", ["coaching_call_zoom.vtt", "demo_whatsapp.txt", "kitchen_talk.txt"])
def test_an_indented_example_reads_as_the_example(tmp_path: Path, name: str) -> None:
    original = EXAMPLES / name
    copy = tmp_path / name
    copy.write_text(_indent(original.read_text(encoding="utf-8")), encoding="utf-8")
    assert indentation(copy) == "    " and indentation(original) == ""
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


def test_convert_reads_an_indented_whatsapp_export_as_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The vectorised WhatsApp path of `h2h convert` reads the bytes itself: an indented export goes to the reader.
    original = EXAMPLES / "demo_whatsapp.txt"
    copy = tmp_path / original.name
    copy.write_text(_indent(original.read_text(encoding="utf-8")), encoding="utf-8")

    def convert(path: Path) -> str:
        with pytest.raises(SystemExit) as done:
            main(["convert", str(path), "-o", "-"])
        assert done.value.code == 0
        return capsys.readouterr().out

    rows = convert(original)
    assert rows.count("\n") == 44 and convert(copy) == rows
