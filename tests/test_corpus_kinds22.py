"""corpus/kinds22 (the twenty-second author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds22/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds22"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hho01_nurse_in_leeds_met_by_her_cousin() -> None:
    entry = BY_FILE["hho01.txt"]
    lines = lines_of(FOLDER / "hho01.txt")
    # Seventh message (index 6): Wanjiru sits in the dark after the ward; Achieng's next one reflects it.
    assert "sit in the dark" in lines[6] and "That sounds so lonely" in lines[7]
    # Index 11: Achieng's own hidden job loss, answered by Wanjiru's "You never told me that" (12).
    assert "hid it for three months" in lines[11] and "You never told me that" in lines[12]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Wanjiru", "met", 7),
        (8, "Wanjiru", "met", 9),
        (10, "Wanjiru", "met", 11),
        (11, "Achieng", "met", 12),
    ]
    assert entry["main_disclosure"] == 6 and len(lines) == entry["utterances"] == 19
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hho06_the_longest_is_a_walk_to_a_shawarma_place() -> None:
    entry = BY_FILE["hho06.jsonl"]
    rows = rows_of(FOLDER / "hho06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Index 9: Omar never told his father he left medicine; Rami's next row (10) reflects it.
    assert "still thinks I'm in medicine" in rows[9]["text"] and "big thing to carry alone" in rows[10]["text"]
    # Index 20: Rami's refused residence permit, met by Omar's "Since May?" (21).
    assert rows[20]["speaker"] == "Rami" and "refused in May" in rows[20]["text"]
    assert rows[21]["text"].startswith("Rami! Since May?")
    assert [(d["index"], d["depth"], d["speaker"]) for d in entry["disclosures"]] == [
        (7, 2, "Omar"),
        (9, 3, "Omar"),
        (13, 3, "Omar"),
        (20, 3, "Rami"),
        (34, 2, "Rami"),
    ]
    assert all(d["response"] == "met" and d["response_index"] == d["index"] + 1 for d in entry["disclosures"])
    assert entry["main_disclosure"] == 9 and entry["speakers"] == ["Omar", "Rami"] and entry["split"] == "valid"


def test_hho10_harsh_start_that_repairs_keeps_its_horsemen() -> None:
    entry = BY_FILE["hho10.txt"]
    lines = lines_of(FOLDER / "hho10.txt")
    assert "You are so selfish" in lines[0] and "with nothing to do" in lines[1]
    assert "on antidepressants" in lines[3] and "Since when?" in lines[4]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "defensiveness"),
    ]
    assert entry["main_disclosure"] == 3
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (3, "Piotr", "met"),
        (5, "Piotr", "met"),
        (8, "Marta", "met"),
    ]


def test_veo06_washroom_tears_get_a_bare_mm() -> None:
    entry = BY_FILE["veo06.txt"]
    lines = lines_of(FOLDER / "veo06.txt")
    # Line 9 (index 8): the feared transfer, met by "That's really worrying" (9); index 10, crying in the bank
    # washroom, gets only "Mm" (11), so it is none.
    assert "Honestly I'm scared" in lines[8] and "really worrying" in lines[9]
    assert "cried in the washroom" in lines[10] and lines[11].endswith("Suresh: Mm")
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Meena", "depth": 3, "response": "met", "response_index": 9},
        {"index": 10, "speaker": "Meena", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "plain_ts" and entry["utterances"] == 16


def test_fxo02_manager_and_colleague_fix_the_workload() -> None:
    entry = BY_FILE["fxo02.vtt"]
    cues = cues_of(FOLDER / "fxo02.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "I feel like I'm failing at everything" in cues[2] and "block two hours" in cues[3]
    assert "I'm embarrassed" in cues[7] and cues[8].startswith("<v Steve>I'd also recommend")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Daniela", "Magdalena", "Steve"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_ino06_depression_gap_answered_with_the_next_question() -> None:
    entry = BY_FILE["ino06.vtt"]
    cues = cues_of(FOLDER / "ino06.vtt")
    assert len(cues) == entry["utterances"] == 21
    assert cues[13].startswith("Sandeep: To be honest, I had depression")
    assert cues[14] == "Neha: Okay. Are you open to relocating to Pune?"
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Sandeep", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert entry["main_disclosure"] == 13 and entry["format"] == "zoom_vtt"


def test_leo09_tito_turns_the_fear_into_his_own_1998() -> None:
    entry = BY_FILE["leo09.txt"]
    lines = lines_of(FOLDER / "leo09.txt")
    assert lines[5].startswith("Jomar: Tito, honestly I'm scared")
    assert lines[6].startswith("Tito Boy: Ay, when I went in 1998")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jomar", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 13 and entry["format"] == "plain"


def test_uno09_anniversary_after_the_goodbyes_gets_no_reply() -> None:
    entry = BY_FILE["uno09.jsonl"]
    rows = rows_of(FOLDER / "uno09.jsonl")
    assert len(rows) == entry["utterances"] == 7
    assert rows[5]["text"] == "Bye bye" and "one year since my mother died" in rows[6]["text"]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Agnieszka", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Agnieszka", "Marta", "Tomasz"]


def test_cfo01_school_fees_fear_meets_defensiveness() -> None:
    entry = BY_FILE["cfo01.txt"]
    lines = lines_of(FOLDER / "cfo01.txt")
    assert len(lines) == entry["utterances"] == 13
    assert "you never tell me where the money goes" in lines[0] and "Mrs Perfect Budget" in lines[5]
    assert "I'm scared" in lines[6] and "who pays the rent" in lines[7] and "Whatever" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "criticism"),
        (5, "contempt"),
        (7, "defensiveness"),
        (9, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 7
    assert entry["format"] == "whatsapp_ios"


def test_cfo10_gentle_start_with_two_met_fears() -> None:
    entry = BY_FILE["cfo10.txt"]
    lines = lines_of(FOLDER / "cfo10.txt")
    assert "I'd like you to ask me privately" in lines[0] and "I'm your mother" in lines[1]
    assert "nobody chooses me" in lines[4] and "I don't think that" in lines[5]
    assert "alone, like I was after your father left" in lines[7] and "I'm sorry" in lines[8]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Lin", "met", 5),
        (7, "Mama", "met", 8),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"
