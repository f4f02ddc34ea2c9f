"""corpus/kinds52 (the fifty-second author's set: men's friendships): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds52/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds52"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxo04_laid_off_and_not_told_his_wife() -> None:
    entry = BY_FILE["hhxo04.txt"]
    lines = lines_of(FOLDER / "hhxo04.txt")
    # Tyler's second message (index 3) is met by Marcus's "I'm sorry bro" (4); Marcus's own lay-off story (7) is
    # met by Tyler's "no way. you never said" (8).
    assert "got laid off friday" in lines[3] and "I'm sorry bro" in lines[4]
    assert "I failed the family" in lines[6] and "pretending to go to work" in lines[7]
    assert "you never said" in lines[8]
    assert len(lines) == entry["utterances"] == 14
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Tyler", "met", 4),
        (6, "Tyler", "met", 7),
        (7, "Marcus", "met", 8),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_hhxo10_banter_that_carries_care() -> None:
    entry = BY_FILE["hhxo10.txt"]
    lines = lines_of(FOLDER / "hhxo10.txt")
    # The drinking (index 3) is answered by Beano's "you daft sod. why didn't you say" (4): banter that meets it.
    assert lines[0].startswith("[01/12/2024, 22:05:00] Jonno:")
    assert "kitchen floor" in lines[3] and "you daft sod" in lines[4]
    assert "hiding bottles from Kerry" in lines[7]
    assert len(lines) == entry["utterances"] == 26
    assert entry["disclosures"][0] == {
        "index": 3,
        "speaker": "Jonno",
        "depth": 3,
        "response": "met",
        "response_index": 4,
    }
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Beano", "Jonno", "Pricey", "Sam"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_dixo04_the_longest_is_a_pub_debate() -> None:
    entry = BY_FILE["dixo04.jsonl"]
    rows = rows_of(FOLDER / "dixo04.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert rows[0]["speaker"] == "Kieran" and "ruined the Premier League" in rows[0]["text"]
    assert rows[-1]["text"].startswith("Right. Noted.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Ade", "Jay", "Kieran", "Sully"] and entry["split"] == "dev"


def test_vexo08_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["vexo08.txt"]
    lines = lines_of(FOLDER / "vexo08.txt")
    # Gary's line about his son crying (index 5) gets only Ste's "mm" (6): none.
    assert "Felt useless" in lines[5] and lines[6].endswith("Ste: mm")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Gary", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 14 and entry["format"] == "whatsapp_android"


def test_fxxo01_panic_at_work_answered_with_cold_water() -> None:
    entry = BY_FILE["fxxo01.jsonl"]
    rows = rows_of(FOLDER / "fxxo01.jsonl")
    assert "panicky things at work" in rows[1]["text"] and "cold water swimming" in rows[2]["text"]
    assert "felt like an idiot" in rows[7]["text"] and "manager" in rows[8]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and len(rows) == entry["utterances"] == 13
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_inxo09_checking_in_that_steps_round_the_feeling() -> None:
    entry = BY_FILE["inxo09.srt"]
    cues = cues_of(FOLDER / "inxo09.srt")
    # Tenth cue (index 9): "I just miss her"; Jay's next cue asks about the car.
    assert "I just miss her" in cues[9] and "car still making that noise" in cues[10]
    assert len(cues) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Nathan", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "srt" and entry["split"] == "valid"


def test_unxo02_biopsy_talked_over_twice() -> None:
    entry = BY_FILE["unxo02.txt"]
    lines = lines_of(FOLDER / "unxo02.txt")
    assert "bricking it" in lines[9] and "Dennis and the caravan" in lines[10]
    assert "bad news" in lines[19] and lines[20].startswith("[00:01:22] Tony: Stop it.")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Mick", "deflected", 10),
        (19, "Mick", "deflected", 20),
    ]
    assert entry["main_disclosure"] == 9 and len(lines) == entry["utterances"] == 25
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_unxo05_said_after_the_others_left_the_call() -> None:
    entry = BY_FILE["unxo05.vtt"]
    cues = cues_of(FOLDER / "unxo05.vtt")
    assert "We lost the baby" in cues[4] and "dropped off" in cues[5]
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Raj", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Dev", "Raj", "Tom"] and entry["format"] == "zoom_vtt"


def test_unxo06_a_joke_first_and_a_late_you_alright() -> None:
    entry = BY_FILE["unxo06.txt"]
    lines = lines_of(FOLDER / "unxo06.txt")
    # Baz's "Join the club" (3) answers Kev (2); Jim's "You alright though?" (12) comes ten lines later.
    assert "not sure she loves me" in lines[2] and "Join the club" in lines[3]
    assert "You alright though?" in lines[12] and lines[13] == "Kev: Yeah. Fine."
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Kev", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "plain" and entry["split"] == "valid"


def test_cfxo03_gym_partners_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cfxo03.vtt"]
    cues = cues_of(FOLDER / "cfxo03.vtt")
    assert cues[0].startswith("Lee: We need to talk. You never")
    assert "scared stiff" in cues[8] and "martyr" in cues[9]
    assert cues[10] == "Lee: I'm not doing this on Zoom." and cues[12] == "Lee: Fine."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "criticism"),
        (3, "defensiveness"),
        (3, "contempt"),
        (5, "contempt"),
        (7, "contempt"),
        (8, "criticism"),
        (9, "defensiveness"),
        (10, "stonewalling"),
        (11, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 9


def test_cfxo10_funeral_row_that_turns() -> None:
    entry = BY_FILE["cfxo10.txt"]
    lines = lines_of(FOLDER / "cfxo10.txt")
    assert "You always put yourself first" in lines[0] and "couldn't face it" in lines[10]
    assert lines[11] == "[00:01:01] Dunc: I didn't know that." and "coward" in lines[13]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 10
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "criticism"),
        (5, "contempt"),
        (7, "contempt"),
        (9, "defensiveness"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "met", 11),
        (13, "met", 14),
    ]
    assert len(lines) == entry["utterances"] == 18 and entry["format"] == "plain_ts" and entry["split"] == "valid"
