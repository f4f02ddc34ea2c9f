"""corpus/kinds99 (the ninety-ninth author's set: texting through a crisis): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds99/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds99"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzj02_lockdown_call_four_met_disclosures() -> None:
    entry = BY_FILE["hhzj02.vtt"]
    cues = cues_of(FOLDER / "hhzj02.vtt")
    # Cue 6 (index 5): Grace living alone, met by Priya's "That sounds so lonely" (6); Owen's drinking (9) is met
    # by Grace (10); Priya's fear for her mum on the ward (12) by Grace (13).
    assert "Living alone through this" in cues[5] and "That sounds so lonely" in cues[6]
    assert "drinking more than I'd like" in cues[9] and "Thank you for telling us" in cues[10]
    assert "scared for Mum on the ward" in cues[12] and "Of course you are" in cues[13]
    assert len(cues) == entry["utterances"] == 17
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Grace", "met", 6),
        (7, "Grace", "met", 8),
        (9, "Owen", "met", 10),
        (12, "Priya", "met", 13),
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Grace", "Owen", "Priya"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_hhzj05_redundancy_pool_disclosure_answered_by_a_disclosure() -> None:
    entry = BY_FILE["hhzj05.srt"]
    cues = cues_of(FOLDER / "hhzj05.srt")
    # Ravi's hidden redundancy (index 8) both answers Ade's (7) and is met by Ade's question (9).
    assert "ashamed I didn't see this coming" in cues[4] and "That's a lot to carry" in cues[5]
    assert "hid it for two weeks" in cues[7] and "hid my last redundancy" in cues[8]
    assert "How did it come out" in cues[9] and "who hires at fifty-eight" in cues[11]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Ade", "depth": 3, "response": "met", "response_index": 5},
        {"index": 7, "speaker": "Ade", "depth": 3, "response": "met", "response_index": 8},
        {"index": 8, "speaker": "Ravi", "depth": 3, "response": "met", "response_index": 9},
        {"index": 11, "speaker": "Jo", "depth": 3, "response": "met", "response_index": 12},
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "srt" and entry["utterances"] == 16


def test_vezj03_layoff_rant_with_a_depth_two_second_guess() -> None:
    entry = BY_FILE["vezj03.jsonl"]
    rows = rows_of(FOLDER / "vezj03.jsonl")
    assert "humiliated" in rows[7]["text"] and "that's horrible" in rows[8]["text"]
    assert "should have seen it coming" in rows[9]["text"] and rows[10]["text"] == "Hindsight's cruel."
    assert len(rows) == entry["utterances"] == 14 and entry["speakers"] == ["Kev", "Paul"]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, 3, "met", 8),
        (9, 2, "met", 10),
    ]
    assert entry["main_disclosure"] == 7 and entry["split"] == "dev"


def test_fxzj04_flooded_house_both_feelings_get_advice() -> None:
    entry = BY_FILE["fxzj04.txt"]
    lines = lines_of(FOLDER / "fxzj04.txt")
    assert "stood there and cried" in lines[0] and "photos for the insurance" in lines[1]
    assert "drowning in it all" in lines[5] and "Make a list" in lines[6]
    assert len(lines) == entry["utterances"] == 11
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (5, "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Dad", "Gareth", "Mel"]
    assert entry["format"] == "plain_ts"


def test_inzj01_the_longest_is_a_rest_centre_registration() -> None:
    entry = BY_FILE["inzj01.vtt"]
    cues = cues_of(FOLDER / "inzj01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "Is this the Jenkins household?" in cues[0] and "reference number" in cues[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "teams_vtt" and entry["speakers"] == ["Alan", "Cath", "Officer"]


def test_unzj06_shelter_goodnight_fear_gets_no_reply() -> None:
    entry = BY_FILE["unzj06.txt"]
    lines = lines_of(FOLDER / "unzj06.txt")
    # The last line (index 5), after the goodnights: nobody answers.
    assert len(lines) == entry["utterances"] == 6
    assert "should have left sooner" in lines[5] and lines[5].startswith("Rosa:")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Rosa", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unzj09_lockdown_fear_joked_off_twice() -> None:
    entry = BY_FILE["unzj09.jsonl"]
    rows = rows_of(FOLDER / "unzj09.jsonl")
    assert "scared about my mum in the hospital" in rows[2]["text"] and "join the club" in rows[3]["text"]
    assert rows[6]["text"] == "I think I'm not okay, Ade." and "Nobody is, mate" in rows[7]["text"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Zoe", "deflected", 3),
        (6, "Zoe", "deflected", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_cfzj05_generator_row_harsh_then_repaired() -> None:
    entry = BY_FILE["cfzj05.txt"]
    lines = lines_of(FOLDER / "cfzj05.txt")
    assert "most inconsiderate person" in lines[0] and "sorry my medical needs bother you" in lines[1]
    assert "everyone has an excuse" in lines[2] and "I'm not doing this with you" in lines[3]
    assert "fall asleep at the wheel" in lines[4] and "that sounds awful" in lines[5]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (2, "contempt"),
        (3, "stonewalling"),
    ]
    assert entry["disclosures"] == [{"index": 4, "speaker": "Gail", "depth": 3, "response": "met", "response_index": 5}]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_cfzj09_a_disclosure_that_is_also_criticism() -> None:
    entry = BY_FILE["cfzj09.txt"]
    lines = lines_of(FOLDER / "cfzj09.txt")
    assert "we need to talk" in lines[0] and "typical" in lines[2] and "car loan" in lines[3]
    assert "crying in the car park" in lines[5] and "you never noticed" in lines[5]
    assert "every morning?" in lines[6]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "criticism"),
    ]
    assert entry["disclosures"][0]["response"] == "met" and entry["disclosures"][0]["response_index"] == 6
    assert entry["format"] == "whatsapp_android_us" and entry["utterances"] == 12


def test_cfzj10_gentle_start_met_with_defensiveness() -> None:
    entry = BY_FILE["cfzj10.txt"]
    lines = lines_of(FOLDER / "cfzj10.txt")
    assert "I felt scared last night" in lines[0] and "I don't need permission" in lines[1]
    assert "drama out of everything" in lines[5] and "not discussing it" in lines[7]
    assert len(lines) == entry["utterances"] == 9
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Leah", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "criticism"),
        (7, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"
