"""corpus/kinds54 (the fifty-fourth author's set: long-term couples): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds54/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds54"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unxq09_the_lost_baby_answered_with_reading_glasses() -> None:
    entry = BY_FILE["unxq09.jsonl"]
    rows = rows_of(FOLDER / "unxq09.jsonl")
    # Sue's second row (index 2): the son who would have been forty; Keith's next row asks for his glasses. Her last
    # row (index 6), the hospital bracelet, comes after he has gone to the snooker: no reply at all.
    assert "Our little boy" in rows[2]["text"] and "reading glasses" in rows[3]["text"]
    assert "snooker" in rows[5]["text"] and "hospital bracelet" in rows[6]["text"]
    assert len(rows) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Sue", "depth": 3, "response": "deflected", "response_index": 3},
        {"index": 6, "speaker": "Sue", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_hhxq10_a_short_heart_to_heart_through_the_bedroom_wall() -> None:
    entry = BY_FILE["hhxq10.txt"]
    lines = lines_of(FOLDER / "hhxq10.txt")
    # Nine messages: Hamish misses her (2), Lorna misses him too (3), he feared she was glad of the excuse (4),
    # she has been listening for him through the wall (5).
    assert len(lines) == entry["utterances"] == 9
    assert "I miss you, Lorna" in lines[2] and "I miss you too" in lines[3]
    assert "glad of the excuse" in lines[4] and "listening for you through the wall" in lines[5]
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (2, "Hamish", 3, "met", 3),
        (3, "Lorna", 2, "met", 4),
        (4, "Hamish", 3, "met", 5),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_fxxq08_a_forgotten_grandson_gets_the_crossword() -> None:
    entry = BY_FILE["fxxq08.txt"]
    lines = lines_of(FOLDER / "fxxq08.txt")
    # Line 1 (index 0): Hamish forgot Callum's name, answered by the crossword (1); line 5 (index 4): his father
    # started like this, answered by the surgery and the memory test (5).
    assert "frightened the life out of me" in lines[0] and "crossword" in lines[1]
    assert "My dad started like this" in lines[4] and "memory test" in lines[5]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 9 and entry["speakers"] == ["Hamish", "Lorna"]
    assert entry["format"] == "plain" and entry["kind"] == "fixing"


def test_cfxq10_the_bike_harsh_start_and_the_garage() -> None:
    entry = BY_FILE["cfxq10.txt"]
    lines = lines_of(FOLDER / "cfxq10.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "You never think, Hamish" in lines[0] and "martyr of the shipyard" in lines[2]
    assert "just the housekeeper" in lines[6] and "Boden catalogue" in lines[7]
    assert "going to the garage" in lines[9] and "Take your bike" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Lorna", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (4, "defensiveness"),
        (5, "defensiveness"),
        (7, "contempt"),
        (8, "defensiveness"),
        (9, "stonewalling"),
        (10, "contempt"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inxq03_the_late_night_questions_after_an_affair() -> None:
    entry = BY_FILE["inxq03.txt"]
    lines = lines_of(FOLDER / "inxq03.txt")
    # Graham's two messages in a row (13, 14): the lift, then "I hate what I did to us"; Helen asks about the ring road.
    assert len(lines) == entry["utterances"] == 20
    assert "Martin dropped me" in lines[13] and "I hate what I did to us" in lines[14]
    assert "The ring road?" in lines[15] and lines[-1].endswith("Helen: Fine.")
    assert entry["disclosures"] == [
        {"index": 14, "speaker": "Graham", "depth": 3, "response": "deflected", "response_index": 15}
    ]
    assert entry["main_disclosure"] == 14 and entry["kind"] == "interrogation" and entry["split"] == "dev"


def test_vexq04_a_carers_group_on_teams() -> None:
    entry = BY_FILE["vexq04.vtt"]
    cues = cues_of(FOLDER / "vexq04.vtt")
    # Maureen holds the floor; "Right." after her son in Perth (9, 10) is a bare token, so that one is none.
    assert len(cues) == entry["utterances"] == 15
    assert "polite to me" in cues[3] and cues[4] == "<v Sheila>Oh, Maureen.</v>"
    assert "Come and do a night" in cues[9] and cues[10] == "<v Fran>Right.</v>"
    assert "angry with Jim" in cues[11] and "I've been there" in cues[12]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, 3, "met", 4),
        (5, 3, "met", 6),
        (7, 3, "met", 8),
        (9, 2, "none", None),
        (11, 3, "met", 12),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Fran", "Maureen", "Sheila"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_cfxq03_counselling_after_an_affair() -> None:
    entry = BY_FILE["cfxq03.vtt"]
    cues = cues_of(FOLDER / "cfxq03.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert cues[1].startswith("Paul: He's a liar") and "Gold star" in cues[3]
    assert "bathroom floor" in cues[5] and "you weren't exactly there" in cues[6]
    assert "I'm not doing this" in cues[11] and cues[12] == "Paul: There he goes."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Paul", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "criticism"),
        (2, "defensiveness"),
        (3, "contempt"),
        (6, "defensiveness"),
        (7, "defensiveness"),
        (9, "criticism"),
        (11, "stonewalling"),
        (12, "contempt"),
    ]
    assert entry["speakers"] == ["Jenny", "Marcus", "Paul"] and entry["format"] == "zoom_vtt"


def test_hhxq05_the_podcast_answer_is_the_hosts_question() -> None:
    entry = BY_FILE["hhxq05.srt"]
    cues = cues_of(FOLDER / "hhxq05.srt")
    # Kath's "We stopped" (1) is answered by Nadia's open question (4), not by Jo's correction "Four." (2).
    assert cues[1].endswith("About three years ago.") and cues[2] == "Jo: Four."
    assert cues[4].startswith("Nadia: And what was that like")
    assert "rejected" in cues[5] and "too ashamed" in cues[12]
    assert [(d["index"], d["speaker"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Kath", 2, 4),
        (5, "Kath", 3, 6),
        (10, "Jo", 3, 11),
        (12, "Jo", 3, 13),
        (14, "Kath", 3, 15),
    ]
    assert all(d["response"] == "met" for d in entry["disclosures"])
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 21 and entry["format"] == "srt"


def test_dixq07_the_longest_is_a_dinner_party() -> None:
    entry = BY_FILE["dixq07.txt"]
    lines = lines_of(FOLDER / "dixq07.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].endswith("you had a theory about marriage.")
    assert lines[-1].endswith("Keith: Right. Who's for cheese?")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Alan", "Deborah", "Keith", "Sue"] and entry["format"] == "plain_ts"


def test_pfxq09_reunion_brags_have_no_disclosures() -> None:
    entry = BY_FILE["pfxq09.vtt"]
    cues = cues_of(FOLDER / "pfxq09.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "Passivhaus" in cues[1] and "Royal Society" in cues[9]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["horsemen"] == []
    assert entry["speakers"] == ["Anil", "Priya", "Raj", "Sunita"] and entry["format"] == "teams_vtt"
