"""corpus/kinds23 (the twenty-third author's set: helping conversations outside therapy): entries counted by hand
from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds23/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds23"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhp07_the_longest_is_a_managers_one_to_one() -> None:
    entry = BY_FILE["hhp07.vtt"]
    cues = cues_of(FOLDER / "hhp07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 14 (index 13): the pregnancy loss, met by Priya's next cue; index 24: Priya's own loss in return.
    assert "lost a pregnancy" in cues[13] and "I'm so sorry" in cues[14]
    assert "We had a miscarriage" in cues[24] and cues[25].startswith("<v Owen>I didn't know that")
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (13, "Owen", 3, "met", 14),
        (17, "Owen", 3, "met", 18),
        (19, "Owen", 3, "met", 20),
        (24, "Priya", 3, "met", 25),
        (29, "Owen", 3, "met", 30),
    ]
    assert entry["main_disclosure"] == 13 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_hhp05_youth_worker_and_the_shouting_at_home() -> None:
    entry = BY_FILE["hhp05.srt"]
    cues = cues_of(FOLDER / "hhp05.srt")
    assert "They're at it every night" in cues[7] and "That sounds really scary" in cues[8]
    assert entry["disclosures"][0] == {"index": 7, "speaker": "Kai", "depth": 3, "response": "met", "response_index": 8}
    assert entry["main_disclosure"] == 7 and entry["utterances"] == 22 and entry["speakers"] == ["Kai", "Sam"]


def test_unp03_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unp03.txt"]
    lines = lines_of(FOLDER / "unp03.txt")
    # The last of seven messages (index 6): Marta stopped her antidepressants; nothing comes after it.
    assert "night night" in lines[5] and "stopped my antidepressants" in lines[6]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Marta", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Ayesha", "Greg", "Marta"] and entry["format"] == "whatsapp_ios"


def test_vep04_the_kitchen_floor_gets_only_mm() -> None:
    entry = BY_FILE["vep04.vtt"]
    cues = cues_of(FOLDER / "vep04.vtt")
    # Index 9: the kitchen floor, answered by a bare "Mm." (none); index 13 is met by "I'm glad you told me" (14).
    assert "kitchen floor" in cues[9] and cues[10] == "<v Martin>Mm.</v>"
    assert "I'm glad you told me" in cues[14]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "none", None),
        (13, "met", 14),
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_fxp01_loneliness_answered_with_meetup() -> None:
    entry = BY_FILE["fxp01.jsonl"]
    rows = rows_of(FOLDER / "fxp01.jsonl")
    assert "really lonely" in rows[0]["text"] and "Meetup" in rows[1]["text"]
    assert "huge mistake" in rows[4]["text"] and "six months" in rows[5]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(rows) == 10


def test_lep08_a_mothers_guilt_left_for_the_grade_boundaries() -> None:
    entry = BY_FILE["lep08.vtt"]
    cues = cues_of(FOLDER / "lep08.vtt")
    assert "failed him" in cues[5] and "let me just finish explaining" in cues[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Mrs Kaur", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "zoom_vtt" and entry["kind"] == "lecture"


def test_inp08_the_friend_says_hm_and_asks_about_the_deposit() -> None:
    entry = BY_FILE["inp08.txt"]
    lines = lines_of(FOLDER / "inp08.txt")
    assert "I feel so stupid" in lines[9] and lines[10].endswith("Tamsin: hm") and "deposit" in lines[12]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Sienna", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["utterances"] == 18 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_pfp09_a_teacher_who_cannot_afford_a_holiday_is_topped() -> None:
    entry = BY_FILE["pfp09.vtt"]
    cues = cues_of(FOLDER / "pfp09.vtt")
    assert "Can't really afford it" in cues[5] and "Bali" in cues[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Mr Price", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] == 5 and len(entry["speakers"]) == 4


def test_cfp04_receptionist_harsh_start_and_next_please() -> None:
    entry = BY_FILE["cfp04.txt"]
    lines = lines_of(FOLDER / "cfp04.txt")
    assert len(lines) == entry["utterances"] == 12 and entry["format"] == "plain"
    assert "never answer the phone" in lines[0] and "I'm frightened" in lines[4]
    assert "no need to raise your voice" in lines[5] and lines[11] == "Receptionist Bev: Next please."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (0, "contempt"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
        (11, "stonewalling"),
    ]


def test_cfp09_you_always_and_oh_here_we_go() -> None:
    entry = BY_FILE["cfp09.txt"]
    lines = lines_of(FOLDER / "cfp09.txt")
    assert "You always turn everything back to yourself" in lines[0]
    assert "really depressed" in lines[4] and "oh here we go" in lines[5] and lines[13].endswith("Kelsey: night")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Maya", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "criticism"),
        (11, "stonewalling"),
        (12, "contempt"),
        (13, "stonewalling"),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"
