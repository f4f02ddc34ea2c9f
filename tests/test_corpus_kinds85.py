"""corpus/kinds85 (the eighty-fifth author's set: faith, ritual and community life): entries counted by hand from
the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds85/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds85"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unyv09_youth_leaders_doubt_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyv09.jsonl"]
    rows = rows_of(FOLDER / "unyv09.jsonl")
    # Becca's "Night x" (index 5), then her message about faking it through worship (6), the last row.
    assert rows[5]["text"] == "Night x" and "don't know if I believe" in rows[6]["text"]
    assert len(rows) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Becca", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Becca", "Jonah", "Priscilla"]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_unyv03_five_a_side_chat_jokes_off_the_low_mood() -> None:
    entry = BY_FILE["unyv03.txt"]
    lines = lines_of(FOLDER / "unyv03.txt")
    # Omar's message (index 3) answered by Hassan's own-goal joke (4).
    assert "feeling really low" in lines[3] and "rock bottom" in lines[4]
    assert len(lines) == entry["utterances"] == 12
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Omar", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["speakers"] == ["Bilal", "Hassan", "Omar", "Yahya"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfyv10_church_on_sunday_harsh_start_and_bath_time() -> None:
    entry = BY_FILE["cfyv10.txt"]
    lines = lines_of(FOLDER / "cfyv10.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "given up on this family" in lines[0] and "Saint Dave" in lines[3] and "childish" in lines[4]
    assert "I don't believe it anymore, Ange" in lines[7] and "like always" in lines[8]
    assert "bath time" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (4, "contempt"),
        (5, "defensiveness"),
        (8, "criticism"),
        (8, "contempt"),
        (9, "defensiveness"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Paul", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfyv07_gentle_calendar_argument_with_met_feelings() -> None:
    entry = BY_FILE["cfyv07.jsonl"]
    rows = rows_of(FOLDER / "cfyv07.jsonl")
    assert "I felt frustrated" in rows[0]["text"] and "I feel pressured" in rows[3]["text"]
    assert "It hurts to cancel" in rows[5]["text"] and rows[6]["text"].startswith("I hear you")
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Khadija", "met", 1),
        (3, "Mustafa", "met", 4),
        (5, "Khadija", "met", 6),
    ]
    assert entry["speakers"] == ["Khadija", "Mustafa", "Ruqayya"] and entry["utterances"] == 13


def test_fxyv08_sleepless_at_shiva_gets_remedies_and_late_sympathy() -> None:
    entry = BY_FILE["fxyv08.txt"]
    lines = lines_of(FOLDER / "fxyv08.txt")
    assert "haven't slept properly" in lines[0] and "Warm milk" in lines[1]
    assert "hear the monitor" in lines[6] and "shipping forecast" in lines[7]
    assert lines[-1].endswith("Of course you can't sleep.")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "plain" and entry["utterances"] == 12


def test_hhyv10_brothers_harsh_start_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhyv10.txt"]
    lines = lines_of(FOLDER / "hhyv10.txt")
    assert "You never show up" in lines[0] and "Saint Bilal" in lines[3] and "I'm scared he won't come home" in lines[4]
    assert "drove home without going in" in lines[6] and "You drove all that way" in lines[7]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "defensiveness"),
        (3, "contempt"),
    ]
    # Faisal's two messages (5, 6) are answered together by Bilal's question (7).
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"][:3]] == [
        (4, "Bilal", 5),
        (5, "Faisal", 7),
        (6, "Faisal", 7),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"} and len(entry["disclosures"]) == 7
    assert entry["format"] == "whatsapp_ios" and entry["utterances"] == 19


def test_veyv06_bare_mm_is_none_and_the_main_is_met() -> None:
    entry = BY_FILE["veyv06.txt"]
    lines = lines_of(FOLDER / "veyv06.txt")
    assert "I'm the project" in lines[8] and lines[9].endswith("Chris: Mm.")
    assert "twelve years old again" in lines[10] and "That sounds horrible" in lines[11]
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Nathan", "depth": 2, "response": "none", "response_index": None},
        {"index": 10, "speaker": "Nathan", "depth": 3, "response": "met", "response_index": 11},
    ]
    assert entry["main_disclosure"] == 10 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_veyv02_choir_director_coward_then_a_bare_yeah() -> None:
    entry = BY_FILE["veyv02.srt"]
    cues = cues_of(FOLDER / "veyv02.srt")
    assert "such a coward" in cues[9] and cues[10] == "Martin: You're not a coward, love."
    assert "can't even do that" in cues[11] and cues[12] == "Martin: Yeah."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "met", 10),
        (11, "none", None),
    ]
    assert entry["main_disclosure"] == 9 and len(cues) == entry["utterances"] == 16 and entry["split"] == "dev"


def test_inyv07_doubt_at_jummah_answered_by_another_question() -> None:
    entry = BY_FILE["inyv07.txt"]
    lines = lines_of(FOLDER / "inyv07.txt")
    assert "not even sure I believe" in lines[11] and "friends from the gym" in lines[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Sami", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["kind"] == "interrogation" and entry["utterances"] == 20


def test_inyv01_the_longest_is_a_wedding_booking_form() -> None:
    entry = BY_FILE["inyv01.vtt"]
    cues = cues_of(FOLDER / "inyv01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0] == "<v Sandra>Hello both, can you hear me okay?</v>" and cues[-1] == "<v Liam>Thanks, Sandra.</v>"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "teams_vtt" and entry["speakers"] == ["Aoife", "Liam", "Sandra"]
