"""corpus/kinds21 (the twenty-first author's set, texting style): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds21/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

import pytest

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds21"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unn03_a_bare_k_is_no_answer() -> None:
    entry = BY_FILE["unn03.txt"]
    lines = lines_of(FOLDER / "unn03.txt")
    # Line 3 (index 2): Aisha eats lunch in her car; Ben's only reply is "k" (3); she changes the subject herself (5).
    assert "eating in my car" in lines[2] and lines[3].endswith("Ben: k")
    assert lines[5].endswith("Aisha: anyway how was the gig")
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Aisha", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_ven05_a_lone_heart_meets_the_nurse() -> None:
    entry = BY_FILE["ven05.txt"]
    lines = lines_of(FOLDER / "ven05.txt")
    # Index 6 "treated like i'm disposable" is met by Jamal's lone heart (7); index 9 by "i see u" (10).
    assert "disposable" in lines[6] and lines[7].endswith("Jamal: ❤️")
    assert "how scared we all are" in lines[9] and "i see u" in lines[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "met", 7),
        (9, "met", 10),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android_us" and entry["utterances"] == 12


def test_unn02_same_lol_turns_a_death_to_oneself() -> None:
    entry = BY_FILE["unn02.txt"]
    lines = lines_of(FOLDER / "unn02.txt")
    assert "my grandad died on tuesday" in lines[2] and "Jay: same lol" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Mo", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["speakers"] == ["Jay", "Mo", "Reece"] and entry["format"] == "plain_ts" and entry["utterances"] == 8


def test_unn07_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unn07.txt"]
    lines = lines_of(FOLDER / "unn07.txt")
    # Mel's only two messages come last: the disclosure (6) and her own "anyway night x" (7).
    assert "i'm not doing great tbh" in lines[6] and lines[7].endswith("Mel: anyway night x")
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mel", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Bryn", "Carmen", "Hailey", "Mel"] and entry["split"] == "valid"
    assert entry["format"] == "whatsapp_ios_us"


def test_ven10_two_listeners_and_a_heart() -> None:
    entry = BY_FILE["ven10.txt"]
    lines = lines_of(FOLDER / "ven10.txt")
    assert "i feel like i'm failing him" in lines[6] and lines[7] == "Sheila: ❤️"
    assert lines[8] == "Pauline: you're not failing him jo"
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Joanne", "depth": 3, "response": "met", "response_index": 7}
    ]
    assert entry["speakers"] == ["Joanne", "Pauline", "Sheila"] and entry["format"] == "plain"


def test_cfn04_harsh_start_and_a_walk_to_her_room() -> None:
    entry = BY_FILE["cfn04.txt"]
    lines = lines_of(FOLDER / "cfn04.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "you literally never let me do anything" in lines[0] and lines[4] == "Mila: whatever"
    assert "Who paid for the phone" in lines[3] and "you don't trust me" in lines[6]
    assert lines[7] == "Mum: Well you're acting like one" and lines[8] == "Mila: i'm going to my room"
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "criticism"),
        (3, "contempt"),
        (3, "defensiveness"),
        (4, "stonewalling"),
        (7, "contempt"),
        (8, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 7


def test_cfn08_teams_credit_row() -> None:
    entry = BY_FILE["cfn08.vtt"]
    cues = cues_of(FOLDER / "cfn08.vtt")
    assert len(cues) == entry["utterances"] == 9
    assert cues[5].startswith("<v Fiona>honestly it makes me feel invisible")
    assert cues[6].startswith("<v Marek>i can't control how you feel")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Fiona", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (6, "defensiveness"),
        (8, "stonewalling"),
    ]
    assert entry["harsh_startup"] is True and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_inn10_four_friends_grill_nia() -> None:
    entry = BY_FILE["inn10.jsonl"]
    rows = rows_of(FOLDER / "inn10.jsonl")
    assert len(rows) == entry["utterances"] == 17
    assert rows[10]["speaker"] == "Nia" and "i still love him" in rows[10]["text"]
    assert rows[11]["speaker"] == "Amelia" and rows[11]["text"].startswith("ok but did he text first")
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Nia", "depth": 3, "response": "deflected", "response_index": 11}
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Amelia", "Becks", "Chantelle", "Nia"]


def test_fxn10_the_first_reply_is_a_dry_run() -> None:
    entry = BY_FILE["fxn10.srt"]
    cues = cues_of(FOLDER / "fxn10.srt")
    assert "i feel humiliated" in cues[0] and cues[1] == "Beth: next time do a dry run with me the day before"
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Tariq", "depth": 3, "response": "advice", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Beth", "Josie", "Tariq"]
    assert entry["format"] == "srt" and entry["utterances"] == 9


def test_hhn04_the_longest_is_two_friends_after_a_finale() -> None:
    formats = pytest.importorskip("heart2heart.formats")
    entry = BY_FILE["hhn04.txt"]
    (conv,) = formats.read(FOLDER / "hhn04.txt")
    assert len(conv) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Two messages run over two lines (1 and 14); the main disclosure is the second of them.
    assert conv[14].speaker == "Jess" and conv[14].text.endswith("which is an awful thing to say")
    assert conv[15].text == "it's not awful. it's honest"
    assert conv[28].speaker == "Marisol" and "trying for a baby" in conv[28].text
    assert entry["main_disclosure"] == 14
    assert [(d["index"], d["speaker"], d["depth"], d["response"]) for d in entry["disclosures"]] == [
        (10, "Jess", 2, "met"),
        (14, "Jess", 3, "met"),
        (20, "Jess", 3, "met"),
        (28, "Marisol", 3, "met"),
        (32, "Marisol", 3, "met"),
        (38, "Marisol", 2, "met"),
    ]


def test_hhn10_a_harsh_start_that_repairs() -> None:
    entry = BY_FILE["hhn10.txt"]
    lines = lines_of(FOLDER / "hhn10.txt")
    assert "u never tell me anything anymore" in lines[0] and "i failed the bar again" in lines[4]
    assert "i'm sorry i came at u like that" in lines[5]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
