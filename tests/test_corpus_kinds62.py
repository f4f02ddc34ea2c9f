"""corpus/kinds62 (the sixty-second author's set: humour everywhere): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds62/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds62"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxy04_the_longest_is_two_brothers_and_a_therapist() -> None:
    entry = BY_FILE["hhxy04.txt"]
    lines = lines_of(FOLDER / "hhxy04.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Luis's therapist (15) met by "dude. no" (16); the supply closet (18) by "sounds terrifying" (19); Jake's own
    # six silent months (26) by Luis's "so sorry you were alone" (27).
    assert "seeing a therapist since march" in lines[15] and "that's not broken" in lines[16]
    assert "supply closet" in lines[18] and "sounds terrifying" in lines[19]
    assert "let it ring" in lines[26] and "so sorry you were alone" in lines[27]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (15, "Luis", "met", 16),
        (18, "Luis", "met", 19),
        (23, "Luis", "met", 24),
        (26, "Jake", "met", 27),
    ]
    assert entry["main_disclosure"] == 15 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_hhxy02_loyalty_card_joke_deflects_then_the_car_park_is_met() -> None:
    entry = BY_FILE["hhxy02.vtt"]
    cues = cues_of(FOLDER / "hhxy02.vtt")
    assert "Fifth time" in cues[5] and "loyalty card" in cues[6]
    assert "such a joke" in cues[7] and "That car park sounds horrible" in cues[8]
    assert entry["disclosures"][:2] == [
        {"index": 5, "speaker": "Kwame", "depth": 2, "response": "deflected", "response_index": 6},
        {"index": 7, "speaker": "Kwame", "depth": 3, "response": "met", "response_index": 8},
    ]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Kwame", "Priya", "Tom"]
    assert entry["format"] == "zoom_vtt"


def test_hhxy10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxy10.txt"]
    lines = lines_of(FOLDER / "hhxy10.txt")
    assert "most selfish flatmate" in lines[0] and "i lost my job two weeks ago" in lines[4]
    assert "why didn't you tell me" in lines[5]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
    ]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == 16 and entry["split"] == "valid"
    # Alice's own month in the library (10) is met by Niamh's next message (11).
    assert entry["disclosures"][-1] == {
        "index": 10,
        "speaker": "Alice",
        "depth": 3,
        "response": "met",
        "response_index": 11,
    }


def test_unxy08_memory_fear_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxy08.srt"]
    cues = cues_of(FOLDER / "unxy08.srt")
    assert len(cues) == entry["utterances"] == 8
    assert "I'm frightened, lads" in cues[6] and "seen my keys" in cues[7]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Sully", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Dev", "Matt", "Sully"]


def test_unxy09_turned_to_the_listeners_own_story() -> None:
    entry = BY_FILE["unxy09.jsonl"]
    rows = rows_of(FOLDER / "unxy09.jsonl")
    assert "family disappointment" in rows[0]["text"] and rows[1]["text"].startswith("Ha, welcome to the club")
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Priya", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["format"] == "jsonl" and entry["split"] == "valid" and len(entry["speakers"]) == 3


def test_vexy06_jealousy_gets_a_bare_mm() -> None:
    entry = BY_FILE["vexy06.txt"]
    lines = lines_of(FOLDER / "vexy06.txt")
    assert "felt invisible in that family" in lines[8] and "horrible feeling" in lines[9]
    assert "jealous of my own sister" in lines[12] and lines[13].endswith("Kemal: Mm.")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "met", 9),
        (12, "none", None),
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "plain_ts"


def test_fxxy02_best_man_fear_answered_with_cue_cards() -> None:
    entry = BY_FILE["fxxy02.vtt"]
    cues = cues_of(FOLDER / "fxxy02.vtt")
    assert "terrified of the speech" in cues[0] and "Cue cards" in cues[1]
    assert "let him down" in cues[6] and "six-year-old story" in cues[7]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Ollie", "advice", 1),
        (6, "Ollie", "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_inxy08_a_fathers_closed_questions_skip_the_bad_night() -> None:
    entry = BY_FILE["inxy08.txt"]
    lines = lines_of(FOLDER / "inxy08.txt")
    assert len(lines) == entry["utterances"] == 21
    assert "feeling like a loser" in lines[12] and "Did you eat anything?" in lines[13]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 12
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Ella", "depth": 2, "response": "deflected", "response_index": 13}
    ]


def test_cfxy01_dishes_harsh_start_and_a_thumbs_up() -> None:
    entry = BY_FILE["cfxy01.txt"]
    lines = lines_of(FOLDER / "cfxy01.txt")
    assert "you NEVER wash up" in lines[0] and "a servant in my own flat" in lines[6]
    assert "so dramatic" in lines[7] and lines[11].endswith("Jordan: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mel", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "contempt"),
        (2, "contempt"),
        (4, "contempt"),
        (5, "contempt"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]


def test_cfxy08_weather_forecast_jibe_on_a_teams_call() -> None:
    entry = BY_FILE["cfxy08.vtt"]
    cues = cues_of(FOLDER / "cfxy08.vtt")
    assert "weather forecast" in cues[0] and "really hurts" in cues[9] and "fix it faster" in cues[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 10
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]][:3] == [
        (0, "criticism"),
        (0, "contempt"),
        (1, "contempt"),
    ]
    assert entry["speakers"] == ["Ada", "Greg", "Paul", "Shona"] and entry["format"] == "teams_vtt"


def test_cfxy09_gentle_start_up_stays_conflict() -> None:
    entry = BY_FILE["cfxy09.txt"]
    lines = lines_of(FOLDER / "cfxy09.txt")
    assert "felt a bit left out" in lines[0] and "that's on us, sorry" in lines[1]
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (0, "Mia", "met"),
        (3, "Mia", "met"),
        (5, "Rae", "met"),
    ]
    assert entry["format"] == "whatsapp_android_us" and len(entry["speakers"]) == 4


def test_performances_and_small_talk_list_nothing() -> None:
    for name in ("pfxy05.txt", "pfxy09.vtt", "stxy03.txt", "dixy10.vtt", "lexy01.srt"):
        entry = BY_FILE[name]
        assert entry["disclosures"] == [] and entry["main_disclosure"] is None, name
    assert BY_FILE["pfxy05.txt"]["format"] == "plain" and len(BY_FILE["pfxy05.txt"]["speakers"]) == 4
