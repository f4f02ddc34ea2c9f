"""corpus/kinds29 (the twenty-ninth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds29/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds29"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhv03_the_longest_is_a_long_drive_with_the_ashes() -> None:
    entry = BY_FILE["hhv03.txt"]
    lines = lines_of(FOLDER / "hhv03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 17 (index 16): the kettle in the fridge, told to nobody; Leo's reflection (17) meets it. Frank's wish to
    # leave (32) and Leo's own confession (34) are met in turn; the petrol attendant is the third speaker.
    assert "found it in the fridge" in lines[16] and "two days you carried that" in lines[17]
    assert "I could just keep going" in lines[32] and "Nobody has to look at anybody" in lines[33]
    assert "I did leave" in lines[34] and "She was good at fine" in lines[35]
    assert lines[25].startswith("Attendant: Pump four")
    assert entry["disclosures"] == [
        {"index": 16, "speaker": "Frank", "depth": 3, "response": "met", "response_index": 17},
        {"index": 32, "speaker": "Frank", "depth": 3, "response": "met", "response_index": 33},
        {"index": 34, "speaker": "Leo", "depth": 3, "response": "met", "response_index": 35},
    ]
    assert entry["main_disclosure"] == 16 and entry["speakers"] == ["Attendant", "Frank", "Leo"]
    assert entry["format"] == "plain" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhv10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhv10.txt"]
    lines = lines_of(FOLDER / "hhv10.txt")
    # "Typical you" (0), "They offered" (1), "Can we not do this" (3); then Kofi's real reason (4), met by Ada (5),
    # and Ada's own fear (10), met by Kofi (11).
    assert "Typical you" in lines[0] and "They offered" in lines[1] and "Can we not do this" in lines[3]
    assert "I'd properly cry" in lines[4] and "You absolute idiot" in lines[5]
    assert "the mess of the family" in lines[10] and "You're not the mess" in lines[11]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "stonewalling"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Kofi", "met", 5),
        (10, "Ada", "met", 11),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_vev07_the_bare_hm_leaves_the_main_disclosure_unanswered() -> None:
    entry = BY_FILE["vev07.txt"]
    lines = lines_of(FOLDER / "vev07.txt")
    # Jess's seventh message (index 6), wasting her life at the back of the band; Kit's next is a bare "hm" (7).
    assert "wasting my life" in lines[6] and lines[7].endswith("Kit: hm")
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Jess", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Jess", "Kit"]


def test_fxv02_both_feelings_get_a_plan_from_the_manager() -> None:
    entry = BY_FILE["fxv02.vtt"]
    cues = cues_of(FOLDER / "fxv02.vtt")
    # Cue 5 (index 4): sitting in the car park before every night shift, answered by a move to days (5); cue 12
    # (index 11): the boy's mother saw her cry, answered by a reflective piece for revalidation (12).
    assert "car park before every night shift" in cues[4] and "move you to days" in cues[5]
    assert "his mum saw me cry" in cues[11] and "reflective piece" in cues[12]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Ruth", "advice", 5),
        (11, "Ruth", "advice", 12),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Gail", "Pete", "Ruth"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev" and len(cues) == entry["utterances"] == 17


def test_inv07_a_fathers_questions_meet_the_answer_he_did_not_expect() -> None:
    entry = BY_FILE["inv07.txt"]
    lines = lines_of(FOLDER / "inv07.txt")
    # Thirteen closed questions and short answers; Josh's line 14 (index 13) is met by "Come here, son" (14).
    assert "She lost the baby" in lines[13] and "Come here, son" in lines[14]
    assert len(lines) == entry["utterances"] == 23
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 13
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Josh", "depth": 3, "response": "met", "response_index": 14}
    ]
    assert entry["format"] == "plain" and entry["split"] == "valid"


def test_unv05_a_bare_mm_from_the_lounge() -> None:
    entry = BY_FILE["unv05.vtt"]
    cues = cues_of(FOLDER / "unv05.vtt")
    # Cue 9 (index 8): Holly has been pretending since February; her mother's "Mm." (9) is the only reply.
    assert "stop pretending" in cues[8] and cues[9] == "Linda: Mm." and "Jakarta" in cues[10]
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Holly", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Graham", "Holly", "Linda"] and entry["format"] == "zoom_vtt"
    assert len(cues) == entry["utterances"] == 15


def test_unv07_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unv07.txt"]
    lines = lines_of(FOLDER / "unv07.txt")
    # Eight messages; the last (index 7), Nora's old bedroom, comes after three goodnights and gets no reply.
    assert len(lines) == entry["utterances"] == 8
    assert lines[6].endswith("Beth: night") and "so unhappy in that room" in lines[7]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Nora", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_pfv08_a_near_drowning_topped_by_an_old_one() -> None:
    entry = BY_FILE["pfv08.jsonl"]
    rows = rows_of(FOLDER / "pfv08.jsonl")
    # Row 4: Callum nearly let go of the rail; row 5: Davy's "That's nothing" and his own swim to the buoy.
    assert rows[4]["speaker"] == "Callum" and "thought about letting go" in rows[4]["text"]
    assert rows[5]["speaker"] == "Davy" and rows[5]["text"].startswith("That's nothing")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Callum", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["kind"] == "performance" and entry["main_disclosure"] == 4
    assert entry["speakers"] == ["Callum", "Davy", "Sandy"] and entry["utterances"] == len(rows) == 11


def test_cfv01_the_ring_harsh_start_and_a_thumbs_up() -> None:
    entry = BY_FILE["cfv01.txt"]
    lines = lines_of(FOLDER / "cfv01.txt")
    assert "You always take" in lines[0] and "You said it, not me" in lines[3]
    assert "She promised it to me when I was twelve" in lines[7] and "Course she did" in lines[8]
    assert "I'm not doing this" in lines[9] and lines[11].endswith("Tess: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Tess", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "defensiveness"),
        (3, "contempt"),
        (4, "criticism"),
        (5, "defensiveness"),
        (5, "contempt"),
        (6, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]


def test_cfv07_a_gentle_start_at_mediation_met_both_ways() -> None:
    entry = BY_FILE["cfv07.jsonl"]
    rows = rows_of(FOLDER / "cfv07.jsonl")
    # Row 1: Rachel's feeling and request; row 2: Stuart's "That's fair"; row 3 his defensive "not always me";
    # row 7: his own fear of losing the children, met by Rachel (8).
    assert "I feel anxious every Friday" in rows[1]["text"] and rows[2]["text"].startswith("Okay. That's fair")
    assert "It's not always me" in rows[3]["text"]
    assert "losing them a bit at a time" in rows[7]["text"] and "I'll stop saying it" in rows[8]["text"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 1
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Rachel", "met", 2),
        (7, "Stuart", "met", 8),
    ]
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert entry["speakers"] == ["Mediator", "Rachel", "Stuart"] and entry["format"] == "jsonl"


def test_lev08_a_freeze_on_the_ridge_becomes_point_three() -> None:
    entry = BY_FILE["lev08.vtt"]
    cues = cues_of(FOLDER / "lev08.vtt")
    # Cue 6 (index 5): Ffion froze on the ridge; Ken's next cue (6) is a technique, and the briefing goes on.
    assert "I froze" in cues[5] and "Three points of contact" in cues[6]
    assert entry["kind"] == "lecture" and entry["main_disclosure"] == 5
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ffion", "depth": 3, "response": "advice", "response_index": 6}
    ]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid" and len(cues) == entry["utterances"] == 10
