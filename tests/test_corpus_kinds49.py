"""corpus/kinds49 (the forty-ninth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds49/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds49"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxl01_drill_drop_off_turns_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxl01.txt"]
    lines = lines_of(FOLDER / "hhxl01.txt")
    # Four lines of logistics and an apology, then Tom's marriage (index 4), met by Priya's "oh Tom" (5).
    assert "drop your drill back" in lines[0] and "she's going to end it" in lines[4]
    assert "oh Tom. I'm so sorry" in lines[5]
    assert "terrible person" in lines[7] and "sit in the car outside the flat" in lines[10]
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (4, "Tom", 3, "met", 5),
        (7, "Tom", 3, "met", 8),
        (10, "Priya", 2, "met", 11),
        (14, "Tom", 3, "met", 15),
    ]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == len(lines) == 19
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev" and entry["speakers"] == ["Priya", "Tom"]


def test_hhxl10_the_joke_is_not_the_answer_the_apology_is() -> None:
    entry = BY_FILE["hhxl10.txt"]
    lines = lines_of(FOLDER / "hhxl10.txt")
    # Esther's own divorce (index 9); Ruth's cat joke (10) is not the answer, her "sorry ... rough for you" (11) is.
    assert "after I left Gary" in lines[9] and "second cat" in lines[10] and "rough for you" in lines[11]
    esther = {"index": 9, "speaker": "Esther", "depth": 2, "response": "met", "response_index": 11}
    assert entry["disclosures"][2] == esther
    assert entry["main_disclosure"] == 2 and "sat in the car on the drive" in lines[2]
    assert entry["utterances"] == 18 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_vexl04_a_bare_mm_leaves_a_disclosure_unanswered() -> None:
    entry = BY_FILE["vexl04.vtt"]
    cues = cues_of(FOLDER / "vexl04.vtt")
    assert "idiot in the room" in cues[5] and "That's horrible, Owen" in cues[6]
    assert "I don't trust him anymore" in cues[7] and cues[8] == "<v Farah>Mm.</v>"
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Owen", "depth": 3, "response": "met", "response_index": 6},
        {"index": 7, "speaker": "Owen", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "teams_vtt" and len(cues) == entry["utterances"] == 12


def test_fxxl02_kind_manager_fixes_first_and_sympathises_last() -> None:
    entry = BY_FILE["fxxl02.vtt"]
    cues = cues_of(FOLDER / "fxxl02.vtt")
    # Sam's "drowning" (1) gets focus-time advice (2); "letting everyone down" (7) gets a done list (8); the
    # sympathy comes only at index 12.
    assert "drowning" in cues[1] and "blocking out focus time" in cues[2]
    assert "letting everyone down" in cues[7] and "done list" in cues[8]
    assert "sorry you've been feeling this way" in cues[12]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Gemma", "Sam"] and entry["split"] == "dev"


def test_inxl05_disclosure_inside_an_interrogation_gets_the_next_question() -> None:
    entry = BY_FILE["inxl05.txt"]
    lines = lines_of(FOLDER / "inxl05.txt")
    assert "feeling really left out at work" in lines[13] and lines[14].endswith("Sophie: did you drink much")
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 13
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Dan", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert entry["utterances"] == len(lines) == 19 and entry["format"] == "whatsapp_android"


def test_unxl07_loneliness_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxl07.txt"]
    lines = lines_of(FOLDER / "unxl07.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "really lonely lately" in lines[4] and lines[5].endswith("Kim: night")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Kim", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unxl08_mums_counsellor_story_and_dads_council_tax() -> None:
    entry = BY_FILE["unxl08.srt"]
    cues = cues_of(FOLDER / "unxl08.srt")
    # Callum's anxiety (4) is answered by Mum's own counsellor story (5), which never comes back to him; "wasting
    # your money" (12) by Dad's council tax (13).
    assert "really anxious" in cues[4] and "I saw one after your nan died" in cues[5]
    assert "wasting your money" in cues[12] and "council tax" in cues[13]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Callum", "deflected", 5),
        (12, "Callum", "deflected", 13),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Callum", "Dad", "Mum"] and len(cues) == 20


def test_unxl09_pregnancy_answered_defensively() -> None:
    entry = BY_FILE["unxl09.jsonl"]
    rows = rows_of(FOLDER / "unxl09.jsonl")
    assert "terrified about telling management" in rows[0]["text"] and rows[1]["text"].startswith("Well, don't look")
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Becca", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl" and len(rows) == entry["utterances"] == 8


def test_cfxl01_dishes_harsh_start_and_a_shower() -> None:
    entry = BY_FILE["cfxl01.txt"]
    lines = lines_of(FOLDER / "cfxl01.txt")
    assert "you NEVER do the dishes" in lines[0] and "give the man a medal" in lines[2]
    assert "your mum, not your girlfriend" in lines[7] and "stop acting like it" in lines[8]
    assert "going for a shower" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "criticism"),
        (5, "stonewalling"),
        (6, "criticism"),
        (8, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 8


def test_cfxl08_polite_holiday_dispute() -> None:
    entry = BY_FILE["cfxl08.vtt"]
    cues = cues_of(FOLDER / "cfxl08.vtt")
    # A gentle start-up (disappointed, a request) met by the policy (defensive); the wedding (6) is met (7).
    assert "I was disappointed" in cues[0] and "I followed the policy" in cues[1]
    assert "giving her away" in cues[6] and "that does change things" in cues[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(1, "defensiveness"), (5, "stonewalling")]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (6, 3, "met", 7),
    ]


def test_dixl03_the_longest_is_a_town_meeting() -> None:
    entry = BY_FILE["dixl03.srt"]
    cues = cues_of(FOLDER / "dixl03.srt")
    assert len(cues) == entry["utterances"] == 45 == max(e["utterances"] for e in BY_FILE.values())
    assert cues[0].startswith("Gill: Okay, item three") and cues[-1] == "Sam: Thanks, Gill."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Gill", "Martin", "Priti", "Sam"] and entry["format"] == "srt"
