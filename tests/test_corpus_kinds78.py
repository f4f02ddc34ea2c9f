"""corpus/kinds78 (the seventy-eighth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds78/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds78"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyo03_the_longest_is_a_night_on_the_bank() -> None:
    entry = BY_FILE["hhyo03.txt"]
    lines = lines_of(FOLDER / "hhyo03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 12 (index 11): Robbo's panic attacks, met by Kev's "You're not losing it" (12); Col's sertraline (16).
    assert "panic things" in lines[11] and "You're not losing it" in lines[12]
    assert "sertraline" in lines[16] and "Get away" in lines[17]
    assert entry["main_disclosure"] == 11
    assert [(d["index"], d["speaker"], d["depth"], d["response"]) for d in entry["disclosures"]] == [
        (11, "Robbo", 3, "met"),
        (13, "Robbo", 3, "met"),
        (16, "Col", 3, "met"),
        (23, "Robbo", 2, "met"),
        (26, "Kev", 3, "met"),
        (35, "Robbo", 2, "met"),
    ]
    assert entry["speakers"] == ["Col", "Kev", "Robbo"] and entry["format"] == "plain" and entry["split"] == "dev"


def test_hhyo07_roofer_scared_of_heights() -> None:
    entry = BY_FILE["hhyo07.vtt"]
    cues = cues_of(FOLDER / "hhyo07.vtt")
    # Fourth cue (index 3): Ricky's slip on the Morton job; Sully's next cue asks why he didn't say.
    assert "Scared of heights" in cues[3] and "Bloody hell Rick" in cues[4]
    assert "came off a ladder in 2015" in cues[8] and "I didn't know that" in cues[9]
    assert len(cues) == entry["utterances"] == 14
    assert entry["disclosures"][0] == {
        "index": 3,
        "speaker": "Ricky",
        "depth": 3,
        "response": "met",
        "response_index": 4,
    }
    assert [d["index"] for d in entry["disclosures"]] == [3, 5, 8, 11]
    assert entry["main_disclosure"] == 3 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_unyo07_goodnight_then_no_reply() -> None:
    entry = BY_FILE["unyo07.txt"]
    lines = lines_of(FOLDER / "unyo07.txt")
    # After the goodnights, Robbo's sixth line (index 5) gets nothing; his own "ignore me" (6) is the last line.
    assert "what the point of any of it is" in lines[5] and "ignore me" in lines[6]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Robbo", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Col", "Kev", "Robbo"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyo08_bare_mm_is_not_the_answer() -> None:
    entry = BY_FILE["unyo08.srt"]
    cues = cues_of(FOLDER / "unyo08.srt")
    # Cue 1 (index 0): the divorce; Kev's "Mm." (1) is a bare token, the bait box (2) is the answer.
    assert "asked for a divorce" in cues[0] and cues[1] == "Kev: Mm." and "bait box" in cues[2]
    assert "Twenty two years" in cues[8] and "funny old game" in cues[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 2),
        (8, "deflected", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 10 and entry["format"] == "srt"


def test_fxyo01_drowning_answered_with_an_app() -> None:
    entry = BY_FILE["fxyo01.jsonl"]
    rows = rows_of(FOLDER / "fxyo01.jsonl")
    assert "I'm drowning with work" in rows[2]["text"] and "diary app" in rows[3]["text"]
    assert "letting everyone down" in rows[6]["text"] and "stop saying yes" in rows[7]["text"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Dean", "advice", 3),
        (6, "Dean", "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == len(rows) == 11
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_pfyo08_a_real_line_topped_in_a_performance() -> None:
    entry = BY_FILE["pfyo08.jsonl"]
    rows = rows_of(FOLDER / "pfyo08.jsonl")
    # Spud's "last time I was properly happy" (index 7) is answered by Benno's joke and Leeds 2015 (8).
    assert "properly happy" in rows[7]["text"] and "Leeds 2015" in rows[8]["text"]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Spud", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["main_disclosure"] is None and entry["kind"] == "performance" and entry["split"] == "valid"


def test_cfyo04_borrowed_drill_harsh_start() -> None:
    entry = BY_FILE["cfyo04.txt"]
    lines = lines_of(FOLDER / "cfyo04.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "You're a leech" in lines[0] and "Oh poor you" in lines[5]
    assert "it hurts that you only ring me" in lines[6] and "That's rich" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (3, "defensiveness"),
        (3, "contempt"),
        (4, "criticism"),
        (5, "contempt"),
        (7, "defensiveness"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 7
    assert entry["format"] == "plain" and entry["speakers"] == ["Kev", "Robbo"]


def test_cfyo10_van_dent_ends_in_a_walkout() -> None:
    entry = BY_FILE["cfyo10.txt"]
    lines = lines_of(FOLDER / "cfyo10.txt")
    assert lines[0].startswith("[00:00:") and "so careless" in lines[0]
    assert "scared to say anything" in lines[5] and "sob story" in lines[6] and "I'm going" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "criticism"),
        (6, "contempt"),
        (7, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfyo05_gentle_start_met_on_the_bench() -> None:
    entry = BY_FILE["cfyo05.txt"]
    lines = lines_of(FOLDER / "cfyo05.txt")
    # Nath's "not wanted" (index 2) is answered by Ade (4), not by Daz's aside (3).
    assert "not wanted" in lines[2] and "He's got a point" in lines[3] and "I hear you Nath" in lines[4]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (2, "met", 4),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(5, "defensiveness")]
    assert entry["format"] == "whatsapp_ios_us" and len(entry["speakers"]) == 4


def test_inyo06_ricky_back_on_site_has_no_disclosure() -> None:
    entry = BY_FILE["inyo06.vtt"]
    cues = cues_of(FOLDER / "inyo06.vtt")
    assert len(cues) == entry["utterances"] == 42
    assert cues[0].endswith("Sully: You're back then?") and cues[-1].endswith("Ricky: Cheers")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "zoom_vtt"
