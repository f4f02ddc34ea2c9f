"""corpus/kinds37 (the thirty-seventh author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds37/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds37"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhh01_two_nurses_after_a_death_on_the_ward() -> None:
    entry = BY_FILE["hhh01.txt"]
    lines = lines_of(FOLDER / "hhh01.txt")
    # Line 6 (index 5): Jo should have rung the family sooner, met by Priya's "is that what you've been carrying" (6);
    # Priya's own crying in the sluice (9) is met by Jo's "you did??" (10).
    assert "rung them sooner" in lines[5] and "carrying all the way home" in lines[6]
    assert "cried in the sluice" in lines[9] and "you did??" in lines[10]
    assert len(lines) == entry["utterances"] == 18
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Jo", "met", 4),
        (5, "Jo", "met", 6),
        (7, "Jo", "met", 8),
        (9, "Priya", "met", 10),
        (14, "Jo", "met", 15),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhh09_starts_as_just_tired_and_deepens() -> None:
    entry = BY_FILE["hhh09.txt"]
    lines = lines_of(FOLDER / "hhh09.txt")
    # "Just tired" (3) is not a disclosure; Pete's mum in the home he used to work in (5) is, met by Hannah (6).
    assert lines[3].endswith("Pete: Just tired.") and "feel like a traitor" in lines[5]
    assert "That's a lot to hold" in lines[6] and "The staff hated me" in lines[10]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Pete", "depth": 3, "response": "met", "response_index": 6},
        {"index": 7, "speaker": "Pete", "depth": 3, "response": "met", "response_index": 8},
        {"index": 10, "speaker": "Hannah", "depth": 2, "response": "met", "response_index": 11},
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_veh05_waitress_vents_after_a_stag_do() -> None:
    entry = BY_FILE["veh05.txt"]
    lines = lines_of(FOLDER / "veh05.txt")
    # Kasia's seventh message (index 6), crying in the walk-in, met by Milo's short "that's grim" (7).
    assert "cried for two minutes" in lines[6] and "that's grim" in lines[7]
    assert len(lines) == entry["utterances"] == 14 and entry["speakers"] == ["Kasia", "Milo"]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Kasia", "depth": 3, "response": "met", "response_index": 7}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android_us"


def test_fxh01_paramedic_dread_answered_with_referrals() -> None:
    entry = BY_FILE["fxh01.jsonl"]
    rows = rows_of(FOLDER / "fxh01.jsonl")
    # Rhian's dread (0) gets occupational health (1); "his mum's face" (4) gets the breathing app (5).
    assert "dreading every shift" in rows[0]["text"] and "occupational health" in rows[1]["text"]
    assert "his mum's face" in rows[4]["text"] and "breathing one" in rows[5]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(rows) == 9 and entry["split"] == "dev"


def test_fxh02_two_colleagues_fix_a_teachers_fear() -> None:
    entry = BY_FILE["fxh02.vtt"]
    cues = cues_of(FOLDER / "fxh02.vtt")
    assert "feel sick every time I open my inbox" in cues[0] and "turn off notifications" in cues[1]
    assert "bad teacher" in cues[3] and "Write a timeline" in cues[4]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Gemma", "advice", 1),
        (3, "Gemma", "advice", 4),
    ]
    assert entry["speakers"] == ["Gemma", "Kerry", "Phil"] and entry["format"] == "teams_vtt"


def test_unh08_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["unh08.srt"]
    cues = cues_of(FOLDER / "unh08.srt")
    # Wendy's caller (2) gets Craig's bare "Mm." (3), then Wendy closes it herself (4): none.
    assert "wife left him" in cues[2] and cues[3] == "Craig: Mm." and "back on in five" in cues[4]
    assert len(cues) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Wendy", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 2 and entry["split"] == "valid"


def test_unh10_disclosure_after_the_goodbyes() -> None:
    entry = BY_FILE["unh10.vtt"]
    cues = cues_of(FOLDER / "unh10.vtt")
    # The last cue (index 5): Sam after the goodbyes of a Teams call; nobody answers.
    assert "<v Sam>" in cues[5] and "haven't slept properly" in cues[5]
    assert len(cues) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Sam", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Debs", "Manager Kim", "Ollie", "Sam"] and entry["format"] == "teams_vtt"


def test_inh01_the_longest_is_an_incident_form() -> None:
    entry = BY_FILE["inh01.vtt"]
    cues = cues_of(FOLDER / "inh01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "Were you in the room when he fell?" in cues[0] and "Sign here." in cues[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["split"] == "dev"


def test_cfh01_valentines_night_shift() -> None:
    entry = BY_FILE["cfh01.txt"]
    lines = lines_of(FOLDER / "cfh01.txt")
    assert "You never think about anyone but the ward" in lines[0] and "Saint Ash" in lines[2]
    assert "lonely in this flat" in lines[6] and "not having this conversation" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mel", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "whatsapp_ios"


def test_cfh08_a_bystander_meets_the_feeling() -> None:
    entry = BY_FILE["cfh08.vtt"]
    cues = cues_of(FOLDER / "cfh08.vtt")
    # Jade's football (6) is met by Mia (7), not by Ryan, who defends again (8).
    assert "little boy's football" in cues[6] and cues[7].startswith("<v Mia>Jade, that's really rough")
    assert entry["disclosures"] == [{"index": 6, "speaker": "Jade", "depth": 3, "response": "met", "response_index": 7}]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "stonewalling"),
        (8, "defensiveness"),
        (9, "stonewalling"),
    ]
    assert entry["harsh_startup"] is True and entry["speakers"] == ["Jade", "Mia", "Ollie", "Ryan"]
