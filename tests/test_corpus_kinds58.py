"""corpus/kinds58 (the fifty-eighth author's set: illness, grief and caring): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds58/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds58"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxu07_the_longest_is_a_call_about_early_onset_dementia() -> None:
    entry = BY_FILE["hhxu07.vtt"]
    cues = cues_of(FOLDER / "hhxu07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Twelve cues of dates and lamb before Gill's "I don't know who I'm married to anymore" (12), met by Farah (13).
    assert "who I'm married to anymore" in cues[12] and "That sounds so lonely" in cues[13]
    # Farah's own anger at her dying mother (25) answers Gill's anger (24) and is itself a disclosure.
    assert "angry at him" in cues[24] and "angry at my mum" in cues[25] and "You never said" in cues[26]
    assert entry["main_disclosure"] == 12
    assert [(d["index"], d["speaker"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (12, "Gill", 3, 13),
        (14, "Gill", 3, 15),
        (20, "Gill", 2, 21),
        (22, "Gill", 3, 23),
        (24, "Gill", 3, 25),
        (25, "Farah", 3, 26),
        (31, "Gill", 2, 32),
        (33, "Gill", 3, 34),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid" and entry["speakers"] == ["Farah", "Gill"]


def test_hhxu08_harsh_start_at_the_hospice_repairs() -> None:
    entry = BY_FILE["hhxu08.txt"]
    lines = lines_of(FOLDER / "hhxu08.txt")
    assert "you ALWAYS disappear" in lines[0] and "wow ok" in lines[3] and "that came out wrong" in lines[4]
    assert "Meggie Meggie" in lines[6] and "so sorry you had that on your own" in lines[7]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "stonewalling"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Nate", "met", 7),
        (8, "Megan", "met", 9),
        (11, "Nate", "met", 12),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["utterances"] == 18


def test_fxxu02_care_home_guilt_answered_with_a_spreadsheet() -> None:
    entry = BY_FILE["fxxu02.vtt"]
    cues = cues_of(FOLDER / "fxxu02.vtt")
    assert "betraying her" in cues[2] and "shortlist tonight" in cues[3]
    assert "fall apart every time" in cues[10] and "visiting rota" in cues[11]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Claire", "advice", 3),
        (10, "Claire", "advice", 11),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Amira", "Claire", "Ollie", "Tim"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev" and len(cues) == entry["utterances"] == 19


def test_unxu04_scan_fear_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxu04.txt"]
    lines = lines_of(FOLDER / "unxu04.txt")
    assert "I'm scared it's grown" in lines[5] and "Goodnight everyone" in lines[6]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ifeoma", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Chidi", "Ifeoma", "Ngozi"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxu09_a_bare_mm_then_dinner() -> None:
    entry = BY_FILE["unxu09.jsonl"]
    rows = rows_of(FOLDER / "unxu09.jsonl")
    # Holly's panic attacks (0); Ed's bare "Mm." (1) is not the answer, his pasta question (2) is.
    assert "panic attacks" in rows[0]["text"] and rows[1]["text"] == "Mm." and "pasta" in rows[2]["text"]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Holly", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(rows) == 9
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_vexu07_ivf_rant_with_a_bare_hm() -> None:
    entry = BY_FILE["vexu07.txt"]
    lines = lines_of(FOLDER / "vexu07.txt")
    assert "I feel like a failure" in lines[8] and "that's rough mate" in lines[9]
    assert "not meant to have kids" in lines[11] and lines[12].endswith("Kieran: hm")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "met", 9),
        (11, "none", None),
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_ios" and entry["utterances"] == 15


def test_cfxu01_harsh_start_about_who_cares_for_dad() -> None:
    entry = BY_FILE["cfxu01.txt"]
    lines = lines_of(FOLDER / "cfxu01.txt")
    assert "you never do anything for Dad" in lines[0] and "do you want a medal" in lines[2]
    assert "disabled loo" in lines[6] and "whose fault is it" in lines[7] and "unbelievable" in lines[8]
    assert "course you're not" in lines[10] and "don't bother" in lines[12]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "criticism"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
        (10, "contempt"),
        (12, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Leanne", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev" and entry["utterances"] == 13


def test_cfxu06_gentle_start_about_a_lump() -> None:
    entry = BY_FILE["cfxu06.srt"]
    cues = cues_of(FOLDER / "cfxu06.srt")
    assert "I'm frightened, Pete" in cues[0] and "If it was serious it would hurt" in cues[3]
    assert "scared of what they'll say" in cues[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Alison", "met", 1),
        (6, "Alison", "met", 7),
        (7, "Pete", "met", 8),
    ]
    assert entry["format"] == "srt" and entry["split"] == "valid" and len(cues) == entry["utterances"] == 13


def test_inxu10_hospice_admission_keeps_asking_after_a_met_disclosure() -> None:
    entry = BY_FILE["inxu10.jsonl"]
    rows = rows_of(FOLDER / "inxu10.jsonl")
    assert "I promised him he'd die at home" in rows[11]["text"]
    assert rows[12]["text"].startswith("I'm so sorry.") and rows[12]["text"].endswith("Which heel is it?")
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 11
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Val", "depth": 3, "response": "met", "response_index": 12}
    ]
    assert entry["format"] == "jsonl" and entry["utterances"] == len(rows) == 20


def test_unxu02_christmas_dinner_turns_to_spurs() -> None:
    entry = BY_FILE["unxu02.txt"]
    lines = lines_of(FOLDER / "unxu02.txt")
    assert "weird without Nan" in lines[3] and "Spurs score" in lines[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Ryan", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["speakers"] == ["Auntie Bev", "Grace", "Ryan", "Uncle Steve"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev" and len(lines) == entry["utterances"] == 14


def test_set_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 38
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 68,
        "advice": 19,
        "deflected": 14,
        "none": 2,
    }
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 52
