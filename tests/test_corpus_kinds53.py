"""corpus/kinds53 (the fifty-third author's set: learners of English): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds53/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds53"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxp04_the_engineer_and_the_teacher_on_night_shift() -> None:
    entry = BY_FILE["hhxp04.txt"]
    lines = lines_of(FOLDER / "hhxp04.txt")
    # Yusuf's bridges (index 6) met by Awa (7); Awa's own past as a teacher (9) and her crying in the toilet (11)
    # are met by Yusuf's next messages (10, 12).
    assert "I design bridges" in lines[6] and "heavy thing to carry" in lines[7]
    assert "I was teacher in Dakar" in lines[9] and "Madame Awa" in lines[10]
    assert "I cry in the toilet" in lines[11] and "Missing to be somebody" in lines[12]
    assert len(lines) == entry["utterances"] == 17
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Yusuf", "depth": 3, "response": "met", "response_index": 7},
        {"index": 9, "speaker": "Awa", "depth": 2, "response": "met", "response_index": 10},
        {"index": 11, "speaker": "Awa", "depth": 3, "response": "met", "response_index": 12},
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_hhxp08_laundry_small_talk_deepens_into_a_divorce() -> None:
    entry = BY_FILE["hhxp08.txt"]
    lines = lines_of(FOLDER / "hhxp08.txt")
    # Six messages about a red sock and a shift, then the divorce (6); Emre's question about pretending (9) answers
    # "I pretend" (8), and his brother's divorce (11) is both his answer to 10 and a disclosure met by Inês (12).
    assert "red sock" in lines[1] and "the divorce is official" in lines[6] and "One pdf" in lines[7]
    assert "I pretend everything is new" in lines[8] and "You pretend for everybody" in lines[9]
    assert "My older brother divorced" in lines[11] and "How is he now" in lines[12]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (6, "Inês", 3, "met", 7),
        (8, "Inês", 2, "met", 9),
        (10, "Inês", 3, "met", 11),
        (11, "Emre", 2, "met", 12),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_vexp02_mister_africa_and_a_bare_mhm() -> None:
    entry = BY_FILE["vexp02.srt"]
    cues = cues_of(FOLDER / "vexp02.srt")
    # "I feel like a dog there" (6) gets "That's really bad" (7); "Here I am the boy" (8) gets only "Mhm." (10).
    assert "I feel like a dog" in cues[6] and "really bad" in cues[7]
    assert "Here I am the boy" in cues[8] and cues[10] == "Agnieszka: Mhm."
    assert len(cues) == entry["utterances"] == 12
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mamadou", "depth": 3, "response": "met", "response_index": 7},
        {"index": 8, "speaker": "Mamadou", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Agnieszka", "Mamadou"]


def test_fxxp01_earthquake_fear_answered_with_sleep_tips() -> None:
    entry = BY_FILE["fxxp01.jsonl"]
    rows = rows_of(FOLDER / "fxxp01.jsonl")
    # Burak's fear for his mother (1) gets the phone-in-the-kitchen tip (2); "a bad son" (7) gets a schedule (8).
    assert "so scared" in rows[1]["text"] and "stop the phone in the bed" in rows[2]["text"]
    assert "bad son" in rows[7]["text"] and "make a plan" in rows[8]["text"]
    assert [r["index"] for r in rows] == list(range(entry["utterances"])) and len(rows) == 12
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Burak", "advice", 2),
        (7, "Burak", "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_unxp04_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unxp04.txt"]
    lines = lines_of(FOLDER / "unxp04.txt")
    # A class party chat says goodnight (5-7); Fatou's message about her manager (8) gets no reply, only her own (9).
    assert "goodnight everybody" in lines[5] and "this week was very hard" in lines[8]
    assert "ignore me" in lines[9] and "Fatou:" in lines[9]
    assert len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Fatou", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["speakers"] == ["Dmitri", "Fatou", "Lorena"]


def test_unxp08_drinking_answered_with_her_own_mother() -> None:
    entry = BY_FILE["unxp08.srt"]
    cues = cues_of(FOLDER / "unxp08.srt")
    # Mikołaj's drinking (3) is turned to Ngoné's mother (4), itself a disclosure that gets only "Hm." (5).
    assert "I drink every night" in cues[3] and "my mother is also sick" in cues[4]
    assert cues[5] == "Mikołaj: Hm."
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Mikołaj", "depth": 3, "response": "deflected", "response_index": 4},
        {"index": 4, "speaker": "Ngoné", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "srt" and entry["split"] == "valid"


def test_cfxp01_dirty_kitchen_harsh_start_and_a_thumbs_up() -> None:
    entry = BY_FILE["cfxp01.txt"]
    lines = lines_of(FOLDER / "cfxp01.txt")
    assert "You NEVER clean" in lines[0] and "I cry in the bus" in lines[3] and "poor princess" in lines[4]
    assert "Very mature" in lines[8] and "Whatever" in lines[9] and lines[11].endswith("Rafaela: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 3
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "criticism"),
        (6, "defensiveness"),
        (7, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Rafaela", "depth": 3, "response": "deflected", "response_index": 4}
    ]


def test_cfxp08_credit_for_the_analysis_gentle_start() -> None:
    entry = BY_FILE["cfxp08.vtt"]
    cues = cues_of(FOLDER / "cfxp08.vtt")
    # Teams cues: Tomoko's feeling and request (2), "You are being a bit sensitive" (3), the excuse (9).
    assert cues[2].startswith("<v Tomoko>") and "I felt a little hurt" in cues[2]
    assert "a bit sensitive" in cues[3] and "In my old company" in cues[9]
    assert len(cues) == entry["utterances"] == 14 and entry["speakers"] == ["Bilal", "Gustavo", "Tomoko"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (3, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (9, "defensiveness"),
    ]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Tomoko", "depth": 3, "response": "deflected", "response_index": 3}
    ]


def test_cfxp10_the_smell_of_fish_repaired() -> None:
    entry = BY_FILE["cfxp10.txt"]
    lines = lines_of(FOLDER / "cfxp10.txt")
    # Babacar's shame (2) is answered defensively (3); "the food is my home" (6) is met by an apology (7).
    assert lines[2].startswith("[00:00:") and "I feel a bit ashamed" in lines[2] and "quite strong" in lines[3]
    assert "the food is my home" in lines[6] and "thoughtless of me" in lines[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "deflected", 3),
        (6, "met", 7),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(3, "defensiveness"), (5, "defensiveness")]
    assert entry["harsh_startup"] is False and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inxp06_the_longest_is_a_food_bank_registration() -> None:
    entry = BY_FILE["inxp06.vtt"]
    cues = cues_of(FOLDER / "inxp06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[2] == "Dorota: Your family name is Keita, K-E-I-T-A?" and cues[3] == "Salif: Yes, correct."
    assert cues[-1].startswith("Dorota: Okay, you can bring him Tuesday.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "zoom_vtt"


def test_stxp10_the_shortest_is_a_parcel_next_door() -> None:
    entry = BY_FILE["stxp10.txt"]
    lines = lines_of(FOLDER / "stxp10.txt")
    assert len(lines) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert "I have a parcel for you" in lines[0] and lines[-1].endswith("Abdou: 👍")
    assert entry["disclosures"] == [] and entry["format"] == "whatsapp_android" and entry["split"] == "valid"
