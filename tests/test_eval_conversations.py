"""The confusion table of ``h2h eval --conversations``."""

from __future__ import annotations

import pytest
from rich.console import Console

from heart2heart.cli._eval_conversations import confusion_table


def test_confusion_table_rows_gold_columns_predicted() -> None:
    kinds = {
        "split": "valid",
        "confusion": {
            "venting": {"venting": 1, "unmet_disclosure": 3, "lecture": 0},
            "unmet_disclosure": {"venting": 0, "unmet_disclosure": 2, "lecture": 0},
            "lecture": {"venting": 0, "unmet_disclosure": 0, "lecture": 0},
        },
    }
    console = Console(width=100, record=True)
    console.print(confusion_table(kinds))
    text = console.export_text()
    lines = [line.split() for line in text.splitlines()]
    assert ["venting", "1", "3"] in lines and ["unmet_disclosure", ".", "2"] in lines
    assert not any(line and line[0] == "lecture" for line in lines)  # a kind that never occurs is left out


def _writer(n: int, kind_right: int, n_main: int, answers: int, speakers: int) -> dict[str, object]:
    return {
        "split": "valid",
        "n": n,
        "kind_accuracy": kind_right / n,
        "confusion": {"venting": {"venting": kind_right}},
        "main_response_n": n_main,
        "main_response_accuracy": round(answers / n_main, 4),
        "main_response_right": answers,
        "main_speaker_right": speakers,
        "main_index_right": speakers,
        "errors": [],
    }


def test_the_report_sums_every_writer(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import heart2heart.assess.validate as validate
    from heart2heart.cli._eval_conversations import report

    out = {"kinds": _writer(40, 38, 20, 17, 19), "kinds3": _writer(50, 45, 25, 20, 24)}
    monkeypatch.setattr(validate, "validate_conversations", lambda _data: out)
    monkeypatch.setenv("COLUMNS", "200")
    report(None, as_json=False)
    text = capsys.readouterr().out
    assert "corpus/kinds (writer 1, valid split, n=40): accuracy 0.950" in text
    assert "corpus/kinds3 (writer 3" in text and "who disclosed 24/25 = 0.960" in text
    # 83 of 90 kinds; answers 37 of 45; the speaker of the main disclosure 43 of 45
    assert "All writers (90 conversations): kind 83/90 = 0.922" in text
    assert "answer 37/45 = 0.822, who disclosed 43/45 = 0.956" in text
    assert "AnnoMI / ESConv: skipped" in text
