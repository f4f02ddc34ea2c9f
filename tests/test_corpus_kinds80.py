"""corpus/kinds80 (the eightieth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds80/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds80"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyq01_the_car_on_the_drive_and_the_shed() -> None:
    entry = BY_FILE["hhyq01.txt"]
    lines = lines_of(FOLDER / "hhyq01.txt")
    # Gaz's sixth line (index 5): an hour in the car, Deano on the stretcher; Tommo stays with it (6). Tommo's shed
    # (10) is met by Gaz's laugh at the birdhouse (11), teasing that stays with it.
    assert "sat in the car on the drive for an hour" in lines[5] and "that's not nothing" in lines[6]
    assert "feel like a traitor" in lines[8] and "you're not a traitor Gaz" in lines[9]
    assert "i sit in the shed" in lines[10] and "the birdhouse. christ" in lines[11]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Gaz", "met", 6),
        (8, "Gaz", "met", 9),
        (10, "Tommo", "met", 11),
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == len(lines) == 22
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhyq07_the_longest_is_a_regiment_call_of_four() -> None:
    entry = BY_FILE["hhyq07.vtt"]
    cues = cues_of(FOLDER / "hhyq07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Ten cues of reunion banter, then Col's drinking (10), Mags counting the cans (18), Pritch sober nine years
    # (22) and Ade's twelve-mile walks (31), each met by the next speaker.
    assert "drinking more than I should" in cues[10] and "Thank you for saying it" in cues[11]
    assert "count the cans" in cues[18] and "I'm sorry, Mags" in cues[19]
    assert "sober nine years" in cues[22] and "I'd no idea" in cues[23]
    assert "lonely since I retired" in cues[31] and "You mad sod" in cues[32]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "Col", 11),
        (14, "Col", 15),
        (18, "Mags", 19),
        (22, "Pritch", 23),
        (31, "Ade", 32),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Ade", "Col", "Mags", "Pritch"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_veyq09_spat_at_and_a_friends_short_answer() -> None:
    entry = BY_FILE["veyq09.vtt"]
    cues = cues_of(FOLDER / "veyq09.vtt")
    # Tenth cue (index 9): scared before she has parked; Lucy's "That's horrible" (10) is met.
    assert "I'm scared before I've even parked up" in cues[9] and "That's horrible" in cues[10]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Amara", "depth": 3, "response": "met", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["utterances"] == len(cues) == 17
    assert entry["speakers"] == ["Amara", "Becky", "Lucy"] and entry["format"] == "zoom_vtt"


def test_fxyq08_career_options_before_the_late_sorry() -> None:
    entry = BY_FILE["fxyq08.txt"]
    lines = lines_of(FOLDER / "fxyq08.txt")
    # Line 2 (index 1): Lisa dreads the phone; Mark's first reply is 111 jobs (2). "I love it and I dread it" (5)
    # gets part-time (6). The sympathy comes only in the last line (12).
    assert "I dread the phone" in lines[1] and "111 clinical advisor" in lines[2]
    assert "I love it and I dread it" in lines[5] and "go part time" in lines[6]
    assert "sorry it's been this hard" in lines[12] and len(lines) == entry["utterances"] == 13
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, 3, "advice", 2),
        (5, 2, "advice", 6),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "plain" and entry["split"] == "valid"


def test_inyq07_two_am_questions_and_a_breakup_passed_over() -> None:
    entry = BY_FILE["inyq07.txt"]
    lines = lines_of(FOLDER / "inyq07.txt")
    # Twenty lines of closed questions and short answers; Finn's breakup (20) gets "your phone was off because?" (21).
    assert "me and Mia broke up" in lines[20] and "your phone was off because" in lines[21]
    assert entry["disclosures"] == [
        {"index": 20, "speaker": "Finn", "depth": 3, "response": "deflected", "response_index": 21}
    ]
    assert entry["main_disclosure"] == 20 and entry["utterances"] == len(lines) == 24
    assert entry["kind"] == "interrogation" and entry["format"] == "plain"


def test_unyq08_the_boy_and_the_gravy() -> None:
    entry = BY_FILE["unyq08.srt"]
    cues = cues_of(FOLDER / "unyq08.srt")
    # Fifth cue (index 4): Nat can't stop seeing a little boy; Mum: "don't talk about that at the table" (5).
    assert "can't stop seeing him" in cues[4] and "don't talk about that at the table" in cues[5]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Nat", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Chris", "Gran", "Mum", "Nat"]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_unyq09_after_the_goodnights_no_reply() -> None:
    entry = BY_FILE["unyq09.jsonl"]
    rows = rows_of(FOLDER / "unyq09.jsonl")
    # Luke's fifth row (index 4), after both goodnights; the only row after it is his own "Ignore me" (5).
    assert "stopped caring about anything" in rows[4]["text"] and rows[5]["text"].startswith("Ignore me")
    assert [r["speaker"] for r in rows[4:]] == ["Luke", "Luke"]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Luke", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["utterances"] == len(rows) == 6 and entry["format"] == "jsonl"


def test_cfyq01_harsh_start_and_two_walkouts() -> None:
    entry = BY_FILE["cfyq01.txt"]
    lines = lines_of(FOLDER / "cfyq01.txt")
    assert "You never tell me anything" in lines[0] and "a PowerPoint" in lines[1]
    assert "I feel so lonely in this house" in lines[6] and "Poor Lauren" in lines[7]
    assert "You want to know what I saw today" in lines[9] and "your whole family's like this" in lines[10]
    assert "I'm going to bed" in lines[13] and "Not doing this" in lines[15]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (3, "defensiveness"),
        (4, "criticism"),
        (7, "contempt"),
        (10, "criticism"),
        (13, "stonewalling"),
        (15, "stonewalling"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "deflected", 7),
        (9, "deflected", 10),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfyq09_gentle_start_defended_then_met() -> None:
    entry = BY_FILE["cfyq09.txt"]
    lines = lines_of(FOLDER / "cfyq09.txt")
    # A feeling and a specific request (0), answered defensively (1, 3, 5); Luke's "cry in the shower" (7) is met (8).
    assert "I felt embarrassed" in lines[0] and "everybody laughed" in lines[1]
    assert "cry in the shower" in lines[7] and "cried in the shower with me" in lines[8]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "defensiveness"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (7, "met", 8),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_pfyq08_shift_stats_list_no_disclosure() -> None:
    entry = BY_FILE["pfyq08.jsonl"]
    rows = rows_of(FOLDER / "pfyq08.jsonl")
    assert "Eleven jobs" in rows[0]["text"] and "I did fourteen" in rows[1]["text"]
    assert len(rows) == entry["utterances"] == 11 and entry["speakers"] == ["Kez", "Rich"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["horsemen"] == []
