"""corpus/kinds31 (the thirty-first author's set: teenagers, their friends and families): entries counted by hand.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds31/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds31"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhx01_break_up_over_snap_met_three_times() -> None:
    entry = BY_FILE["hhx01.txt"]
    lines = lines_of(FOLDER / "hhx01.txt")
    # Maisie's "something wrong with me" (index 10) is met by Jas's next message (11); Maisie's year-8 friendship
    # (13) and Jas's dad (16) are met in turn.
    assert "something wrong with me" in lines[10] and "the break up talking" in lines[11]
    assert "lauren in yr 8" in lines[13] and "hurt u way more" in lines[14]
    assert "my dad stopped coming round" in lines[16] and "u never told me that" in lines[17]
    assert len(lines) == entry["utterances"] == 23 and entry["speakers"] == ["Jas", "Maisie"]
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Maisie", "depth": 3, "response": "met", "response_index": 11},
        {"index": 13, "speaker": "Maisie", "depth": 3, "response": "met", "response_index": 14},
        {"index": 16, "speaker": "Jas", "depth": 3, "response": "met", "response_index": 17},
    ]
    assert entry["main_disclosure"] == 10 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_vex05_the_longest_is_a_mock_exam_rant() -> None:
    entry = BY_FILE["vex05.txt"]
    lines = lines_of(FOLDER / "vex05.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Index 24, after "and like honestly" (23): the fear of not being clever; Dev's next message (25) meets it.
    assert lines[23].endswith("Amara: and like honestly")
    assert "not as clever as everyone thinks" in lines[24] and "heavy thing to carry" in lines[25]
    assert entry["disclosures"] == [
        {"index": 24, "speaker": "Amara", "depth": 3, "response": "met", "response_index": 25}
    ]
    assert entry["main_disclosure"] == 24 and entry["format"] == "whatsapp_android_us"


def test_fxx02_speaking_exam_fear_gets_melatonin_and_breathing_tips() -> None:
    entry = BY_FILE["fxx02.vtt"]
    cues = cues_of(FOLDER / "fxx02.vtt")
    # Cue 3: Isla hasn't slept for three nights, answered by Leo's melatonin (4); cue 9: afraid she'll freeze,
    # answered by Leo's breathing tip (10).
    assert "so anxious" in cues[3] and "Take melatonin" in cues[4]
    assert "freeze in front of her" in cues[9] and "breathe in for four" in cues[10]
    assert len(cues) == entry["utterances"] == 14
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "advice", 4),
        (9, "advice", 10),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Isla", "Leo", "Sami"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_unx03_parents_splitting_up_answered_with_the_new_season() -> None:
    entry = BY_FILE["unx03.txt"]
    lines = lines_of(FOLDER / "unx03.txt")
    assert "splitting up" in lines[3] and "new season drops at 8" in lines[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Mo", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and len(lines) == entry["utterances"] == 16
    assert entry["speakers"] == ["Ben", "Harvey", "Mo", "Reece"] and entry["format"] == "whatsapp_ios"


def test_unx09_goodnight_message_gets_no_reply() -> None:
    entry = BY_FILE["unx09.jsonl"]
    rows = rows_of(FOLDER / "unx09.jsonl")
    # The last of six rows (index 5): Chloe's, after her own "ya 8.10" (4); nobody answers.
    assert len(rows) == entry["utterances"] == 6
    assert rows[4]["speaker"] == rows[5]["speaker"] == "Chloe" and "feels so heavy" in rows[5]["text"]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Chloe", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Chloe", "Isla", "Nia"]
    assert entry["split"] == "valid" and entry["format"] == "jsonl"


def test_hhx08_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhx08.txt"]
    lines = lines_of(FOLDER / "hhx08.txt")
    assert "never reply anymore" in lines[0] and "i'm busy" in lines[1] and "nights out" in lines[2]
    assert "really bad at home" in lines[6] and "didnt know it had got that bad" in lines[7]
    assert entry["harsh_startup"] is True and entry["kind"] == "heart_to_heart"
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
    ]
    assert entry["main_disclosure"] == 6
    assert entry["disclosures"][0] == {
        "index": 6,
        "speaker": "Chloe",
        "depth": 3,
        "response": "met",
        "response_index": 7,
    }
    assert len(lines) == entry["utterances"] == 25 and entry["format"] == "whatsapp_android_us"


def test_hhx09_lift_home_deepens() -> None:
    entry = BY_FILE["hhx09.txt"]
    lines = lines_of(FOLDER / "hhx09.txt")
    # Small talk about training and tea, then Callum's "don't want to do football anymore" (9), met by Dad (10).
    assert "How was training" in lines[0] and "Curry it is" in lines[6]
    assert "want to do football anymore" in lines[9] and "really glad you told me" in lines[10]
    assert "boxing till I was seventeen" in lines[14]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Callum", "met", 10),
        (12, "Callum", "met", 13),
        (14, "Dad", "met", 15),
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfx02_group_chat_row_over_a_screenshot() -> None:
    entry = BY_FILE["cfx02.txt"]
    lines = lines_of(FOLDER / "cfx02.txt")
    assert len(lines) == entry["utterances"] == 45
    assert entry["speakers"] == ["Chloe", "Ellie", "Harvey", "Priya"]
    assert "can ever keep anything" in lines[6] and "detective priya" in lines[14]
    # Priya's fear of her dad (24) is met by Ellie (25); "cant trust any of u" (27) gets Harvey's defence (28).
    assert "my dad already thinks" in lines[24] and "thats so scary" in lines[25]
    assert "cant trust any of u" in lines[27] and "calls me a liar" in lines[28]
    assert "i'm out of this" in lines[36]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (24, 3, "met", 25),
        (27, 2, "deflected", 28),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (6, "criticism"),
        (7, "defensiveness"),
        (10, "contempt"),
        (12, "defensiveness"),
        (14, "contempt"),
        (21, "criticism"),
        (22, "defensiveness"),
        (28, "defensiveness"),
        (36, "stonewalling"),
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 24


def test_cfx06_gentle_start_meets_defensiveness_then_repairs() -> None:
    entry = BY_FILE["cfx06.srt"]
    cues = cues_of(FOLDER / "cfx06.srt")
    assert "I felt really embarrassed" in cues[2] and "It was just a joke" in cues[3]
    assert "leave your phone on the table" in cues[5] and "I'm sorry" in cues[7]
    assert "dreading coming in" in cues[10] and "sorry I made you feel like that" in cues[11]
    assert len(cues) == entry["utterances"] == 12
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(3, "defensiveness"), (5, "defensiveness")]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "deflected", 3),
        (10, "met", 11),
    ]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_inx06_dads_questions_over_video() -> None:
    entry = BY_FILE["inx06.vtt"]
    cues = cues_of(FOLDER / "inx06.vtt")
    assert len(cues) == entry["utterances"] == 23
    assert cues[0].startswith("Dad: There he is") and cues[14] == "Dad: Does he stay over most nights now?"
    assert cues[15] == "Tom: Sometimes." and cues[-1].startswith("Dad: Eleven then")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "zoom_vtt" and entry["speakers"] == ["Dad", "Tom"]
