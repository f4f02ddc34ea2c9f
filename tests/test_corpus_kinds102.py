"""corpus/kinds102 (the hundred-and-second author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds102/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds102"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzm05_the_longest_is_a_flat_warming() -> None:
    entry = BY_FILE["hhzm05.srt"]
    cues = cues_of(FOLDER / "hhzm05.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 10 (index 9): Marta's fear of becoming her aunt, met by Dev's next cue.
    assert "terrified I'll like it too much" in cues[9] and "lonely thing to be scared of" in cues[10]
    assert entry["main_disclosure"] == 9
    rows = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert rows == [
        (9, "Marta", 3, "met", 10),
        (15, "Marta", 3, "met", 16),
        (17, "Marta", 3, "met", 18),
        (21, "Dev", 2, "met", 22),
        (32, "Marta", 3, "met", 33),
        (41, "Lou", 2, "met", 42),
    ]
    assert entry["speakers"] == ["Dev", "Lou", "Marta"] and entry["split"] == "dev" and entry["format"] == "srt"


def test_hhzm07_a_joke_that_stays_with_the_feeling_is_met() -> None:
    entry = BY_FILE["hhzm07.vtt"]
    cues = cues_of(FOLDER / "hhzm07.vtt")
    assert "crying at the printer" in cues[4] and "The printer deserves it" in cues[5]
    assert entry["disclosures"][1] == {
        "index": 4,
        "speaker": "Bryony",
        "depth": 3,
        "response": "met",
        "response_index": 5,
    }
    assert entry["main_disclosure"] == 2 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_unzm04_acknowledge_then_defend_is_deflected() -> None:
    entry = BY_FILE["unzm04.txt"]
    lines = lines_of(FOLDER / "unzm04.txt")
    assert "felt really left out" in lines[0] and "I hear you, but" in lines[1]
    assert "I just felt forgotten" in lines[4] and "tiny thing anyway" in lines[5]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Beth", "depth": 3, "response": "deflected", "response_index": 1},
        {"index": 4, "speaker": "Beth", "depth": 3, "response": "deflected", "response_index": 5},
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android" and entry["utterances"] == 9


def test_unzm02_a_story_that_takes_the_floor_is_deflected() -> None:
    entry = BY_FILE["unzm02.txt"]
    lines = lines_of(FOLDER / "unzm02.txt")
    assert "weren't good enough to be a mum" in lines[0] and "much worse than you" in lines[1]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Ellie", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["format"] == "plain_ts" and entry["utterances"] == len(lines) == 8


def test_unzm10_stand_up_back_to_business_then_no_reply() -> None:
    entry = BY_FILE["unzm10.vtt"]
    cues = cues_of(FOLDER / "unzm10.vtt")
    assert "not coping well" in cues[3] and "billing fix by Thursday" in cues[4]
    assert "wanted someone to know" in cues[9] and len(cues) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Ruth", "depth": 3, "response": "deflected", "response_index": 4},
        {"index": 9, "speaker": "Ruth", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["speakers"] == ["Kai", "Lead", "Ruth", "Sanjay"] and entry["split"] == "valid"


def test_unzm09_oh_no_anyway_is_deflected() -> None:
    entry = BY_FILE["unzm09.jsonl"]
    rows = rows_of(FOLDER / "unzm09.jsonl")
    assert "IVF didn't work" in rows[1]["text"] and rows[2]["text"].startswith("Oh no, sorry. Anyway")
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Grace", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl"


def test_vezm02_a_bare_mm_is_none() -> None:
    entry = BY_FILE["vezm02.srt"]
    cues = cues_of(FOLDER / "vezm02.srt")
    assert "so stupid for trusting them" in cues[8] and cues[9] == "Ruth: Mm."
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Gemma", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["split"] == "dev"


def test_fxzm07_late_sympathy_leaves_both_feelings_advice() -> None:
    entry = BY_FILE["fxzm07.vtt"]
    cues = cues_of(FOLDER / "fxzm07.vtt")
    assert "stopped speaking to me" in cues[0] and "writing her a letter" in cues[1]
    assert "terrible father" in cues[5] and "counselling" in cues[6] and "sounds awful" in cues[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (5, "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Hamid", "Neil", "Tess"]
    assert entry["format"] == "zoom_vtt"


def test_cfzm06_harsh_start_and_forget_it() -> None:
    entry = BY_FILE["cfzm06.srt"]
    cues = cues_of(FOLDER / "cfzm06.srt")
    assert "You're so selfish" in cues[0] and "You're welcome" in cues[1] and cues[6] == "Jade: Forget it."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (3, "contempt"),
        (5, "defensiveness"),
        (6, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Jade", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_cfzm07_gentle_start_with_an_apology_is_met() -> None:
    entry = BY_FILE["cfzm07.jsonl"]
    rows = rows_of(FOLDER / "cfzm07.jsonl")
    assert "felt embarrassed" in rows[0]["text"] and "I'm sorry it embarrassed you" in rows[1]["text"]
    assert "the figure was wrong" in rows[3]["text"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Bea", "met", 1),
        (5, "Priyesh", "met", 6),
    ]
