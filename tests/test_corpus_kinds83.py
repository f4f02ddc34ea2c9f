"""corpus/kinds83 (the eighty-third author's set: chance encounters and service talk): entries counted by hand from
the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds83/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds83"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyt01_airport_hotel_dementia_fear_met_and_returned() -> None:
    entry = BY_FILE["hhyt01.txt"]
    lines = lines_of(FOLDER / "hhyt01.txt")
    # Priya's fourth message (index 6), her dad's memory appointment, met by Colm's next (7); Colm's nan (10, 12).
    assert "early dementia" in lines[6] and "how are you feeling about it tonight" in lines[7]
    assert "my mum went through something like it" in lines[10] and "how did your nan get on" in lines[11]
    assert "grieving him already" in lines[14] and "bad daughter" in lines[15]
    assert len(lines) == entry["utterances"] == 20
    assert entry["main_disclosure"] == 6
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (6, "Priya", 3, "met", 7),
        (8, "Priya", 3, "met", 9),
        (10, "Colm", 2, "met", 11),
        (12, "Colm", 2, "met", 13),
        (14, "Priya", 3, "met", 15),
    ]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev" and entry["speakers"] == ["Colm", "Priya"]


def test_veyt02_taxi_rant_with_a_bare_mm() -> None:
    entry = BY_FILE["veyt02.srt"]
    cues = cues_of(FOLDER / "veyt02.srt")
    # Cue 7 (index 6): back to her mum's at forty-one, "the biggest failure", met by Errol (7); index 8, "Feels like
    # it", gets only "Mm." (9): none; the fear of never having a place (14) is met by "a horrible feeling" (15).
    assert "biggest failure" in cues[6] and "You're not a failure" in cues[7]
    assert cues[8].startswith("Sandra: Feels like it") and cues[9] == "Errol: Mm."
    assert "never have a place" in cues[14] and "horrible feeling" in cues[15]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "met", 7),
        (8, "none", None),
        (14, "met", 15),
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == len(cues) == 21 and entry["format"] == "srt"


def test_fxyt01_hair_loss_met_with_iron_tests_and_serum() -> None:
    entry = BY_FILE["fxyt01.jsonl"]
    rows = rows_of(FOLDER / "fxyt01.jsonl")
    assert "feel ugly and old" in rows[3]["text"] and "iron and vitamin D" in rows[4]["text"]
    assert "falling apart" in rows[9]["text"] and "trichologist" in rows[10]["text"]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Renata", "depth": 3, "response": "advice", "response_index": 4},
        {"index": 9, "speaker": "Renata", "depth": 3, "response": "advice", "response_index": 10},
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == len(rows) == 15 and entry["split"] == "dev"


def test_unyt05_concierge_desk_widow_gets_parcels_then_mm() -> None:
    entry = BY_FILE["unyt05.vtt"]
    cues = cues_of(FOLDER / "unyt05.vtt")
    # Index 2: since Tunde died; Brian's next cue (3) is the parcels. Index 6, "going a bit mad", gets only "Mm." (7).
    assert "since Tunde died" in cues[2] and "Sign here for me" in cues[3]
    assert "going a bit mad" in cues[6] and cues[7] == "Brian: Mm."
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Mrs Adeyemi", "depth": 3, "response": "deflected", "response_index": 3},
        {"index": 6, "speaker": "Mrs Adeyemi", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "zoom_vtt" and entry["utterances"] == 10


def test_unyt07_hostel_goodnight_and_a_thumbs_up() -> None:
    entry = BY_FILE["unyt07.txt"]
    lines = lines_of(FOLDER / "unyt07.txt")
    # After the goodnights, Jade's dad in hospital (index 3) gets a lone thumbs-up (4) and another goodnight (5).
    assert "my dad's in hospital" in lines[3] and lines[4].endswith("Marcus: 👍")
    assert lines[5].endswith("Leah: night all x")
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Jade", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["utterances"] == 6 and entry["speakers"] == ["Jade", "Leah", "Marcus"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_cfyt04_taxi_route_harsh_start_and_stonewalling() -> None:
    entry = BY_FILE["cfyt04.txt"]
    lines = lines_of(FOLDER / "cfyt04.txt")
    assert "You people always do this" in lines[0] and "Sure it is. Convenient." in lines[2]
    assert "calls you a thief" in lines[7] and lines[8] == "Passenger: Just drive." and lines[9] == "Driver: Fine."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "contempt"),
        (6, "defensiveness"),
        (7, "defensiveness"),
        (8, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Driver", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "plain" and entry["utterances"] == len(lines) == 12


def test_cfyt10_car_park_guard_met_by_a_neighbour() -> None:
    entry = BY_FILE["cfyt10.txt"]
    lines = lines_of(FOLDER / "cfyt10.txt")
    # Kwabena's "like a punchbag" (3) both defends and discloses; Mrs Lim, not Mr Dunmore, answers it (4).
    assert "You always let your mates park here" in lines[0] and "punchbag" in lines[3]
    assert "Mrs Lim: That sounds really hard" in lines[4] and "long week" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 3
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Kwabena", "met", 4),
        (7, "Mr Dunmore", "met", 8),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "defensiveness"),
    ]
    assert entry["format"] == "plain_ts" and entry["speakers"] == ["Kwabena", "Mr Dunmore", "Mrs Lim"]


def test_inyt09_car_park_sleeper_answered_with_a_request_for_id() -> None:
    entry = BY_FILE["inyt09.srt"]
    cues = cues_of(FOLDER / "inyt09.srt")
    assert "sleeping in it" in cues[7] and cues[8] == "Lenny: Have you got any ID on you?"
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Man", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["utterances"] == len(cues) == 18 and entry["format"] == "srt" and entry["split"] == "valid"


def test_diyt03_the_longest_is_a_sleeper_train_discussion() -> None:
    entry = BY_FILE["diyt03.srt"]
    cues = cues_of(FOLDER / "diyt03.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Ruth: Do you take the sleeper often?") and cues[-1] == "Anil: Goodnight."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Anil", "Greta", "Ruth"] and entry["format"] == "srt"


def test_hhyt06_night_ferry_birth_mother() -> None:
    entry = BY_FILE["hhyt06.jsonl"]
    rows = rows_of(FOLDER / "hhyt06.jsonl")
    # A depth-2 mention (3) comes first; the main disclosure is the first deep one, the fear of disappointing (5).
    assert "birth mother" in rows[3]["text"] and "How are you feeling" in rows[4]["text"]
    assert "terrified she'll look at me" in rows[5]["text"] and rows[6]["speaker"] == "Ciaran"
    assert entry["main_disclosure"] == 5
    assert [(d["index"], d["speaker"], d["depth"], d["response"]) for d in entry["disclosures"]] == [
        (3, "Fatima", 2, "met"),
        (5, "Fatima", 3, "met"),
        (8, "Ciaran", 3, "met"),
        (10, "Ciaran", 3, "met"),
        (13, "Fatima", 3, "met"),
    ]
    assert entry["format"] == "jsonl" and entry["split"] == "valid" and entry["utterances"] == len(rows) == 18
