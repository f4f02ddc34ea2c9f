"""corpus/kinds73 (the seventy-third author's set: caring professions off duty): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds73/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds73"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyj01_paramedics_in_the_car_after_a_child_died() -> None:
    entry = BY_FILE["hhyj01.txt"]
    lines = lines_of(FOLDER / "hhyj01.txt")
    # Gaz's second message (index 3), the mother's noise; Shona's next (4) answers with her own.
    assert "I keep hearing the mum" in lines[3] and "I heard it too" in lines[4]
    assert "I just froze at the door" in lines[5] and "cried in the back of the truck" in lines[12]
    assert len(lines) == entry["utterances"] == 17
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Gaz", "met", 4),
        (4, "Shona", "met", 5),
        (5, "Gaz", "met", 6),
        (7, "Gaz", "met", 8),
        (8, "Shona", "met", 9),
        (12, "Shona", "met", 13),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhyj09_four_am_break_room_three_nurses() -> None:
    entry = BY_FILE["hhyj09.txt"]
    lines = lines_of(FOLDER / "hhyj09.txt")
    # Opens on soft custard creams; Tomasz's "I think I'm going to leave" (4) is the main one.
    assert "custard creams" in lines[1] and "I think I'm going to leave" in lines[4]
    assert "That corridor broke something in me too" in lines[9] and "count to a hundred" in lines[17]
    assert len(lines) == entry["utterances"] == 29
    assert entry["speakers"] == ["Dee", "Priya", "Tomasz"]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Tomasz", 5),
        (8, "Tomasz", 9),
        (9, "Priya", 10),
        (11, "Tomasz", 12),
        (14, "Tomasz", 15),
        (17, "Dee", 18),
        (23, "Tomasz", 24),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_veyj02_corridor_vent_with_a_bare_mm() -> None:
    entry = BY_FILE["veyj02.srt"]
    cues = cues_of(FOLDER / "veyj02.srt")
    # Gaz's "That's what's going to break me" (7) gets "I know, mate" (8); his wife line (13) only "Mm." (14).
    assert "going to break me" in cues[7] and cues[8] == "Ravi: I know, mate."
    assert "doing to me" in cues[13] and cues[14] == "Ravi: Mm."
    assert len(cues) == entry["utterances"] == 17
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Gaz", "depth": 3, "response": "met", "response_index": 8},
        {"index": 13, "speaker": "Gaz", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxyj01_night_dread_answered_with_melatonin() -> None:
    entry = BY_FILE["fxyj01.jsonl"]
    rows = rows_of(FOLDER / "fxyj01.jsonl")
    assert "dreading the nights block" in rows[0]["text"] and "melatonin" in rows[1]["text"]
    assert "on my own with forty patients" in rows[2]["text"] and "make a list" in rows[3]["text"]
    assert len(rows) == entry["utterances"] == 9
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Oyin", "advice", 1),
        (2, "Oyin", "advice", 3),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_unyj04_overdose_turned_into_a_trampoline_story() -> None:
    entry = BY_FILE["unyj04.txt"]
    lines = lines_of(FOLDER / "unyj04.txt")
    # Bev's first message (0); Kemi's reply (1) turns to her own daughter's broken arm.
    assert "Overdose" in lines[0] and "my Leah" in lines[1] and "Mr Potts" in lines[3]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Bev", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["speakers"] == ["Bev", "Joy", "Kemi"] and entry["format"] == "whatsapp_android"
    assert entry["main_disclosure"] == 0 and entry["split"] == "dev"


def test_unyj10_own_dog_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyj10.vtt"]
    cues = cues_of(FOLDER / "unyj10.vtt")
    assert cues[4] == "<v Anika>Bye.</v>" and "put Bess down" in cues[5]
    assert len(cues) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Nell", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfyj01_truck_left_in_a_state() -> None:
    entry = BY_FILE["cfyj01.txt"]
    lines = lines_of(FOLDER / "cfyj01.txt")
    assert "you never restock" in lines[0] and "my mum's in hospital" in lines[5]
    assert "not my problem" in lines[6] and "I'm not doing this" in lines[7] and lines[9].endswith("Gaz: 👍")
    assert len(lines) == entry["utterances"] == 10
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (6, "contempt"),
        (7, "stonewalling"),
        (8, "contempt"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Gaz", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfyj03_rota_gaps_answered_by_the_third_doctor() -> None:
    entry = BY_FILE["cfyj03.vtt"]
    cues = cues_of(FOLDER / "cfyj03.vtt")
    # Hannah's "I cried in the car" (7) is met by Oyin (8), not by Felix, whom it was said to.
    assert "You always dump the rota gaps" in cues[0] and "I cried in the car" in cues[7]
    assert cues[8].startswith("Oyin: That's really hard") and cues[10] == "Hannah: Because you don't ask."
    assert len(cues) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Hannah", "depth": 3, "response": "met", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
        (10, "criticism"),
    ]
    assert entry["harsh_startup"] is True and entry["format"] == "zoom_vtt"


def test_cfyj09_gentle_startup_about_the_euthanasia_room() -> None:
    entry = BY_FILE["cfyj09.txt"]
    lines = lines_of(FOLDER / "cfyj09.txt")
    assert "can we talk about the euthanasia room" in lines[0] and "I didn't realize" in lines[1]
    assert "those ones stay with me" in lines[4] and "they stay with me too" in lines[5]
    assert len(lines) == entry["utterances"] == 10
    assert entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (4, 3, "met", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_diyj01_the_longest_is_a_shift_pattern_debate() -> None:
    entry = BY_FILE["diyj01.txt"]
    lines = lines_of(FOLDER / "diyj01.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].startswith("Dee: Did you see the trust") and lines[-1].startswith("Dee: Right, break's over")
    assert entry["speakers"] == ["Dee", "Kofi", "Priya", "Tomasz"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "plain"
