"""`h2h analyze` through the real command, on small canonical JSONL files written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

from _cli import h2h
from heart2heart.assess.kind import Kind

KINDS = set(get_args(Kind))


def write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def row(conv: str, i: int, speaker: str, text: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"conversation": conv, "index": i, "speaker": speaker, "text": text}
    base.update({"start": None, "end": None, "time": None, "role": None})
    base.update(extra)
    return base


@pytest.fixture
def two_conversations(tmp_path: Path) -> Path:
    return write_rows(
        tmp_path / "two.jsonl",
        [
            row("a", 0, "Maya", "How are you, really?"),
            row("a", 1, "Sam", "Honestly? Not great."),
            row("a", 2, "Sam", "The job thing has been eating at me."),
            row("a", 3, "Maya", "That sounds hard."),
            row("b", 0, "Sam", "Dinner at eight?"),
            row("b", 1, "Maya", "Yes, see you then"),
        ],
    )


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    return write_rows(
        tmp_path / "call.jsonl",
        [
            row("call", 0, "Maya", "so how did the interview go", start=0.0, end=3.0),
            row("call", 1, "Sam", "it went okay I think but I froze on the last question", start=3.5, end=8.0),
            row("call", 2, "Maya", "mm", start=8.2, end=8.5),
            row("call", 3, "Sam", "and now I keep replaying it", start=8.5, end=11.0),
            row("call", 4, "Maya", "that replaying sounds exhausting", start=12.0, end=14.0),
        ],
    )


def test_json_one_object_per_conversation_per_line(two_conversations: Path) -> None:
    result = h2h("analyze", "--json", "--format", "jsonl", two_conversations)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    a, b = (json.loads(line) for line in lines)
    assert (a["conversation"], b["conversation"]) == ("a", "b")
    maya, sam = a["speakers"]
    # Maya: 4 + 3 words in 2 turns; Sam: 3 + 8 words in 1 turn.
    assert (maya["name"], maya["turns"], maya["words"]) == ("Maya", 2, 7)
    assert (sam["name"], sam["turns"], sam["words"]) == ("Sam", 1, 11)
    assert maya["talk_share"] == pytest.approx(7 / 18, abs=1e-4)
    assert sam["talk_share"] == pytest.approx(11 / 18, abs=1e-4)
    assert maya["talk_share_time"] is None and maya["longest_monologue_seconds"] is None
    assert a["switches_per_minute"] is None
    assert a["dominance"]["unit"] == "words"
    assert b["speakers"][0]["name"] == "Sam"
    # Unlabelled input is labelled first, so the verdict and the label counts are there.
    assert a["kind"] in KINDS and 0 <= a["scores"]["heart_to_heart"] <= 100
    assert isinstance(maya["questions_open"], int) and 0.0 <= maya["attunement"] <= 1.0


def test_structure_only_skips_labels_and_verdict(two_conversations: Path) -> None:
    result = h2h("analyze", "--json", "--structure-only", "--format", "jsonl", two_conversations)
    assert result.returncode == 0, result.stderr
    a = json.loads(result.stdout.splitlines()[0])
    maya = a["speakers"][0]
    assert (maya["name"], maya["turns"], maya["words"]) == ("Maya", 2, 7)
    assert "questions_open" not in maya and "kind" not in a


def test_structure_only_refuses_html(two_conversations: Path, tmp_path: Path) -> None:
    result = h2h("analyze", "--structure-only", "--html", tmp_path / "r.html", "-f", "jsonl", two_conversations)
    assert result.returncode == 2
    assert result.stderr.startswith("h2h: error:") and not (tmp_path / "r.html").exists()


def test_json_on_a_timed_transcript(transcript: Path) -> None:
    result = h2h("analyze", "--json", "-f", "jsonl", transcript)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    maya, sam = out["speakers"]
    # speech seconds: Maya 3 + 0.3 + 2 = 5.3, Sam 4.5 + 2.5 = 7; Maya's "mm" does not break Sam's run
    assert maya["talk_share_time"] == pytest.approx(5.3 / 12.3, abs=1e-4)
    assert sam["longest_monologue_words"] == 12 + 6
    assert sam["longest_monologue_seconds"] == pytest.approx(11.0 - 3.5)
    # Sam replies 0.5 s after Maya's question and straight after her "mm" (0.0 s); Maya after 0.2 s and 1.0 s
    assert sam["median_latency_seconds"] == pytest.approx(0.25)
    assert maya["median_latency_seconds"] == pytest.approx(0.6)
    assert out["switches"] == 4
    assert out["switches_per_minute"] == pytest.approx(4 / (14 / 60), abs=1e-3)


def test_label_fields_appear_for_labelled_rows(tmp_path: Path) -> None:
    labels_open = {"question": "open", "reflection": False, "advice": False, "disclosure": 0}
    labels_deep = {"question": None, "reflection": False, "advice": False, "disclosure": 3}
    path = write_rows(
        tmp_path / "labelled.jsonl",
        [
            row("l", 0, "Maya", "How are you, really?", labels=labels_open),
            row("l", 1, "Sam", "I have been scared", labels=labels_deep),
        ],
    )
    result = h2h("analyze", "--json", "-f", "jsonl", path)
    assert result.returncode == 0, result.stderr
    maya, sam = json.loads(result.stdout)["speakers"]
    assert (maya["questions_open"], maya["questions_closed"], maya["max_disclosure"]) == (1, 0, 0)
    assert (sam["questions_open"], sam["max_disclosure"]) == (0, 3)


def test_summary_marks_me_and_reads_each_measure(two_conversations: Path) -> None:
    result = h2h("analyze", "-f", "jsonl", "--me", "maya", two_conversations)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Maya (you)" in out
    for heading in ("Who talked and listened", "Balance", "Tempo", "Style"):
        assert heading in out
    assert "No timestamps, so no timing measures." in out
    assert out.count("Who talked and listened") == 2  # one summary per conversation


def test_me_must_be_a_speaker(two_conversations: Path) -> None:
    result = h2h("analyze", "-f", "jsonl", "--me", "Bob", two_conversations)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "h2h: error: --me 'Bob' is not one of the speakers; the speakers are: 'Maya', 'Sam'"
    )


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"speaker": "A", "text": "hi"}\n{"speaker": "B"}\n', encoding="utf-8")
    result = h2h("analyze", "--json", "-f", "jsonl", bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"h2h: error: {bad}:2: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ("analyze", "{src}", "--html", "{out}"),
        ("convert", "{src}", "-o", "{out}"),
        ("annotate", "{src}", "-o", "{out}"),
        ("demo", "-o", "{out}"),
    ],
    ids=["analyze-html", "convert", "annotate", "demo"],
)
def test_an_output_that_is_a_folder_is_one_line_and_exit_2(
    command: tuple[str, ...], two_conversations: Path, tmp_path: Path
) -> None:
    """Before any work is done (an unreadable input would be named otherwise), and with nothing written."""
    folder = tmp_path / "reports"
    folder.mkdir()
    before = sorted(tmp_path.rglob("*"))
    result = h2h(*(a.format(src=two_conversations, out=folder) for a in command))
    assert result.returncode == 2
    assert result.stderr == f"h2h: error: {folder}: is a folder; give the name of a file to write\n"
    assert sorted(tmp_path.rglob("*")) == before


def test_json_lists_the_horsemen_and_the_listening_figures(tmp_path: Path) -> None:
    plain = {"question": None, "reflection": False, "advice": False, "disclosure": 0}
    path = write_rows(
        tmp_path / "fight.jsonl",
        [
            row("f", 0, "Lauren", "You never think about anyone but yourself.", labels=plain),
            row("f", 1, "Matt", "I told you the meeting ran over, it's not my fault.", labels=plain),
            row("f", 2, "Lauren", "What do you want me to say?", labels={**plain, "question": "open"}),
        ],
    )
    result = h2h("analyze", "--json", "-f", "jsonl", path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out).index("conflict") == list(out).index("notes") + 1
    conflict = out["conflict"]
    assert (conflict["start_up"], conflict["harsh_startup_index"]) == ("harsh", 0)
    assert {"index": 0, "speaker": "Lauren", "horseman": "criticism"}.items() <= conflict["horsemen"][0].items()
    lauren, matt = out["listening"]
    assert (lauren["name"], matt["name"]) == ("Lauren", "Matt")
    assert (lauren["questions_open"], lauren["statements"], matt["statements"]) == (1, 1, 1)
    assert lauren["attunement"] == out["speakers"][0]["attunement"]
    assert matt["input_share"] is None  # a mutual talk: input is read for listeners only


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_over_many_conversations_only_on_a_terminal(
    terminal: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A long chat history splits into hundreds of conversations: on a terminal a bar counts them off on stderr
    (and is removed when done); piped, stderr stays quiet. Either way every conversation comes through, in order."""
    from heart2heart.cli.analyze import _with_progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    items: list[Any] = [f"conversation {i}" for i in range(5)]
    assert list(_with_progress(iter(items), "analysing", len(items))) == items  # any iterable, counted as told
    err = capsys.readouterr().err
    assert ("analysing conversations" in err and "5/5" in err) is terminal
    assert (err == "") is not terminal
    assert list(_with_progress(items[:1], "analysing", 1)) == items[:1]  # one conversation: no bar
    assert capsys.readouterr().err == ""
