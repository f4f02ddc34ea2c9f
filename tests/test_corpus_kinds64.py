"""corpus/kinds64 (the sixty-fourth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds64/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds64"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhya02_the_longest_is_a_sisters_zoom_call() -> None:
    entry = BY_FILE["hhya02.vtt"]
    cues = cues_of(FOLDER / "hhya02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 11 (index 10): Tamsin "not ok" after the failed round, met by Leah's "oh tam" (11); Oscar says goodnight
    # first (2-6) and last (44).
    assert "kind of not ok about it" in cues[10] and cues[11].startswith("Leah: oh tam")
    assert cues[2] == "Oscar: hi auntie tam" and cues[44] == "Oscar: i'm going"
    # 14 and 15 are both answered by Leah's 16; Leah's own postnatal illness (22) is met by Tamsin (23).
    assert "horrible person" in cues[15] and "you're not a horrible person" in cues[16]
    assert "really not well" in cues[22] and "i didn't know that" in cues[23]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "Tamsin", 11),
        (14, "Tamsin", 16),
        (15, "Tamsin", 16),
        (18, "Tamsin", 19),
        (22, "Leah", 23),
        (24, "Leah", 25),
        (28, "Leah", 29),
        (30, "Tamsin", 31),
        (32, "Tamsin", 33),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Leah", "Oscar", "Tamsin"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_unya04_results_after_the_goodnights_get_no_reply() -> None:
    entry = BY_FILE["unya04.txt"]
    lines = lines_of(FOLDER / "unya04.txt")
    # Sixth message (index 5): Ruth's results, sent after the goodnights; only her own "ignore me" follows.
    assert len(lines) == entry["utterances"] == 7
    assert "i'm really frightened" in lines[5] and "Ruth: sorry. ignore me" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ruth", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unya10_work_call_moves_to_the_tracker_then_ends() -> None:
    entry = BY_FILE["unya10.vtt"]
    cues = cues_of(FOLDER / "unya10.vtt")
    # Priti's mother in hospital (1) is answered by "so item one the the release date" (2); her last line (10)
    # comes after "that's everything thanks all" (9) and gets nothing.
    assert len(cues) == entry["utterances"] == 11
    assert "barely coping" in cues[1] and "item one" in cues[2]
    assert "that's everything" in cues[9] and "falling apart" in cues[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "deflected", 2),
        (10, "none", None),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Dan", "Kelly", "Priti", "Steve"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_fxya07_homesick_student_gets_two_parents_plans() -> None:
    entry = BY_FILE["fxya07.vtt"]
    cues = cues_of(FOLDER / "fxya07.vtt")
    # Cue 4 (index 3): "really homesick", answered by Papa's society tip (4); "i feel invisible" (8) by Mum's
    # "sit at the front" (9).
    assert "really homesick" in cues[3] and cues[4].startswith("Papa: ok so you need to join")
    assert "invisible" in cues[8] and cues[9] == "Mum: then sit at the front. then they notice"
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Arjun", "advice", 4),
        (8, "Arjun", "advice", 9),
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == len(cues) == 13
    assert entry["speakers"] == ["Arjun", "Mum", "Papa"] and entry["format"] == "zoom_vtt"


def test_fxya01_loneliness_answered_with_an_app() -> None:
    entry = BY_FILE["fxya01.jsonl"]
    rows = rows_of(FOLDER / "fxya01.jsonl")
    assert len(rows) == entry["utterances"] == 13
    assert "really lonely" in rows[1]["text"] and "bumble bff" in rows[2]["text"]
    assert "invisible" in rows[7]["text"] and rows[8]["text"].startswith("that's why you need a routine")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_veya02_a_bare_mm_is_none() -> None:
    entry = BY_FILE["veya02.srt"]
    cues = cues_of(FOLDER / "veya02.srt")
    # "wired and angry" (7) met by "that sounds exhausting" (8); "i feel like i'm invisible" (10) gets only "mm"
    # (11); "i used to actually like it" (12, depth 2) is met by "yeah i know you did" (13).
    assert "wired and angry" in cues[7] and cues[8] == "Jo: that sounds exhausting"
    assert "invisible" in cues[10] and cues[11] == "Jo: mm"
    assert "used to actually like it" in cues[12] and cues[13] == "Jo: yeah i know you did"
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, 3, "met", 8),
        (10, 3, "none", None),
        (12, 2, "met", 13),
    ]
    assert entry["main_disclosure"] == 7 and entry["utterances"] == len(cues) == 15 and entry["format"] == "srt"


def test_inya08_feeling_left_out_gets_another_question() -> None:
    entry = BY_FILE["inya08.txt"]
    lines = lines_of(FOLDER / "inya08.txt")
    # Twelfth message (index 11): Ryan feels left out; Chloe's next message (12) repeats her question.
    assert len(lines) == entry["utterances"] == 17
    assert "feeling kind of left out" in lines[11] and "so did you talk to her or not" in lines[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Ryan", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_cfya06_harsh_start_about_spending() -> None:
    entry = BY_FILE["cfya06.srt"]
    cues = cues_of(FOLDER / "cfya06.srt")
    assert len(cues) == entry["utterances"] == 10
    assert "you're unbelievable" in cues[0] and "new golf clubs" in cues[3]
    assert "i'm not doing this" in cues[6] and "you always walk off. i'm scared" in cues[7]
    assert "things to hide" in cues[8] and cues[9] == "Maya: right. fine"
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (3, "contempt"),
        (5, "contempt"),
        (6, "stonewalling"),
        (7, "criticism"),
        (8, "contempt"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Maya", "depth": 3, "response": "deflected", "response_index": 8}
    ]


def test_cfya08_gentle_start_about_christmas_in_a_family_call() -> None:
    entry = BY_FILE["cfya08.vtt"]
    cues = cues_of(FOLDER / "cfya08.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert "say this gently" in cues[0] and "we offered last year" in cues[1]
    assert "crying in the kitchen" in cues[6] and "a bit dramatic" in cues[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 6
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (6, 3, "deflected", 7),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (4, "defensiveness"),
        (7, "contempt"),
        (9, "stonewalling"),
    ]
    assert entry["speakers"] == ["Dev", "Helen", "Jo", "Mark"] and entry["format"] == "teams_vtt"


def test_cfya09_loan_raised_gently_and_met() -> None:
    entry = BY_FILE["cfya09.txt"]
    lines = lines_of(FOLDER / "cfya09.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "felt a bit awkward" in lines[0] and "sorry i totally forgot" in lines[1]
    assert "felt embarrassed having to ask" in lines[6] and "i had no idea things were tight" in lines[7]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (6, 3, "met", 7),
    ]
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 6
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"
