"""corpus/kinds69 (the sixty-ninth author's set, people who live together): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds69/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds69"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyf01_diagnosis_by_text_met_and_returned() -> None:
    entry = BY_FILE["hhyf01.txt"]
    lines = lines_of(FOLDER / "hhyf01.txt")
    # Alan's fourth message (index 3), the Parkinson's news, met by Ruth's next (4); his fear of being "a job for
    # you" (6) is reflected (7); Ruth's months of lying awake (8) is met by Alan (9).
    assert "He thinks it's Parkinson's" in lines[3] and "you sat there on your own" in lines[4]
    assert "Of being a job for you" in lines[6] and "being a burden to me" in lines[7]
    assert "I've been scared for months" in lines[8] and "carrying that on your own too" in lines[9]
    assert len(lines) == entry["utterances"] == 21
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Alan", "depth": 3, "response": "met", "response_index": 4},
        {"index": 6, "speaker": "Alan", "depth": 3, "response": "met", "response_index": 7},
        {"index": 8, "speaker": "Ruth", "depth": 3, "response": "met", "response_index": 9},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
    assert entry["harsh_startup"] is None and entry["horsemen"] == []


def test_cfyf04_the_longest_is_a_dog_walk_row_that_repairs() -> None:
    entry = BY_FILE["cfyf04.txt"]
    lines = lines_of(FOLDER / "cfyf04.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # A gentle start-up (a feeling, three mornings asked for) answered defensively; the row ends in repair.
    assert lines[0].startswith("Dev: Can I talk to you about the mornings?") and "I walked him Sunday" in lines[1]
    assert "Poor you" in lines[13] and "I'm going to watch the match" in lines[23]
    assert "flatmates who share a dog" in lines[28] and "I've been jealous" in lines[30]
    assert "I'm terrified half the time" in lines[32] and lines[-1] == "Dev: Fair. I'll make tea."
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Dev", "deflected", 1),
        (28, "Dev", "met", 29),
        (30, "Marcus", "met", 31),
        (32, "Dev", "met", 33),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (7, "defensiveness"),
        (11, "criticism"),
        (13, "contempt"),
        (18, "criticism"),
        (19, "defensiveness"),
        (23, "stonewalling"),
    ]
    assert entry["format"] == "plain" and entry["split"] == "dev" and entry["speakers"] == ["Dev", "Marcus"]


def test_fxyf07_homesick_answered_with_flights() -> None:
    entry = BY_FILE["fxyf07.vtt"]
    cues = cues_of(FOLDER / "fxyf07.vtt")
    # Second cue (index 1): Tariq homesick before Eid; Sian's next cue (2) is about cheap flights.
    assert "so homesick it hurts" in cues[1] and cues[2].startswith("Sian: Okay, so look at flights")
    assert len(cues) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Tariq", "depth": 3, "response": "advice", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"
    assert entry["speakers"] == ["Bea", "Sian", "Tariq"]


def test_veyf06_second_feeling_gets_only_mm() -> None:
    entry = BY_FILE["veyf06.txt"]
    lines = lines_of(FOLDER / "veyf06.txt")
    # Greg's "It makes me feel pathetic" (index 6) is met by Nadia (7); his brother never asking how he is (10)
    # gets only "Mm." (11), so it is none.
    assert "feel pathetic" in lines[6] and "You're not pathetic" in lines[7]
    assert "asked how I am" in lines[10] and lines[11].endswith("Nadia: Mm.")
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Greg", "depth": 3, "response": "met", "response_index": 7},
        {"index": 10, "speaker": "Greg", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "plain_ts"


def test_hhyf10_harsh_start_kept_in_a_heart_to_heart() -> None:
    entry = BY_FILE["hhyf10.txt"]
    lines = lines_of(FOLDER / "hhyf10.txt")
    # "You always make me feel like a charity case" (0) and "That's not fair" (1), then Aoife's shame (3), met by
    # Connor (4); Connor's own fear about money (8) is met by Aoife (9).
    assert "You always make me feel like a charity case" in lines[0] and "That's not fair" in lines[1]
    assert "The truth is I'm ashamed" in lines[3] and "I had no idea" in lines[4]
    assert "My dad lost the house" in lines[8] and "About your dad" in lines[9]
    assert len(lines) == entry["utterances"] == 20
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Aoife", "met", 4),
        (6, "Aoife", "met", 7),
        (8, "Connor", "met", 9),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_inyf07_gp_questions_step_over_the_low_mood() -> None:
    entry = BY_FILE["inyf07.txt"]
    lines = lines_of(FOLDER / "inyf07.txt")
    # Frank's eighth line (index 7), not felt right since he retired; Lorna's next (8) asks about blood pressure.
    assert "can't see the point in getting up" in lines[7] and lines[8] == "Lorna: Did she check your blood pressure?"
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Frank", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 7 and entry["format"] == "plain"


def test_cfyf07_housemates_row_about_a_boyfriend() -> None:
    entry = BY_FILE["cfyf07.jsonl"]
    rows = rows_of(FOLDER / "cfyf07.jsonl")
    # "you never even asked us" (0), "Should we put him on the lease?" (2), "You're so selfish" (5); Bea's fear at
    # night (8) is met by Tariq (9).
    assert "you never even asked us" in rows[0]["text"] and "put him on the lease" in rows[2]["text"]
    assert "You're so selfish" in rows[5]["text"] and rows[5]["speaker"] == "Sian"
    assert "I get scared at night" in rows[8]["text"] and rows[9]["speaker"] == "Tariq"
    assert len(rows) == entry["utterances"] == 16
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "defensiveness"),
        (5, "criticism"),
    ]
    assert entry["disclosures"] == [{"index": 8, "speaker": "Bea", "depth": 3, "response": "met", "response_index": 9}]
    assert entry["speakers"] == ["Bea", "Sian", "Tariq"] and entry["split"] == "valid"


def test_unyf08_wedding_fear_turned_to_venues() -> None:
    entry = BY_FILE["unyf08.srt"]
    cues = cues_of(FOLDER / "unyf08.srt")
    # Third cue (index 2): Alan afraid he won't walk Hannah down the aisle; Hannah's next cue is "don't be morbid"
    # and the barn's minimum numbers.
    assert "walk you down the aisle" in cues[2] and cues[3].startswith("Hannah: Dad, don't be morbid")
    assert len(cues) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Alan", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Alan", "Hannah", "Ruth"]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_unyf09_confession_after_goodnight_gets_no_reply() -> None:
    entry = BY_FILE["unyf09.jsonl"]
    rows = rows_of(FOLDER / "unyf09.jsonl")
    # The last of seven rows (index 6), after "Night, love" and "Night": nothing follows it.
    assert rows[4]["text"] == "Okay. Night, love." and rows[5]["text"] == "Night."
    assert "I think I hate my job" in rows[6]["text"] and rows[6]["speaker"] == "Greg"
    assert len(rows) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Greg", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "jsonl"


def test_pfyf07_village_show_boasts_list_nothing() -> None:
    entry = BY_FILE["pfyf07.srt"]
    cues = cues_of(FOLDER / "pfyf07.srt")
    assert cues[0].startswith("Pam: Well, Derek's tomatoes took first") and "I'll bring you a loaf" in cues[-1]
    assert len(cues) == entry["utterances"] == 11
    assert entry["speakers"] == ["Alan", "Derek", "Pam", "Ruth"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["harsh_startup"] is None
