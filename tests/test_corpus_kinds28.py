"""corpus/kinds28 (the twenty-eighth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds28/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds28"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhu09_the_longest_is_a_three_host_podcast() -> None:
    entry = BY_FILE["hhu09.txt"]
    lines = lines_of(FOLDER / "hhu09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Nisha's separation (6) met by Claire (7); her relief and guilt (12) by Femi (13); Femi's silent weekends (17)
    # by Nisha (18); Claire's mother on the stairs (25) by Nisha's "Oh, Claire." (26).
    assert "We've separated" in lines[6] and "Thank you for telling us" in lines[7]
    assert "most ashamed of" in lines[12] and "Relief and grief" in lines[13]
    assert "Friday to Monday" in lines[17] and lines[18].endswith("Nisha: Femi. Friday to Monday?")
    assert "sat on the stairs" in lines[25] and lines[26].endswith("Nisha: Oh, Claire.")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Nisha", "met", 7),
        (10, "Nisha", "met", 11),
        (12, "Nisha", "met", 13),
        (17, "Femi", "met", 18),
        (25, "Claire", "met", 26),
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Claire", "Femi", "Nisha"]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_unu10_bare_mm_then_the_q3_deck() -> None:
    entry = BY_FILE["unu10.vtt"]
    cues = cues_of(FOLDER / "unu10.vtt")
    # Cue 3: Arash's visa fear; cue 4 is a bare "Mm." (not the answer); cue 5 changes the subject to the deck.
    assert "sixty days to leave the country" in cues[3] and cues[4] == "<v Helen Ward>Mm.</v>"
    assert "the Q3 deck" in cues[5]
    assert len(cues) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Arash Karimi", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_veu03_mm_is_none_then_a_real_answer() -> None:
    entry = BY_FILE["veu03.jsonl"]
    rows = rows_of(FOLDER / "veu03.jsonl")
    assert "not good enough" in rows[8]["text"] and rows[9]["text"] == "Mm."
    assert "I felt humiliated" in rows[12]["text"] and "proper rough" in rows[13]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "none", None),
        (12, "met", 13),
    ]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == 16 and entry["split"] == "dev"


def test_cfu10_on_air_row_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfu10.txt"]
    lines = lines_of(FOLDER / "cfu10.txt")
    assert len(lines) == entry["utterances"] == 8
    assert "so typical of you" in lines[0] and "Classy" in lines[1] and "mic on" in lines[3]
    assert "holding this whole show up on my own" in lines[4] and "Martyr of the microphone" in lines[5]
    assert lines[7].endswith("Kofi: I'm going. Edit that out.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (3, "stonewalling"),
        (4, "criticism"),
        (5, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Dean", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_leu09_answered_by_the_aunt_not_the_lecturer() -> None:
    entry = BY_FILE["leu09.txt"]
    lines = lines_of(FOLDER / "leu09.txt")
    # Josh's lost two grand (5) is met by Auntie Pam (6); Uncle Terry carries on; a lecture has no main disclosure.
    assert "really stupid about it" in lines[5] and lines[6].startswith("Auntie Pam: Oh, Josh, love")
    assert lines[7].startswith("Uncle Terry: Which proves my point")
    assert entry["disclosures"] == [{"index": 5, "speaker": "Josh", "depth": 3, "response": "met", "response_index": 6}]
    assert entry["main_disclosure"] is None and entry["speakers"] == ["Auntie Pam", "Josh", "Nina", "Uncle Terry"]
    assert entry["format"] == "plain" and entry["utterances"] == 11


def test_inu07_coach_acknowledges_then_keeps_asking() -> None:
    entry = BY_FILE["inu07.txt"]
    lines = lines_of(FOLDER / "inu07.txt")
    assert "I've been really scared" in lines[11] and lines[12].startswith("Coach: Right. I'm sorry, Bella.")
    assert len(lines) == entry["utterances"] == 20
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Bella", "depth": 3, "response": "met", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["split"] == "valid"


def test_fxu07_two_feelings_two_lots_of_advice_and_late_sympathy() -> None:
    entry = BY_FILE["fxu07.vtt"]
    cues = cues_of(FOLDER / "fxu07.vtt")
    assert "so ashamed I can barely look at her" in cues[2] and "you need a spreadsheet" in cues[3]
    assert "such an idiot" in cues[6] and "Ring the card companies" in cues[7]
    assert "I'm sorry. That must have been horrible" in cues[15]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "zoom_vtt" and entry["utterances"] == 18


def test_unu07_results_after_the_goodnights_get_no_reply() -> None:
    entry = BY_FILE["unu07.txt"]
    lines = lines_of(FOLDER / "unu07.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "gn gn" in lines[3] and "endometriosis" in lines[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Kenzie", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_hhu08_harsh_start_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhu08.txt"]
    lines = lines_of(FOLDER / "hhu08.txt")
    assert "you never call me" in lines[0] and "dark place since the divorce" in lines[5]
    assert "I been lonely too" in lines[8]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
    ]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Andre", 6),
        (7, "Andre", 8),
        (8, "Jamal", 9),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["utterances"] == 18


def test_pfu08_a_met_aside_does_not_make_a_main_disclosure() -> None:
    entry = BY_FILE["pfu08.jsonl"]
    rows = rows_of(FOLDER / "pfu08.jsonl")
    assert "cried on the bank" in rows[7]["text"] and "He'd have loved that" in rows[8]["text"]
    assert "twenty-two pounds on the Tay" in rows[10]["text"]
    assert entry["disclosures"] == [{"index": 7, "speaker": "Dave", "depth": 3, "response": "met", "response_index": 8}]
    assert entry["main_disclosure"] is None and entry["kind"] == "performance"
