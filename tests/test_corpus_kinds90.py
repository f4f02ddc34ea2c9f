"""corpus/kinds90 (the ninetieth author's set: long written turns): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds90/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

import pytest

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds90"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhza01_aunts_letter_and_the_nephews_counter() -> None:
    entry = BY_FILE["hhza01.txt"]
    lines = lines_of(FOLDER / "hhza01.txt")
    # Rosalind's second long message (index 2), lonely since Peter died, is met by Tom's next one (3); Tom's own
    # dinners standing at the counter (5) are met by Rosalind (6).
    assert "very lonely since he died" in lines[2] and "I'm really glad you told me" in lines[3]
    assert "eating dinner standing up at the counter" in lines[5] and "Oh my darling boy" in lines[6]
    assert len(lines) == entry["utterances"] == 10
    assert [tuple(d.values()) for d in entry["disclosures"]] == [
        (2, "Rosalind", 3, "met", 3),
        (4, "Rosalind", 3, "met", 5),
        (5, "Tom", 3, "met", 6),
        (6, "Rosalind", 3, "met", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
    assert entry["speakers"] == ["Rosalind", "Tom"] and entry["harsh_startup"] is None


def test_veza02_a_bare_mm_yeah_is_no_answer() -> None:
    entry = BY_FILE["veza02.srt"]
    cues = cues_of(FOLDER / "veza02.srt")
    # Nadia's voice notes (0, 2, 4) get Amira's short replies; "mm. yeah" (5) answers nothing, so the fourth
    # disclosure is none.
    assert "not clever enough for this" in cues[2] and "horrible thing to be carrying" in cues[3]
    assert "tired of saying soon" in cues[4] and cues[5] == "Amira: mm. yeah"
    assert len(cues) == entry["utterances"] == 8
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (2, 3, "met", 3),
        (4, 3, "none", None),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "srt" and entry["split"] == "dev"


def test_inza01_the_longest_is_a_fathers_cross_examination() -> None:
    entry = BY_FILE["inza01.vtt"]
    cues = cues_of(FOLDER / "inza01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("<v Gordon>Right, Luke") and cues[1] == "<v Luke>About half eleven.</v>"
    assert cues[-1] == "<v Luke>No. That's everything.</v>"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Gordon", "Helen", "Luke"] and entry["format"] == "teams_vtt"


def test_inza06_fear_answered_by_the_next_closed_question() -> None:
    entry = BY_FILE["inza06.vtt"]
    cues = cues_of(FOLDER / "inza06.vtt")
    # Chloe's eighteenth cue (index 17), scared of Laos alone, is answered by Dad's question about the embassy (18).
    assert "scared about the Laos part" in cues[17] and "British embassy in Vientiane" in cues[18]
    assert len(cues) == entry["utterances"] == 23
    assert entry["disclosures"] == [
        {"index": 17, "speaker": "Chloe", "depth": 3, "response": "deflected", "response_index": 18}
    ]
    assert entry["main_disclosure"] == 17 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_fxza07_two_children_plan_before_they_listen() -> None:
    entry = BY_FILE["fxza07.vtt"]
    cues = cues_of(FOLDER / "fxza07.vtt")
    # Dad's opening (0) gets Helen's retirement flats (1); the dressing gown (3) gets Helen's clearing plan (4).
    assert "not coping with the house" in cues[0] and "downsizing" in cues[1]
    assert "dressing gown" in cues[3] and "do the clearing together" in cues[4]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Dad", "advice", 1),
        (3, "Dad", "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 7
    assert entry["speakers"] == ["Dad", "Helen", "James"] and entry["split"] == "valid"


def test_unza07_pasted_email_runs_over_several_lines() -> None:
    formats = pytest.importorskip("heart2heart.formats")
    entry = BY_FILE["unza07.txt"]
    lines = lines_of(FOLDER / "unza07.txt")
    # The first message holds a pasted email over five lines (two blank); Katie's reply starts on line 5.
    assert lines[0].startswith("[8/15/24, 9:00:00\u202fPM] Lauren: Hey, so I pasted below")
    assert "diagnosed with ADHD, at 38" in lines[2] and lines[4] == "So that's a thing."
    assert "everyone has ADHD now lol" in lines[5]
    (conv,) = formats.read(FOLDER / "unza07.txt")
    assert len(conv) == entry["utterances"] == 6
    assert conv[1].speaker == "Katie"
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Lauren", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_ios_us"


def test_unza10_said_after_the_goodbyes_gets_no_reply() -> None:
    entry = BY_FILE["unza10.vtt"]
    cues = cues_of(FOLDER / "unza10.vtt")
    # Mehmet speaks only after the others' goodbyes (index 7); his own last cue (8) finds they have dropped off.
    assert "Bye!" in cues[6] and "diagnosed with leukaemia" in cues[7] and "dropped off already" in cues[8]
    assert len(cues) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Mehmet", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Gabriela", "Lin", "Mehmet", "Owen"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_leza07_a_sons_misery_answered_with_a_three_point_lecture() -> None:
    entry = BY_FILE["leza07.txt"]
    lines = lines_of(FOLDER / "leza07.txt")
    assert "miserable since October" in lines[0] and "let me tell you how the first year" in lines[1]
    assert lines[2].endswith("Lucas: ok") and "Third point" in lines[5]
    assert entry["kind"] == "lecture" and entry["utterances"] == len(lines) == 7
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Lucas", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_cfza06_harsh_start_and_a_feeling_answered_defensively() -> None:
    entry = BY_FILE["cfza06.srt"]
    cues = cues_of(FOLDER / "cfza06.srt")
    assert "You never stand up to her" in cues[0] and "trumps everything. Again." in cues[2]
    assert "crying in the car" in cues[4] and "she says you're cold" in cues[5]
    assert cues[6] == "Greta: Unbelievable." and "I'm not doing this now" in cues[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "defensiveness"),
        (6, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Greta", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_cfza07_gentle_start_up_and_a_met_fear() -> None:
    entry = BY_FILE["cfza07.jsonl"]
    rows = rows_of(FOLDER / "cfza07.jsonl")
    assert "I felt shut out" in rows[0]["text"] and rows[1]["text"].startswith("That's fair.")
    assert "scared we're going to lose the shop" in rows[3]["text"] and rows[4]["text"].startswith("Oh, Lakshmi.")
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 3
    assert [tuple(d.values()) for d in entry["disclosures"]] == [
        (0, "Anand", 2, "met", 1),
        (3, "Lakshmi", 3, "met", 4),
    ]
    assert entry["format"] == "jsonl" and entry["split"] == "valid" and entry["utterances"] == len(rows) == 8


def test_pfza10_a_golfers_admission_is_topped() -> None:
    entry = BY_FILE["pfza10.txt"]
    lines = lines_of(FOLDER / "pfza10.txt")
    # Rick's swing since the surgery (index 2) is answered by Bill's pro-am invitation (3); a performance keeps no
    # main disclosure.
    assert "got into my head" in lines[2] and "welcome to being seventy" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Rick", "depth": 2, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] is None and entry["format"] == "whatsapp_android_us"
