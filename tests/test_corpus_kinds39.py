"""corpus/kinds39 (the thirty-ninth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds39/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds39"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxb01_blunt_question_that_meets() -> None:
    entry = BY_FILE["hhxb01.txt"]
    lines = lines_of(FOLDER / "hhxb01.txt")
    # Line 6 (index 5): twenty years of feeling "bad at being a person"; Tom's blunt "solutions or just to say it?"
    # (6) is the answer and counts as met. Tom's own list of 41 (10) is met by Priya's "You made a list?" (11).
    assert "bad at being a person" in lines[5] and "solutions or just to say it" in lines[6]
    assert "41 items" in lines[10] and "You made a list?" in lines[11]
    assert len(lines) == entry["utterances"] == 16
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (3, "Priya", 2, "met", 4),
        (5, "Priya", 3, "met", 6),
        (9, "Priya", 3, "met", 10),
        (10, "Tom", 2, "met", 11),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhxb07_colleague_discloses_to_two() -> None:
    entry = BY_FILE["hhxb07.vtt"]
    cues = cues_of(FOLDER / "hhxb07.vtt")
    # Cue 4 (index 3): Femi's diagnosis and the last team's jokes; June thanks her (4); Lars's stammer (6).
    assert "I'm autistic" in cues[3] and "<v June>Thank you for telling us" in cues[4]
    assert "I stammer" in cues[6] and "<v Femi>I didn't know that" in cues[7]
    assert len(cues) == entry["utterances"] == 14
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Femi", "met", 4),
        (5, "Femi", "met", 6),
        (6, "Lars", "met", 7),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Femi", "June", "Lars"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_unxb01_contract_answered_with_board_game_expansion() -> None:
    entry = BY_FILE["unxb01.txt"]
    lines = lines_of(FOLDER / "unxb01.txt")
    assert "scared about rent" in lines[2] and "expansion for Wingspan" in lines[3]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Lily", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_unxb08_embarrassment_after_goodbyes_gets_no_reply() -> None:
    entry = BY_FILE["unxb08.srt"]
    cues = cues_of(FOLDER / "unxb08.srt")
    # Cue 6 (index 5), after "See you": Marek feels embarrassed; Hilde asks about her water bottle.
    assert "feel embarrassed every session" in cues[5] and "water bottle" in cues[6]
    assert len(cues) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Marek", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Coach", "Hilde", "Marek"] and entry["format"] == "srt" and entry["split"] == "valid"


def test_fxxb04_two_parents_answer_both_fears_with_plans() -> None:
    entry = BY_FILE["fxxb04.txt"]
    lines = lines_of(FOLDER / "fxxb04.txt")
    assert "scared about moving" in lines[0] and "You'll need a rota" in lines[1]
    assert "scared of being alone at night" in lines[3] and "write a list" in lines[4]
    assert len(lines) == entry["utterances"] == 10
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (3, "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Ayla", "Dad", "Mum"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_fxxb02_reorg_invisible_at_a_meeting() -> None:
    entry = BY_FILE["fxxb02.vtt"]
    cues = cues_of(FOLDER / "fxxb02.vtt")
    assert "I feel invisible" in cues[0] and cues[1].startswith("<v Carl>Send an email")
    assert "don't count here" in cues[3] and cues[4].startswith("<v Carl>Then ask for a one to one")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Hana", "advice", 1),
        (3, "Hana", "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["utterances"] == 8


def test_cfxb01_scissors_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfxb01.txt"]
    lines = lines_of(FOLDER / "cfxb01.txt")
    assert "You never put anything back" in lines[0] and "must be nice never having to think" in lines[2]
    assert "going crazy in my own home" in lines[4] and "Not my fault" in lines[5]
    assert "Whatever. I'm going out." in lines[7]
    assert len(lines) == entry["utterances"] == 8
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Mira", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxb07_harsh_start_that_repairs_on_a_met_disclosure() -> None:
    entry = BY_FILE["cfxb07.jsonl"]
    rows = rows_of(FOLDER / "cfxb07.jsonl")
    assert (
        rows[0]["text"].startswith("You never tell me anything")
        and rows[2]["text"] == "Oh sure, turn it on me. Classic."
    )
    assert "felt like a failure" in rows[5]["text"] and rows[6]["text"].startswith("Oh. I didn't know that.")
    assert len(rows) == entry["utterances"] == 10
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "criticism"),
    ]
    assert entry["disclosures"] == [{"index": 5, "speaker": "Mick", "depth": 3, "response": "met", "response_index": 6}]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_vexb08_vent_nobody_answers() -> None:
    entry = BY_FILE["vexb08.txt"]
    lines = lines_of(FOLDER / "vexb08.txt")
    # Suki's "Reading" (1) is the only reply; the fear of never getting a job (5) gets none.
    assert lines[1].endswith("Suki: Reading") and "never get a job" in lines[5]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Will", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_inxb03_the_longest_is_a_stolen_bicycle() -> None:
    entry = BY_FILE["inxb03.txt"]
    lines = lines_of(FOLDER / "inxb03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].endswith("Officer Hale: Is this your bicycle?") and lines[-1].endswith("We'll be in touch.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"
