"""corpus/kinds79 (the seventy-ninth author's set): entries counted by hand from the rendered files.

Neurodivergent people among friends, partners and families. The generic checks every set passes live in
tests/test_corpus_sets.py; these pin a few labels read off the rendered files line by line, so that a slip in
corpus/kinds79/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds79"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyp04_train_facts_and_two_met_disclosures() -> None:
    entry = BY_FILE["hhyp04.txt"]
    lines = lines_of(FOLDER / "hhyp04.txt")
    # Line 6 (index 5): Jules's fear of being exhausting, met by Rosa (6); Rosa's own worry (12) met by Jules (13).
    assert "too polite to say" in lines[5] and "that stung" in lines[6]
    assert "the boring one" in lines[12] and "You're not boring" in lines[13]
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jules", "depth": 3, "response": "met", "response_index": 6},
        {"index": 12, "speaker": "Rosa", "depth": 3, "response": "met", "response_index": 13},
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Jules", "Kit", "Rosa"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhyp06_grandad_finds_himself_in_the_leaflet() -> None:
    entry = BY_FILE["hhyp06.jsonl"]
    rows = rows_of(FOLDER / "hhyp06.jsonl")
    assert len(rows) == entry["utterances"] == 18
    assert "I got diagnosed" in rows[2]["text"] and "How does it feel" in rows[5]["text"]
    assert "that's me" in rows[7]["text"] and rows[8]["speaker"] == "Rio"
    assert "I was lonely a lot" in rows[13]["text"] and rows[14]["text"].startswith("I'm sorry, Grandad")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Rio", "met", 3),
        (7, "Ken", "met", 8),
        (9, "Ken", "met", 10),
        (13, "Ken", "met", 14),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_veyp06_bare_mm_is_none_then_a_token_is_met() -> None:
    entry = BY_FILE["veyp06.txt"]
    lines = lines_of(FOLDER / "veyp06.txt")
    # Index 6: "I'm so ashamed", answered only by Jay's bare "Mm." (7): none. Index 10 met by "really grim" (11).
    assert "so ashamed" in lines[6] and lines[7].endswith("Jay: Mm.")
    assert "system for my systems" in lines[10] and "really grim" in lines[11]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "none", None),
        (10, "met", 11),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "plain_ts" and entry["utterances"] == 14


def test_fxyp07_tutor_answers_both_feelings_with_methods() -> None:
    entry = BY_FILE["fxyp07.vtt"]
    cues = cues_of(FOLDER / "fxyp07.vtt")
    assert len(cues) == entry["utterances"] == 10
    assert "chest goes tight" in cues[0] and "break it down" in cues[1]
    assert "feel like a fraud" in cues[4] and "disability service" in cues[5]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Kasim", "advice", 1),
        (4, "Kasim", "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_inyp06_the_longest_is_a_parents_checklist_call() -> None:
    entry = BY_FILE["inyp06.vtt"]
    cues = cues_of(FOLDER / "inyp06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[2] == "Dad: Hello son. Right, we've got a few things. Did you register with the GP?"
    assert cues[-1] == "Dad: Right. Same time Sunday?"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Alex", "Dad", "Mum"] and entry["format"] == "zoom_vtt"


def test_unyp07_disclosure_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyp07.txt"]
    lines = lines_of(FOLDER / "unyp07.txt")
    assert len(lines) == entry["utterances"] == 7
    assert "feeling really low since the diagnosis" in lines[6]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Ellis", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Becca", "Ellis", "Nadia"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyp08_joke_then_hm() -> None:
    entry = BY_FILE["unyp08.srt"]
    cues = cues_of(FOLDER / "unyp08.srt")
    # Cue 3 (index 2): phone anxiety, joked off by Dad (3); index 10, "I miss you", gets only "Hm." (11): none.
    assert "phone calls make me anxious" in cues[2] and "aren't you. Ha." in cues[3]
    assert "I miss you" in cues[10] and cues[11] == "Dad: Hm."
    assert len(cues) == entry["utterances"] == 12
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "deflected", 3),
        (10, "none", None),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "srt"


def test_cfyp02_gentle_start_up_between_housemates() -> None:
    entry = BY_FILE["cfyp02.txt"]
    lines = lines_of(FOLDER / "cfyp02.txt")
    assert len(lines) == entry["utterances"] == 12
    assert "headphones after eleven" in lines[0] and "I didn't know it carried" in lines[1]
    assert "the problem housemate" in lines[5] and "different timetable" in lines[6]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Pip", "met", 1),
        (5, "Jamal", "met", 6),
    ]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cfyp08_manager_harsh_start_up_and_horsemen() -> None:
    entry = BY_FILE["cfyp08.vtt"]
    cues = cues_of(FOLDER / "cfyp08.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "we need to talk about your attitude" in cues[0] and "know-it-all" in cues[5]
    assert "I lie awake replaying meetings" in cues[6] and "special treatment" in cues[7]
    assert "I'll send something over" in cues[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "criticism"),
        (3, "defensiveness"),
        (5, "contempt"),
        (7, "defensiveness"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Niamh", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["speakers"] == ["Carl", "Niamh", "Sue"] and entry["format"] == "teams_vtt"


def test_unyp10_turned_to_the_managers_own_story() -> None:
    entry = BY_FILE["unyp10.vtt"]
    cues = cues_of(FOLDER / "unyp10.vtt")
    assert len(cues) == entry["utterances"] == 8
    assert "go home shaking" in cues[0] and "When we moved in 2015" in cues[1]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Oona", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["split"] == "valid"
