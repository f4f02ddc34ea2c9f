"""corpus/kinds67 (the sixty-seventh author's set, second-language English): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds67/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds67"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyd01_grandmother_nobody_mentioned() -> None:
    entry = BY_FILE["hhyd01.txt"]
    lines = lines_of(FOLDER / "hhyd01.txt")
    # Mei's third message (index 4), the week nobody told her, is met by Ayo's next (5); Ayo's own story (8) and
    # his shame at being angry (10) are met by Mei (9, 11).
    assert "nobody tell me" in lines[4] and "that must hurt" in lines[5]
    assert "ashamed because I was angry" in lines[10] and "the anger is also love" in lines[11]
    assert len(lines) == entry["utterances"] == 17
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (4, "Mei", 3, "met", 5),
        (6, "Mei", 3, "met", 7),
        (8, "Ayo", 2, "met", 9),
        (10, "Ayo", 3, "met", 11),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
    assert entry["speakers"] == ["Ayo", "Mei"] and entry["harsh_startup"] is None


def test_hhyd10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhyd10.txt"]
    lines = lines_of(FOLDER / "hhyd10.txt")
    assert "you never call me first" in lines[0] and "I feel jealous and small" in lines[5]
    assert "why you never said this" in lines[6]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
    assert entry["main_disclosure"] == 5
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (5, "Kenta", "met"),
        (7, "Kenta", "met"),
        (9, "Sofía", "met"),
        (10, "Kenta", "met"),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid" and entry["utterances"] == 18


def test_veyd02_humiliation_met_then_a_bare_mm() -> None:
    entry = BY_FILE["veyd02.srt"]
    cues = cues_of(FOLDER / "veyd02.srt")
    # Ninth cue (index 8): Fatima cried in the toilet; Aicha's "Ya habibti" (9). Index 12: Morocco, answered by a
    # bare "Mm." (13), so none.
    assert "so humiliated" in cues[8] and "Ya habibti" in cues[9]
    assert "in Morocco" in cues[12] and cues[13] == "Aicha: Mm."
    assert len(cues) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Fatima", "depth": 3, "response": "met", "response_index": 9},
        {"index": 12, "speaker": "Fatima", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxyd09_the_answer_is_the_second_reply() -> None:
    entry = BY_FILE["fxyd09.txt"]
    lines = lines_of(FOLDER / "fxyd09.txt")
    # Bao's first reply (1) asks what the fault was; his "book 3 lessons" (3) is the answer to the disclosure (0).
    assert "I feel so stupid" in lines[0] and "what was the fault" in lines[1]
    assert "book 3 lessons" in lines[3] and "so ashamed" in lines[4] and "practice with me on Sundays" in lines[5]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 3),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"
    assert entry["speakers"] == ["Anh", "Bao"] and entry["utterances"] == 10


def test_inyd01_the_longest_is_an_onboarding_check() -> None:
    entry = BY_FILE["inyd01.vtt"]
    cues = cues_of(FOLDER / "inyd01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "<v Claire Hopkins>Full name as on your passport?" in cues[2]
    assert "See you Monday at eight." in cues[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_inyd06_loneliness_answered_by_another_closed_question() -> None:
    entry = BY_FILE["inyd06.vtt"]
    cues = cues_of(FOLDER / "inyd06.vtt")
    assert "very lonely here" in cues[21] and cues[22] == "Mama Zhang: You sleep before midnight?"
    assert len(cues) == entry["utterances"] == 35
    assert entry["disclosures"] == [
        {"index": 21, "speaker": "Xiaoyu", "depth": 3, "response": "deflected", "response_index": 22}
    ]
    assert entry["main_disclosure"] == 21 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_unyd04_group_chat_talks_past_daniela() -> None:
    entry = BY_FILE["unyd04.txt"]
    lines = lines_of(FOLDER / "unyd04.txt")
    assert "I'm not ok" in lines[3] and "you inverted the numbers" in lines[4]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Daniela", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Daniela", "Nadia", "Pedro"] and entry["format"] == "whatsapp_android"


def test_unyd09_a_death_answered_with_a_deadline() -> None:
    entry = BY_FILE["unyd09.jsonl"]
    rows = rows_of(FOLDER / "unyd09.jsonl")
    assert rows[1]["speaker"] == "Ahmed" and "My father died last month" in rows[1]["text"]
    assert rows[2]["speaker"] == "Tutor Paul" and "the deadline is the fifth" in rows[2]["text"]
    assert len(rows) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Ahmed", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_pfyd09_a_real_fear_laughed_off_stays_a_performance() -> None:
    entry = BY_FILE["pfyd09.vtt"]
    cues = cues_of(FOLDER / "pfyd09.vtt")
    assert "blood pressure is dangerous" in cues[3] and "Ha, doctors! Anyway" in cues[4]
    assert entry["kind"] == "performance" and entry["main_disclosure"] is None
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Tomás Ruiz", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["speakers"] == ["Jakub Nowak", "Priya Nair", "Tomás Ruiz"] and entry["format"] == "teams_vtt"


def test_cfyd10_we_need_to_talk_and_a_walkout() -> None:
    entry = BY_FILE["cfyd10.txt"]
    lines = lines_of(FOLDER / "cfyd10.txt")
    assert "We need to talk" in lines[0] and "like a donkey" in lines[7] and "I'm going out." in lines[9]
    assert len(lines) == entry["utterances"] == 10
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "criticism"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Zainab", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfyd07_gentle_rota_request_met() -> None:
    entry = BY_FILE["cfyd07.jsonl"]
    rows = rows_of(FOLDER / "cfyd07.jsonl")
    assert "I feel a bit upset" in rows[0]["text"] and "that's not fair on you" in rows[1]["text"]
    assert "I have the baby" in rows[3]["text"] and "with the baby alone" in rows[4]["text"]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (0, "Marisol", 2, "met", 1),
        (3, "Kofi", 2, "met", 4),
    ]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"
