"""corpus/kinds32 (health and illness): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds32/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds32"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhy02_the_longest_is_a_pain_group_on_zoom() -> None:
    entry = BY_FILE["hhy02.vtt"]
    cues = cues_of(FOLDER / "hhy02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 14 (index 13): Marcus hides the pain from his daughter; Dee reflects it back (14); Helen's stairs (16).
    assert "hiding how bad it is from my kids" in cues[13] and cues[14].startswith("Dee: Ten minutes in the car")
    assert "the exact same thing with the stairs" in cues[16] and cues[17] == "Marcus: Really? You?"
    assert "holding that in the car for about a year" in cues[34] and "You don't need to apologise" in cues[35]
    assert entry["main_disclosure"] == 13
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (13, "Marcus", 3, "met", 14),
        (15, "Marcus", 3, "met", 16),
        (16, "Helen", 3, "met", 17),
        (18, "Helen", 3, "met", 19),
        (23, "Marcus", 3, "met", 24),
        (27, "Sione", 2, "met", 28),
        (34, "Marcus", 3, "met", 35),
    ]
    assert entry["speakers"] == ["Dee", "Helen", "Marcus", "Sione"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhy10_chemo_row_repairs_into_mutual_fear() -> None:
    entry = BY_FILE["hhy10.txt"]
    lines = lines_of(FOLDER / "hhy10.txt")
    assert len(lines) == entry["utterances"] == 17
    # A harsh start-up ("You're never here") and two defences, then Beth's fear (4) met by Sam (5).
    assert "You're never here, Sam" in lines[0] and "I'm not lying to you" in lines[3]
    assert "sick four times today" in lines[4] and "I hate that you were on your own" in lines[5]
    assert "really frightened of losing you" in lines[8] and "I didn't know you were that scared" in lines[9]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Beth", "met", 5),
        (6, "Beth", "met", 7),
        (8, "Sam", "met", 9),
        (11, "Beth", "met", 12),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_vey06_bare_mm_leaves_the_fear_unanswered() -> None:
    entry = BY_FILE["vey06.txt"]
    lines = lines_of(FOLDER / "vey06.txt")
    assert len(lines) == entry["utterances"] == 15
    # Line 9 (index 8): Gail's helplessness; Ron's only reply is "Mm." (9), so the response is none.
    assert "I feel so helpless I could scream" in lines[8] and lines[9].endswith("Ron: Mm.")
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Gail", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "plain_ts" and entry["speakers"] == ["Gail", "Ron"]


def test_fxy01_biopsy_wait_gets_a_plan() -> None:
    entry = BY_FILE["fxy01.jsonl"]
    rows = rows_of(FOLDER / "fxy01.jsonl")
    assert len(rows) == entry["utterances"] == 15
    assert "waking up at four convinced it's cancer" in rows[3]["text"] and rows[4]["text"].startswith("Right.")
    assert "holding my breath" in rows[9]["text"] and rows[10]["text"].startswith("Breathing exercises")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Lorna", "advice", 4),
        (9, "Lorna", "advice", 10),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_fxy06_late_sympathy_still_fixing() -> None:
    entry = BY_FILE["fxy06.txt"]
    lines = lines_of(FOLDER / "fxy06.txt")
    assert len(lines) == entry["utterances"] == 16
    # The kick-count app (3) and the hospital bag (9) answer the two fears; "sounds really scary" comes at 14.
    assert "I did something to cause it" in lines[2] and "kick count chart" in lines[3]
    assert "letting her down already" in lines[8] and "pack your hospital bag" in lines[9]
    assert "sounds really scary hun" in lines[14]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (8, "advice", 9),
    ]
    assert entry["kind"] == "fixing" and entry["main_disclosure"] == 2
    assert entry["speakers"] == ["Dean", "Hayley", "Kirsty"] and entry["format"] == "whatsapp_android"


def test_iny08_fear_answered_by_the_next_closed_question() -> None:
    entry = BY_FILE["iny08.txt"]
    lines = lines_of(FOLDER / "iny08.txt")
    assert len(lines) == entry["utterances"] == 22
    assert "I'm really scared" in lines[15] and "trial criteria" in lines[16]
    assert entry["disclosures"] == [
        {"index": 15, "speaker": "Lisa", "depth": 3, "response": "deflected", "response_index": 16}
    ]
    assert entry["main_disclosure"] == 15 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_uny03_miscarriage_in_the_barbecue_chat_gets_no_reply() -> None:
    entry = BY_FILE["uny03.txt"]
    lines = lines_of(FOLDER / "uny03.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "I lost the baby on Tuesday" in lines[5] and "spare gazebo" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jess", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Jess", "Lauren", "Mia"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_uny10_mm_then_the_stand_up_agenda() -> None:
    entry = BY_FILE["uny10.vtt"]
    cues = cues_of(FOLDER / "uny10.vtt")
    assert len(cues) == entry["utterances"] == 10
    # Cue 4 (index 3): Ravi sat in the car; the manager's bare "Mm." (4) is not the answer, the agenda (5) is.
    assert "sat in the car for twenty minutes" in cues[3] and cues[4] == "<v Manager>Mm.</v>"
    assert "priorities today" in cues[5]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Ravi", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_pfy09_a_slipped_fear_is_topped_and_the_main_stays_null() -> None:
    entry = BY_FILE["pfy09.vtt"]
    cues = cues_of(FOLDER / "pfy09.vtt")
    assert len(cues) == entry["utterances"] == 11
    assert "I cried on the first lift" in cues[5] and "blisters the size of fifty pence" in cues[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Chloe", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["kind"] == "performance" and entry["main_disclosure"] is None


def test_cfy03_siblings_on_zoom_harsh_start_and_walkouts() -> None:
    entry = BY_FILE["cfy03.vtt"]
    cues = cues_of(FOLDER / "cfy03.vtt")
    assert len(cues) == entry["utterances"] == 13
    assert "left me to deal with Mum's care" in cues[0] and "People do get on trains" in cues[4]
    assert "I cried in Tesco" in cues[6] and "really hard time as well" in cues[7]
    assert "I'm not doing this tonight" in cues[9] and "leaving the call" in cues[11]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "contempt"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Karen", "depth": 3, "response": "deflected", "response_index": 7}
    ]


def test_cfy10_gentle_start_up_met_with_defences_and_a_walk() -> None:
    entry = BY_FILE["cfy10.txt"]
    lines = lines_of(FOLDER / "cfy10.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "I felt really hurt" in lines[0] and "I mentioned it" in lines[1]
    assert "I'm scared about the operation" in lines[4] and "always about how you feel" in lines[5]
    assert lines[9].endswith("Craig: Later.")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "criticism"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (4, "deflected", 5),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"
