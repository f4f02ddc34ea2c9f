"""Transcripts saved as Word documents (.docx): Teams' download and transcripts pasted into Word.

The documents are built here, paragraph by paragraph, as Word stores them (runs of text, tabs and line breaks).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read
from heart2heart.formats.docx import document_lines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
H2H = [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]


def docx(path: Path, paragraphs: list[str], body: str | None = None) -> Path:
    """A minimal Word document whose paragraphs hold ``paragraphs`` ("\\t" a tab, "\\n" a line break)."""
    xml_paragraphs = []
    for paragraph in paragraphs:
        runs = []
        for j, line in enumerate(paragraph.split("\n")):
            if j:
                runs.append("<w:r><w:br/></w:r>")
            for k, part in enumerate(line.split("\t")):
                if k:
                    runs.append("<w:r><w:tab/></w:r>")
                if part:
                    runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
        xml_paragraphs.append(f"<w:p>{''.join(runs)}</w:p>")
    document = (
        body
        if body is not None
        else (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
            f"{''.join(xml_paragraphs)}<w:sectPr/></w:body></w:document>"
        )
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
    return path


TEAMS = [
    "Transcript",
    "November 27, 2026, 3:00PM",
    "Maya Lopez started transcription",
    "Maya Lopez   0:03\nHow was the appointment?",
    "Sam Ortiz   0:09\nNot great, honestly. I'm scared.",
    "Maya Lopez\t0:15",
    "That sounds scary. What did they say?",
    "Maya Lopez stopped transcription",
]


def test_teams_download(tmp_path: Path) -> None:
    # Headers as "Name   0:03" or with a tab; the text in the same paragraph after a break, or in the next one.
    path = docx(tmp_path / "weekly sync.docx", TEAMS)
    assert detect(path).name == "docx"
    (conv,) = read(path)
    assert conv.id == "weekly sync"
    assert [(u.speaker, u.text, u.start, u.end) for u in conv.utterances] == [
        ("Maya Lopez", "How was the appointment?", 3.0, 9.0),
        ("Sam Ortiz", "Not great, honestly. I'm scared.", 9.0, 15.0),
        ("Maya Lopez", "That sounds scary. What did they say?", 15.0, None),
    ]


def test_teams_earlier_layout_of_cues(tmp_path: Path) -> None:
    # A timing line, the name, the words; a cue without words, and one without a name, say nothing attributable.
    path = docx(
        tmp_path / "session.docx",
        ["0:0:2.600 --> 0:0:11.102", "Marta Kowalska", "Today: sleep.", "",
         "0:0:11.832 --> 0:0:13.406", "Jon Ellis", "[laughs] Uh oh.", "Still here.",
         "0:0:14.0 --> 0:0:15.0", "Jon Ellis",
         "0:1:02,5 --> 0:1:04.25", "Marta Kowalska", "So."],
    )  # fmt: skip
    assert [(u.speaker, u.text, u.start, u.end) for u in get_reader("docx").parse(path)] == [
        ("Marta Kowalska", "Today: sleep.", 2.6, 11.102),
        ("Jon Ellis", "[laughs] Uh oh.\nStill here.", 11.832, 13.406),
        ("Marta Kowalska", "So.", 62.5, 64.25),
    ]
    bad = docx(tmp_path / "bad.docx", ["0:0:5.0 --> 0:0:9.0", "A", "hi", "0:0:9.0 --> 0:0:3.0", "B", "hey"])
    with pytest.raises(ParseError) as err:
        list(get_reader("docx").parse(bad))
    assert err.value.line == 4


def test_name_text_lines_pasted_into_word(tmp_path: Path) -> None:
    path = docx(tmp_path / "notes.docx", ["Interview, 3 May", "Maya: How was it?", "Sam: Honestly? Not great.\nStill."])
    assert [(u.speaker, u.text) for u in get_reader("docx").parse(path)] == [
        ("Maya", "How was it?"),
        ("Sam", "Honestly? Not great.\nStill."),
    ]


def test_document_lines_tabs_and_breaks(tmp_path: Path) -> None:
    path = docx(tmp_path / "d.docx", ["a\tb", "c\nd", ""])
    assert document_lines(path) == ["a\tb", "c", "d", ""]


@pytest.mark.parametrize(
    ("paragraphs", "body", "line", "what"),
    [
        ([], None, None, "holds no text"),
        (["Dear diary,", "today was long."], None, 1, "in the document's text"),
        ([], "<w:document", None, "damaged"),
    ],
)
def test_malformed(tmp_path: Path, paragraphs: list[str], body: str | None, line: int | None, what: str) -> None:
    path = docx(tmp_path / "bad.docx", paragraphs, body)
    with pytest.raises(ParseError) as err:
        list(get_reader("docx").parse(path))
    assert (err.value.line, what in err.value.message, err.value.path) == (line, True, str(path))


def test_a_zip_that_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.jpg", b"\xff\xd8")
    with pytest.raises(ParseError, match="not a Word document"):
        list(get_reader("docx").parse(path))


def test_cli_reads_a_document_and_refuses_a_bad_one_in_one_line(tmp_path: Path) -> None:
    good = docx(tmp_path / "call.docx", TEAMS)
    out = subprocess.run(
        [*H2H, "analyze", str(good), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["speakers"][0]["name"] == "Maya Lopez"
    bad = docx(tmp_path / "diary.docx", ["Dear diary,", "today was long."])
    html = tmp_path / "r.html"
    run = subprocess.run([*H2H, "analyze", str(bad), "--html", str(html)], capture_output=True, text=True)
    assert run.returncode == 2 and not html.exists()
    assert run.stderr.strip().count("\n") == 0 and f"{bad}:1:" in run.stderr


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.sampled_from("Maya Sam:0123\t\n .?,é"), max_size=40), max_size=12))
def test_any_document_reads_or_says_why(tmp_path: Path, paragraphs: list[str]) -> None:
    path = docx(tmp_path / "fuzz.docx", paragraphs)
    try:
        utterances = list(get_reader("docx").parse(path))
    except ParseError as exc:
        assert exc.path == str(path)
    else:
        assert utterances and all(u.text.strip() for u in utterances)
