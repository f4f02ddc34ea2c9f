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
        "disclosures": {
            "labelled": n_main + 10,
            "detected": 3 * n_main,
            "detected_right": n_main + 8,
            "listed": n_main + 5,
            "listed_right": n_main,
        },
        "errors": [],
        "notes": {
            "advice_first": {"agree": n_main // 2, "labelled": n_main // 2 + 1},
            "strength": {"agree": 3, "labelled": 4},
        },
        "horsemen": {"labelled": 2 * n_main, "listed": n_main, "listed_right": n_main // 2},
        "start_up": {"labelled": 5, "said": 4, "right": 3},
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
    # disclosures: labelled 30 + 35 = 65; listed 25 + 30 = 55, 20 + 25 = 45 right; detected 135, 61 right
    text = " ".join(text.split())  # rich wraps long lines
    assert "labelled (65)" in text
    assert "listed (shown in the reports) precision 0.818, recall 0.692, F1 0.750 (45 of 55)" in text
    assert "everything detected (in the JSON) precision 0.452, recall 0.938, F1 0.610 (61 of 135)" in text
    assert "AnnoMI / ESConv: skipped" in text
    assert "Outside sets" not in text
    # horsemen: labelled 40 + 50, listed 20 + 25, right 10 + 12; start-up labelled 10, said of 8, right 6
    assert (
        "labelled (90), listed at the same utterance as the same horseman (told only of conflicts): precision 0.489, "
        "recall 0.244, F1 0.326 (22 of 45); how a conflict started (labelled in 10): said of 8, right 6/8 = 0.750"
    ) in text
    # notes: advice 10 of 11 and 12 of 13; met 3 of 4 twice; no "not met" notes
    assert (
        "Coaching notes on how a disclosure was answered, agreeing with the writer's answer: answered with advice "
        "22/24 = 0.917; met 6/8 = 0.750" in text
    )


def test_the_outside_sets_are_reported_apart(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import heart2heart.assess.validate as validate
    from heart2heart.cli._eval_conversations import report

    fitted, last = len(validate.OUTSIDE_FITTED), len(validate.OUTSIDE)
    (hard, hard_sets), (everyday, _) = validate.OUTSIDE_BLIND
    first_everyday = fitted + len(hard_sets) + 1
    out = {
        "kinds": _writer(40, 38, 20, 17, 19),
        "outside1": _writer(50, 49, 24, 23, 23),
        f"outside{fitted + 1}": _writer(30, 29, 18, 15, 17),
        f"outside{last}": _writer(30, 27, 20, 16, 18),
    }
    monkeypatch.setattr(validate, "validate_conversations", lambda _data: out)
    monkeypatch.setenv("COLUMNS", "200")
    report(None, as_json=False)
    text = " ".join(capsys.readouterr().out.split())
    assert "All writers (40 conversations): kind 38/40 = 0.950" in text
    assert "corpus/outside1 (outside set 1, valid split, n=50): accuracy 0.980" in text
    read = (
        f"Outside sets 1-{fitted} (from the issue's definitions alone; the reply model learns from them, so in sample"
    )
    assert read in text and "(50 conversations): kind 49/50 = 0.980" in text
    assert "answer 23/24 = 0.958, who disclosed 23/24 = 0.958" in text
    # the sets no fit reads are counted apart, numbered on from the fitted ones, a group for each brief
    assert f"corpus/outside{last} (outside set {last}, valid split, n=30): accuracy 0.900" in text
    blind = f"Outside sets {fitted + 1}-{first_everyday - 1} (from the issue's definitions alone, {hard}; never fitted)"
    assert f"{blind} (30 conversations): kind 29/30 = 0.967" in text
    assert "answer 15/18 = 0.833, who disclosed 17/18 = 0.944" in text
    blind = f"Outside sets {first_everyday}-{last} (from the issue's definitions alone, {everyday}; never fitted)"
    assert f"{blind} (30 conversations): kind 27/30 = 0.900" in text
    assert "answer 16/20 = 0.800, who disclosed 18/20 = 0.900" in text


def test_disclosure_figures() -> None:
    from heart2heart.cli._eval_conversations import disclosures_figures

    # p = 3/4, r = 3/6 = 0.5, F1 = 2 * 0.375 / 1.25 = 0.6
    assert disclosures_figures(3, 4, 6) == "precision 0.750, recall 0.500, F1 0.600 (3 of 4)"
    assert disclosures_figures(0, 4, 6) == "0 of 4 right, 6 labelled"
    assert disclosures_figures(0, 0, 0) == "0 of 0 right, 0 labelled"


def test_a_note_about_an_answer_is_checked_against_the_writers_answer() -> None:
    from _assess_helpers import L, conv
    from heart2heart.assess import assess
    from heart2heart.assess.validate import _tally_notes

    talk = conv(
        [
            ("Beth", "hey, are you free tonight?", L(q="closed")),
            ("Carl", "yes, what's up?", L(q="open")),
            ("Beth", "I've been feeling really lonely since I moved here, I cry most evenings", L(d=3, v=-0.7)),
            ("Carl", "you should join a running club, that's how I met people", L(a=True)),
        ],
        minutes=[0, 1, 3, 4],
    )
    a = assess(talk)
    assert [(n.category, n.index) for n in a.notes if n.category == "advice_first"] == [("advice_first", 3)]
    for answers, expected in (({2: "advice"}, [1, 1]), ({2: "met"}, [0, 1]), ({}, [0, 0])):
        notes = {"advice_first": [0, 0], "missed_disclosure": [0, 0], "strength": [0, 0]}
        _tally_notes(a, answers, notes)
        assert notes["advice_first"] == expected
