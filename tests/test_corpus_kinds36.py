"""corpus/kinds36 (the thirty-sixth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds36/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds36"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhg08_group_scrolls_past_then_goes_back() -> None:
    entry = BY_FILE["hhg08.txt"]
    lines = lines_of(FOLDER / "hhg08.txt")
    # Maya's depression (index 3) sits inside the cake plans; Carmen and Tasha talk past it (4-6); Lena's "maya go
    # back" (7) is the answer, so the response index is 7, not the next line.
    assert "started meds last month for depression" in lines[3] and "Elm st bakery" in lines[4]
    assert "maya go back" in lines[7] and "sertraline" in lines[11]
    assert len(lines) == entry["utterances"] == 21
    assert entry["speakers"] == ["Carmen", "Lena", "Maya", "Tasha"]
    assert entry["main_disclosure"] == 3
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Maya", "met", 7),
        (10, "Maya", "met", 11),
        (11, "Lena", "met", 12),
        (14, "Maya", "met", 15),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_hhg03_the_longest_is_a_sunday_lunch() -> None:
    entry = BY_FILE["hhg03.txt"]
    lines = lines_of(FOLDER / "hhg03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 13 (index 12): Luke's panic attacks since the crash, met by Sofia (13); Dan's supermarkets (21).
    assert "panic attacks" in lines[12] and lines[13].startswith("Sofia: Oh, Luke.")
    assert "couldn't go in supermarkets" in lines[21] and lines[-1] == "Luke: On it."
    assert entry["main_disclosure"] == 12
    assert [d["index"] for d in entry["disclosures"]] == [12, 14, 16, 18, 21, 27]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["format"] == "plain" and entry["split"] == "dev" and entry["speakers"] == ["Dan", "Luke", "Sofia"]


def test_ung01_camping_chat_never_answers_jess() -> None:
    entry = BY_FILE["ung01.txt"]
    lines = lines_of(FOLDER / "ung01.txt")
    # Jess (index 5) is followed by the bear canister (6); nobody ever replies to her.
    assert "since Noah left" in lines[5] and "bear canister" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jess", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 14 and len(entry["speakers"]) == 4
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_veg02_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["veg02.srt"]
    cues = cues_of(FOLDER / "veg02.srt")
    # Rob's fear of pushing back (7) is met by "That's horrible." (8); "invisible" (13) only gets "Mm." (14).
    assert "scared if I push back" in cues[7] and cues[8] == "Nadia: That's horrible."
    assert "invisible" in cues[13] and cues[14] == "Nadia: Mm."
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, 2, "met", 4),
        (7, 3, "met", 8),
        (13, 3, "none", None),
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "srt" and entry["utterances"] == 18


def test_veg08_the_answer_to_the_first_rant_comes_after_a_football_question() -> None:
    entry = BY_FILE["veg08.txt"]
    lines = lines_of(FOLDER / "veg08.txt")
    assert "southern rail" in lines[0] and "watching the game" in lines[1] and "brutal mate" in lines[3]
    assert "I dread every morning" in lines[6] and "that's grim mate" in lines[7]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 3),
        (4, 2, "met", 5),
        (6, 3, "met", 7),
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Darren", "Kev", "Wes"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_fxg07_two_brothers_fix_the_funding_fear() -> None:
    entry = BY_FILE["fxg07.vtt"]
    cues = cues_of(FOLDER / "fxg07.vtt")
    assert "I'm terrified" in cues[3] and "teaching fellowships" in cues[4]
    assert "wasted six years" in cues[9] and "Nobody's going to ask" in cues[10]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Hana", "advice", 4),
        (9, "Hana", "advice", 10),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Hana", "Karim", "Omar"]
    assert entry["format"] == "zoom_vtt" and entry["utterances"] == 16


def test_ung09_defensive_mother_then_the_turkey() -> None:
    entry = BY_FILE["ung09.jsonl"]
    rows = rows_of(FOLDER / "ung09.jsonl")
    assert "scared every night" in rows[1]["text"] and rows[2]["text"].startswith("I did my best, Aaron.")
    assert len(rows) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Aaron", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["horsemen"] == [{"index": 2, "kind": "defensiveness"}]
    assert entry["main_disclosure"] == 1 and entry["harsh_startup"] is None and entry["split"] == "valid"


def test_cfg01_flat_bill_harsh_start() -> None:
    entry = BY_FILE["cfg01.txt"]
    lines = lines_of(FOLDER / "cfg01.txt")
    assert "never once paid on time" in lines[0] and "whatever. I'll transfer it now" in lines[10]
    assert "everyone's mum" in lines[9] and lines[13].endswith("sent. happy?")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (5, "contempt"),
        (6, "defensiveness"),
        (9, "defensiveness"),
        (10, "stonewalling"),
        (13, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Sophie", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["format"] == "whatsapp_ios" and len(entry["speakers"]) == 3


def test_cfg07_gentle_start_about_the_music() -> None:
    entry = BY_FILE["cfg07.jsonl"]
    rows = rows_of(FOLDER / "cfg07.jsonl")
    assert "Could we agree on headphones" in rows[0]["text"] and rows[1]["text"].startswith("I mean, it's not")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(1, "defensiveness"), (3, "defensiveness")]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Ana", "depth": 2, "response": "deflected", "response_index": 1}
    ]


def test_hhg10_harsh_start_that_turns_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhg10.txt"]
    lines = lines_of(FOLDER / "hhg10.txt")
    assert "are you actually coming this time" in lines[0] and "the real reason I bailed" in lines[3]
    assert "called off the wedding" in lines[8] and "Keeley. oh no." in lines[9]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
    assert entry["main_disclosure"] == 3
    assert [(d["index"], d["speaker"]) for d in entry["disclosures"]] == [
        (3, "Ayo"),
        (5, "Ayo"),
        (7, "Ayo"),
        (8, "Keeley"),
        (10, "Keeley"),
        (12, "Keeley"),
        (16, "Keeley"),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"} and entry["format"] == "whatsapp_ios"


def test_side_disclosures_in_an_interrogation_and_a_lecture_are_not_main() -> None:
    ing05 = BY_FILE["ing05.txt"]
    lines = lines_of(FOLDER / "ing05.txt")
    assert "not looking forward to a week at your dad's" in lines[11] and "swim stuff" in lines[12]
    assert ing05["disclosures"] == [
        {"index": 11, "speaker": "Gary", "depth": 2, "response": "deflected", "response_index": 12}
    ]
    assert ing05["main_disclosure"] is None and ing05["format"] == "whatsapp_android"
    leg10 = BY_FILE["leg10.txt"]
    lines = lines_of(FOLDER / "leg10.txt")
    assert "stresses me out" in lines[5] and "you need a system" in lines[6]
    assert leg10["disclosures"] == [
        {"index": 5, "speaker": "Jasmine", "depth": 2, "response": "advice", "response_index": 6}
    ]
    assert leg10["main_disclosure"] is None and leg10["format"] == "whatsapp_ios_us" and leg10["split"] == "valid"
