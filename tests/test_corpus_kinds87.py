"""corpus/kinds87 (bodies, sport and health): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds87/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds87"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyx03_physio_waiting_room_two_disclosures_met() -> None:
    entry = BY_FILE["hhyx03.txt"]
    lines = lines_of(FOLDER / "hhyx03.txt")
    # Line 7 (index 6): Lorna can't lift her youngest, met by Pat's "Ah, that's hard" (7); index 10: Pat, widowed,
    # looks forward to the physio's hands, met by Lorna (11).
    assert "I feel like I'm failing her" in lines[6] and lines[7].startswith("Pat: Ah, that's hard")
    assert "since Maureen died" in lines[10] and lines[11].startswith("Lorna: Oh, Pat.")
    assert len(lines) == entry["utterances"] == 22
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Lorna", "depth": 3, "response": "met", "response_index": 7},
        {"index": 10, "speaker": "Pat", "depth": 3, "response": "met", "response_index": 11},
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Jo", "Lorna", "Pat"]
    assert entry["format"] == "plain" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhyx07_the_longest_is_a_committee_call_about_a_heart() -> None:
    entry = BY_FILE["hhyx07.vtt"]
    cues = cues_of(FOLDER / "hhyx07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 9 (index 8): the diagnosis, news at depth 2, met by Maggie's "Oh, Owen." (9); the main is the first
    # depth-3 line (13), "I don't know who I am without it", met by Maggie (14).
    assert "It's an arrhythmia" in cues[8] and cues[9] == "<v Maggie>Oh, Owen.</v>"
    assert "I don't know who I am without it" in cues[13] and "It sounds like grief" in cues[14]
    assert entry["main_disclosure"] == 13
    assert [(d["index"], d["speaker"], d["depth"]) for d in entry["disclosures"]] == [
        (8, "Owen", 2),
        (11, "Owen", 2),
        (13, "Owen", 3),
        (17, "Owen", 3),
        (22, "Ravi", 3),
        (24, "Ravi", 3),
        (28, "Owen", 3),
        (30, "Owen", 3),
        (33, "Maggie", 2),
    ]
    assert all(d["response"] == "met" and d["response_index"] == d["index"] + 1 for d in entry["disclosures"])
    assert entry["speakers"] == ["Maggie", "Owen", "Ravi"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_veyx05_a_bare_mm_is_none_and_the_new_lad_is_deflected() -> None:
    entry = BY_FILE["veyx05.txt"]
    lines = lines_of(FOLDER / "veyx05.txt")
    # Index 6 "felt like a ghost" gets only Ade's "mm" (7); index 8 is met by "that's rough mate" (9); index 10, the
    # fear for his place, is answered "he is tbf" (11): about the new lad, not him.
    assert "felt like a ghost" in lines[6] and lines[7].endswith("Ade: mm")
    assert "stung more than the knee" in lines[8] and lines[9].endswith("Ade: that's rough mate")
    assert "get my place back" in lines[10] and lines[11].endswith("Ade: he is tbf")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "none", None),
        (8, "met", 9),
        (10, "deflected", 11),
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Ade", "Callum"]
    assert entry["utterances"] == len(lines) == 15 and entry["format"] == "whatsapp_android_us"


def test_fxyx10_four_rowers_all_answer_with_tips() -> None:
    entry = BY_FILE["fxyx10.srt"]
    cues = cues_of(FOLDER / "fxyx10.srt")
    # Ellie's sleepless fear (0) gets magnesium (1); "my head just won't stop" (3) gets a list before bed (4).
    assert "terrified I'll let the whole crew down" in cues[0] and cues[1].startswith("Priya: Magnesium")
    assert "won't stop" in cues[3] and cues[4].startswith("Sam: Write a list")
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 3, "advice", 1),
        (3, 3, "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and len(cues) == entry["utterances"] == 9
    assert entry["speakers"] == ["Ellie", "Priya", "Sam", "Tom"]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_inyx10_food_diary_goes_on_past_the_shame() -> None:
    entry = BY_FILE["inyx10.jsonl"]
    rows = rows_of(FOLDER / "inyx10.jsonl")
    # Row 13: Carla eats in the car when stressed; row 14: "Okay. What time was dinner?"
    assert rows[13]["speaker"] == "Carla" and "most ashamed of" in rows[13]["text"]
    assert rows[14]["text"] == "Okay. What time was dinner?"
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Carla", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert entry["main_disclosure"] == 13 and len(rows) == entry["utterances"] == 23
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_unyx05_team_call_moves_on_to_kit() -> None:
    entry = BY_FILE["unyx05.vtt"]
    cues = cues_of(FOLDER / "unyx05.vtt")
    # Cue 6 (index 5): Kieran struggling since the knee op; Jamie's "Okay, noted" and the kit order (6). Index 9, "I
    # don't know if I'm coming back", is answered by Ben on the shirt price (10).
    assert "packing it in altogether" in cues[5] and "Let's get onto kit" in cues[6]
    assert "coming back" in cues[9] and cues[10].startswith("Ben: Twenty-eight's steep")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Kieran", "depth": 3, "response": "deflected", "response_index": 6},
        {"index": 9, "speaker": "Kieran", "depth": 3, "response": "deflected", "response_index": 10},
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Ash", "Ben", "Jamie", "Kieran"]
    assert len(cues) == entry["utterances"] == 17 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_unyx10_after_the_goodnights_no_reply() -> None:
    entry = BY_FILE["unyx10.vtt"]
    cues = cues_of(FOLDER / "unyx10.vtt")
    # The last cue (index 6): Bex has not eaten since the race; the call has ended, nobody answers.
    assert len(cues) == entry["utterances"] == 7
    assert cues[5] == "<v Bex>Thanks. Night.</v>" and "weighing myself three times a day" in cues[6]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Bex", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Bex", "Maggie", "Ravi"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_unyx02_no_heartbeat_and_legs_day() -> None:
    entry = BY_FILE["unyx02.txt"]
    lines = lines_of(FOLDER / "unyx02.txt")
    assert len(lines) == entry["utterances"] == 7
    assert min(e["utterances"] for e in BY_FILE.values()) == 7
    assert "There was no heartbeat" in lines[1] and "Well, legs today" in lines[2]
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Lee", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_cfyx07_harsh_start_over_the_alps_trip() -> None:
    entry = BY_FILE["cfyx07.jsonl"]
    rows = rows_of(FOLDER / "cfyx07.jsonl")
    assert len(rows) == entry["utterances"] == 14
    assert "unbelievably selfish" in rows[0]["text"] and rows[5]["text"] == "Here we go. Everything I do is wrong."
    assert "I'm scared, Marc" in rows[6]["text"] and rows[7]["text"].startswith("That's not fair.")
    assert rows[13]["text"] == "I'm going for a ride."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Gabi", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (9, "defensiveness"),
        (10, "criticism"),
        (11, "contempt"),
        (13, "stonewalling"),
    ]


def test_cfyx10_gentle_start_about_a_back_answered_with_contempt() -> None:
    entry = BY_FILE["cfyx10.txt"]
    lines = lines_of(FOLDER / "cfyx10.txt")
    assert len(lines) == entry["utterances"] == 10
    # The start-up (0) is a need and her back; Sara's top-seeds reply (1) passes over it. The socks (2) get "you've
    # let me down now" (3); "For a year" (6) gets "Fine. I'll find someone else" (7).
    assert "My back's been flaring" in lines[0] and "We're top seeds" in lines[1]
    assert "put my socks on" in lines[2] and "you've let me down now" in lines[3]
    assert "For a year" in lines[6] and "I'll find someone else" in lines[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (2, 3, "deflected", 3),
        (6, 3, "deflected", 7),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (3, "contempt"),
        (5, "contempt"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_counts_of_the_set() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 39
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert len(responses) == 110
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 59,
        "advice": 20,
        "deflected": 24,
        "none": 7,
    }
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 53
