"""corpus/kinds14 (the fourteenth author's set, ids marked e): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds14/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds14"
ENTRIES = manifest(FOLDER)
BY_FILE = {e["file"]: e for e in ENTRIES}


def test_formats_follow_one_order_in_every_kind() -> None:
    """x01 plain, x02 WhatsApp iOS, x03 Teams VTT, x04 JSONL, x05 WhatsApp Android US (dev); x06 SRT,
    x07 WhatsApp Android, x08 plain with timestamps, x09 Zoom VTT, x10 WhatsApp iOS US (valid)."""
    order = [
        "plain",
        "whatsapp_ios",
        "teams_vtt",
        "jsonl",
        "whatsapp_android_us",
        "srt",
        "whatsapp_android",
        "plain_ts",
        "zoom_vtt",
        "whatsapp_ios_us",
    ]
    for entry in ENTRIES:
        number = int(entry["file"][3:5])
        assert entry["format"] == order[number - 1], entry["file"]
        assert entry["split"] == ("dev" if number <= 5 else "valid"), entry["file"]


def test_une04_panic_attacks_joked_off_before_sunday_football() -> None:
    entry = BY_FILE["une04.jsonl"]
    rows = rows_of(FOLDER / "une04.jsonl")
    # Row 4 (index 3): Callum's panic attack in the Tesco queue; row 5 (index 4): Ben's joke about the queue.
    assert "panic attacks" in str(rows[3]["text"]) and "Tesco queue would give anyone" in str(rows[4]["text"])
    assert len(rows) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Callum", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Ben", "Callum"]


def test_vee03_bare_mm_after_the_two_am_rollback() -> None:
    entry = BY_FILE["vee03.vtt"]
    cues = cues_of(FOLDER / "vee03.vtt")
    # Cue 9 (index 8): "nobody here would notice"; cue 10 (index 9): Mel's bare "Mm." which is no answer.
    assert "nobody here would notice" in cues[8] and cues[9] == "<v Mel Turner>Mm.</v>"
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Rohan Kapoor", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["utterances"] == len(cues) == 14


def test_fxe02_driving_lesson_tears_get_tips() -> None:
    entry = BY_FILE["fxe02.txt"]
    lines = lines_of(FOLDER / "fxe02.txt")
    assert "cried in the car park" in lines[0] and "you need an automatic" in lines[1]
    assert "too old to learn" in lines[4] and "highway code app" in lines[5]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(lines) == 11


def test_cfe01_stag_do_harsh_start_and_the_shrug() -> None:
    entry = BY_FILE["cfe01.txt"]
    lines = lines_of(FOLDER / "cfe01.txt")
    assert lines[0].startswith("Niamh: You never think")
    assert "holding this family together" in lines[8] and "That's your choice" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (4, "criticism"),
        (5, "defensiveness"),
        (7, "stonewalling"),
        (9, "defensiveness"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 9


def test_une06_alumni_call_ends_before_tariq_is_heard() -> None:
    entry = BY_FILE["une06.srt"]
    cues = cues_of(FOLDER / "une06.srt")
    # Cue 7 (index 6): Tariq's eight months out of work, after the goodnights; cue 8 is his own "Anyway. Bye."
    assert cues[5] == "Oscar: Night." and "out of work for eight months" in cues[6]
    assert cues[7] == "Tariq: Anyway. Bye."
    assert len(cues) == entry["utterances"] == 8 and len(entry["speakers"]) == 4
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Tariq", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["split"] == "valid" and entry["main_disclosure"] == 6


def test_hhe07_harsh_start_that_repairs_is_the_longest() -> None:
    entry = BY_FILE["hhe07.txt"]
    lines = lines_of(FOLDER / "hhe07.txt")
    assert len(lines) == entry["utterances"] == 45 == max(e["utterances"] for e in ENTRIES)
    # Zainab's accusation (0), Layla's sarcastic excuse (1); Omar moving out (4) met by Zainab (5).
    assert "you clearly don't care" in lines[0] and "not everyone has free time" in lines[1]
    assert "Omar moved out" in lines[4] and "I'm so sorry" in lines[5]
    assert "sit in the bath for an hour" in lines[26] and "hiding from your own living room" in lines[27]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Layla", "met", 5),
        (9, "Layla", "met", 10),
        (12, "Zainab", "met", 13),
        (26, "Layla", "met", 27),
        (31, "Zainab", "met", 32),
        (39, "Zainab", "met", 40),
    ]


def test_cfe10_harsh_start_ends_in_two_met_fears() -> None:
    entry = BY_FILE["cfe10.txt"]
    lines = lines_of(FOLDER / "cfe10.txt")
    assert "you ALWAYS do this" in lines[0] and "scared about this job" in lines[8]
    assert "I didn't know it was that bad" in lines[9]
    assert entry["harsh_startup"] is True and entry["utterances"] == len(lines) == 16
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Hannah", "met", 7),
        (8, "Ryan", "met", 9),
    ]
    assert [h["index"] for h in entry["horsemen"]] == [0, 1, 3, 5]


def test_pfe07_runners_top_each_other_past_kieran() -> None:
    entry = BY_FILE["pfe07.txt"]
    lines = lines_of(FOLDER / "pfe07.txt")
    assert "struggling a bit since the ultra" in lines[5] and "post race blues" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Kieran", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    # A performance: the conversation does not turn on Kieran's line, so there is no main disclosure.
    assert entry["main_disclosure"] is None and entry["speakers"] == ["Dom", "Kieran", "Raf"]


def test_fxe08_sympathy_comes_second_to_last() -> None:
    entry = BY_FILE["fxe08.txt"]
    lines = lines_of(FOLDER / "fxe08.txt")
    assert "who I am if I'm not a runner" in lines[0] and "swimming" in lines[1]
    assert "real loss" in lines[9] and len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Patient", "depth": 3, "response": "advice", "response_index": 1}
    ]


def test_counts_of_the_whole_set() -> None:
    assert len(ENTRIES) == 100
    assert sum(len(e["disclosures"]) for e in ENTRIES) == 105
    assert sum(1 for e in ENTRIES if e["main_disclosure"] is not None) == 53
    assert sum(1 for e in ENTRIES if len(e["speakers"]) >= 3) == 28
