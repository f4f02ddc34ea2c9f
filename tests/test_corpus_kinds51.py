"""corpus/kinds51 (the fifty-first author's set, family group chats across generations): entries counted by hand
from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds51/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds51"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unxn07_bullying_lost_in_the_christmas_rota() -> None:
    entry = BY_FILE["unxn07.txt"]
    lines = lines_of(FOLDER / "unxn07.txt")
    # Maddie's message (index 3) about the group chat at school; the adults carry on with the dinner rota as if it
    # had not been sent, so nobody replies to it at all.
    assert "group chat about me" in lines[3] and "green bean casserole" in lines[4]
    assert len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Maddie", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"
    assert entry["speakers"] == ["Aunt Joyce", "Kelsey", "Maddie", "Uncle Ron"]


def test_cfxn01_who_hosts_christmas_harsh_start() -> None:
    entry = BY_FILE["cfxn01.txt"]
    lines = lines_of(FOLDER / "cfxn01.txt")
    assert "You two never offer" in lines[0] and "The martyr act" in lines[6]
    assert "I feel like nobody even sees it" in lines[7] and "you like being in control" in lines[8]
    assert "Whatever." in lines[11] and len(lines) == entry["utterances"] == 12
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (5, "criticism"),
        (6, "contempt"),
        (8, "defensiveness"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Claire", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_hhxn06_the_longest_is_two_cousins_at_night() -> None:
    entry = BY_FILE["hhxn06.jsonl"]
    rows = rows_of(FOLDER / "hhxn06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "lost Nani and the whole family" in rows[8]["text"] and rows[9]["speaker"] == "Tariq"
    assert "sat in the car park" in rows[14]["text"] and rows[15]["text"] == "oh Tariq"
    assert "angry at both of them" in rows[34]["text"] and "feel guilty" in rows[35]["text"]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (8, "Aisha", 3, "met", 9),
        (14, "Tariq", 3, "met", 15),
        (17, "Tariq", 3, "met", 18),
        (20, "Aisha", 3, "met", 21),
        (34, "Tariq", 2, "met", 35),
        (35, "Aisha", 3, "met", 36),
    ]
    assert entry["main_disclosure"] == 8 and entry["split"] == "valid" and entry["speakers"] == ["Aisha", "Tariq"]


def test_hhxn05_biscuit_is_not_the_answer() -> None:
    entry = BY_FILE["hhxn05.srt"]
    cues = cues_of(FOLDER / "hhxn05.srt")
    # Walt forgets the dog's name (10); Linda supplies it (11) but Zoe's "that must have felt horrible" (13) is the
    # answer to the feeling, so the response index is marked by hand.
    assert "couldn't remember the name of the dog" in cues[10]
    assert cues[11] == "Linda: Biscuit." and cues[13].startswith("Zoe: that must have felt horrible")
    assert len(cues) == entry["utterances"] == 21
    walt = [d for d in entry["disclosures"] if d["speaker"] == "Grandpa Walt"]
    assert [(d["index"], d["depth"], d["response_index"]) for d in walt] == [
        (1, 2, 2),
        (4, 3, 5),
        (10, 3, 13),
        (14, 3, 15),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Grandpa Walt", "Linda", "Marcus", "Zoe"]
    assert entry["format"] == "srt" and entry["split"] == "dev"


def test_vexn09_resentment_met_then_a_bare_mm() -> None:
    entry = BY_FILE["vexn09.vtt"]
    cues = cues_of(FOLDER / "vexn09.vtt")
    assert "starting to resent her" in cues[10] and cues[11].startswith("Orla: Oh, Bernie.")
    assert cues[12] == "Aunt Bernie: It feels like it does." and cues[13] == "Colm: Mm."
    assert len(cues) == entry["utterances"] == 16
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "met", 11),
        (12, "none", None),
    ]
    assert entry["main_disclosure"] == 10 and entry["format"] == "zoom_vtt" and len(entry["speakers"]) == 4


def test_unxn04_panic_attacks_turned_to_the_bank_in_the_80s() -> None:
    entry = BY_FILE["unxn04.txt"]
    lines = lines_of(FOLDER / "unxn04.txt")
    assert "panic attacks at work" in lines[0] and "Oh I used to get those!" in lines[1]
    assert "I'm doing a gammon" in lines[5] and len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Grace", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cfxn08_gentle_budget_row_with_one_jibe() -> None:
    entry = BY_FILE["cfxn08.vtt"]
    cues = cues_of(FOLDER / "cfxn08.vtt")
    assert cues[0].startswith("<v Amara>Can I start?") and "can't afford" in cues[0]
    assert cues[6] == "<v Raj>A gazebo. In March. In Sheffield.</v>"
    assert "poor relation" in cues[10] and cues[11].startswith("<v Nick>I get that.")
    assert len(cues) == entry["utterances"] == 16
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(6, "contempt")]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (10, "met", 11),
    ]
    assert entry["format"] == "teams_vtt" and entry["speakers"] == ["Amara", "Nick", "Raj", "Suzy"]


def test_inxn10_parents_questions_roll_past_the_feeling() -> None:
    entry = BY_FILE["inxn10.jsonl"]
    rows = rows_of(FOLDER / "inxn10.jsonl")
    assert rows[13]["speaker"] == "Luke" and "didn't think I'd be welcome" in rows[13]["text"]
    assert rows[14]["text"] == "Have you rung Gran since?"
    assert len(rows) == entry["utterances"] == 20
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Luke", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert entry["main_disclosure"] == 13 and entry["kind"] == "interrogation" and entry["split"] == "valid"


def test_fxxn10_nan_gets_a_bus_pass_twice() -> None:
    entry = BY_FILE["fxxn10.srt"]
    cues = cues_of(FOLDER / "fxxn10.srt")
    assert "no use to anyone" in cues[0] and "free bus pass" in cues[1]
    assert "not being needed" in cues[6] and "volunteer at the library" in cues[7]
    assert len(cues) == entry["utterances"] == 10
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "srt" and entry["split"] == "valid"


def test_small_talk_and_discussions_carry_no_disclosures() -> None:
    stxn02 = BY_FILE["stxn02.txt"]
    lines = lines_of(FOLDER / "stxn02.txt")
    assert lines[0] == "Mum: Josh, what train are you getting on Saturday?" and lines[-1] == "Josh: will do"
    assert len(lines) == stxn02["utterances"] == 8 and stxn02["format"] == "plain"
    for entry in BY_FILE.values():
        if entry["kind"] in ("small_talk", "discussion"):
            assert entry["disclosures"] == [] and entry["main_disclosure"] is None, entry["file"]
