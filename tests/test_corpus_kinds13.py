"""corpus/kinds13 (the thirteenth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds13/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

import json

from _corpus import CORPUS, cues_of, lines_of, manifest

FOLDER = CORPUS / "kinds13"
ENTRIES = manifest(FOLDER)
BY_FILE = {e["file"]: e for e in ENTRIES}


def test_und01_panic_attack_joked_off_at_the_pub() -> None:
    entry = BY_FILE["und01.txt"]
    lines = lines_of(FOLDER / "und01.txt")
    # Line 7 (index 6): Gaz's panic attacks; line 8 (index 7): Stevie's joke about the pies.
    assert "panic attacks" in lines[6] and "lay off the pies" in lines[7]
    assert len(lines) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Gaz", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Gaz", "Stevie"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_und04_hen_do_chat_talks_over_maddie() -> None:
    entry = BY_FILE["und04.txt"]
    lines = lines_of(FOLDER / "und04.txt")
    # Fifth message (index 4): five years since Maddie's dad; the sixth (index 5): Jade's pink speaker.
    assert "5 years since dad" in lines[4] and "the pink one" in lines[5]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Maddie", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["utterances"] == 13 and entry["speakers"] == ["Jade", "Leanne", "Maddie", "Steph"]


def test_cfd03_siblings_harsh_start_and_the_unanswered_last_line() -> None:
    entry = BY_FILE["cfd03.srt"]
    cues = cues_of(FOLDER / "cfd03.srt")
    assert len(cues) == entry["utterances"] == 11
    assert "You always have something" in cues[0] and "make up reasons" in cues[6]
    assert "not doing this on the phone" in cues[7] and "I'm exhausted" in cues[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "deflected", 7),
        (10, "none", None),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (7, "stonewalling"),
        (8, "criticism"),
        (9, "stonewalling"),
    ]


def test_fxd01_second_feeling_also_gets_a_plan() -> None:
    entry = BY_FILE["fxd01.txt"]
    lines = lines_of(FOLDER / "fxd01.txt")
    # Index 2: "I just feel invisible there"; 3: send the deck round. 6: "I wanted them to see me"; 7: go elsewhere.
    assert "feel invisible" in lines[2] and "get your point in writing" in lines[3]
    assert "wanted them to see me" in lines[6] and "go somewhere that does" in lines[7]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, 3, "advice", 3),
        (6, 2, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2


def test_cfd04_icy_hedge_dispute_has_a_gentle_start() -> None:
    entry = BY_FILE["cfd04.txt"]
    lines = lines_of(FOLDER / "cfd04.txt")
    assert "Would you be able to trim it back" in lines[0] and "It's a hedge. They grow." in lines[3]
    assert "since my hip" in lines[6] and "a lot on at the moment" in lines[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Linda", "depth": 2, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (3, "contempt"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (9, "defensiveness"),
        (11, "stonewalling"),
    ]


def test_hhd07_longest_call_between_sisters() -> None:
    entry = BY_FILE["hhd07.jsonl"]
    rows = [json.loads(line) for line in (FOLDER / "hhd07.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == entry["utterances"] == 45 == max(e["utterances"] for e in ENTRIES)
    # Row 9: Joy's failed IVF round, met by Marites (10); Marites' own loss (24) met by Joy (25); the last embryo (32).
    assert "second round didn't work" in rows[9]["text"] and "I'm so sorry" in rows[10]["text"]
    assert "I lost one" in rows[24]["text"] and rows[25]["speaker"] == "Joy"
    assert "one embryo left" in rows[32]["text"]
    assert entry["main_disclosure"] == 9
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Joy", "met", 10),
        (13, "Joy", "met", 14),
        (24, "Marites", "met", 25),
        (32, "Joy", "met", 33),
    ]
    assert entry["split"] == "valid" and entry["speakers"] == ["Joy", "Marites"]


def test_und09_late_message_gets_no_reply() -> None:
    entry = BY_FILE["und09.txt"]
    lines = lines_of(FOLDER / "und09.txt")
    # Sixth of eight messages (index 5); after it only Sam's own "anyway" and "night".
    assert len(lines) == entry["utterances"] == 8
    assert "feeling super alone" in lines[5] and lines[6].endswith("Sam: anyway")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Sam", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Dom", "Kev", "Sam", "Tariq"] and entry["format"] == "whatsapp_android_us"


def test_hhd09_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhd09.txt"]
    lines = lines_of(FOLDER / "hhd09.txt")
    assert "you literally never listen" in lines[0] and "I stood at the back" in lines[1]
    assert "pick who to walk to after" in lines[4] and "really hard spot" in lines[5]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 4 and entry["disclosures"][0]["response_index"] == 5


def test_cfd09_gentle_start_answered_defensively_then_met() -> None:
    entry = BY_FILE["cfd09.txt"]
    lines = lines_of(FOLDER / "cfd09.txt")
    assert "I felt really hurt" in lines[0] and "last minute thing" in lines[1]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (2, "met", 3),
        (6, "met", 7),
    ]
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]


def test_counts_of_the_set() -> None:
    """100 conversations; 31 have three or more speakers (16 dev, 15 valid), the shortest is std10 (7)."""
    assert len(ENTRIES) == 100
    assert sum(1 for e in ENTRIES if len(e["speakers"]) >= 3) == 31
    assert min(e["utterances"] for e in ENTRIES) == 7


def test_formats_follow_one_order_in_every_kind() -> None:
    """x01 plain_ts, x02 WhatsApp iOS US, x03 SRT, x04 WhatsApp Android, x05 Teams VTT (dev); x06 WhatsApp iOS,
    x07 JSONL, x08 Zoom VTT, x09 WhatsApp Android US, x10 plain (valid)."""
    order = [
        "plain_ts",
        "whatsapp_ios_us",
        "srt",
        "whatsapp_android",
        "teams_vtt",
        "whatsapp_ios",
        "jsonl",
        "zoom_vtt",
        "whatsapp_android_us",
        "plain",
    ]
    for entry in ENTRIES:
        number = int(entry["file"][3:5])
        assert entry["file"][2] == "d"
        assert entry["format"] == order[number - 1], entry["file"]
        assert entry["split"] == ("dev" if number <= 5 else "valid"), entry["file"]
