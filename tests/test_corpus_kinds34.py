"""corpus/kinds34 (the thirty-fourth author's set: migrants and long-distance ties): entries counted by hand from
the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds34/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds34"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_una04_airport_tears_answered_with_the_audit() -> None:
    entry = BY_FILE["una04.txt"]
    lines = lines_of(FOLDER / "una04.txt")
    # Nadia's first message (index 0) cried at security; Rob's first reply (1) skips it, then turns to his work day.
    assert "i cried at the airport again" in lines[0] and "glad you landed safe" in lines[1]
    assert "the audit people were in" in lines[2]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Nadia", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_sta01_the_longest_is_a_four_city_family_call() -> None:
    entry = BY_FILE["sta01.vtt"]
    cues = cues_of(FOLDER / "sta01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Ali: Assalamu alaikum!") and cues[-1] == "Sana: Same time. Allah hafiz everyone."
    assert entry["speakers"] == ["Abbu", "Ali", "Ammi", "Sana"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "zoom_vtt"


def test_vea04_night_nurse_with_a_bare_hmm() -> None:
    entry = BY_FILE["vea04.vtt"]
    cues = cues_of(FOLDER / "vea04.vtt")
    # Cue 5 (index 4), "they call the Filipino nurse", gets only "Hmm." (5): none. The birthday missed in resus (6)
    # is the main one, met by "Ay, that's hard." (7); the voice note (8) and "an ATM with a uniform" (10) are met too.
    assert "call the Filipino nurse" in cues[4] and cues[5] == "<v Grace>Hmm.</v>"
    assert "Princess's birthday" in cues[6] and "Ay, that's hard." in cues[7]
    assert "ATM with a uniform" in cues[10] and "Mm. Yeah." in cues[11]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, 2, "none", None),
        (6, 3, "met", 7),
        (8, 3, "met", 9),
        (10, 3, "met", 11),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "teams_vtt" and entry["utterances"] == 16


def test_fxa02_valentines_loneliness_gets_a_spreadsheet() -> None:
    entry = BY_FILE["fxa02.vtt"]
    cues = cues_of(FOLDER / "fxa02.vtt")
    # Index 4: "a relationship with a screen", answered by the flight spreadsheet (5); index 8: "not in a spreadsheet
    # way", answered by the same-recipe video dinner (9).
    assert "relationship with a screen" in cues[4] and "I made a spreadsheet" in cues[5]
    assert "Not in a spreadsheet way" in cues[8] and "same recipe, same time" in cues[9]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Elif", "advice", 5),
        (8, "Elif", "advice", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["split"] == "dev" and entry["utterances"] == 15


def test_cfa03_diwali_call_harsh_start_and_hang_up() -> None:
    entry = BY_FILE["cfa03.vtt"]
    cues = cues_of(FOLDER / "cfa03.vtt")
    assert len(cues) == entry["utterances"] == 15
    assert "decided we don't exist" in cues[0] and "There's always an exam" in cues[2]
    assert "frame the transfer receipts" in cues[5] and "one diya and cry" in cues[8]
    assert cues[9] == "Dad: Nobody forced you to go there." and cues[14].startswith("Shreya: I'm hanging up.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Shreya", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "criticism"),
        (3, "criticism"),
        (4, "defensiveness"),
        (5, "contempt"),
        (9, "contempt"),
        (13, "criticism"),
        (13, "stonewalling"),
        (14, "stonewalling"),
    ]


def test_hha10_you_never_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hha10.txt"]
    lines = lines_of(FOLDER / "hha10.txt")
    # Three harsh lines (0-2), Amara's repair (3), then Leo's loneliness (4) met by "oh love" (5).
    assert "you never make time for me" in lines[0] and "what's actually going on with you?" in lines[3]
    assert "really lonely without you" in lines[4] and "oh love" in lines[5]
    assert "hiding in my laptop" in lines[6] and "how is she today, really?" in lines[7]
    assert len(lines) == entry["utterances"] == 17
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Leo", "met", 5),
        (6, "Amara", "met", 7),
        (8, "Amara", "met", 9),
        (11, "Leo", "met", 12),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_una08_lonely_in_amsterdam_after_the_goodnights() -> None:
    entry = BY_FILE["una08.srt"]
    cues = cues_of(FOLDER / "una08.srt")
    assert len(cues) == entry["utterances"] == 6
    assert cues[4] == "Isha: No problem. Sleep well." and "made a mistake moving to Amsterdam" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Nikhil", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "srt" and entry["split"] == "valid"


def test_ina09_grandparents_questions_roll_over_a_wish_to_quit() -> None:
    entry = BY_FILE["ina09.srt"]
    cues = cues_of(FOLDER / "ina09.srt")
    # Lena's eighth cue (index 7), "thinking of quitting", is answered by Opa's question about the flight money (8).
    assert "thinking of quitting" in cues[7] and "enough money for the flight" in cues[8]
    assert len(cues) == entry["utterances"] == 17
    assert entry["speakers"] == ["Grandma Ute", "Grandpa Heinz", "Lena"]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Lena", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["main_disclosure"] == 7 and entry["kind"] == "interrogation"


def test_cfa07_sisters_in_leicester_and_harare() -> None:
    entry = BY_FILE["cfa07.jsonl"]
    rows = rows_of(FOLDER / "cfa07.jsonl")
    assert [r["index"] for r in rows] == list(range(15)) and len(rows) == entry["utterances"]
    assert "You always do this" in rows[0]["text"] and rows[6]["text"] == "Thank you, madam, we'll put up a statue."
    assert rows[8]["speaker"] == "Chipo" and "I cry about it" in rows[8]["text"]
    assert rows[9]["speaker"] == "Rudo" and rows[9]["text"] == "Ja, papers. Always papers."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Chipo", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "criticism"),
        (5, "defensiveness"),
        (6, "contempt"),
        (9, "contempt"),
        (12, "stonewalling"),
    ]


def test_fxa08_late_sympathy_after_the_u3a() -> None:
    entry = BY_FILE["fxa08.txt"]
    lines = lines_of(FOLDER / "fxa08.txt")
    # Mum's "nobody needs me" (2) gets the U3A (3); "I just miss having people" (6) gets Facebook groups (7); the
    # word of sympathy comes only at index 11.
    assert "nobody needs me" in lines[2] and "you need a project" in lines[3]
    assert "miss having people" in lines[6] and "Facebook groups" in lines[7]
    assert "That must be really hard" in lines[11]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "plain" and entry["utterances"] == 13
