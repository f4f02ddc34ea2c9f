"""corpus/kinds77 (the seventy-seventh author's set: talk across a power difference): entries counted by hand.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds77/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds77"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyn01_student_tells_supervisor_she_feels_a_fraud() -> None:
    entry = BY_FILE["hhyn01.txt"]
    lines = lines_of(FOLDER / "hhyn01.txt")
    # Priya's fourth message (index 3), thinking of quitting, met by Alan's thanks (4); his own second-year story (9)
    # is met by her "Really? You?" (10).
    assert "feel like a fraud" in lines[3] and "Thank you for telling me" in lines[4]
    assert "library toilets" in lines[9] and "Really? You?" in lines[10]
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 4},
        {"index": 6, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 7},
        {"index": 8, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 9},
        {"index": 9, "speaker": "Alan", "depth": 3, "response": "met", "response_index": 10},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhyn02_gp_video_call_with_a_wife_listening() -> None:
    entry = BY_FILE["hhyn02.vtt"]
    cues = cues_of(FOLDER / "hhyn02.vtt")
    # Seventh cue (index 6): crying in the car outside Tesco; Lorraine's own fear (16) is met by Gary (17).
    assert "I just cry" in cues[6] and cues[7].startswith("Dr Osei: That sounds really painful")
    assert "scared to ask" in cues[16] and cues[17].startswith("Gary: Oh, Lor")
    assert len(cues) == entry["utterances"] == 25
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Gary", "met", 7),
        (8, "Gary", "met", 9),
        (10, "Gary", "met", 11),
        (16, "Lorraine", "met", 17),
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Dr Osei", "Gary", "Lorraine"]
    assert entry["format"] == "zoom_vtt"


def test_veyn02_a_bare_mm_from_the_gp_is_none() -> None:
    entry = BY_FILE["veyn02.srt"]
    cues = cues_of(FOLDER / "veyn02.srt")
    # "like a parcel being passed around" (index 10) gets only "Mm." (11); the other two get a word of feeling.
    assert "parcel" in cues[10] and cues[11] == "Dr Lindqvist: Mm."
    assert "crying like a little girl" in cues[8] and "I'm so sorry" in cues[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "met", 9),
        (10, "none", None),
        (14, "met", 15),
    ]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == 18 and entry["format"] == "srt"


def test_fxyn10_gp_answers_a_teenagers_fear_with_sleep_tips() -> None:
    entry = BY_FILE["fxyn10.srt"]
    cues = cues_of(FOLDER / "fxyn10.srt")
    assert "let everyone down" in cues[1] and "no screens" in cues[2]
    assert "can't breathe" in cues[4] and "Headspace" in cues[5]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Owen", "advice", 2),
        (4, "Owen", "advice", 5),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Bethan", "Dr Harris", "Owen"]
    assert entry["split"] == "valid" and entry["utterances"] == 11


def test_inyn03_the_longest_is_a_chest_pain_triage_call() -> None:
    entry = BY_FILE["inyn03.txt"]
    lines = lines_of(FOLDER / "inyn03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].endswith("Am I speaking to Anna?") and lines[-1].endswith("Anna: Okay. Thank you.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "plain_ts"
    assert entry["speakers"] == ["Anna", "Dr Osei", "Mr Kowalczyk"]


def test_inyn06_incident_questions_roll_over_a_nurses_fear() -> None:
    entry = BY_FILE["inyn06.vtt"]
    cues = cues_of(FOLDER / "inyn06.vtt")
    # Grace's "I was scared to tell anyone" (index 11) is answered by the next closed question (12).
    assert "scared to tell anyone" in cues[11] and "Did you complete a Datix?" in cues[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Grace", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["utterances"] == 20 and entry["format"] == "zoom_vtt"


def test_unyn03_site_chat_jokes_off_an_apprentices_low_mood() -> None:
    entry = BY_FILE["unyn03.txt"]
    lines = lines_of(FOLDER / "unyn03.txt")
    assert "feeling really low" in lines[3] and "Mars bar" in lines[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Kieran", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["speakers"] == ["Kieran", "Lee", "Marco", "Steve"] and entry["format"] == "whatsapp_ios"
    assert entry["utterances"] == 9 and entry["split"] == "dev"


def test_unyn10_a_disclosure_after_everyone_has_left_the_call() -> None:
    entry = BY_FILE["unyn10.vtt"]
    cues = cues_of(FOLDER / "unyn10.vtt")
    assert "intensive care" in cues[6] and "they've gone" in cues[7]
    assert len(cues) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Aisha", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfyn02_gentle_start_answered_defensively_then_heard() -> None:
    entry = BY_FILE["cfyn02.txt"]
    lines = lines_of(FOLDER / "cfyn02.txt")
    assert "I feel a bit frustrated" in lines[0] and "Marco swept for a year" in lines[1]
    assert "not learning fast enough" in lines[2] and "That's fair" in lines[3]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (2, 3, "met", 3),
        (9, 2, "met", 10),
    ]
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]


def test_cfyn07_apprentice_and_boss_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfyn07.jsonl"]
    rows = rows_of(FOLDER / "cfyn07.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert "you always take the piss" in rows[0]["text"] and "skipping meals" in rows[6]["text"]
    assert "Not my problem" in rows[7]["text"] and rows[10]["text"] == "I'm not doing this."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Jayden", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "defensiveness"),
        (3, "contempt"),
        (4, "contempt"),
        (5, "contempt"),
        (7, "contempt"),
        (8, "stonewalling"),
        (9, "defensiveness"),
        (10, "stonewalling"),
        (11, "stonewalling"),
    ]
