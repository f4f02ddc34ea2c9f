"""corpus/kinds33 (stoic voices: tradespeople, farmers, veterans, firefighters, teams, fathers and sons): entries
counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds33/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds33"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unz04_goodnight_then_a_line_nobody_answers() -> None:
    entry = BY_FILE["unz04.txt"]
    lines = lines_of(FOLDER / "unz04.txt")
    # Five goodnights, then Jonesy's last message (index 5) with no reply at all.
    assert len(lines) == entry["utterances"] == 6
    assert "Night all" in lines[0] and "don't see the point anymore" in lines[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jonesy", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Jonesy", "Macca", "Stevo"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhz03_the_longest_is_a_fishing_trip() -> None:
    entry = BY_FILE["hhz03.txt"]
    lines = lines_of(FOLDER / "hhz03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 12 (index 11): Tom and Claire are done; Len's next line (12) reflects it.
    assert "Claire and me are done" in lines[11] and "carrying it on your own" in lines[12]
    assert entry["main_disclosure"] == 11
    first = {"index": 11, "speaker": "Tom", "depth": 3, "response": "met", "response_index": 12}
    assert entry["disclosures"][0] == first
    assert [d["index"] for d in entry["disclosures"]] == [11, 17, 18, 24, 27, 28, 38]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["speakers"] == ["Len", "Tom"] and entry["format"] == "plain"


def test_cfz01_brothers_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cfz01.txt"]
    lines = lines_of(FOLDER / "cfz01.txt")
    assert len(lines) == entry["utterances"] == 14
    assert "You never pull your weight" in lines[0] and "Saint Lachlan" in lines[3]
    # Jack's fear for their father (7) is answered with a jibe (8).
    assert "You think I don't lie awake" in lines[7] and "get out of bed and do the fence" in lines[8]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Jack", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "contempt"),
        (5, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
        (12, "contempt"),
    ]
    assert entry["format"] == "whatsapp_ios"


def test_unz10_a_bare_mm_then_the_roster() -> None:
    entry = BY_FILE["unz10.vtt"]
    cues = cues_of(FOLDER / "unz10.vtt")
    # Alf's first time saying it out loud (1); Ron's "Mm." (2) is not the answer, his turn to the roster (3) is.
    assert "First time in fifty years" in cues[1] and cues[2] == "<v Ron Tate>Mm.</v>"
    assert "Anzac Day roster" in cues[3]
    assert len(cues) == entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Alf Peake", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 1 and len(entry["speakers"]) == 4
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_inz09_fear_answered_by_the_next_question() -> None:
    entry = BY_FILE["inz09.srt"]
    cues = cues_of(FOLDER / "inz09.srt")
    assert len(cues) == entry["utterances"] == 18
    assert "scared of doing it again" in cues[11] and "band work" in cues[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Ben", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["format"] == "srt" and entry["split"] == "valid"


def test_lez08_a_lecture_with_one_unanswered_line() -> None:
    entry = BY_FILE["lez08.vtt"]
    cues = cues_of(FOLDER / "lez08.vtt")
    # The sergeant's mate lost to trench foot (6); "Yes, Sergeant." (7) is a bare token: none. A lecture: no main.
    assert "trench foot in Bosnia" in cues[6] and cues[7].endswith("Yes, Sergeant.")
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Sgt Hollis", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] is None and entry["kind"] == "lecture"
    assert entry["utterances"] == 12 and entry["speakers"] == ["Cadet Ward", "Sgt Hollis"]
    assert entry["format"] == "zoom_vtt"


def test_fxz02_two_feelings_get_melatonin_and_a_phone_number() -> None:
    entry = BY_FILE["fxz02.vtt"]
    cues = cues_of(FOLDER / "fxz02.vtt")
    assert "Not sleeping" in cues[0] and "Melatonin" in cues[1]
    assert "I'm back there" in cues[8] and "psych line" in cues[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (8, "advice", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 12
    assert entry["speakers"] == ["Kenny Doyle", "Rob Hale", "Stu Bain"] and entry["format"] == "teams_vtt"


def test_vez03_station_closing_jsonl() -> None:
    entry = BY_FILE["vez03.jsonl"]
    rows = rows_of(FOLDER / "vez03.jsonl")
    assert len(rows) == entry["utterances"] == 15
    assert "closing a bit of me" in rows[10]["text"] and rows[11]["text"] == "Yeah, I get that."
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Shaz", "depth": 3, "response": "met", "response_index": 11}
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Kyle", "Shaz"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_hhz07_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhz07.vtt"]
    cues = cues_of(FOLDER / "hhz07.vtt")
    assert "nightmare on the stands" in cues[0] and "out of line" in cues[3]
    assert "stopped talking to me" in cues[5] and "rotten thing to sit with" in cues[6]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Stu Pearce", "met", 6),
        (10, "Wayne Cox", "met", 11),
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 18 and entry["format"] == "teams_vtt"


def test_pfz09_a_slip_topped_in_a_performance() -> None:
    entry = BY_FILE["pfz09.vtt"]
    cues = cues_of(FOLDER / "pfz09.vtt")
    assert "nearly broke me" in cues[9] and "That's pressure" in cues[10]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Lisa Brandt", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] is None and entry["kind"] == "performance" and entry["utterances"] == 12


def test_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 39
    assert min(e["utterances"] for e in entries) == 6
