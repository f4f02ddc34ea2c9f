"""corpus/kinds11 (the eleventh author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds11/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

import json

from _corpus import CORPUS, cues_of, lines_of, manifest

FOLDER = CORPUS / "kinds11"
ENTRIES = manifest(FOLDER)
BY_FILE = {e["file"]: e for e in ENTRIES}


def test_un104_group_chat_moves_on_past_robs_message() -> None:
    entry = BY_FILE["un104.txt"]
    lines = lines_of(FOLDER / "un104.txt")
    # Line 6 (index 5) is Rob's "really bad place"; line 7 (index 6) is Dean asking who is going to the pub.
    assert "really bad place" in lines[5] and "Anyone for the Crown" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Rob", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] == 5
    assert entry["utterances"] == 11 and entry["speakers"] == ["Dean", "Kev", "Rob", "Sam"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cf103_harsh_meeting_and_its_horsemen() -> None:
    entry = BY_FILE["cf103.vtt"]
    cues = cues_of(FOLDER / "cf103.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert "missed every single deadline" in cues[0] and "really demoralising" in cues[8]
    assert "gold stars" in cues[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Farah", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "criticism"),
        (6, "defensiveness"),
        (7, "contempt"),
        (9, "contempt"),
        (11, "stonewalling"),
        (13, "stonewalling"),
    ]
    assert entry["speakers"] == ["Farah", "Ian", "Kate"]


def test_fx104_both_feelings_get_plans_first() -> None:
    entry = BY_FILE["fx104.txt"]
    lines = lines_of(FOLDER / "fx104.txt")
    # Claire's "I feel like I've lost him" (index 2) gets the router plan (3); her fear about school (6) gets the
    # email to the form tutor (7).
    assert "lost him" in lines[2] and "router" in lines[3]
    assert "scared he's being hurt" in lines[6] and "email his form tutor" in lines[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == 12 and len(lines) == 12


def test_ve102_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["ve102.srt"]
    cues = cues_of(FOLDER / "ve102.srt")
    # Gaz's "Jade's blaming me" (index 8) is followed only by Lee's "Mm." (9).
    assert "Jade's blaming me" in cues[8]
    assert cues[9] == "Lee: Mm."
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, 3, "met", 7),
        (8, 2, "none", None),
        (12, 3, "met", 13),
    ]


def test_jsonl_rows_match_the_manifest() -> None:
    rows = [json.loads(line) for line in (FOLDER / "fx101.jsonl").read_text(encoding="utf-8").splitlines()]
    entry = BY_FILE["fx101.jsonl"]
    assert len(rows) == entry["utterances"] == 13
    assert rows[1]["speaker"] == "Ayesha" and "drowning" in rows[1]["text"]
    assert "planner" in rows[2]["text"]
    assert entry["disclosures"][0] == {
        "index": 1,
        "speaker": "Ayesha",
        "depth": 3,
        "response": "advice",
        "response_index": 2,
    }


def test_un107_last_message_gets_no_reply() -> None:
    entry = BY_FILE["un107.txt"]
    lines = lines_of(FOLDER / "un107.txt")
    # Eight messages; the last (index 7) is Zoe's, after both have said night: nobody answers it.
    assert len(lines) == entry["utterances"] == 8
    assert "Zoe: actually can i tell you something" in lines[7]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Zoe", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["split"] == "valid" and entry["format"] == "whatsapp_ios_us"


def test_hh106_longest_conversation_turns_on_the_car_park() -> None:
    entry = BY_FILE["hh106.jsonl"]
    rows = [json.loads(line) for line in (FOLDER / "hh106.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == entry["utterances"] == 45 == max(e["utterances"] for e in ENTRIES)
    # Row 9: Otieno stopped going to church and sits in the car; row 10: Kamau asks about it.
    assert rows[9]["speaker"] == "Otieno" and "sit in the car" in rows[9]["text"]
    assert rows[10]["text"] == "Wait. You sit in the car?"
    # Row 20: Kamau's own doubt, told in return, is itself a disclosure met by Otieno.
    assert rows[20]["speaker"] == "Kamau" and "never said that to anyone" in rows[20]["text"]
    assert entry["main_disclosure"] == 9
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]][:1] == [(9, "Otieno", 10)]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert (20, "Kamau", 21) in [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]]


def test_counts_per_kind_and_split() -> None:
    """Ten per kind, five dev and five valid; 37 group conversations (three or more speakers); 8 to 45 long."""
    assert len(ENTRIES) == 100
    for prefix in ("hh", "st", "di", "ve", "le", "fx", "in", "un", "pf", "cf"):
        mine = [e for e in ENTRIES if e["file"].startswith(prefix)]
        assert sorted(e["split"] for e in mine) == ["dev"] * 5 + ["valid"] * 5
    assert sum(1 for e in ENTRIES if len(e["speakers"]) >= 3) == 37
    assert min(e["utterances"] for e in ENTRIES) == 8
