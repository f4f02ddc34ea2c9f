"""corpus/kinds66 (the sixty-sixth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds66/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds66"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyc06_the_longest_is_two_friends_trading_disclosures() -> None:
    entry = BY_FILE["hhyc06.jsonl"]
    rows = rows_of(FOLDER / "hhyc06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Row 7: Claire's shame about the separation (the main disclosure), reflected by Rosa in row 8; row 18: Rosa's
    # loneliness since her father died, met by Claire in row 19.
    assert "I feel so ashamed" in rows[7]["text"] and "I hear the shame" in rows[8]["text"]
    assert "really lonely" in rows[18]["text"] and "Pretending to read" in rows[19]["text"]
    assert entry["main_disclosure"] == 7
    claire, rosa = entry["disclosures"][2], entry["disclosures"][5]
    assert claire == {"index": 7, "speaker": "Claire", "depth": 3, "response": "met", "response_index": 8}
    assert rosa == {"index": 18, "speaker": "Rosa", "depth": 3, "response": "met", "response_index": 19}
    assert {d["response"] for d in entry["disclosures"]} == {"met"} and len(entry["disclosures"]) == 11
    assert entry["speakers"] == ["Claire", "Rosa"] and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_hhyc09_harsh_start_up_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhyc09.txt"]
    lines = lines_of(FOLDER / "hhyc09.txt")
    assert len(lines) == entry["utterances"] == 18
    assert "You never ask how my day was" in lines[0] and "That's not fair" in lines[1]
    assert "at risk of redundancy" in lines[4] and "That's huge" in lines[5]
    assert "Dad's memory's getting worse" in lines[11] and "Why didn't you tell me" in lines[12]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Anna", "met", 5),
        (6, "Anna", "met", 7),
        (8, "Anna", "met", 9),
        (11, "Rob", "met", 12),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts"


def test_veyc03_a_bare_mm_leaves_the_main_disclosure_unanswered() -> None:
    entry = BY_FILE["veyc03.jsonl"]
    rows = rows_of(FOLDER / "veyc03.jsonl")
    # Mark's "Mm." (row 4) comes before Lucy's line about being a guest at her own wedding (row 5); his next turn
    # (row 8) is "Yeah.": no reply beyond bare tokens, so the main disclosure is answered "none".
    assert rows[4]["text"] == "Mm." and "guest at my own wedding" in rows[5]["text"] and rows[8]["text"] == "Yeah."
    assert len(rows) == entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Lucy", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["split"] == "dev" and entry["format"] == "jsonl"


def test_fxyc02_two_colleagues_answer_both_feelings_with_plans() -> None:
    entry = BY_FILE["fxyc02.vtt"]
    cues = cues_of(FOLDER / "fxyc02.vtt")
    assert len(cues) == entry["utterances"] == 10
    assert "out of my depth" in cues[0] and "training budget" in cues[1]
    assert "not coping" in cues[3] and "thirty-sixty-ninety day plan" in cues[4]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Jen", "advice", 1),
        (3, "Jen", "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Jen", "Kiran", "Paul"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_inyc08_a_disclosure_inside_an_interrogation_gets_the_next_closed_question() -> None:
    entry = BY_FILE["inyc08.txt"]
    lines = lines_of(FOLDER / "inyc08.txt")
    assert len(lines) == entry["utterances"] == 20
    assert "not good enough for this squad" in lines[13] and "saturday's time trial" in lines[14]
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Leon", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 13
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyc04_goodnights_then_a_disclosure_nobody_answers() -> None:
    entry = BY_FILE["unyc04.txt"]
    lines = lines_of(FOLDER / "unyc04.txt")
    assert len(lines) == entry["utterances"] == 7
    assert "night lads" in lines[2] and "hate my job" in lines[3] and lines[-1].endswith("Olly: night")
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Olly", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Jonno", "Kez", "Olly"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unyc07_oh_no_then_the_listeners_own_story_is_deflected() -> None:
    entry = BY_FILE["unyc07.txt"]
    lines = lines_of(FOLDER / "unyc07.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "miscarriage" in lines[2] and "when my sister had one" in lines[3] and "interview tuesday" in lines[4]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Leah", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyc10_carrying_on_with_the_meeting_is_a_deflection() -> None:
    entry = BY_FILE["unyc10.vtt"]
    cues = cues_of(FOLDER / "unyc10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert "Since my divorce" in cues[2] and "let's wrap up" in cues[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Femi", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["speakers"] == ["Femi", "Hannah", "Omar"] and entry["format"] == "teams_vtt"


def test_cfyc06_flatmates_harsh_start_up_and_a_walk_out() -> None:
    entry = BY_FILE["cfyc06.srt"]
    cues = cues_of(FOLDER / "cfyc06.srt")
    assert len(cues) == entry["utterances"] == 16
    assert "so selfish, you never clean" in cues[0] and "maybe that's why you're always at Tom's" in cues[9]
    assert cues[15] == "Zoe: I'm going to my room."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (9, "contempt"),
        (12, "defensiveness"),
        (13, "stonewalling"),
        (15, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Zoe", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert entry["speakers"] == ["Ollie", "Priya", "Zoe"] and entry["format"] == "srt" and entry["split"] == "valid"


def test_cfyc07_gentle_start_up_handled_well_is_still_conflict() -> None:
    entry = BY_FILE["cfyc07.jsonl"]
    rows = rows_of(FOLDER / "cfyc07.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert "I'm worried because" in rows[0]["text"] and "I hear you" in rows[1]["text"]
    assert "felt like that since we split" in rows[5]["text"] and "that's on me" in rows[6]["text"]
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is False and entry["horsemen"] == []
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (0, "Lisa", 2, "met", 1),
        (2, "Mark", 2, "met", 3),
        (5, "Lisa", 3, "met", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl" and entry["split"] == "valid"
