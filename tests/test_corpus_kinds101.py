"""corpus/kinds101 (the hundred-and-first author's set: people in their seventies and eighties): entries counted by
hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds101/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds101"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzl02_parkinsons_told_on_a_zoom_call() -> None:
    entry = BY_FILE["hhzl02.vtt"]
    cues = cues_of(FOLDER / "hhzl02.vtt")
    # Fourth cue (index 3): Walter's diagnosis, met by Priya's "Two days on your own with that" (4); Daniel's own
    # worry (13) is met by Walter's "Have you?" (14).
    assert "It's Parkinson's" in cues[3] and cues[4].startswith("Priya: Oh Grandad. Two days")
    assert "didn't know how to ask" in cues[13] and cues[14].startswith("Walter: Have you?")
    assert len(cues) == entry["utterances"] == 20
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (3, "Walter", 3, "met", 4),
        (5, "Walter", 3, "met", 6),
        (7, "Walter", 2, "met", 8),
        (10, "Walter", 3, "met", 11),
        (13, "Daniel", 3, "met", 14),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Daniel", "Priya", "Walter"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_hhzl05_two_old_workmates_after_a_funeral() -> None:
    entry = BY_FILE["hhzl05.srt"]
    cues = cues_of(FOLDER / "hhzl05.srt")
    assert "I'm counting" in cues[5] and "don't you dare go first" in cues[6]
    assert "I'd be lost, Frank" in cues[7]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Stanley", 6),
        (6, "Frank", 7),
        (8, "Frank", 9),
        (11, "Stanley", 12),
    ]
    assert all(d["response"] == "met" for d in entry["disclosures"])
    assert entry["main_disclosure"] == 5 and entry["format"] == "srt" and entry["utterances"] == 20


def test_vezl04_visiting_hours_and_the_good_hour() -> None:
    entry = BY_FILE["vezl04.vtt"]
    cues = cues_of(FOLDER / "vezl04.vtt")
    # Seventh cue (index 6): at eleven she sometimes knows him; Susan's "that's so hard" (7) meets it.
    assert "At eleven she sometimes knows me" in cues[6] and "that's so hard" in cues[7]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Arthur", "depth": 3, "response": "met", "response_index": 7}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "teams_vtt" and entry["utterances"] == 15


def test_fxzl03_two_daughters_fix_a_fear_of_the_stairs() -> None:
    entry = BY_FILE["fxzl03.txt"]
    lines = lines_of(FOLDER / "fxzl03.txt")
    assert "nobody will know till Thursday" in lines[0] and "pendant alarm" in lines[1]
    assert "like an invalid" in lines[6] and "Then the stairlift" in lines[7]
    assert len(lines) == entry["utterances"] == 11
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (0, "Betty", 3, "advice", 1),
        (6, "Betty", 2, "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Betty", "Carole", "Lynn"]
    assert entry["format"] == "whatsapp_android_us"


def test_inzl03_the_longest_is_a_son_asking_about_a_scam_call() -> None:
    entry = BY_FILE["inzl03.txt"]
    lines = lines_of(FOLDER / "inzl03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[2].endswith("Paul: When did they ring?") and "I'm ringing the bank" in lines[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_unzl04_anniversary_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unzl04.txt"]
    lines = lines_of(FOLDER / "unzl04.txt")
    # The last of nine messages (index 8), Nana's, after everyone has said goodnight.
    assert "Night x" in lines[7] and "three years today" in lines[8]
    assert len(lines) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Nana", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["speakers"] == ["Darren", "Gemma", "Nana", "Zoe"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unzl09_low_mood_after_see_you_at_six() -> None:
    entry = BY_FILE["unzl09.jsonl"]
    rows = rows_of(FOLDER / "unzl09.jsonl")
    assert len(rows) == entry["utterances"] == 6
    assert rows[4]["text"].startswith("See you at 6") and "feeling very low" in rows[5]["text"]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Mum", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_cfzl04_hearing_aids_in_the_drawer() -> None:
    entry = BY_FILE["cfzl04.txt"]
    lines = lines_of(FOLDER / "cfzl04.txt")
    assert lines[0] == "Brian: Eh?" and "you never wear the things" in lines[1]
    assert "married to a wall" in lines[5] and "I heard that one fine" in lines[6]
    assert len(lines) == entry["utterances"] == 11
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "criticism"),
        (2, "defensiveness"),
        (3, "contempt"),
        (6, "contempt"),
        (8, "stonewalling"),
        (9, "contempt"),
        (10, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Sheila", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "plain"


def test_cfzl07_gentle_request_first_met_defensively() -> None:
    entry = BY_FILE["cfzl07.jsonl"]
    rows = rows_of(FOLDER / "cfzl07.jsonl")
    assert "I feel lonely at the table" in rows[0]["text"] and rows[1]["text"] == "I can hear most things."
    assert "I miss you" in rows[6]["text"] and "I feel a fool" in rows[7]["text"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Ann", "deflected", 1),
        (6, "Ann", "met", 7),
        (7, "Dennis", "met", 8),
    ]
    assert entry["format"] == "jsonl" and entry["split"] == "valid" and entry["utterances"] == 12


def test_group_chats_and_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert 25 <= sum(1 for e in entries if len(e["speakers"]) >= 3) <= 40
    assert min(e["utterances"] for e in entries) == 6
