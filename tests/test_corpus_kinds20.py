"""corpus/kinds20 (the twentieth author's set: group chats and meetings): entries counted by hand from the rendered
files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds20/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds20"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhm06_the_longest_is_an_allotment_committee_that_turns_personal() -> None:
    entry = BY_FILE["hhm06.jsonl"]
    rows = rows_of(FOLDER / "hhm06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Thirteen rows of troughs, plots and a shed key; Geoff's diagnosis (13) is met by Wendy (14), not by Raj, who
    # had asked him to go on (12).
    assert "troughs" in rows[2]["text"] and rows[12]["speaker"] == "Raj"
    assert "Parkinson's" in rows[13]["text"] and rows[14]["speaker"] == "Wendy"
    assert "quiet of the beans" in rows[33]["text"] and rows[34]["speaker"] == "Geoff"
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (13, "Geoff", 3, "met", 14),
        (17, "Geoff", 3, "met", 18),
        (20, "Raj", 2, "met", 21),
        (22, "Raj", 3, "met", 23),
        (31, "Wendy", 3, "met", 32),
        (33, "Wendy", 3, "met", 34),
    ]
    assert entry["main_disclosure"] == 13 and entry["speakers"] == ["Geoff", "Raj", "Sue", "Wendy"]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_hhm03_a_carers_group_answers_alan_before_the_facilitator_does() -> None:
    entry = BY_FILE["hhm03.txt"]
    lines = lines_of(FOLDER / "hhm03.txt")
    assert len(lines) == entry["utterances"] == 40
    # Line 10 (index 9): Alan in the car outside the house; Jo, another member, answers (10) and discloses (12).
    assert "abandoned her" in lines[9] and lines[10].startswith("Jo: Oh Alan")
    assert "never have done it to me" in lines[12] and lines[13].startswith("Alan: That's it exactly")
    assert entry["disclosures"][:2] == [
        {"index": 9, "speaker": "Alan", "depth": 3, "response": "met", "response_index": 10},
        {"index": 12, "speaker": "Jo", "depth": 3, "response": "met", "response_index": 13},
    ]
    assert len(entry["disclosures"]) == 6 and entry["main_disclosure"] == 9
    assert entry["speakers"] == ["Alan", "Jo", "Ruth", "Samir"] and entry["format"] == "plain"


def test_unm04_a_house_chat_says_goodnight_and_hamza_gets_no_reply() -> None:
    entry = BY_FILE["unm04.txt"]
    lines = lines_of(FOLDER / "unm04.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "since the funeral" in lines[7]
    assert all(" - Hamza: " in line for line in lines[7:])
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Hamza", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unm10_a_bare_mm_after_the_meeting_is_no_answer() -> None:
    entry = BY_FILE["unm10.vtt"]
    cues = cues_of(FOLDER / "unm10.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "crying before these calls" in cues[7] and cues[8] == "<v Dominic>Mm.</v>"
    assert cues[11].startswith("<v Alex>Okay. Never mind.")
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Alex", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Alex", "Dominic", "Siobhan"] and entry["format"] == "teams_vtt"


def test_fxm02_a_stand_up_fixes_aisling_with_tools_from_two_teammates() -> None:
    entry = BY_FILE["fxm02.vtt"]
    cues = cues_of(FOLDER / "fxm02.vtt")
    assert len(cues) == entry["utterances"] == 28
    # Nora asked (4), Pete answers with time-blocking (6); the late "stupid" (20) gets Ravi's "shout earlier" (21).
    assert "drowning a bit" in cues[5] and cues[6].startswith("<v Pete>Have you tried time-blocking")
    assert "feel a bit stupid" in cues[20] and cues[21].startswith("<v Ravi>Next time just shout")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Aisling", "advice", 6),
        (20, "Aisling", "advice", 21),
    ]
    assert entry["main_disclosure"] == 5 and len(entry["speakers"]) == 4


def test_vem02_a_nurse_after_a_night_shift_one_token_met_one_bare_mm() -> None:
    entry = BY_FILE["vem02.srt"]
    cues = cues_of(FOLDER / "vem02.srt")
    assert len(cues) == entry["utterances"] == 18
    assert "another twenty years" in cues[7] and cues[8] == "Sam: That sounds awful, love."
    assert "ashamed" in cues[12] and cues[13] == "Sam: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "met", 8),
        (12, "none", None),
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "srt"


def test_cfm03_a_drama_society_row_with_every_horseman() -> None:
    entry = BY_FILE["cfm03.vtt"]
    cues = cues_of(FOLDER / "cfm03.vtt")
    assert len(cues) == entry["utterances"] == 40
    assert "you never tell anyone" in cues[0] and "writing memos" in cues[4]
    # Anita's dread (15) is met by Graham (16), whose own dread is brushed off by Dorothy (17).
    assert "feeling sick" in cues[15] and cues[16].startswith("Graham: Anita, I'm sorry")
    assert cues[17] == "Dorothy: Well, nobody's forcing anyone to be on the committee."
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (15, "Anita", 3, "met", 16),
        (16, "Graham", 2, "deflected", 17),
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 15
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "contempt"),
        (7, "defensiveness"),
        (9, "criticism"),
        (13, "contempt"),
        (17, "defensiveness"),
        (18, "criticism"),
        (19, "defensiveness"),
        (23, "contempt"),
        (34, "contempt"),
        (35, "stonewalling"),
        (37, "stonewalling"),
    ]


def test_cfm02_a_gentle_start_between_three_siblings_still_a_conflict() -> None:
    entry = BY_FILE["cfm02.txt"]
    lines = lines_of(FOLDER / "cfm02.txt")
    assert len(lines) == entry["utterances"] == 36
    assert "Could one of you take Wednesdays?" in lines[0] and "I do Sundays though" in lines[1]
    # Fiona (15) answers Claire's crying in the kitchen only after Ian's "martyring" (13); her own guilt is met (16).
    assert "martyring yourself" in lines[13] and "so far away" in lines[15]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Claire", "deflected", 1),
        (12, "Claire", "deflected", 13),
        (15, "Fiona", "met", 16),
    ]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (6, "criticism"),
        (9, "defensiveness"),
        (13, "contempt"),
        (17, "defensiveness"),
        (26, "stonewalling"),
        (31, "defensiveness"),
        (34, "stonewalling"),
    ]


def test_lem10_and_pfm10_disclosures_inside_a_lecture_and_a_brag_round() -> None:
    lem = BY_FILE["lem10.txt"]
    lines = lines_of(FOLDER / "lem10.txt")
    # Danny's lost $4k (8) gets Uncle Mike's next rule (9) before Aunt Pat's sympathy (10).
    assert "I felt so dumb" in lines[8] and "exactly why you dollar cost average" in lines[9]
    assert "I'm sorry" in lines[10]
    assert lem["disclosures"] == [
        {"index": 8, "speaker": "Danny", "depth": 3, "response": "advice", "response_index": 9}
    ]
    assert lem["kind"] == "lecture" and lem["format"] == "whatsapp_ios_us" and lem["utterances"] == 28
    pf = BY_FILE["pfm10.txt"]
    lines = lines_of(FOLDER / "pfm10.txt")
    # Courtney's ADHD meeting (9) is topped by Megan's gifted test (10).
    assert "test him for ADHD" in lines[9] and "tested for gifted" in lines[10]
    assert pf["disclosures"] == [
        {"index": 9, "speaker": "Courtney", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert pf["kind"] == "performance" and pf["main_disclosure"] == 9 and len(pf["speakers"]) == 4


def test_most_conversations_are_groups() -> None:
    assert sum(1 for e in BY_FILE.values() if len(e["speakers"]) >= 3) >= 50
