"""corpus/kinds94 (the ninety-fourth author's set: schools and universities): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds94/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds94"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhze02_phd_cohort_call_three_frauds() -> None:
    entry = BY_FILE["hhze02.vtt"]
    cues = cues_of(FOLDER / "hhze02.vtt")
    # Cue 5: Kit "nearly didn't log on" (D2), explored by Adaeze (6); cue 7: the review, met by Tomasz (8).
    assert "nearly didn't log on" in cues[5] and cues[6].startswith("Adaeze: What's going on?")
    assert "undergraduate-level" in cues[7] and cues[8].startswith("Tomasz: Oh Kit.")
    assert len(cues) == entry["utterances"] == 20
    assert entry["main_disclosure"] == 7
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (5, "Kit", 2, "met", 6),
        (7, "Kit", 3, "met", 8),
        (9, "Kit", 3, "met", 10),
        (10, "Adaeze", 3, "met", 11),
        (12, "Adaeze", 3, "met", 13),
        (13, "Tomasz", 2, "met", 14),
        (17, "Kit", 2, "met", 18),
    ]
    assert entry["speakers"] == ["Adaeze", "Kit", "Tomasz"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhze10_results_night_group_chat() -> None:
    entry = BY_FILE["hhze10.txt"]
    lines = lines_of(FOLDER / "hhze10.txt")
    # Line 3: Fiona's three Us, met by Harriet (4); Dylan's secret (8) is met by Harriet's own (9).
    assert "I feel like I've failed them" in lines[3] and "Oh Fi" in lines[4]
    assert "Nobody knows that" in lines[8] and "cried in the toilets" in lines[9]
    assert len(lines) == entry["utterances"] == 17
    assert entry["main_disclosure"] == 3
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Fiona", "met", 4),
        (5, "Fiona", "met", 6),
        (6, "Dylan", "met", 7),
        (8, "Dylan", "met", 9),
        (9, "Harriet", "met", 10),
    ]
    assert entry["speakers"] == ["Dylan", "Fiona", "Harriet"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_veze06_lecturer_venting_with_a_bare_mm() -> None:
    entry = BY_FILE["veze06.txt"]
    lines = lines_of(FOLDER / "veze06.txt")
    # Line 6: "could be on that list", met by Suki's "That's horrible, love." (7); line 8 (stopped writing) gets only
    # "Mm." (9), so it is none.
    assert "could be on that list" in lines[6] and "That's horrible, love." in lines[7]
    assert "stopped writing" in lines[8] and lines[9].endswith("Suki: Mm.")
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Declan", "depth": 3, "response": "met", "response_index": 7},
        {"index": 8, "speaker": "Declan", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == 16
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_fxze04_two_cohort_mates_fix_the_null_result() -> None:
    entry = BY_FILE["fxze04.txt"]
    lines = lines_of(FOLDER / "fxze04.txt")
    assert "basically worthless" in lines[0] and "have you tried a different model" in lines[1]
    assert "supervisor regrets taking me on" in lines[3] and "book a meeting with her" in lines[4]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Omari", "advice", 1),
        (3, "Omari", "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 11
    assert entry["speakers"] == ["Freya", "Lucy", "Omari"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_inze05_school_trip_questions_pass_over_the_coach() -> None:
    entry = BY_FILE["inze05.txt"]
    lines = lines_of(FOLDER / "inze05.txt")
    # Line 5: nobody sat with Skye on the coach; Mum's next question is about the inhaler (6).
    assert "nobody wanted to sit with me" in lines[5] and "inhaler" in lines[6]
    assert len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Skye", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unze07_panic_attacks_after_the_goodnights() -> None:
    entry = BY_FILE["unze07.txt"]
    lines = lines_of(FOLDER / "unze07.txt")
    # The last of seven messages (index 6), after "night!!" and "gn", gets no reply at all.
    assert "night!!" in lines[4] and "gn" in lines[5] and "panic attacks" in lines[6]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Jade", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Brooke", "Jade", "Kenzie", "Tia"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unze10_group_project_skips_a_split_family() -> None:
    entry = BY_FILE["unze10.vtt"]
    cues = cues_of(FOLDER / "unze10.vtt")
    # Cue 2: parents splitting up, answered with slide five (3); cue 7: "fall apart", answered only by "Mm." (8).
    assert "splitting up" in cues[2] and "slide five" in cues[3]
    assert "fall apart" in cues[7] and cues[8] == "<v Ravi>Mm.</v>"
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Holly", "deflected", 3),
        (7, "Holly", "none", None),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == 10
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfze01_flatmates_harsh_start_and_goodnight() -> None:
    entry = BY_FILE["cfze01.txt"]
    lines = lines_of(FOLDER / "cfze01.txt")
    assert "You NEVER wash up" in lines[0] and "barely holding it together" in lines[4]
    assert "Not my fault" in lines[5] and "Whatever" in lines[7] and "Goodnight Niamh" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (3, "contempt"),
        (5, "contempt"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Niamh", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfze03_parent_and_teacher_first_answer_counts() -> None:
    entry = BY_FILE["cfze03.vtt"]
    cues = cues_of(FOLDER / "cfze03.vtt")
    # Cue 4: Kerry's home life; Mensah's policy reply (5) is the answer, not the head of year's later apology (7).
    assert "barely keeping us afloat" in cues[4] and "don't change the policy" in cues[5]
    assert cues[7].startswith("Pritchard:") and cues[10] == "Mensah: Fine."
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Kerry", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (10, "stonewalling"),
    ]
    assert entry["harsh_startup"] is True and entry["speakers"] == ["Kerry", "Mensah", "Pritchard"]


def test_cfze10_harsh_start_that_stays_an_argument() -> None:
    entry = BY_FILE["cfze10.txt"]
    lines = lines_of(FOLDER / "cfze10.txt")
    assert "You never listen" in lines[0] and "I got a U" in lines[4] and "Oh, Amber" in lines[5]
    assert "Brilliant." in lines[9] and "not happy about it" in lines[11]
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Amber", "depth": 3, "response": "met", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (7, "defensiveness"),
        (9, "defensiveness"),
        (9, "contempt"),
    ]
    assert entry["utterances"] == 13 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_dize04_the_longest_is_a_homework_policy_meeting() -> None:
    entry = BY_FILE["dize04.jsonl"]
    rows = rows_of(FOLDER / "dize04.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert rows[0]["speaker"] == "Catherine" and "homework policy" in rows[0]["text"]
    assert rows[-1]["speaker"] == "Catherine" and "circulate it on Friday" in rows[-1]["text"]
    assert entry["speakers"] == ["Catherine", "Helen", "Imran", "Patrick"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "jsonl"
