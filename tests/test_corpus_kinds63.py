"""corpus/kinds63 (the sixty-third author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds63/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds63"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxz05_fathers_offer_of_money_is_advice_inside_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxz05.srt"]
    cues = cues_of(FOLDER / "hhxz05.srt")
    # Cue 2 (index 1): Luke's redundancy, met by his father's "That's a long time to carry" (2); cue 6 (index 5):
    # "turned into him", answered by the loan and a job contact (6) before the feeling is heard.
    assert "made redundant" in cues[1] and "long time to carry" in cues[2]
    assert "turned into him" in cues[5] and "lend you a couple of thousand" in cues[6]
    assert "I'm the disappointment" in cues[9] and "didn't tell your mum for a week" in cues[10]
    assert len(cues) == entry["utterances"] == 18
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Luke", "met", 2),
        (3, "Luke", "met", 4),
        (5, "Luke", "advice", 6),
        (9, "Luke", "met", 10),
        (10, "Graham", "met", 11),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "srt" and entry["split"] == "dev"


def test_hhxz09_jumping_to_the_jobs_then_hearing_the_fear() -> None:
    entry = BY_FILE["hhxz09.txt"]
    lines = lines_of(FOLDER / "hhxz09.txt")
    assert "They found a lump" in lines[1] and "How long have you known" in lines[2]
    assert "burden" in lines[7] and "I'll take Thursday off" in lines[8]
    assert "I'm scared, full stop" in lines[11] and "I remember Nana" in lines[12]
    assert len(lines) == entry["utterances"] == 19 and entry["speakers"] == ["Linda", "Sam"]
    assert entry["main_disclosure"] == 1
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, 3, "met", 2),
        (5, 2, "met", 6),
        (7, 3, "advice", 8),
        (11, 3, "met", 12),
        (13, 2, "met", 14),
        (14, 3, "met", 15),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid" and entry["harsh_startup"] is None


def test_fxxz03_flatmates_answer_loneliness_with_apps_and_a_guest_pass() -> None:
    entry = BY_FILE["fxxz03.txt"]
    lines = lines_of(FOLDER / "fxxz03.txt")
    assert "made a single friend" in lines[0] and "bumble bff" in lines[1]
    assert "not someone people want to be around" in lines[6] and "put yourself out there" in lines[7]
    assert len(lines) == entry["utterances"] == 13 and entry["speakers"] == ["Chris", "Jake", "Priya"]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Chris", "depth": 3, "response": "advice", "response_index": 1},
        {"index": 6, "speaker": "Chris", "depth": 3, "response": "advice", "response_index": 7},
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_vexz02_invisible_gets_only_mm() -> None:
    entry = BY_FILE["vexz02.srt"]
    cues = cues_of(FOLDER / "vexz02.srt")
    assert "crying about bar charts" in cues[8] and "horrible week" in cues[9]
    assert "completely invisible" in cues[10] and cues[11] == "Steve: Mm"
    assert len(cues) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Amira", "depth": 3, "response": "met", "response_index": 9},
        {"index": 10, "speaker": "Amira", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "srt"


def test_unxz04_retirement_lost_in_the_christmas_plans() -> None:
    entry = BY_FILE["unxz04.txt"]
    lines = lines_of(FOLDER / "unxz04.txt")
    # Dad's fourth line of the chat (index 3) gets Aunt Jo's cheer and "Right, Christmas" (4); his second try
    # (index 8) gets no reply at all, only more Christmas.
    assert "what on earth I'm for now" in lines[3] and "Right, Christmas" in lines[4]
    assert "who I am without it" in lines[8] and "pigs in blankets" in lines[9]
    assert len(lines) == entry["utterances"] == 12
    assert entry["speakers"] == ["Aunt Jo", "Dad", "Lucy", "Sam"]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Dad", "depth": 3, "response": "deflected", "response_index": 4},
        {"index": 8, "speaker": "Dad", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxz09_marriage_ending_answered_by_hm() -> None:
    entry = BY_FILE["unxz09.jsonl"]
    rows = rows_of(FOLDER / "unxz09.jsonl")
    assert "My marriage is ending" in rows[1]["text"] and rows[2]["text"] == "Hm"
    assert rows[3]["speaker"] == "Lisa" and "Q3 slides" in rows[3]["text"]
    assert len(rows) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Lisa", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_cfxz07_siblings_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cfxz07.jsonl"]
    rows = rows_of(FOLDER / "cfxz07.jsonl")
    assert "You never lift a finger" in rows[0]["text"] and "Saint Claire" in rows[4]["text"]
    assert "I'm scared she's not coming home" in rows[7]["text"] and "always want to be in charge" in rows[8]["text"]
    assert rows[13]["text"] == "👍"
    assert len(rows) == entry["utterances"] == 14 and entry["speakers"] == ["Claire", "Jen", "Paul"]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Claire", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "contempt"),
        (6, "defensiveness"),
        (8, "criticism"),
        (11, "stonewalling"),
        (12, "stonewalling"),
        (13, "stonewalling"),
    ]


def test_cfxz05_gentle_start_answered_defensively_then_repaired() -> None:
    entry = BY_FILE["cfxz05.txt"]
    lines = lines_of(FOLDER / "cfxz05.txt")
    assert "I felt really undermined" in lines[0] and "some people would be grateful" in lines[1]
    assert "twelve again" in lines[2] and "never thought of it like that" in lines[3]
    assert len(lines) == entry["utterances"] == 12
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Josh", "deflected", 1),
        (2, "Josh", "met", 3),
        (5, "Dad", "met", 6),
    ]
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_dixz05_the_longest_is_a_wellbeing_policy_meeting() -> None:
    entry = BY_FILE["dixz05.vtt"]
    cues = cues_of(FOLDER / "dixz05.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("<v Helen>Okay, the last item") and cues[-1] == "<v Helen>I'll take it</v>"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Claire", "Helen", "Joel", "Raj"] and entry["format"] == "teams_vtt"


def test_pfxz10_the_shortest_is_a_college_brag() -> None:
    entry = BY_FILE["pfxz10.txt"]
    lines = lines_of(FOLDER / "pfxz10.txt")
    assert len(lines) == entry["utterances"] == 7
    assert "Stanford" in lines[0] and "Yale AND MIT" in lines[1] and "Must be the parenting" in lines[6]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"
