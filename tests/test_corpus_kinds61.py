"""corpus/kinds61 (the sixty-first author's set: reserved, understated people): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds61/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds61"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxx06_scan_told_over_the_kettle_and_met_in_kind() -> None:
    entry = BY_FILE["hhxx06.jsonl"]
    rows = rows_of(FOLDER / "hhxx06.jsonl")
    # Tom's fourth line (index 3), the scan, is met by Bill's "Sit yourself down" (4); Bill's own secret (10) is met
    # by Tom's "I never knew that" (11); the lifts to Jimmy's (22) are care by an act, not a listed disclosure.
    assert "the scan came back" in rows[3]["text"] and "Sit yourself down" in rows[4]["text"]
    assert "Sheila'll go to pieces" in rows[7]["text"] and "surprise you" in rows[8]["text"]
    assert "I was that ashamed" in rows[10]["text"] and rows[11]["text"] == "I never knew that."
    assert "Can't face them knowing" in rows[15]["text"] and "Tuesdays and Thursdays" in rows[22]["text"]
    assert len(rows) == entry["utterances"] == 25
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (3, "Tom", 3, "met", 4),
        (7, "Tom", 3, "met", 8),
        (10, "Bill", 3, "met", 11),
        (15, "Tom", 3, "met", 16),
    ]
    assert entry["main_disclosure"] == 3 and entry["split"] == "valid" and entry["format"] == "jsonl"
    assert entry["speakers"] == ["Bill", "Tom"] and entry["harsh_startup"] is None


def test_vexx09_the_lodge_moan_with_tokens() -> None:
    entry = BY_FILE["vexx09.vtt"]
    cues = cues_of(FOLDER / "vexx09.vtt")
    # Hamid holds the floor; "Right." (9) is a token after a fact; the chocolate teapot (10) is met by Dot (11).
    assert cues[9] == "Dot: Right." and "chocolate teapot" in cues[10] and "that's rotten" in cues[11]
    assert len(cues) == entry["utterances"] == 20
    assert sum(c.startswith("Hamid:") for c in cues) == 12
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Hamid", "depth": 3, "response": "met", "response_index": 11}
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Chris", "Dot", "Hamid"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_fxxx10_the_barn_loan_and_late_sympathy() -> None:
    entry = BY_FILE["fxxx10.srt"]
    cues = cues_of(FOLDER / "fxxx10.srt")
    # Both of Anders's disclosures (0, 4) get a remedy first (1, 5); "a hard thing you carry" comes only at 9.
    assert "cannot take over" in cues[0] and "bank in Falun" in cues[1]
    assert "I feel I failed him" in cues[4] and "young farmer grant" in cues[5]
    assert "a hard thing you carry" in cues[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(cues) == 11
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_inxx06_the_longest_is_a_care_assessment() -> None:
    entry = BY_FILE["inxx06.vtt"]
    cues = cues_of(FOLDER / "inxx06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[2].startswith("Assessor: Good. Mr Lindqvist") and cues[-1].startswith("Assessor: Thank you.")
    assert cues[19] == "Karin: Once. In February. In the kitchen."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Assessor", "Karin", "Sven"] and entry["format"] == "zoom_vtt"


def test_inxx08_homesick_line_gets_the_dentist() -> None:
    entry = BY_FILE["inxx08.txt"]
    lines = lines_of(FOLDER / "inxx08.txt")
    # Nate's eleventh message (index 10) is answered by the next closed question about the dentist (11).
    assert "I kind of hate it here" in lines[10] and "Did you call about the dentist" in lines[11]
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Nate", "depth": 3, "response": "deflected", "response_index": 11}
    ]
    assert entry["main_disclosure"] == 10 and entry["kind"] == "interrogation"
    assert entry["format"] == "whatsapp_ios_us" and entry["speakers"] == ["Dad", "Mom", "Nate"]


def test_unxx06_oh_dear_and_the_new_cafe() -> None:
    entry = BY_FILE["unxx06.txt"]
    lines = lines_of(FOLDER / "unxx06.txt")
    # "Oh dear, well, these things happen to us all" closes the subject in the same breath as the café: deflected.
    assert "stop driving" in lines[2] and "new café" in lines[3]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Audrey", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unxx08_the_flower_rota_passes_over_rosalind_twice() -> None:
    entry = BY_FILE["unxx08.srt"]
    cues = cues_of(FOLDER / "unxx08.srt")
    assert "Philip has moved out" in cues[10] and "Advent's only the four Sundays" in cues[11]
    assert "I think it's him" in cues[16] and cues[17] == "Eleanor: More tea, Jean?"
    assert len(cues) == entry["utterances"] == 22
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "deflected", 11),
        (16, "deflected", 17),
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Eleanor", "Jean", "Rosalind"]


def test_unxx10_after_the_goodbyes_no_reply() -> None:
    entry = BY_FILE["unxx10.vtt"]
    cues = cues_of(FOLDER / "unxx10.vtt")
    # Stuart's line is the last cue (index 9): nobody says anything after it.
    assert len(cues) == entry["utterances"] == 10
    assert "Cheers, bye." in cues[8] and "on my own over the long weekend" in cues[9]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Stuart", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "teams_vtt"
    assert entry["speakers"] == ["Bev", "Owen", "Stuart", "Trish"]


def test_cfxx04_gentle_request_and_a_closed_door() -> None:
    entry = BY_FILE["cfxx04.txt"]
    lines = lines_of(FOLDER / "cfxx04.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "I'd be grateful" in lines[0] and "It's been a worry" in lines[2]
    assert "Plenty of people have trees" in lines[3] and "surveyor's opinion" in lines[5]
    assert lines[9].endswith("I said I'll think about it. Good morning.")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Mr Pike", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]


def test_cfxx07_the_boat_engine_harsh_then_repaired() -> None:
    entry = BY_FILE["cfxx07.jsonl"]
    rows = rows_of(FOLDER / "cfxx07.jsonl")
    assert "You always decide everything" in rows[0]["text"] and "kiosk for ice cream" in rows[6]["text"]
    assert "feel like a lodger" in rows[8]["text"] and rows[9]["text"].startswith("A lodger.")
    assert "my father bought everything" in rows[11]["text"] and rows[12]["text"] == "And then."
    assert len(rows) == entry["utterances"] == 21
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "Gunilla", "met", 9),
        (11, "Bengt", "met", 12),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "criticism"),
        (3, "defensiveness"),
        (6, "contempt"),
    ]
