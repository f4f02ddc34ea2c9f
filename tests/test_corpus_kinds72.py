"""corpus/kinds72 (the seventy-second author's adversarial set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds72/_src (a moved line, a missing annotation) shows up here. The set
is built so that the surface misleads (questions in heart-to-hearts, warm words in interrogations, quiet conflicts),
so several of these pin the hard calls its README explains.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds72"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyi08_the_joke_is_not_the_answer_the_next_message_is() -> None:
    entry = BY_FILE["hhyi08.txt"]
    lines = lines_of(FOLDER / "hhyi08.txt")
    # Marcus asks "what am I to them" (index 4); Dre's joke (5) comes first, but his next message (6) is the answer.
    assert "what am I to them" in lines[4] and "parallel park" in lines[5] and "scary question" in lines[6]
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Marcus", "depth": 3, "response": "met", "response_index": 3},
        {"index": 4, "speaker": "Marcus", "depth": 3, "response": "met", "response_index": 6},
        {"index": 8, "speaker": "Dre", "depth": 2, "response": "met", "response_index": 9},
    ]
    assert entry["main_disclosure"] == 2 and entry["kind"] == "heart_to_heart"
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_veyi02_a_bare_mm_after_the_second_feeling_is_none() -> None:
    entry = BY_FILE["veyi02.srt"]
    cues = cues_of(FOLDER / "veyi02.srt")
    assert len(cues) == entry["utterances"] == 15
    # Cue 5 (index 4): shaking hands, met by Dee's "That's horrible" (5); cue 11 (index 10): "I'm the problem", and
    # Ruth's next cue (11) is only "Mm."
    assert "hands were actually shaking" in cues[4] and cues[5] == "Dee: That's horrible, Kem."
    assert "I feel like I'm the problem" in cues[10] and cues[11] == "Ruth: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "met", 5),
        (10, "none", None),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Dee", "Kemi", "Ruth"]
    assert entry["format"] == "srt" and entry["split"] == "dev"


def test_unyi04_the_last_word_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyi04.txt"]
    lines = lines_of(FOLDER / "unyi04.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "night all" in lines[5] and "really low for a while" in lines[8] and lines[9].endswith("Sam: sorry. night")
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Sam", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["speakers"] == ["Dad", "Ellie", "Mum", "Sam"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unyi07_a_friend_takes_over_with_her_own_mother() -> None:
    entry = BY_FILE["unyi07.txt"]
    lines = lines_of(FOLDER / "unyi07.txt")
    # Rosa's mother's cancer (0) is answered by Kim's own mother (1), which Dana then meets (2); Rosa ends "I'll see".
    assert "cancer is back" in lines[0] and "my mom's been in and out of hospital" in lines[1]
    assert "since when" in lines[2] and lines[-1].endswith("Rosa: I'll see")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Rosa", "deflected", 1),
        (1, "Kim", "met", 2),
        (3, "Kim", "met", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["kind"] == "unmet_disclosure"
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid" and entry["utterances"] == 11


def test_inyi10_a_burnout_answered_by_the_driving_licence_question() -> None:
    entry = BY_FILE["inyi10.jsonl"]
    rows = rows_of(FOLDER / "inyi10.jsonl")
    assert len(rows) == entry["utterances"] == 17
    assert "I burnt out" in rows[9]["text"] and rows[10]["text"] == "Okay. Do you have a full driving licence?"
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Ola", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["kind"] == "interrogation"
    assert entry["speakers"] == ["Harriet", "Jim", "Ola"] and entry["format"] == "jsonl"


def test_inyi06_the_longest_is_a_warm_hospital_call_with_nothing_disclosed() -> None:
    entry = BY_FILE["inyi06.vtt"]
    cues = cues_of(FOLDER / "inyi06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Mum: Hello darling!") and cues[-1].startswith("Mum: Lovely. I'll ring you at six")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_cfyi01_a_quiet_harsh_start_that_ends_in_three_fines() -> None:
    entry = BY_FILE["cfyi01.txt"]
    lines = lines_of(FOLDER / "cfyi01.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "you never ask about my day" in lines[0] and "up to standard" in lines[3]
    assert lines[6].endswith("Nothing. Forget it.") and lines[7].endswith("Will: Fine.")
    assert lines[8].endswith("Hannah: Fine.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (6, "stonewalling"),
        (7, "stonewalling"),
        (8, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Hannah", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_cfyi05_earplugs_are_advice_and_contempt_at_once() -> None:
    entry = BY_FILE["cfyi05.txt"]
    lines = lines_of(FOLDER / "cfyi05.txt")
    assert len(lines) == entry["utterances"] == 8
    assert "migraines for months" in lines[4] and lines[5].endswith("Mark: Have you tried earplugs?")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Linda", "depth": 3, "response": "advice", "response_index": 5}
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (5, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_cfyi10_a_gentle_start_between_brothers_with_met_feelings() -> None:
    entry = BY_FILE["cfyi10.txt"]
    lines = lines_of(FOLDER / "cfyi10.txt")
    assert len(lines) == entry["utterances"] == 15
    assert "I'm not angry, I'm just worried" in lines[0] and "because I'm embarrassed" in lines[1]
    assert "useless one again" in lines[11] and "You're not useless" in lines[12]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (0, "Chris", 2, "met", 1),
        (1, "Leon", 3, "met", 2),
        (11, "Leon", 3, "met", 12),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (3, "criticism"),
        (4, "defensiveness"),
        (5, "defensiveness"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_small_talk_and_discussions_list_nothing_and_hints_stay_hints() -> None:
    # styi08: "It's been a funny old year" (index 13) names no experience or feeling; the hairdresser moves on (14).
    lines = lines_of(FOLDER / "styi08.txt")
    assert "funny old year" in lines[13] and "everyone says that" in lines[14]
    for entry in BY_FILE.values():
        if entry["kind"] in ("small_talk", "discussion"):
            assert entry["disclosures"] == [] and entry["main_disclosure"] is None, entry["file"]
