"""corpus/kinds25 (the twenty-fifth author's set: work and professional life): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds25/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from typing import Any

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds25"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def answers(entry: dict[str, Any]) -> list[tuple[int, str, int | None]]:
    """(index, response, response_index) of every disclosure of a manifest row."""
    return [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]]


def test_hhr06_the_longest_is_a_one_to_one_that_finds_the_burnout() -> None:
    entry = BY_FILE["hhr06.jsonl"]
    rows = rows_of(FOLDER / "hhr06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Row 13: waking at three (depth 2); row 19: crying on the train, the main one, met by Grace's thanks (20).
    assert "I wake at three" in rows[13]["text"] and rows[13]["speaker"] == "Idris"
    assert "cried on the train" in rows[19]["text"] and "thank you for telling me" in rows[20]["text"]
    # Rows 26 and 28: Grace's own burnout and the Tesco car park, met by Idris (27, 29).
    assert "signed off for two months" in rows[26]["text"] and "Tesco car park" in rows[28]["text"]
    assert entry["main_disclosure"] == 19
    assert answers(entry) == [
        (13, "met", 14),
        (19, "met", 20),
        (23, "met", 24),
        (26, "met", 27),
        (28, "met", 29),
        (35, "met", 36),
    ]
    assert [d["depth"] for d in entry["disclosures"]] == [2, 3, 3, 3, 3, 3]
    assert [d["speaker"] for d in entry["disclosures"]] == ["Idris", "Idris", "Idris", "Grace", "Grace", "Idris"]
    assert entry["format"] == "jsonl" and entry["split"] == "valid" and entry["speakers"] == ["Grace", "Idris"]


def test_hhr08_the_answer_comes_after_the_forklift() -> None:
    entry = BY_FILE["hhr08.txt"]
    lines = lines_of(FOLDER / "hhr08.txt")
    # Line 5 (index 4): "do you still live at home"; Tony's first reply (5) is the forklift, his answer is index 6.
    assert "still live at home" in lines[4] and "forklift's beeping" in lines[5]
    assert "what did you say to her" in lines[6]
    assert len(lines) == entry["utterances"] == 18
    assert entry["main_disclosure"] == 4
    assert answers(entry) == [(4, "met", 6), (7, "met", 8), (9, "met", 10), (11, "met", 12), (14, "met", 15)]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_fxr02_burnout_answered_with_workload_and_the_eap() -> None:
    entry = BY_FILE["fxr02.vtt"]
    cues = cues_of(FOLDER / "fxr02.vtt")
    # Cue 2 (index 1): Ruth's exhaustion, answered by Colin's workload list (2); index 7: her fear of looking like
    # someone who couldn't cope, answered by "frame it as a reprioritisation" (8).
    assert "I'm exhausted" in cues[1] and "look at is your workload" in cues[2]
    assert "couldn't cope" in cues[7] and "reprioritisation" in cues[8]
    assert len(cues) == entry["utterances"] == 12
    assert answers(entry) == [(1, "advice", 2), (7, "advice", 8)]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Colin", "Joanna", "Ruth"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_unr03_the_goodnight_disclosure_gets_no_reply() -> None:
    entry = BY_FILE["unr03.txt"]
    lines = lines_of(FOLDER / "unr03.txt")
    # The last message (index 12), after Pete's "Night all" (11), is Marie's mother in hospital: nobody replies.
    assert "Night all" in lines[11] and "not coping very well" in lines[12]
    assert len(lines) == entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Marie", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 12 and entry["speakers"] == ["Becky", "Marie", "Pete", "Shaz"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_unr05_the_new_hires_loneliness_meets_a_rooftop_terrace() -> None:
    entry = BY_FILE["unr05.vtt"]
    cues = cues_of(FOLDER / "unr05.vtt")
    assert "a bit lonely" in cues[3] and "rooftop terrace" in cues[4]
    assert len(cues) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Tomasz", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_ver10_the_first_feeling_gets_only_hm_the_second_is_met() -> None:
    entry = BY_FILE["ver10.txt"]
    lines = lines_of(FOLDER / "ver10.txt")
    # Index 4: no life outside work, answered only by "Hm." (5); index 7: the photocopier, met by "that's awful" (8).
    assert "no life outside this place" in lines[4] and lines[5] == "Ollie: Hm."
    assert "cried at the photocopier" in lines[7] and "that's awful" in lines[8]
    assert len(lines) == entry["utterances"] == 13
    assert answers(entry) == [(4, "none", None), (7, "met", 8)]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain" and entry["split"] == "valid"


def test_inr05_the_freeze_gets_another_closed_question() -> None:
    entry = BY_FILE["inr05.txt"]
    lines = lines_of(FOLDER / "inr05.txt")
    assert "completely froze" in lines[11] and "did you send the deck after?" in lines[12]
    assert len(lines) == entry["utterances"] == 19
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Nell", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_ler07_the_lecture_runs_over_not_a_numbers_person() -> None:
    entry = BY_FILE["ler07.txt"]
    lines = lines_of(FOLDER / "ler07.txt")
    assert "not a numbers person" in lines[2] and "So, the first rule" in lines[3]
    assert len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Amelia", "depth": 2, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["kind"] == "lecture" and entry["split"] == "valid"


def test_cfr08_the_invoice_row_is_met_by_finance_not_by_the_man_it_was_aimed_at() -> None:
    entry = BY_FILE["cfr08.vtt"]
    cues = cues_of(FOLDER / "cfr08.vtt")
    assert "you people never pay on time" in cues[0] and "<v Sue>That sounds really stressful" in cues[5]
    assert "lying awake" in cues[4] and "Mostly never" in cues[7]
    assert len(cues) == entry["utterances"] == 12
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Ifeoma", "depth": 3, "response": "met", "response_index": 5}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (6, "defensiveness"),
        (7, "contempt"),
    ]
    assert entry["speakers"] == ["Graham", "Ifeoma", "Sue"] and entry["format"] == "teams_vtt"


def test_cfr10_the_kitchen_row_and_the_walkout() -> None:
    entry = BY_FILE["cfr10.txt"]
    lines = lines_of(FOLDER / "cfr10.txt")
    assert "useless, every single one of you" in lines[0] and "Must be lovely never making a mistake" in lines[2]
    assert "I've been shaking" in lines[5] and "stop being dramatic" in lines[6]
    assert "I'm done" in lines[11] and lines[12].endswith("Chef Burke: Suit yourself.")
    assert len(lines) == entry["utterances"] == 13
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert answers(entry) == [(5, "deflected", 6)]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "contempt"),
        (6, "contempt"),
        (9, "contempt"),
        (11, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_pfr08_a_shaken_nurse_is_topped() -> None:
    entry = BY_FILE["pfr08.jsonl"]
    rows = rows_of(FOLDER / "pfr08.jsonl")
    assert "really shook me" in rows[3]["text"] and "My first one was at nineteen" in rows[4]["text"]
    assert len(rows) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Jade", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Caitlin", "Jade", "Mo"]


def test_str04_the_shortest_is_a_canteen_exchange() -> None:
    entry = BY_FILE["str04.srt"]
    cues = cues_of(FOLDER / "str04.srt")
    assert len(cues) == entry["utterances"] == 7
    assert min(e["utterances"] for e in BY_FILE.values()) == 7
    assert cues[0] == "Gaz: You on lates this week?" and cues[-1] == "Gaz: See you on the line."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "srt"
