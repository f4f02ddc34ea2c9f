"""corpus/kinds44 (the forty-fourth author's set: midlife friendships): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds44/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds44"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxg01_loft_photo_opens_a_mutual_disclosure() -> None:
    entry = BY_FILE["hhxg01.txt"]
    lines = lines_of(FOLDER / "hhxg01.txt")
    # Jo's low months since Pete left (5) met by Helen (6); "embarrassed" (8) answered by Helen's second message
    # (10), not her teasing first one (9); Helen's own marriage (11, 13) met by Jo (12, 14).
    assert "Since Pete moved out" in lines[5] and "How long has it been this bad?" in lines[6]
    assert "embarrassed" in lines[8] and "sick in a hedge" in lines[9] and "I do get it" in lines[10]
    assert "more like flatmates" in lines[11] and "How long has that been going on?" in lines[12]
    assert len(lines) == entry["utterances"] == 19
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jo", "depth": 3, "response": "met", "response_index": 6},
        {"index": 8, "speaker": "Jo", "depth": 3, "response": "met", "response_index": 10},
        {"index": 11, "speaker": "Helen", "depth": 3, "response": "met", "response_index": 12},
        {"index": 13, "speaker": "Helen", "depth": 2, "response": "met", "response_index": 14},
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhxg10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxg10.txt"]
    lines = lines_of(FOLDER / "hhxg10.txt")
    assert "You never turn up, Lou" in lines[0] and "That's not fair" in lines[1]
    assert "panic attacks" in lines[4] and "I'm sorry I went in like that" in lines[5]
    assert "miscarriage" in lines[11] and "I never knew that was why" in lines[12]
    assert len(lines) == entry["utterances"] == 20
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (4, "Lou", "met"),
        (6, "Lou", "met"),
        (8, "Lou", "met"),
        (10, "Lou", "met"),
        (11, "Bea", "met"),
        (13, "Bea", "met"),
        (15, "Bea", "met"),
        (16, "Lou", "met"),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_vexg05_bare_hm_leaves_the_second_fear_unanswered() -> None:
    entry = BY_FILE["vexg05.txt"]
    lines = lines_of(FOLDER / "vexg05.txt")
    # "I feel like an idiot" (5) gets "that's brutal bro" (6); "I'm 51 ... keeps me up" (8) gets only "hm" (9).
    assert "I feel like an idiot" in lines[5] and "that's brutal bro" in lines[6]
    assert "keeps me up" in lines[8] and lines[9].endswith("Steve: hm")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Mike", "depth": 3, "response": "met", "response_index": 6},
        {"index": 8, "speaker": "Mike", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["utterances"] == 14 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_fxxg07_redundancy_insomnia_gets_magnesium() -> None:
    entry = BY_FILE["fxxg07.vtt"]
    cues = cues_of(FOLDER / "fxxg07.vtt")
    assert "haven't slept properly since the redundancy" in cues[1] and cues[2].startswith("Marcus: Magnesium")
    assert "I feel useless" in cues[7] and "Then get a routine" in cues[8]
    assert len(cues) == entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Gaz", "depth": 3, "response": "advice", "response_index": 2},
        {"index": 7, "speaker": "Gaz", "depth": 3, "response": "advice", "response_index": 8},
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Gaz", "Marcus", "Priya"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_unxg09_group_talks_past_the_mammogram_recall() -> None:
    entry = BY_FILE["unxg09.jsonl"]
    rows = rows_of(FOLDER / "unxg09.jsonl")
    # Priya's recall (3) is never answered: the playlist simply carries on (4 onwards), so it is "none".
    assert rows[3]["speaker"] == "Priya" and "mammogram recall" in rows[3]["text"]
    assert rows[4]["text"] == 'Is "Common People" on it?' and rows[9]["text"] == "Never mind. Playlist's great."
    assert len(rows) == entry["utterances"] == 12
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Priya", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_unxg10_christmas_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxg10.vtt"]
    cues = cues_of(FOLDER / "unxg10.vtt")
    assert "finding Christmas really hard" in cues[5] and cues[6] == "<v Helen>Night Jo x</v>"
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jo", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Graham", "Helen", "Jo"] and entry["format"] == "teams_vtt"


def test_cfxg01_the_loan_harsh_start_and_whatever() -> None:
    entry = BY_FILE["cfxg01.txt"]
    lines = lines_of(FOLDER / "cfxg01.txt")
    assert "You always do this" in lines[0] and "fishing rod" in lines[2]
    assert "I feel like a complete mug" in lines[4] and "that's your problem" in lines[5]
    assert lines[7].endswith("Rich: Whatever.") and "Keeping score since 1985" in lines[11]
    assert len(lines) == entry["utterances"] == 13
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Tom", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "defensiveness"),
        (7, "stonewalling"),
        (9, "stonewalling"),
        (11, "contempt"),
        (11, "criticism"),
        (12, "contempt"),
    ]


def test_cfxg06_gentle_intervention_meets_a_wall() -> None:
    entry = BY_FILE["cfxg06.srt"]
    cues = cues_of(FOLDER / "cfxg06.srt")
    assert "really worried about you" in cues[0] and "Has Jan put you up to this?" in cues[1]
    assert "I'm frightened of watching you" in cues[7] and "Don't put that on me" in cues[8]
    assert "I found the bottles again" in cues[9] and cues[10] == "Neil: I'm not doing this."
    assert len(cues) == entry["utterances"] == 15
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Ade", "deflected", 1),
        (7, "Ade", "deflected", 8),
        (9, "Jan", "deflected", 10),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
        (8, "defensiveness"),
        (10, "stonewalling"),
        (12, "stonewalling"),
    ]


def test_cfxg08_kitty_query_handled_well_stays_conflict() -> None:
    entry = BY_FILE["cfxg08.vtt"]
    cues = cues_of(FOLDER / "cfxg08.vtt")
    assert "I'm a bit anxious about it" in cues[0] and cues[1].startswith("<v Gaz>Course. Sorry")
    assert "rubbish with money since the redundancy" in cues[8] and "That's not a crime" in cues[9]
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (5, 3, "met", 6),
        (8, 3, "met", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and len(cues) == 15


def test_stxg09_the_longest_is_the_leavers_album_chat() -> None:
    entry = BY_FILE["stxg09.txt"]
    lines = lines_of(FOLDER / "stxg09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "scanned the whole leavers' album" in lines[0] and lines[-1].endswith("Priya: Night!")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Deb", "Gaz", "Marcus", "Priya"] and entry["format"] == "whatsapp_ios"


def test_inxg03_deposit_questions_carry_no_disclosure() -> None:
    entry = BY_FILE["inxg03.txt"]
    lines = lines_of(FOLDER / "inxg03.txt")
    assert lines[0].endswith("Deb: Gaz, have you paid the forty?") and lines[-1].endswith("Gaz: Yes, Deb.")
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"
