"""corpus/kinds48 (the forty-eighth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds48/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds48"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxk03_harsh_kitchen_row_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxk03.txt"]
    lines = lines_of(FOLDER / "hhxk03.txt")
    # "You never clean up" (0) and "I'm not the only one who uses it" (1); Ciaran's "not doing great" (5) is met by
    # Nadia's open question (6).
    assert "You never clean up" in lines[0] and "not the only one" in lines[1]
    assert "not been doing great" in lines[5] and "What do you mean" in lines[6]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 5
    assert entry["disclosures"][0] == {
        "index": 5,
        "speaker": "Ciaran",
        "depth": 3,
        "response": "met",
        "response_index": 6,
    }
    assert [d["speaker"] for d in entry["disclosures"]] == ["Ciaran", "Ciaran", "Ciaran", "Nadia", "Ciaran", "Ciaran"]
    assert len(lines) == entry["utterances"] == 29 and entry["format"] == "plain" and entry["split"] == "dev"


def test_hhxk09_the_longest_is_a_car_park_call() -> None:
    entry = BY_FILE["hhxk09.txt"]
    lines = lines_of(FOLDER / "hhxk09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 8 (index 7): the second IVF round failed; Yusuf's next line meets it. Yusuf's own depression (22) is met
    # by Callum (23).
    assert "The IVF didn't work" in lines[7] and "I'm so sorry" in lines[8]
    assert "Depression" in lines[22] and "I sent you a back brace" in lines[23]
    assert entry["main_disclosure"] == 7
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "Callum", 8),
        (9, "Callum", 10),
        (13, "Callum", 14),
        (17, "Callum", 18),
        (20, "Yusuf", 21),
        (22, "Yusuf", 23),
        (33, "Callum", 34),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["format"] == "plain_ts" and entry["split"] == "valid" and lines[0].startswith("[00:00:0")


def test_unxk03_goodnight_fear_gets_no_reply() -> None:
    entry = BY_FILE["unxk03.txt"]
    lines = lines_of(FOLDER / "unxk03.txt")
    # Rosa's message after the goodnights (index 7) gets only Helen's "night night" (8), no reply to it.
    assert "feeling really low" in lines[7] and "night night" in lines[8]
    assert len(lines) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Rosa", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Ade", "Helen", "Rosa"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_fxxk02_one_to_one_answers_overwhelm_with_a_four_box() -> None:
    entry = BY_FILE["fxxk02.vtt"]
    cues = cues_of(FOLDER / "fxxk02.vtt")
    # Fourth cue (index 3): Lauren overwhelmed, answered by the prioritisation exercise (4); her fear of looking as
    # if she can't cope (11) by the HR course (12).
    assert "completely overwhelmed" in cues[3] and "prioritisation exercise" in cues[4]
    assert "can't cope" in cues[11] and "HR runs in March" in cues[12]
    assert cues[3].startswith("<v Lauren>") and cues[4].startswith("<v Gordon>")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "advice", 4),
        (11, "advice", 12),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "teams_vtt" and len(cues) == entry["utterances"] == 26


def test_inxk04_shaken_daughter_gets_the_next_closed_question() -> None:
    entry = BY_FILE["inxk04.txt"]
    lines = lines_of(FOLDER / "inxk04.txt")
    assert "really shaken up" in lines[5] and "insurance details" in lines[6]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 5
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Lily", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert len(lines) == entry["utterances"] == 27 and entry["speakers"] == ["Dad", "Lily"]


def test_cfxk01_bank_app_row_and_its_horsemen() -> None:
    entry = BY_FILE["cfxk01.txt"]
    lines = lines_of(FOLDER / "cfxk01.txt")
    assert "You always do this" in lines[0] and "It was a sale" in lines[1]
    assert "lie awake worrying about money" in lines[14] and "You always make it a drama" in lines[15]
    assert "I'm going out." in lines[19] and len(lines) == entry["utterances"] == 20
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 14
    assert entry["disclosures"] == [
        {"index": 14, "speaker": "Lauren", "depth": 3, "response": "deflected", "response_index": 15}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "defensiveness"),
        (6, "contempt"),
        (10, "criticism"),
        (11, "stonewalling"),
        (15, "criticism"),
        (17, "stonewalling"),
        (18, "contempt"),
        (19, "stonewalling"),
    ]


def test_vexk02_nurse_tokens_count_as_met() -> None:
    entry = BY_FILE["vexk02.srt"]
    cues = cues_of(FOLDER / "vexk02.srt")
    assert "linen cupboard" in cues[14] and cues[15] == "Andre: Oh, love."
    assert "failing people all night" in cues[16] and "That's awful" in cues[17]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (14, "met", 15),
        (16, "met", 17),
    ]
    assert entry["main_disclosure"] == 14 and entry["format"] == "srt" and len(cues) == entry["utterances"] == 25


def test_unxk05_standup_moves_on_to_the_roadmap() -> None:
    entry = BY_FILE["unxk05.vtt"]
    cues = cues_of(FOLDER / "unxk05.vtt")
    # Tomasz's grief (7) gets "thanks for sharing" and the roadmap (8); "I'm not really sleeping" (17) gets the date.
    assert "since my dad died" in cues[7] and "So, the roadmap" in cues[8]
    assert "not really sleeping" in cues[17] and "Great, the fifteenth then" in cues[18]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "Tomasz", "deflected", 8),
        (17, "Tomasz", "deflected", 18),
    ]
    assert entry["speakers"] == ["Diane", "Farah", "Neil", "Tomasz"] and entry["format"] == "zoom_vtt"


def test_pfxk08_quiet_friend_talked_over_in_a_performance() -> None:
    entry = BY_FILE["pfxk08.jsonl"]
    rows = rows_of(FOLDER / "pfxk08.jsonl")
    # Kat's missed promotion (12) is topped by Sebastian's seven-round interview (13); no main disclosure.
    assert rows[12]["speaker"] == "Kat" and "didn't get the promotion" in rows[12]["text"]
    assert "seven rounds" in rows[13]["text"]
    assert entry["kind"] == "performance" and entry["main_disclosure"] is None
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Kat", "depth": 2, "response": "deflected", "response_index": 13}
    ]
    assert len(rows) == entry["utterances"] == 30 and entry["split"] == "valid"


def test_cfxk07_gentle_christmas_start_stays_a_conflict() -> None:
    entry = BY_FILE["cfxk07.jsonl"]
    rows = rows_of(FOLDER / "cfxk07.jsonl")
    assert "I'd like us to decide together" in rows[0]["text"] and "That's fair" in rows[1]["text"]
    assert "I hate being in the middle" in rows[19]["text"] and rows[20]["speaker"] == "Elena"
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Elena", "met", 1),
        (8, "Elena", "met", 9),
        (19, "Marcus", "met", 20),
    ]
