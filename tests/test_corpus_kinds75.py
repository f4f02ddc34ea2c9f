"""corpus/kinds75 (the seventy-fifth author's set, long distance): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds75/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds75"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyl01_the_sibling_on_the_phone_at_granny_s_90th() -> None:
    entry = BY_FILE["hhyl01.txt"]
    lines = lines_of(FOLDER / "hhyl01.txt")
    # Cormac's fifth message (index 4): a face on a phone against the teapot; Niamh's next (5) stays with it.
    assert "propped against the teapot" in lines[4] and "doesn't sound stupid at all" in lines[5]
    # Index 7, "I'm becoming the ceiling", met (8); Niamh's own jealousy (9), met by Cormac (10).
    assert "becoming the ceiling" in lines[7] and "you're not the ceiling" in lines[8]
    assert "jealous of you" in lines[9] and "lonely in its own way" in lines[10]
    assert len(lines) == entry["utterances"] == 15
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Cormac", "met", 5),
        (7, "Cormac", "met", 8),
        (9, "Niamh", "met", 10),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhyl09_missed_calls_repaired_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhyl09.txt"]
    lines = lines_of(FOLDER / "hhyl09.txt")
    # A harsh start (0-2) that Hugo repairs at index 3; the grandmother's fall (4) is met (5).
    assert "You're never there" in lines[0] and "glued to my phone" in lines[1] and "always something" in lines[2]
    assert "I don't want to fight" in lines[3]
    assert "I felt so alone" in lines[4] and "I'm so sorry" in lines[5]
    assert "won't come back to Montréal" in lines[8]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "met", 5),
        (7, "met", 8),
        (8, "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_veyl06_the_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["veyl06.txt"]
    lines = lines_of(FOLDER / "veyl06.txt")
    # The permit fear (8) gets "God, that's horrible" (9); the resit-in-Paisley shame (10) only "Mm." (11).
    assert "properly scared" in lines[8] and "That's a lot to carry" in lines[9]
    assert "resit it in Paisley" in lines[10] and lines[11].endswith("Jamie: Mm.")
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Callum", "depth": 3, "response": "met", "response_index": 9},
        {"index": 10, "speaker": "Callum", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == len(lines) == 16


def test_fxyl02_a_sister_far_from_the_operation_gets_flights() -> None:
    entry = BY_FILE["fxyl02.vtt"]
    cues = cues_of(FOLDER / "fxyl02.vtt")
    # Sofía's guilt (2) answered with flights (3); "always the one far away" (5) with leave rules (6).
    assert "what kind of daughter" in cues[2] and "let's look at flights" in cues[3]
    assert "the one far away" in cues[5] and "asked the school about leave" in cues[6]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Sofía", "advice", 3),
        (5, "Sofía", "advice", 6),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Andrés", "Sofía", "Valentina"]
    assert entry["format"] == "teams_vtt" and len(cues) == entry["utterances"] == 11


def test_unyl04_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unyl04.txt"]
    lines = lines_of(FOLDER / "unyl04.txt")
    # The last of eight messages (index 7): Jess eating lunch in her car; nobody writes after it.
    assert "night xx" in lines[5] and "lunch in my car" in lines[7]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Jess", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Jess", "Kat", "Nina"]


def test_unyl06_a_voice_note_answered_with_crete() -> None:
    entry = BY_FILE["unyl06.txt"]
    lines = lines_of(FOLDER / "unyl06.txt")
    # Sara's first voice note (0), "belong to neither", is followed by Ella's holiday (1).
    assert "belong to neither" in lines[0] and lines[1].startswith("Ella: Voice note! Okay, so Crete")
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Sara", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(lines) == 6
    assert entry["format"] == "plain" and entry["split"] == "valid"


def test_inyl08_the_fear_gets_another_closed_question() -> None:
    entry = BY_FILE["inyl08.txt"]
    lines = lines_of(FOLDER / "inyl08.txt")
    assert "I'm scared Leo" in lines[12] and "are you staying at your brother's" in lines[13]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 12
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Camila", "depth": 3, "response": "deflected", "response_index": 13}
    ]
    assert entry["format"] == "whatsapp_ios_us" and len(lines) == entry["utterances"] == 18


def test_cfyl07_voice_notes_about_papas_car() -> None:
    entry = BY_FILE["cfyl07.jsonl"]
    rows = rows_of(FOLDER / "cfyl07.jsonl")
    assert "You always do this" in rows[0]["text"] and "play the devoted son" in rows[1]["text"]
    assert "always me, because you're never here" in rows[3]["text"]
    assert "last thing of his" in rows[4]["text"] and "I'm not a mind reader" in rows[5]["text"]
    assert rows[7]["text"].startswith("I'm not doing this") and rows[8]["text"] == "Of course. Go."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "contempt"),
        (3, "defensiveness"),
        (3, "criticism"),
        (5, "defensiveness"),
        (7, "stonewalling"),
        (8, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Julián", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_cfyl08_australia_mum_met_then_dad_turns_it() -> None:
    entry = BY_FILE["cfyl08.vtt"]
    cues = cues_of(FOLDER / "cfyl08.vtt")
    # Mum's fear (6) met by Hannah (7), whose own fear is turned into "Then don't go." (8).
    assert "I'm frightened" in cues[6] and "I'm scared of that too" in cues[7] and "Then don't go." in cues[8]
    assert "at our funerals" in cues[13] and "I'm going." in cues[14]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Mum", "met", 7),
        (7, "Hannah", "deflected", 8),
    ]
    assert [h["index"] for h in entry["horsemen"]] == [0, 1, 3, 4, 9, 10, 13, 14]
    assert entry["harsh_startup"] is True and entry["speakers"] == ["Dad", "Hannah", "Mum"]


def test_cfyl03_a_gentle_start_about_a_missed_livestream() -> None:
    entry = BY_FILE["cfyl03.vtt"]
    cues = cues_of(FOLDER / "cfyl03.vtt")
    assert "I felt really hurt" in cues[2] and "That's fair. I'm sorry." in cues[3]
    assert "I felt ashamed" in cues[5] and "I didn't know you felt like that" in cues[6]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 2
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "met", 3),
        (5, "met", 6),
    ]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_styl06_the_longest_is_a_family_planning_tet() -> None:
    entry = BY_FILE["styl06.vtt"]
    cues = cues_of(FOLDER / "styl06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("<v Linh>Okay, I think everyone's in") and "Safe flights" in cues[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Bao", "Dad", "Linh", "Thu"] and entry["format"] == "teams_vtt"


def test_set_counts() -> None:
    entries = list(BY_FILE.values())
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert len(entries) == 100 and len(responses) == 82
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 50,
        "advice": 14,
        "deflected": 16,
        "none": 2,
    }
    assert sum(e["main_disclosure"] is not None for e in entries) == 51
    assert sum(len(e["speakers"]) >= 3 for e in entries) == 38
