"""corpus/kinds10 (a tenth author's 100 conversations): entries counted by hand from the rendered files.

The generic checks every set passes (counts, formats, readers, sync with corpus/build.py) live in
tests/test_corpus_sets.py; these pin a few labels that were read by hand, line by line, in the rendered files.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from _corpus import CORPUS, lines_of, manifest

FOLDER = CORPUS / "kinds10"
BY_FILE: dict[str, dict[str, Any]] = {e["file"]: e for e in manifest(FOLDER)}


def test_un010_disclosure_met_by_a_bare_mm_is_none() -> None:
    # Line 5 (index 4): Callum thinks he might be depressed; Ryan's only answer is "mm" (index 5), then logistics.
    entry = BY_FILE["un010.txt"]
    lines = lines_of(FOLDER / "un010.txt")
    assert "I think I might be depressed" in lines[4] and lines[5].endswith("Ryan: mm")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Callum", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == 9 == len(lines)
    assert entry["speakers"] == ["Callum", "Ryan"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_cf010_band_chat_horsemen_and_the_defended_disclosure() -> None:
    # Four band members; Leon's "you never take this band seriously" (0) is a harsh start-up. Ruby's dread of
    # Tuesdays (7) is first answered by Leon's "I give notes ... not my problem" (8): deflected, although Dev
    # meets it later (11).
    entry = BY_FILE["cf010.txt"]
    lines = lines_of(FOLDER / "cf010.txt")
    assert "you never take this band seriously" in lines[0]
    assert "I dread tuesdays" in lines[7] and "I give notes" in lines[8]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Ruby", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "contempt"),
        (8, "defensiveness"),
        (10, "defensiveness"),
        (13, "stonewalling"),
    ]
    assert entry["utterances"] == 17 == len(lines)
    assert entry["speakers"] == ["Dev", "Leon", "Ruby", "Sam"]


def test_ve002_first_disclosure_gets_only_mm_the_second_is_met() -> None:
    entry = BY_FILE["ve002.txt"]
    lines = lines_of(FOLDER / "ve002.txt")
    assert "not clever enough" in lines[8] and lines[9].endswith("Zain: mm")
    assert "horrible amount of pressure" in lines[11]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "none", None),
        (10, "met", 11),
    ]
    assert entry["main_disclosure"] == 8 and entry["kind"] == "venting"


def test_in004_the_doctors_screening_question_meets_the_bereavement() -> None:
    # A GP's checklist of closed questions; the widow's disclosure (13) is acknowledged ("I'm very sorry") and
    # explored (14) before the checklist resumes: met, yet the conversation is an interrogation.
    entry = BY_FILE["in004.txt"]
    lines = lines_of(FOLDER / "in004.txt")
    assert "My husband died in June" in lines[13] and "I'm very sorry" in lines[14]
    assert entry["kind"] == "interrogation" and entry["utterances"] == 24 == len(lines)
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Mrs Pryce", "depth": 3, "response": "met", "response_index": 14}
    ]


def test_hh010_harsh_start_that_repairs_is_the_longest() -> None:
    # "you never call me anymore" (0, criticism) and "not everyone has your free time" (1, defensiveness), then
    # Tasha's depression (8) met by "oh Tash" (9): a heart-to-heart with its harsh start-up kept.
    entry = BY_FILE["hh010.txt"]
    lines = lines_of(FOLDER / "hh010.txt")
    assert "you never call me anymore" in lines[0] and lines[9].endswith("Bianca: oh Tash")
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 8 and entry["disclosures"][0]["response_index"] == 9
    assert entry["utterances"] == 42 == len(lines)
    assert max(e["utterances"] for e in BY_FILE.values()) == 42


def test_formats_rotate_by_kind_and_numbers_split_dev_then_valid() -> None:
    # One order of the ten formats; kind k (in the order of corpus/kinds/README.md) starts 3*k places along it.
    order = [
        "whatsapp_android",
        "plain",
        "zoom_vtt",
        "whatsapp_ios_us",
        "jsonl",
        "srt",
        "whatsapp_ios",
        "teams_vtt",
        "plain_ts",
        "whatsapp_android_us",
    ]
    prefixes = ["hh", "st", "di", "ve", "le", "fx", "in", "un", "pf", "cf"]
    for entry in BY_FILE.values():
        k, n = prefixes.index(entry["file"][:2]), int(entry["file"][3:5])
        assert entry["format"] == order[(n - 1 + 3 * k) % 10], entry["file"]
        assert entry["split"] == ("dev" if n <= 5 else "valid"), entry["file"]


def test_main_answers_cover_every_response() -> None:
    # Counted from the labels: main disclosures answered met 21 (hh 10, ve 9, in 1, cf 1), advice 12 (fx 10, le 2),
    # deflected 25 (le 1, in 7, un 8, cf 9), none 3 (ve 1, un 2).
    mains = [
        next(d for d in e["disclosures"] if d["index"] == e["main_disclosure"])["response"]
        for e in BY_FILE.values()
        if e["main_disclosure"] is not None
    ]
    assert Counter(mains) == {"met": 21, "advice": 12, "deflected": 25, "none": 3}
