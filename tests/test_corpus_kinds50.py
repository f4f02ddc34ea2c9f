"""corpus/kinds50 (the fiftieth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds50/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds50"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxm01_both_friends_open_up_and_are_met() -> None:
    entry = BY_FILE["hhxm01.txt"]
    lines = lines_of(FOLDER / "hhxm01.txt")
    # Tasha's loneliness (index 2) is met by Nia's question (3); Nia's own "invisible at work" (5) by Tasha (6).
    assert "really lonely since the move" in lines[2] and "how long has it been" in lines[3]
    assert "felt invisible at work" in lines[5] and "thats awful" in lines[6]
    assert len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Tasha", "depth": 3, "response": "met", "response_index": 3},
        {"index": 4, "speaker": "Tasha", "depth": 3, "response": "met", "response_index": 5},
        {"index": 5, "speaker": "Nia", "depth": 3, "response": "met", "response_index": 6},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhxm08_couch_logistics_deepen_into_a_breakup() -> None:
    entry = BY_FILE["hhxm08.txt"]
    lines = lines_of(FOLDER / "hhxm08.txt")
    # Two depth-2 lines (the split, 4; not telling anyone, 6) come before the first deep one (8), the main.
    assert "Jess and I split up" in lines[4] and "scared i'll be alone forever" in lines[8]
    assert "such a heavy thing to carry" in lines[9] and "slept on my sister's couch" in lines[11]
    assert len(lines) == entry["utterances"] == 20 and entry["speakers"] == ["Chris", "Marcus"]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (4, "Marcus", 2, "met", 5),
        (6, "Marcus", 2, "met", 7),
        (8, "Marcus", 3, "met", 9),
        (10, "Marcus", 3, "met", 11),
        (11, "Chris", 3, "met", 12),
        (13, "Chris", 3, "met", 14),
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_fxxm02_two_colleagues_fix_before_hearing() -> None:
    entry = BY_FILE["fxxm02.vtt"]
    cues = cues_of(FOLDER / "fxxm02.vtt")
    assert "scared I'm not good enough" in cues[0] and cues[1].startswith("<v Ben>have you tried time blocking")
    assert len(cues) == entry["utterances"] == 7 and entry["speakers"] == ["Aisha", "Ben", "Cleo"]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Aisha", "depth": 3, "response": "advice", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_fxxm08_rejection_and_doubt_both_get_plans() -> None:
    entry = BY_FILE["fxxm08.txt"]
    lines = lines_of(FOLDER / "fxxm08.txt")
    assert "I feel so humiliated" in lines[0] and "ring the admissions offices" in lines[1]
    assert "want to try again" in lines[4] and "take a gap year" in lines[5]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 3, "advice", 1),
        (4, 2, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 7 and entry["format"] == "plain"


def test_unxm04_group_chat_talks_past_the_redundancy() -> None:
    entry = BY_FILE["unxm04.txt"]
    lines = lines_of(FOLDER / "unxm04.txt")
    # Dan's message (index 3) gets no reply: the next four messages go on with the barbecue list.
    assert "since the redundancy" in lines[3] and "veggie ones" in lines[4]
    assert len(lines) == entry["utterances"] == 8 and entry["speakers"] == ["Dan", "Fi", "Holly", "Marcus"]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Dan", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android"


def test_unxm08_low_mood_said_after_goodnight() -> None:
    entry = BY_FILE["unxm08.srt"]
    cues = cues_of(FOLDER / "unxm08.srt")
    assert cues[5] == "Dan: night" and "feeling really low" in cues[6]
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Kate", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "srt" and entry["split"] == "valid"


def test_vexm08_the_longest_is_a_45_message_vent() -> None:
    entry = BY_FILE["vexm08.txt"]
    lines = lines_of(FOLDER / "vexm08.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Crying in the car park (15) met by "that's so hard" (16); the unopened bill (22) gets a bare "hm" (23), so
    # none; proving something to her dad (34) met by "that's a lot to carry" (35).
    assert "i cried for like half an hour" in lines[15] and "that's so hard" in lines[16]
    assert "scared to open it" in lines[22] and lines[23].endswith("Sol: hm")
    assert "prove something to my dad" in lines[34] and "a lot to carry" in lines[35]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (15, "met", 16),
        (22, "none", None),
        (34, "met", 35),
    ]
    assert entry["main_disclosure"] == 15 and entry["speakers"] == ["Dani", "Sol"]


def test_cfxm01_harsh_start_ends_in_a_walkout() -> None:
    entry = BY_FILE["cfxm01.txt"]
    lines = lines_of(FOLDER / "cfxm01.txt")
    assert "you NEVER do the washing up" in lines[0] and "give him a medal" in lines[2]
    assert "doing everything alone" in lines[4] and "whatever. i'm going out" in lines[5]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "criticism"),
        (5, "stonewalling"),
        (6, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxm07_gentle_start_family_row_about_gran() -> None:
    entry = BY_FILE["cfxm07.jsonl"]
    rows = rows_of(FOLDER / "cfxm07.jsonl")
    assert "really struggling doing every visit" in rows[0]["text"] and rows[1]["speaker"] == "Ben"
    assert "close to breaking" in rows[8]["text"] and "we've left it all on you" in rows[9]["text"]
    assert len(rows) == entry["utterances"] == 20 and entry["speakers"] == ["Ben", "Lucy", "Matt", "Sara"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    found = [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [(0, "met", 1), (8, "met", 9)]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (2, "defensiveness"),
        (4, "contempt"),
        (5, "defensiveness"),
        (6, "defensiveness"),
    ]


def test_cfxm10_chemo_answered_with_contempt() -> None:
    entry = BY_FILE["cfxm10.txt"]
    lines = lines_of(FOLDER / "cfxm10.txt")
    assert lines[0].startswith("[00:00:01] Frank: we need to talk about your van")
    assert "her chemo on Tuesday" in lines[4] and "not my problem" in lines[5]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Frank", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["speakers"] == ["Frank", "Lee", "Sue"] and entry["format"] == "plain_ts"


def test_no_disclosures_in_small_talk_discussion_lecture_interrogation_performance() -> None:
    quiet = ("st", "di", "le", "in", "pf")
    for name, entry in BY_FILE.items():
        if name[:2] in quiet:
            assert entry["disclosures"] == [] and entry["main_disclosure"] is None, name
