"""A long chat history is analysed in forked processes: the same results, in the same order, as one process."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from heart2heart.cli import analyze as cli_analyze
from heart2heart.errors import UsageError
from heart2heart.formats import read

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers are used on Linux only")

LINES = [
    ("Maya", "how was the appointment?"), ("Sam", "honestly scary. they want more tests and I'm really worried"),
    ("Maya", "oh no. what are they looking for?"), ("Sam", "they didn't say much, which is the scary part"),
    ("Maya", "that sounds so hard, waiting without knowing"), ("Sam", "yeah. thanks for asking"),
]  # fmt: skip


def _history(path: Path, days: int) -> Path:
    start = datetime(2024, 3, 1, 20, 0)
    rows = []
    for day in range(days):
        for n, (who, text) in enumerate(LINES[: 2 + day % 5]):
            t = start + timedelta(days=day, minutes=n)
            rows.append(f"{t:%d/%m/%Y, %H:%M} - {who}: {text} ({day})")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_forked_workers_give_what_one_process_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conversations = read(_history(tmp_path / "chat.txt", 40))
    assert len(conversations) == 40
    monkeypatch.setenv("H2H_WORKERS", "1")
    alone = [item.analysis.to_json() for item in cli_analyze.analyse_all(conversations, "Sam", None)]
    monkeypatch.setenv("H2H_WORKERS", "2")
    assert cli_analyze.analysis_workers(len(conversations)) == 2
    shared = [item.analysis.to_json() for item in cli_analyze.analyse_all(conversations, "Sam", None)]
    assert shared == alone
    assert [row["conversation"] for row in shared] == [c.id for c in conversations]


def test_how_many_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("H2H_WORKERS", raising=False)
    assert cli_analyze.analysis_workers(cli_analyze.PARALLEL_FROM - 1) == 0  # a few: not worth a process
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0}, raising=False)
    assert cli_analyze.analysis_workers(500) == 0  # one CPU
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(32)), raising=False)
    assert cli_analyze.analysis_workers(500) == 8  # at most eight
    monkeypatch.setenv("H2H_WORKERS", "1")
    assert cli_analyze.analysis_workers(500) == 0
    monkeypatch.setenv("H2H_WORKERS", "lots")
    with pytest.raises(UsageError, match="H2H_WORKERS"):
        cli_analyze.analysis_workers(500)
