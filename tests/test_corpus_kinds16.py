"""corpus/kinds16 (the sixteenth author's set, ids marked ``i``): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds16/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds16"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhi02_zoom_call_aisha_answered_by_kwame_not_rosie() -> None:
    entry = BY_FILE["hhi02.vtt"]
    cues = cues_of(FOLDER / "hhi02.vtt")
    assert len(cues) == entry["utterances"] == 20
    # Cue 6 (index 5): signed off with stress, met by Rosie (6). Aisha's post pile (10) is answered by Kwame (12),
    # not by Rosie's aside about the council tax (11).
    assert "couldn't get out of the car" in cues[5] and cues[6].startswith("Rosie: Oh love")
    assert "didn't open my post" in cues[10] and cues[12].startswith("Kwame: I didn't know that, Aisha")
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Kwame", "depth": 2, "response": "met", "response_index": 4},
        {"index": 5, "speaker": "Kwame", "depth": 3, "response": "met", "response_index": 6},
        {"index": 9, "speaker": "Kwame", "depth": 3, "response": "met", "response_index": 10},
        {"index": 10, "speaker": "Aisha", "depth": 3, "response": "met", "response_index": 12},
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Aisha", "Kwame", "Rosie"]


def test_hhi05_srt_carer_and_friend_five_met_disclosures() -> None:
    entry = BY_FILE["hhi05.srt"]
    cues = cues_of(FOLDER / "hhi05.srt")
    assert len(cues) == entry["utterances"] == 27
    assert "Called me Dad" in cues[3] and "knocked you sideways" in cues[4]
    assert "crying in the garage" in cues[10] and cues[11] == "Len: In the garage?"
    assert "kettle in the fridge" in cues[15] and "guilty for being tired" in cues[17]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Len", "met", 4),
        (9, "Len", "met", 10),
        (10, "Vikram", "met", 11),
        (15, "Len", "met", 16),
        (17, "Len", "met", 18),
    ]
    assert entry["main_disclosure"] == 3 and entry["split"] == "dev" and entry["format"] == "srt"


def test_fxi02_manager_goes_to_the_task_list_twice() -> None:
    entry = BY_FILE["fxi02.vtt"]
    cues = cues_of(FOLDER / "fxi02.vtt")
    # Teams cues: "cried in the car" (1) -> "share your task list" (2); "drowning" (9) -> "prioritisation" (10).
    assert "cried in the car" in cues[1] and "share your task list" in cues[2]
    assert "drowning" in cues[9] and "prioritisation" in cues[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (9, "advice", 10),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "teams_vtt" and entry["utterances"] == 13


def test_ini03_the_longest_is_a_farmers_questions_about_the_tractor() -> None:
    entry = BY_FILE["ini03.txt"]
    lines = lines_of(FOLDER / "ini03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].endswith("Bryn: Sit down. Were you out on the Massey last night?")
    assert lines[-1].endswith("Bryn: Right. Keys are on my hook from now on. Understood?")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Bryn", "Ceri", "Rhys"] and entry["format"] == "plain_ts"


def test_ini07_interrogation_with_a_disclosure_passed_over() -> None:
    entry = BY_FILE["ini07.txt"]
    lines = lines_of(FOLDER / "ini07.txt")
    # Line 12 (index 11): "everyone hates me there"; Dad's next line asks about PE.
    assert "everyone hates me there" in lines[11] and lines[12] == "Dad: Did you have PE today?"
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Owen", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["utterances"] == 23 and entry["split"] == "valid"


def test_vei07_rant_token_meets_and_a_bare_mm_does_not() -> None:
    entry = BY_FILE["vei07.txt"]
    lines = lines_of(FOLDER / "vei07.txt")
    assert "not clever enough" in lines[8] and "Zainab: Ify no" in lines[9]
    assert "feel physically sick" in lines[12] and lines[13].endswith("Zainab: Mm")
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Ifeoma", "depth": 3, "response": "met", "response_index": 9},
        {"index": 12, "speaker": "Ifeoma", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_ios"


def test_uni07_low_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["uni07.txt"]
    lines = lines_of(FOLDER / "uni07.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "feeling really low" in lines[4] and lines[5].endswith("Lily: ignore me, I'm just tired")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Lily", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Jess", "Lily", "Tara"] and entry["format"] == "whatsapp_ios_us"


def test_uni09_coming_out_answered_with_the_cricket() -> None:
    entry = BY_FILE["uni09.jsonl"]
    rows = rows_of(FOLDER / "uni09.jsonl")
    assert rows[4]["speaker"] == "Sam" and "I've got a boyfriend" in rows[4]["text"]
    assert rows[5]["speaker"] == "Grandpa" and "cricket result" in rows[5]["text"]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Sam", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == len(rows) == 11


def test_cfi01_harsh_texts_about_bedtime() -> None:
    entry = BY_FILE["cfi01.txt"]
    lines = lines_of(FOLDER / "cfi01.txt")
    assert "You never do bedtime" in lines[0] and "I'm not doing this" in lines[5]
    assert "I'm disappearing" in lines[7] and "Who pays the mortgage?" in lines[8]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "stonewalling"),
        (6, "contempt"),
        (8, "defensiveness"),
        (10, "defensiveness"),
        (11, "stonewalling"),
        (12, "stonewalling"),
    ]


def test_cfi04_gentle_request_about_a_hedge_met_defensively() -> None:
    entry = BY_FILE["cfi04.txt"]
    lines = lines_of(FOLDER / "cfi04.txt")
    assert "low-making in the winter" in lines[2] and "twenty years before you moved in" in lines[3]
    assert "always kicking balls" in lines[5] and lines[11] == "Mr Okafor: Seven foot. Not six."
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Joanne", "depth": 2, "response": "deflected", "response_index": 3}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(3, "defensiveness"), (5, "defensiveness")]


def test_cfi10_harsh_start_then_the_fear_is_met() -> None:
    entry = BY_FILE["cfi10.txt"]
    lines = lines_of(FOLDER / "cfi10.txt")
    assert "You're lazy" in lines[0] and lines[5].endswith("Callum: Whatever.")
    assert "I'm failing maths" in lines[7] and "That sounds awful, son" in lines[8]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Callum", "depth": 3, "response": "met", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (5, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"
