"""corpus/kinds89 (the eighty-ninth author's set: short conversations): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds89/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds89"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyz02_diagnosis_met_and_a_secret_returned() -> None:
    entry = BY_FILE["hhyz02.vtt"]
    cues = cues_of(FOLDER / "hhyz02.vtt")
    # Fourth cue (index 3): Priya's mother's dementia, met by Dana's question (4); Owen's car-park guilt (6) is met by
    # Priya's "You never told me that" (7).
    assert "early dementia" in cues[3] and cues[4].startswith("Dana: Oh, Pri.")
    assert "I still feel guilty" in cues[6] and cues[7] == "Priya: You never told me that."
    assert len(cues) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 4},
        {"index": 5, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 6},
        {"index": 6, "speaker": "Owen", "depth": 3, "response": "met", "response_index": 7},
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Dana", "Owen", "Priya"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhyz08_run_club_group_meets_a_depression() -> None:
    entry = BY_FILE["hhyz08.txt"]
    lines = lines_of(FOLDER / "hhyz08.txt")
    # Tasha's message (index 4) is met by Jordan (5); Marcus's hidden year (6) by Tasha's "I had no idea" (7).
    assert "depressed since the layoff" in lines[4] and "thank you for telling us" in lines[5]
    assert "hid it from all of you" in lines[6] and "I had no idea" in lines[7]
    assert "why I started running" in lines[8] and "we love you both" in lines[9]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (4, "Tasha", 3, "met", 5),
        (6, "Marcus", 3, "met", 7),
        (8, "Marcus", 2, "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and len(entry["speakers"]) == 4 and entry["utterances"] == 12
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_veyz03_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["veyz03.jsonl"]
    rows = rows_of(FOLDER / "veyz03.jsonl")
    # The boiler (2) gets "That's awful." (3); lying awake fuming (4) gets only "Mm." (5): none; the rent (6) gets
    # "God, yeah." (7).
    assert "treated like I don't matter" in rows[2]["text"] and rows[3]["text"] == "That's awful."
    assert "fuming" in rows[4]["text"] and rows[5]["text"] == "Mm."
    assert rows[7]["text"] == "God, yeah."
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, 3, "met", 3),
        (4, 3, "none", None),
        (6, 2, "met", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == len(rows) == 10 and entry["format"] == "jsonl"


def test_fxyz04_blood_pressure_gets_salt_and_yoga() -> None:
    entry = BY_FILE["fxyz04.txt"]
    lines = lines_of(FOLDER / "fxyz04.txt")
    # Jo's fear (index 0) answered by Sam's "Cut the salt" (1); the hospital bed (5) by Sam's breathing app (6).
    assert "quite scared" in lines[0] and "Cut the salt" in lines[1]
    assert "hospital bed" in lines[5] and "breathing apps" in lines[6]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (5, "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(lines) == 14
    assert entry["speakers"] == ["Aoife", "Jo", "Rich", "Sam"] and entry["format"] == "plain_ts"


def test_inyz07_a_boys_hurt_met_by_the_next_question() -> None:
    entry = BY_FILE["inyz07.txt"]
    lines = lines_of(FOLDER / "inyz07.txt")
    # Leo's fourth answer (index 7) says he hates school; Mum's next line (8) asks about homework.
    assert lines[7] == "Leo: No. Nobody really talks to me at that school. I hate it there."
    assert lines[8] == "Mum: Have you got homework?"
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Leo", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["main_disclosure"] == 7 and entry["utterances"] == 12 and entry["format"] == "plain"
    assert entry["split"] == "valid" and entry["kind"] == "interrogation"


def test_unyz04_midnight_message_gets_no_reply() -> None:
    entry = BY_FILE["unyz04.txt"]
    lines = lines_of(FOLDER / "unyz04.txt")
    # After four goodnights and the gig tickets, Dee's message (7) is followed only by her own "ignore me" (8).
    assert "felt really alone lately" in lines[7] and "Dee: ignore me" in lines[8]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Dee", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["utterances"] == len(lines) == 9
    assert entry["speakers"] == ["Cole", "Dee", "Farah", "Jamie"] and entry["format"] == "whatsapp_android"


def test_unyz08_coming_out_answered_with_the_chicken() -> None:
    entry = BY_FILE["unyz08.srt"]
    cues = cues_of(FOLDER / "unyz08.srt")
    assert "I might be gay" in cues[0] and "chicken out of the freezer" in cues[1]
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Dev", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "srt" and entry["split"] == "valid"


def test_cfyz01_harsh_dishes_row_and_a_walkout() -> None:
    entry = BY_FILE["cfyz01.txt"]
    lines = lines_of(FOLDER / "cfyz01.txt")
    assert "you NEVER do the dishes" in lines[0] and "never notice anything" in lines[1]
    assert "throw you a parade" in lines[2] and "doing this whole life on my own" in lines[4]
    assert "and I don't work?? whatever" in lines[5] and "I'm going out" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (0, "contempt"),
        (1, "defensiveness"),
        (1, "criticism"),
        (2, "contempt"),
        (3, "defensiveness"),
        (5, "defensiveness"),
        (5, "stonewalling"),
        (6, "contempt"),
        (7, "stonewalling"),
        (8, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["utterances"] == 9


def test_cfyz10_band_row_with_a_fear_met_midway() -> None:
    entry = BY_FILE["cfyz10.txt"]
    lines = lines_of(FOLDER / "cfyz10.txt")
    # Mel's job fear (9) is met by Deb (10); Jonno's "Still doesn't help us" (11) carries no horseman.
    assert "scared of losing this job" in lines[9] and "I didn't know that" in lines[10]
    assert lines[16].endswith("Mel: Fine.") and len(lines) == entry["utterances"] == 18
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert entry["disclosures"] == [{"index": 9, "speaker": "Mel", "depth": 3, "response": "met", "response_index": 10}]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "contempt"),
        (3, "defensiveness"),
        (3, "contempt"),
        (6, "defensiveness"),
        (8, "criticism"),
        (12, "stonewalling"),
        (14, "contempt"),
        (16, "stonewalling"),
    ]
    assert entry["speakers"] == ["Ash", "Deb", "Jonno", "Mel"] and entry["format"] == "plain_ts"


def test_diyz05_the_longest_is_a_high_street_meeting() -> None:
    entry = BY_FILE["diyz05.vtt"]
    cues = cues_of(FOLDER / "diyz05.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("<v Fiona>Okay, I think everyone's here.") and "Thanks everyone" in cues[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "teams_vtt"
    assert entry["speakers"] == ["Ade", "Fiona", "Joy", "Marek"] and entry["split"] == "dev"


def test_most_conversations_are_short() -> None:
    sizes = [e["utterances"] for e in BY_FILE.values()]
    assert len(sizes) == 100 and min(sizes) == 6
    assert sum(6 <= n <= 14 for n in sizes) >= 80
    assert sum(len(e["speakers"]) >= 3 for e in BY_FILE.values()) == 37
