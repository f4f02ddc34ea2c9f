"""corpus/kinds97 (the ninety-seventh author's set: workplaces with friction): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds97/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds97"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzh01_walk_in_tears_met_and_returned() -> None:
    entry = BY_FILE["hhzh01.txt"]
    lines = lines_of(FOLDER / "hhzh01.txt")
    # Dee's crying in the walk-in (3) and "such a mug" (4) are both answered by Tomasz's "you're not a mug" (5);
    # her "not cut out for it" (7) by his own near-walkout (8), which she meets with "I never knew that" (9).
    assert "cried for like five minutes" in lines[3] and "such a mug" in lines[4]
    assert "you're not a mug" in lines[5] and "faking being a sous" in lines[7]
    assert "I nearly walked out" in lines[8] and "I never knew that" in lines[9]
    assert len(lines) == entry["utterances"] == 15
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Dee", "met", 5),
        (4, "Dee", "met", 5),
        (7, "Dee", "met", 8),
        (8, "Tomasz", "met", 9),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhzh10_harsh_start_repairs_into_mutual_fear() -> None:
    entry = BY_FILE["hhzh10.txt"]
    lines = lines_of(FOLDER / "hhzh10.txt")
    assert "you never back me up" in lines[0] and "that's rich" in lines[1] and "I'm sorry" in lines[2]
    assert "I'm scared" in lines[4] and "why didn't you say" in lines[5]
    assert "I've been scared too" in lines[8] and "you saw it too" in lines[9]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "contempt")]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Marco", 5),
        (6, "Marco", 7),
        (8, "Dee", 9),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_dizh01_the_longest_is_a_tronc_meeting() -> None:
    entry = BY_FILE["dizh01.txt"]
    lines = lines_of(FOLDER / "dizh01.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].startswith("Marco: Okay, staff meeting.") and lines[-1] == "Priya: Sounds like a plan."
    assert entry["speakers"] == ["Dee", "Marco", "Priya", "Tomasz"] and entry["format"] == "plain"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None


def test_vezh03_failing_everyone_gets_only_mm() -> None:
    entry = BY_FILE["vezh03.jsonl"]
    rows = rows_of(FOLDER / "vezh03.jsonl")
    assert "failing everyone" in rows[6]["text"] and rows[7]["text"] == "Mm." and rows[7]["speaker"] == "Joe"
    assert len(rows) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Hannah", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["split"] == "dev"


def test_fxzh02_two_managers_answer_anxiety_with_referrals() -> None:
    entry = BY_FILE["fxzh02.vtt"]
    cues = cues_of(FOLDER / "fxzh02.vtt")
    assert "throwing up in the car park" in cues[0] and "occupational health" in cues[1]
    assert "someone will die" in cues[5] and "SBAR checklist" in cues[6]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Hannah", "advice", 1),
        (5, "Hannah", "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt"
    assert entry["speakers"] == ["Bisi", "Hannah", "Maureen"]


def test_unzh01_panic_attacks_answered_with_the_trains() -> None:
    entry = BY_FILE["unzh01.txt"]
    lines = lines_of(FOLDER / "unzh01.txt")
    assert "panic attacks" in lines[3] and "lol the trains" in lines[4]
    assert len(lines) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Omar", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_unzh08_last_message_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unzh08.srt"]
    cues = cues_of(FOLDER / "unzh08.srt")
    assert len(cues) == entry["utterances"] == 7
    assert cues[5] == "Kelly: Night Ruth." and "sit in the car park" in cues[6]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Gaz", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Gaz", "Kelly", "Ruth", "Sunil"] and entry["split"] == "valid"


def test_cfzh03_late_for_handover_and_a_mothers_care_brushed_off() -> None:
    entry = BY_FILE["cfzh03.vtt"]
    cues = cues_of(FOLDER / "cfzh03.vtt")
    assert "We need to talk about handover" in cues[0] and "mum's care" in cues[6]
    assert "not a ward problem" in cues[7] and cues[8] == "Joe: Fine. Whatever."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "contempt"),
        (7, "defensiveness"),
        (8, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Joe", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "zoom_vtt" and len(entry["speakers"]) == 3


def test_cfzh07_wedding_rota_row() -> None:
    entry = BY_FILE["cfzh07.jsonl"]
    rows = rows_of(FOLDER / "cfzh07.jsonl")
    assert rows[0]["text"].startswith("You're so selfish") and "Classic you" in rows[2]["text"]
    assert "sister's wedding" in rows[4]["text"] and "written it on the board" in rows[5]["text"]
    assert rows[9]["text"] == "Whatever. Talk to Marco."
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Priya", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4 and entry["split"] == "valid"


def test_cfzh09_gentle_start_with_a_met_disclosure() -> None:
    entry = BY_FILE["cfzh09.txt"]
    lines = lines_of(FOLDER / "cfzh09.txt")
    assert "could we talk in the office" in lines[0] and "back to team lead" in lines[4]
    assert "I can see why it felt like that" in lines[5]
    assert entry["harsh_startup"] is False and entry["horsemen"] == []
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Kelly", "depth": 3, "response": "met", "response_index": 5}
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android_us"


def test_lezh09_shortest_is_a_new_starter_briefing() -> None:
    entry = BY_FILE["lezh09.txt"]
    lines = lines_of(FOLDER / "lezh09.txt")
    assert len(lines) == entry["utterances"] == 6 and lines[-1] == "Kelly: Right, follow me."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "plain"
