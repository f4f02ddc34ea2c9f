"""corpus/kinds15 (the fifteenth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds15/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest

FOLDER = CORPUS / "kinds15"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unf07_firing_answered_with_a_raise() -> None:
    entry = BY_FILE["unf07.txt"]
    lines = lines_of(FOLDER / "unf07.txt")
    # Jordan's second message (index 1), walked out with a box; Tyrese's first (index 2) turns to his own raise.
    assert "such a loser" in lines[1] and "i got a raise today" in lines[2]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Jordan", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unf10_goodnight_fear_gets_no_reply() -> None:
    entry = BY_FILE["unf10.vtt"]
    cues = cues_of(FOLDER / "unf10.vtt")
    # Fourth cue (index 3): Granny Pat afraid of giving up driving; Mick's next cue is about his car keys.
    assert "frightened" in cues[3] and "car keys" in cues[4]
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Granny Pat", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Granny Pat", "Steph", "Uncle Mick"] and entry["format"] == "teams_vtt"


def test_fxf04_both_feelings_get_advice_from_two_parents() -> None:
    entry = BY_FILE["fxf04.txt"]
    lines = lines_of(FOLDER / "fxf04.txt")
    # Line 2 (index 1): the unopened statements, met by Mum's "Open them tonight" (2); line 8 (index 7): "such an
    # idiot", met by Dad's StepChange tip (8).
    assert "too scared to open" in lines[1] and "Open them tonight" in lines[2]
    assert "such an idiot" in lines[7] and "StepChange" in lines[8]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["utterances"] == 13 and entry["speakers"] == ["Dad", "Josh", "Mum"]


def test_cff10_neighbour_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cff10.txt"]
    lines = lines_of(FOLDER / "cff10.txt")
    assert len(lines) == entry["utterances"] == 8
    assert "every night, for a month" in lines[0] and "Of course." in lines[2]
    assert "only reason I leave the house" in lines[5] and "Not my problem" in lines[6]
    assert "I'm done talking" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (6, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 6


def test_inf06_the_longest_is_a_worried_sisters_call() -> None:
    entry = BY_FILE["inf06.vtt"]
    cues = cues_of(FOLDER / "inf06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[2].endswith("Claire: Did you eat today?") and cues[-1].startswith("Claire: Okay. I'll ring you")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "zoom_vtt"
