"""corpus/kinds24 (the twenty-fourth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds24/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds24"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhq07_the_longest_is_three_siblings_after_the_memory_clinic_letter() -> None:
    entry = BY_FILE["hhq07.vtt"]
    cues = cues_of(FOLDER / "hhq07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 13 (index 12): Yusuf scared their father will forget him; Nadia's "Oh, Yusuf." (13) meets it.
    assert "stop knowing who I am" in cues[12] and cues[13] == "<v Nadia>Oh, Yusuf.</v>"
    assert "crying in the garage" in cues[36] and "God. The garage." in cues[37]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (12, "Yusuf", "met", 13),
        (19, "Nadia", "met", 20),
        (21, "Omar", "met", 22),
        (26, "Nadia", "met", 27),
        (35, "Nadia", "met", 36),
        (36, "Omar", "met", 37),
    ]
    assert entry["main_disclosure"] == 12 and entry["speakers"] == ["Nadia", "Omar", "Yusuf"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_hhq03_a_row_between_siblings_turns_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhq03.txt"]
    lines = lines_of(FOLDER / "hhq03.txt")
    assert len(lines) == entry["utterances"] == 22
    assert "As usual." in lines[0] and "You always text at the last minute" in lines[2]
    # Ben's reason (index 7), the new porter, is met by Leah's "Oh, Ben." (8).
    assert "the new porter" in lines[7] and lines[8] == "Leah: Oh, Ben."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"]) for d in entry["disclosures"]] == [(7, "Ben"), (9, "Ben"), (12, "Leah")]
    assert entry["format"] == "plain" and entry["split"] == "dev"


def test_cfq01_sink_full_again_harsh_start_and_fine() -> None:
    entry = BY_FILE["cfq01.txt"]
    lines = lines_of(FOLDER / "cfq01.txt")
    assert len(lines) == entry["utterances"] == 14
    assert "you never help" in lines[0] and "a medal for the bins" in lines[8] and lines[13].endswith("Luke: fine")
    # Gemma's "I'm exhausted" (6) is answered by Luke's counter-attack about the bins (7).
    assert "nobody even sees it" in lines[6] and "and I'm not exhausted?" in lines[7]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Gemma", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (2, "contempt"),
        (5, "criticism"),
        (7, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
        (13, "stonewalling"),
    ]
    assert entry["format"] == "whatsapp_ios"


def test_veq10_a_bare_mm_after_the_worst_line_is_none() -> None:
    entry = BY_FILE["veq10.txt"]
    lines = lines_of(FOLDER / "veq10.txt")
    assert len(lines) == entry["utterances"] == 12
    assert "hating my body" in lines[7] and lines[8] == "Jonah: Mm."
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Maya", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unq10_goodnight_then_a_widow_speaks_to_nobody() -> None:
    entry = BY_FILE["unq10.vtt"]
    cues = cues_of(FOLDER / "unq10.vtt")
    assert len(cues) == entry["utterances"] == 10
    assert "the house feels very big" in cues[7] and "pressed leave" in cues[8]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Janet", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Janet", "Kev", "Lou", "Sam"] and entry["format"] == "teams_vtt"


def test_unq04_an_ex_answered_with_the_dogs_vet_appointment() -> None:
    entry = BY_FILE["unq04.txt"]
    lines = lines_of(FOLDER / "unq04.txt")
    assert len(lines) == entry["utterances"] == 6 == min(e["utterances"] for e in BY_FILE.values())
    assert "I still miss you" in lines[1] and "vet appointment" in lines[2]
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Josh", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_inq06_a_fathers_questions_and_a_bare_mm() -> None:
    entry = BY_FILE["inq06.vtt"]
    cues = cues_of(FOLDER / "inq06.vtt")
    assert len(cues) == entry["utterances"] == 18
    assert cues[0] == "Vikram: Have you had your results?" and cues[13] == "Vikram: Mm."
    assert cues[12].startswith("Asha: Papa, honestly") and "placement" in cues[14]
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Asha", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 12 and entry["format"] == "zoom_vtt"


def test_fxq02_both_fears_of_fatherhood_get_tips() -> None:
    entry = BY_FILE["fxq02.vtt"]
    cues = cues_of(FOLDER / "fxq02.vtt")
    assert "I'm terrified" in cues[3] and "Read the books" in cues[4]
    assert "Short-tempered" in cues[9] and "count to ten" in cues[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "advice", 4),
        (9, "advice", 10),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Efua", "Joseph", "Kwame"]
    assert entry["utterances"] == 14 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_leq02_the_listeners_tiredness_is_the_lectures_main_disclosure() -> None:
    entry = BY_FILE["leq02.jsonl"]
    rows = rows_of(FOLDER / "leq02.jsonl")
    assert len(rows) == entry["utterances"] == 10
    assert rows[3]["speaker"] == "Zoe" and "cried in the shower" in rows[3]["text"]
    assert rows[4]["speaker"] == "Marian" and "no routine" in rows[4]["text"]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Zoe", "depth": 3, "response": "advice", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "jsonl"


def test_unq09_the_second_hurt_is_answered_by_the_suit_bag() -> None:
    entry = BY_FILE["unq09.jsonl"]
    rows = rows_of(FOLDER / "unq09.jsonl")
    assert "completely invisible" in rows[0]["text"] and "airport run" in rows[1]["text"]
    # Chloe's "It kind of hurt" (4) and her own "I'm home now" (5); Ryan's next row (6) is the suit bag.
    assert "kind of hurt" in rows[4]["text"] and rows[5]["speaker"] == "Chloe" and "suit bag" in rows[6]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (4, "deflected", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["split"] == "valid"


def test_pfq09_a_worry_topped_by_a_harley_street_physio_leaves_no_main() -> None:
    entry = BY_FILE["pfq09.vtt"]
    cues = cues_of(FOLDER / "pfq09.vtt")
    assert "lose my job" in cues[5] and "Harley Street" in cues[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Lucy", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] is None and entry["speakers"] == ["Dan", "Lucy", "Mark", "Sarah"]
