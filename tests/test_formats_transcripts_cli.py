"""The transcript and canonical readers through the real ``h2h`` command (a subprocess running ``main()``)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from heart2heart.formats import _MODULES

FIX = Path(__file__).parent / "fixtures" / "transcripts"
MISSING = sorted(name for name, module in _MODULES.items() if importlib.util.find_spec(module) is None)


def h2h(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "400", "PYTHONWARNINGS": "default"}
    return subprocess.run(
        [sys.executable, "-c", "from heart2heart.cli.main import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
    )


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# file, format, speakers in order of appearance, utterances, first text, first start, first end
CASES = [
    (
        "interview.txt",
        "plain",
        ["Maya", "Sam", "Dr. Lee"],
        6,
        "Hey, thanks for making time.\nHow are you, really?",
        5.0,
        12.0,
    ),
    ("kitchen.txt", "plain", ["mum", "me"], 5, "did you eat?", None, None),
    ("zoom.vtt", "vtt", ["Maya Chen", "Sam Ortiz"], 5, "Hi Sam, thanks for making time today.", 1.2, 4.8),
    ("teams.vtt", "vtt", ["Maya Chen", "Sam Ortiz"], 5, "Hi Sam. How was the weekend?", 0.0, 3.21),
    ("captions.vtt", "vtt", ["Unknown"], 2, "so I guess we should start", 0.0, 2.0),
    ("names.srt", "srt", ["MAYA", "SAM"], 4, "Where were you last night?", 1.0, 3.5),
    ("dashes.srt", "srt", ["Speaker 1", "Speaker 2"], 6, "Where were you?", 1.0, 2.5),
    ("sunday_call.txt", "otter", ["Maya Chen", "Robert Chen"], 4, "Hi Dad. Can you hear me?", 3.0, 7.0),
    ("ross.cha", "cha", ["Mary", "Ross", "Investigator"], 7, "what do you want for snack?", 1.23, 3.45),
    ("rows.jsonl", "jsonl", ["Maya", "Sam", "Therapist", "Client"], 5, "How are you, really?", None, None),
    ("rows.csv", "csv", ["Maya", "Sam", "Ann"], 5, "Can I tell you something?\nIt's been on my mind.", 0.0, 3.2),
]


def check_rows(rows: list[dict[str, Any]], case: tuple[Any, ...]) -> None:
    _, _, speakers, count, first, start, end = case
    assert len(rows) == count
    assert list(dict.fromkeys(r["speaker"] for r in rows)) == speakers
    assert rows[0]["text"] == first
    assert (rows[0]["start"], rows[0]["end"]) == (start, end)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_convert_with_format(case: tuple[Any, ...]) -> None:
    name, fmt = case[0], case[1]
    res = h2h("convert", FIX / name, "--format", fmt)
    assert res.returncode == 0, res.stderr
    rows = jsonl(res.stdout)
    check_rows(rows, case)
    if fmt not in ("jsonl", "csv"):  # transcripts: one conversation named after the file, numbered from 0
        stem = Path(name).stem
        assert [(r["conversation"], r["index"]) for r in rows] == [(stem, i) for i in range(len(rows))]
        assert all(r["time"] is None for r in rows)


def test_convert_captions_without_speakers_warns_on_stderr() -> None:
    res = h2h("convert", FIX / "captions.vtt", "--format", "vtt")
    assert res.returncode == 0
    assert "Unknown" in res.stderr and "captions.vtt" in res.stderr


@pytest.mark.skipif(bool(MISSING), reason=f"reader modules not written yet: {MISSING}")
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_convert_detects_the_format(case: tuple[Any, ...]) -> None:
    res = h2h("convert", FIX / case[0])
    assert res.returncode == 0, res.stderr
    check_rows(jsonl(res.stdout), case)


def test_convert_to_csv_and_back(tmp_path: Path) -> None:
    out = tmp_path / "ross.csv"
    res = h2h("convert", FIX / "ross.cha", "--format", "cha", "--to", "csv", "-o", out)
    assert res.returncode == 0, res.stderr
    assert res.stdout == ""
    first_row = out.read_text(encoding="utf-8").splitlines()[1]
    assert first_row == "ross,0,Mary,what do you want for snack?,1.23,3.45,,Mother,False"
    back = h2h("convert", out, "--format", "csv")
    assert back.returncode == 0, back.stderr
    direct = h2h("convert", FIX / "ross.cha", "--format", "cha")
    assert jsonl(back.stdout) == jsonl(direct.stdout)


MALFORMED = [
    ("prose.txt", "plain", "Dear diary,\ntoday was long.\n", 1),
    ("bad.vtt", "vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nhi\n", 3),
    ("nohead.vtt", "vtt", "00:00:01.000 --> 00:00:02.000\nMaya: hi\n", 1),
    ("bad.srt", "srt", "1\n00:00:01,000 --> 00:00:02,000\nMAYA: hi\n\nfoo bar\n", 5),
    ("notes.txt", "otter", "Just some notes\nabout the call.\n", 1),
    ("bad.cha", "cha", "@UTF8\n@Begin\n*CHI:\thi .\nrandom words here\n@End\n", 4),
    ("bad.jsonl", "jsonl", '{"speaker": "a", "text": "b"}\n{"speaker": "a", "text": \n', 2),
    ("gaps.jsonl", "jsonl", '{"speaker": "a", "text": "b"}\n{"text": "no speaker"}\n', 2),
    ("bad.csv", "csv", "speaker,text\nMaya,hi\nSam,hi,extra\n", 3),
    ("binary.txt", "plain", "Maya: hi\nSam: \udc81\n", 2),  # a byte neither UTF-8 nor Windows-1252
]


@pytest.mark.parametrize("case", MALFORMED, ids=[c[0] for c in MALFORMED])
def test_malformed_file_one_line_error_exit_2_nothing_written(tmp_path: Path, case: tuple[str, str, str, int]) -> None:
    name, fmt, text, line = case
    src = tmp_path / name
    src.write_bytes(text.encode("utf-8", "surrogateescape"))
    out = tmp_path / "out.jsonl"
    res = h2h("convert", src, "--format", fmt, "-o", out)
    assert res.returncode == 2
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    assert re.fullmatch(rf"h2h: error: {re.escape(str(src))}:{line}: \S.*", lines[0]), lines[0]
    assert "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no output, no leftover temp file


def test_formats_lists_every_registered_format_with_its_example() -> None:
    if MISSING:
        pytest.skip(f"`h2h formats` imports every reader; not written yet: {MISSING}")
    from heart2heart.formats import get_reader

    res = h2h("formats")
    assert res.returncode == 0, res.stderr
    for name in _MODULES:
        assert re.search(rf"^\W*{re.escape(name)}\b", res.stdout, re.M), name
        assert get_reader(name).example in res.stdout, name


@pytest.mark.parametrize("name", sorted(set(_MODULES) - set(MISSING)))
def test_every_available_format_has_a_one_line_example(name: str) -> None:
    from heart2heart.formats import get_reader

    reader = get_reader(name)
    assert reader.name == name
    assert reader.example.strip() and "\n" not in reader.example
    assert reader.summary.strip() and "\n" not in reader.summary
