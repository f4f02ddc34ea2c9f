"""corpus/kinds38 (the thirty-eighth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds38/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds38"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unxa01_separation_answered_with_the_hedge() -> None:
    entry = BY_FILE["unxa01.txt"]
    lines = lines_of(FOLDER / "unxa01.txt")
    # Sandra's message (index 2) about Mike moving out; Keith's next one (index 3) goes back to the hedge.
    assert "since Mike moved out" in lines[2] and "On the hedge" in lines[3]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Sandra", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"
    assert entry["speakers"] == ["Keith", "Sandra", "Valerie"]


def test_unxa10_carol_service_goodnights_then_no_reply() -> None:
    entry = BY_FILE["unxa10.vtt"]
    cues = cues_of(FOLDER / "unxa10.vtt")
    # Five goodnights, then Joe's first Christmas since the divorce (index 5), the last cue: nobody answers.
    assert cues[4] == "<v Tunde>Night!</v>" and "first Christmas since the divorce" in cues[5]
    assert len(cues) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Joe", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Anna", "Claire", "Joe", "Tunde"] and entry["format"] == "teams_vtt"
    assert entry["split"] == "valid"


def test_fxxa09_bus_pass_before_the_fear_is_heard() -> None:
    entry = BY_FILE["fxxa09.txt"]
    lines = lines_of(FOLDER / "fxxa09.txt")
    # Mrs Ali can't drive (index 1), met by a bus pass (2); "I feel so old" (4) by the lift rota (5).
    assert "frightened of becoming a burden" in lines[1] and "bus pass" in lines[2]
    assert "I feel so old suddenly" in lines[4] and "lift rota" in lines[5]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Mrs Ali", "advice", 2),
        (4, "Mrs Ali", "advice", 5),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"
    assert entry["speakers"] == ["Mr Evans", "Mrs Ali", "Mrs Price"]


def test_hhxa02_pastoral_committee_after_the_agenda() -> None:
    entry = BY_FILE["hhxa02.vtt"]
    cues = cues_of(FOLDER / "hhxa02.vtt")
    # Desmond cannot pray since his redundancy (index 3), met by Joan (4); Joan's two years without prayer (9),
    # met by Desmond (10); the vicar's own distance (13), met by Joan (14).
    assert cues[3].startswith("Desmond: Since I was made redundant") and cues[4].startswith("Joan: Thank you for")
    assert "didn't pray for nearly two years" in cues[9] and cues[10] == "Desmond: Two years. Joan, I had no idea."
    assert "feel very far away myself" in cues[13]
    assert len(cues) == entry["utterances"] == 18
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (3, "Desmond", 3, "met", 4),
        (7, "Desmond", 3, "met", 8),
        (9, "Joan", 3, "met", 10),
        (13, "Rev Hilary", 2, "met", 14),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "zoom_vtt" and entry["harsh_startup"] is None


def test_hhxa09_elders_tuesday_tea() -> None:
    entry = BY_FILE["hhxa09.txt"]
    lines = lines_of(FOLDER / "hhxa09.txt")
    assert "I talk to her while I bake" in lines[4] and "love that has nowhere else to go" in lines[5]
    assert "Not an old man in a flat".lower() in lines[11].lower() and "so sad to hear" in lines[12]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Mr Chen", 5),
        (6, "Mrs Adeyemi", 7),
        (8, "Mrs Kowalska", 9),
        (11, "Mr Chen", 12),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_vexa04_pantry_night_car_park() -> None:
    entry = BY_FILE["vexa04.vtt"]
    cues = cues_of(FOLDER / "vexa04.vtt")
    # Phil holds the floor; "it makes me feel useless" (index 6) is met by Bev's short "that's rotten" (7).
    assert "makes me feel useless" in cues[6] and "that's rotten" in cues[7]
    assert sum(1 for c in cues if c.startswith("<v Phil>")) == 8 and len(cues) == entry["utterances"] == 13
    assert entry["disclosures"] == [{"index": 6, "speaker": "Phil", "depth": 3, "response": "met", "response_index": 7}]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Bev", "Ian", "Phil"]


def test_inxa01_the_longest_is_a_volunteer_form() -> None:
    entry = BY_FILE["inxa01.vtt"]
    cues = cues_of(FOLDER / "inxa01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[1] == "<v Daniel>Yes.</v>" and cues[-1].startswith("<v Mrs Ashworth>Lovely. That's everything.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "teams_vtt"


def test_cfxa01_coffee_morning_moved_without_asking() -> None:
    entry = BY_FILE["cfxa01.txt"]
    lines = lines_of(FOLDER / "cfxa01.txt")
    assert len(lines) == entry["utterances"] == 12
    assert "you always make these decisions" in lines[0] and "How silly of us" in lines[2]
    assert "It's very noble of you" in lines[6] and "after my husband died" in lines[8]
    assert "it's done now" in lines[9] and "anything more to discuss tonight" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_ios"
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (6, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Elaine", "depth": 3, "response": "deflected", "response_index": 9}
    ]


def test_cfxa07_treasurer_eyesight_answered_with_contempt() -> None:
    entry = BY_FILE["cfxa07.jsonl"]
    rows = rows_of(FOLDER / "cfxa07.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert "eyesight" in rows[8]["text"] and rows[8]["speaker"] == "Mrs Whitmore"
    assert "all the more reason to hand it over" in rows[9]["text"] and rows[9]["speaker"] == "Mr Appiah"
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Mrs Whitmore", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "contempt"),
        (9, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["harsh_startup"] is True and entry["split"] == "valid" and entry["main_disclosure"] == 8


def test_cfxa02_gentle_fence_talk_stays_conflict() -> None:
    entry = BY_FILE["cfxa02.txt"]
    lines = lines_of(FOLDER / "cfxa02.txt")
    assert "I feel rather anxious about it" in lines[0] and "That must be gloomy" in lines[1]
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (2, 3, "met", 3),
        (8, 2, "met", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
