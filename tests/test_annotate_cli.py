"""`h2h annotate` through the real command: the output schema, streaming over conversations, errors."""

from __future__ import annotations

import json
from pathlib import Path

from _cli import h2h

LABEL_KEYS = {"question", "reflection", "advice", "disclosure", "empathy", "backchannel", "emotion", "valence"}


def _input(tmp_path: Path) -> Path:
    rows = [
        {"conversation": "a", "speaker": "Maya", "text": "What was the hardest part of your day?"},
        {"conversation": "a", "speaker": "Sam", "text": "Nobody called me after the surgery."},
        {"conversation": "a", "speaker": "Maya", "text": "It sounds like you felt abandoned."},
        {"conversation": "b", "speaker": "Jo", "text": "mm-hm", "start": 1.5, "end": 2.0},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_annotate_writes_canonical_rows_with_labels(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = h2h("annotate", _input(tmp_path), "-o", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["conversation"], r["index"], r["speaker"]) for r in rows] == [
        ("a", 0, "Maya"), ("a", 1, "Sam"), ("a", 2, "Maya"), ("b", 0, "Jo")
    ]  # fmt: skip
    assert rows[3]["start"] == 1.5 and rows[3]["end"] == 2.0
    for r in rows:
        labels = r["labels"]
        assert set(labels) == LABEL_KEYS
        assert labels["question"] in ("open", "closed", None)
        assert isinstance(labels["reflection"], bool) and isinstance(labels["advice"], bool)
        assert labels["disclosure"] in (0, 1, 2, 3)
        assert set(labels["empathy"]) == {"emotional_reaction", "interpretation", "exploration"}
        assert all(v in (0, 1, 2) for v in labels["empathy"].values())
        assert isinstance(labels["emotion"], str) and -1.0 <= labels["valence"] <= 1.0
    assert rows[0]["labels"]["question"] == "open"
    assert rows[2]["labels"]["reflection"] is True
    assert rows[3]["labels"]["backchannel"] is True


def test_annotate_to_stdout(tmp_path: Path) -> None:
    done = h2h("annotate", _input(tmp_path))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 4
    assert "\x1b" not in done.stderr  # no progress bar when stderr is not a terminal


def test_annotate_bad_model_is_one_line_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = h2h("annotate", _input(tmp_path), "--model", tmp_path / "nowhere", "-o", out)
    assert done.returncode == 2
    assert done.stderr.startswith("h2h: error:") and "not a model folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_annotate_corrupt_model(tmp_path: Path) -> None:
    from heart2heart.models import resolve_model

    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "model.json").write_bytes(resolve_model(None).joinpath("model.json").read_bytes())
    (folder / "weights.npz").write_bytes(b"PK\x03\x04 truncated")
    done = h2h("annotate", _input(tmp_path), "--model", folder)
    assert done.returncode == 2
    assert "corrupt weights" in done.stderr


def test_annotate_bad_input_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"speaker": "A", "text": "hi"}\n{"speaker": "B"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = h2h("annotate", bad, "-o", out)
    assert done.returncode == 2
    assert "bad.jsonl:2" in done.stderr
    assert not out.exists()


def test_fast_jsonl_path_matches_h2h_convert(tmp_path: Path) -> None:
    rows = [
        {"speaker": "A", "text": "hi", "start": 1, "end": "2.5"},
        {"speaker": "B", "text": "hello?", "time": "2024-03-01T21:14:00", "role": "client"},
        {"conversation": "x", "speaker": "A", "text": "How was work?", "media": False},
        {"conversation": "x", "speaker": "B", "text": "mm-hm", "role": ""},
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert h2h("annotate", src, "-o", tmp_path / "a.jsonl").returncode == 0
    assert h2h("convert", src, "-o", tmp_path / "c.jsonl").returncode == 0
    annotated = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    converted = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [{k: v for k, v in r.items() if k != "labels"} for r in annotated] == converted
    assert annotated[0]["start"] == 1.0 and annotated[0]["end"] == 2.5 and annotated[0]["conversation"] == "mixed"
    assert annotated[1]["time"] == "2024-03-01T21:14:00" and annotated[2]["index"] == 0
