"""The confusion table of ``h2h eval --conversations``."""

from __future__ import annotations

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
