"""corpus/kinds82 (the World Englishes writer's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds82/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from typing import Any

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds82"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def _rows(entry: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(index, speaker, depth, response, response_index) of each disclosure."""
    return [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]


def test_hhys01_failed_exam_met_and_returned() -> None:
    entry = BY_FILE["hhys01.txt"]
    lines = lines_of(FOLDER / "hhys01.txt")
    # Tolu's failed ICAN paper (6) met by Ngozi (7); his father's land (10) met by Ngozi (11); Ngozi's own crying in
    # the call room (12) met by Tolu's "Ehn? You?" (13); his fear of his father's face (16) met by Ngozi (17).
    assert "I'm so ashamed" in lines[6] and "That must be so heavy" in lines[7]
    assert "stealing his joy" in lines[10] and "Ngozi: That's a lot of love" in lines[11]
    assert "crying in the call room" in lines[12] and "Ehn? You?" in lines[13]
    assert "scared of his face" in lines[16] and "Whenever you're ready" in lines[17]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Tolu", "met", 7),
        (10, "Tolu", "met", 11),
        (12, "Ngozi", "met", 13),
        (16, "Tolu", "met", 17),
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == len(lines) == 20
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhys10_harsh_start_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhys10.txt"]
    lines = lines_of(FOLDER / "hhys10.txt")
    assert "you never call" in lines[0] and "I've been busy" in lines[1]
    # Sipho's depression (5) met by Tendai (6); Tendai's own months after her mother's stroke (12) met by Sipho (13).
    assert "really depressed since April" in lines[5] and "I'm so sorry" in lines[6]
    assert "After my mum's stroke" in lines[12] and "Tendai. You?" in lines[13]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert _rows(entry) == [
        (5, "Sipho", 3, "met", 6),
        (12, "Tendai", 3, "met", 13),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_veys02_a_token_meets_the_shame_and_a_bare_hmm_does_not() -> None:
    entry = BY_FILE["veys02.srt"]
    cues = cues_of(FOLDER / "veys02.srt")
    assert "feel like such a fool for believing him" in cues[8] and cues[9] == "Vikram: Arre yaar. That's really bad"
    assert "just a fool who works hard" in cues[14] and cues[15] == "Vikram: Hmm, yeah"
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Aditya", "depth": 3, "response": "met", "response_index": 9},
        {"index": 14, "speaker": "Aditya", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == len(cues) == 17
    assert entry["speakers"] == ["Aditya", "Vikram"] and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxys08_advice_twice_then_sympathy_and_a_story_at_the_end() -> None:
    entry = BY_FILE["fxys08.txt"]
    lines = lines_of(FOLDER / "fxys08.txt")
    assert "I don't belong there" in lines[2] and "Write everything down" in lines[3]
    assert "tired of having to fight" in lines[8] and "Take your leave days" in lines[9]
    assert "same thing in the nineties" in lines[11] and lines[12] == "Nompumelelo: Thank you, Mam' Zodwa"
    assert _rows(entry) == [
        (2, "Nompumelelo", 3, "advice", 3),
        (8, "Nompumelelo", 3, "advice", 9),
        (11, "Mam' Zodwa", 2, "met", 12),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unys07_disclosure_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unys07.txt"]
    lines = lines_of(FOLDER / "unys07.txt")
    assert "seeing a therapist" in lines[5] and lines[6].endswith("Adaeze: Goodnight")
    assert len(lines) == entry["utterances"] == 7
    assert entry["speakers"] == ["Adaeze", "Chioma", "Daddy", "Mummy"]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Adaeze", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unys10_cancer_news_joked_off_in_the_wellbeing_minute() -> None:
    entry = BY_FILE["unys10.vtt"]
    cues = cues_of(FOLDER / "unys10.vtt")
    assert "stage four cancer" in cues[3] and "always distracted in meetings anyway" in cues[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Ravi", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == len(cues) == 10
    assert entry["speakers"] == ["Kofi", "Ms Adeyemi", "Ravi", "Tamsin"] and entry["format"] == "teams_vtt"


def test_cfys01_harsh_start_fear_met_defensively_and_a_walkout() -> None:
    entry = BY_FILE["cfys01.txt"]
    lines = lines_of(FOLDER / "cfys01.txt")
    assert "You never consult me" in lines[0] and "Madam Accountant" in lines[5]
    assert "I'm scared, Ifeanyi" in lines[7] and "You're not special" in lines[8] and "I'm going out" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "criticism"),
        (5, "contempt"),
        (8, "defensiveness"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Kelechi", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev" and entry["utterances"] == 13


def test_cfys07_gentle_start_handled_well() -> None:
    entry = BY_FILE["cfys07.jsonl"]
    rows = rows_of(FOLDER / "cfys07.jsonl")
    assert "feeling lonely" in rows[0]["text"] and rows[1]["text"].startswith("Oh. I didn't know you felt lonely")
    assert "bad husband for having a hobby" in rows[4]["text"]
    assert "since the miscarriage" in rows[6]["text"] and rows[7]["speaker"] == "Aarti"
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 4, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Aarti", "met", 1),
        (6, "Neel", "met", 7),
    ]
    assert entry["utterances"] == len(rows) == 13 and entry["split"] == "valid"


def test_inys09_feeling_low_answered_by_the_next_closed_question() -> None:
    entry = BY_FILE["inys09.srt"]
    cues = cues_of(FOLDER / "inys09.srt")
    assert "feeling really low this semester" in cues[11]
    assert cues[12] == "Papa: Did you submit all the assignments?"
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Arjun", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 11
    assert entry["utterances"] == len(cues) == 21 and entry["format"] == "srt" and entry["split"] == "valid"


def test_inys06_the_longest_is_a_mothers_call_to_eldoret() -> None:
    entry = BY_FILE["inys06.vtt"]
    cues = cues_of(FOLDER / "inys06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[2] == "Mama Wanjala: Good. You've reached Eldoret?" and cues[-1].endswith("Greet Kiprop")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "zoom_vtt"


def test_pfys09_a_flat_remark_about_the_printer_does_not_stop_the_topping() -> None:
    entry = BY_FILE["pfys09.vtt"]
    cues = cues_of(FOLDER / "pfys09.vtt")
    assert "printer on the second floor" in cues[4] and "Printer's fixed" in cues[9]
    assert "Rihanna's cousin is my friend" in cues[7]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Camille", "Jerome", "Mr Ali"] and entry["format"] == "teams_vtt"
    assert entry["utterances"] == len(cues) == 11 and entry["split"] == "valid"
