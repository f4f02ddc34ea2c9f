"""corpus/kinds92 (the ninety-second author's set: co-parenting and step-families): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds92/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds92"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzc01_crying_in_the_car_park_met_and_returned() -> None:
    entry = BY_FILE["hhzc01.txt"]
    lines = lines_of(FOLDER / "hhzc01.txt")
    # Line 8 (index 7): Tom cried outside the Co-op; Claire's next message (8) meets it. Her own dread of the quiet
    # house (11) is met by Tom's "That's exactly it" (12).
    assert "Tom: Last time I dropped them back" in lines[7] and "Claire: Oh Tom" in lines[8]
    assert "Claire: Honestly I'm dreading" in lines[11] and "Tom: That's exactly it" in lines[12]
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Tom", "depth": 3, "response": "met", "response_index": 8},
        {"index": 11, "speaker": "Claire", "depth": 3, "response": "met", "response_index": 12},
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
    assert entry["speakers"] == ["Claire", "Tom"] and entry["harsh_startup"] is None


def test_hhzc05_the_gate_in_the_car_with_three_speakers() -> None:
    entry = BY_FILE["hhzc05.srt"]
    cues = cues_of(FOLDER / "hhzc05.srt")
    # Cue 10 (index 9): Jordan looks at the gate; Kwame (10) meets it. Mia's "I miss Daddy" (13) is met by
    # Kwame (14); Kwame's own father (15) is met by Jordan's "I didn't know that" (16).
    assert cues[9].startswith("Jordan: I always look at the gate") and cues[10].startswith("Kwame: That's a hard")
    assert cues[13] == "Mia: I miss Daddy too sometimes" and cues[14].startswith("Kwame: Course you do")
    assert "My dad left when I was eleven" in cues[15] and cues[16] == "Jordan: I didn't know that about your dad"
    assert len(cues) == entry["utterances"] == 22
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Jordan", "met", 10),
        (13, "Mia", "met", 14),
        (15, "Kwame", "met", 16),
    ]
    assert entry["main_disclosure"] == 9 and entry["speakers"] == ["Jordan", "Kwame", "Mia"]
    assert entry["format"] == "srt" and entry["split"] == "dev"


def test_hhzc10_harsh_start_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhzc10.txt"]
    lines = lines_of(FOLDER / "hhzc10.txt")
    assert "You always do this" in lines[0] and "inconvenient for you" in lines[1]
    assert "you never read past the first line" in lines[3] and "That's fair. I'm sorry" in lines[4]
    assert "She's scared and so am I" in lines[5] and "Of course you're scared" in lines[6]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "contempt"), (3, "criticism")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Nicola", "met", 6),
        (11, "Dean", "met", 12),
        (13, "Nicola", "met", 14),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_fxzc02_worst_dad_gets_a_shared_calendar() -> None:
    entry = BY_FILE["fxzc02.vtt"]
    cues = cues_of(FOLDER / "fxzc02.vtt")
    # Cue 2 (index 1): "the worst dad in the world", answered by Raj's calendar (2); index 4, "seeing her face",
    # answered by Becky's flowers (5).
    assert cues[1].startswith("<v Chris>") and "worst dad in the world" in cues[1]
    assert cues[2].startswith("<v Raj>You need a shared calendar")
    assert "keep seeing her face" in cues[4] and cues[5].startswith("<v Becky>Send her something")
    assert len(cues) == entry["utterances"] == 11
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Becky", "Chris", "Raj"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_vezc06_a_met_leftover_and_a_bare_mm() -> None:
    entry = BY_FILE["vezc06.txt"]
    lines = lines_of(FOLDER / "vezc06.txt")
    # Index 8, "the leftover from the old one", met by Kat's "Oh Harry" (9); index 11, staying at Jamal's, gets
    # only "Mm" (12): none.
    assert "Harry: Sometimes I think Dad's new family" in lines[8] and "Kat: Oh Harry" in lines[9]
    assert "don't even want to go home" in lines[11] and lines[12].endswith("Kat: Mm")
    assert len(lines) == entry["utterances"] == 15
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Harry", "depth": 3, "response": "met", "response_index": 9},
        {"index": 11, "speaker": "Harry", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inzc03_the_longest_is_a_grandmothers_car_ride() -> None:
    entry = BY_FILE["inzc03.txt"]
    lines = lines_of(FOLDER / "inzc03.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].endswith("Irene: Seatbelts on?") and lines[-1].endswith("Nell: He knows, Grandma")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Irene", "Kai", "Nell"] and entry["format"] == "plain_ts"


def test_unzc07_grandmothers_message_after_goodnight_gets_no_reply() -> None:
    entry = BY_FILE["unzc07.txt"]
    lines = lines_of(FOLDER / "unzc07.txt")
    assert lines[5].endswith("Lorraine: Night sweetheart") and "betraying one of you" in lines[6]
    assert len(lines) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Lorraine", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unzc09_phased_out_father_answered_defensively() -> None:
    entry = BY_FILE["unzc09.jsonl"]
    rows = rows_of(FOLDER / "unzc09.jsonl")
    assert rows[3]["speaker"] == "Marty" and "being phased out" in rows[3]["text"]
    assert rows[4]["speaker"] == "Lorna" and rows[4]["text"].startswith("Well if you turned up on time")
    assert len(rows) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Marty", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_cfzc01_late_handover_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfzc01.txt"]
    lines = lines_of(FOLDER / "cfzc01.txt")
    assert "You never think about anyone but yourself" in lines[0] and "Not everything is about you" in lines[1]
    assert "raising them on my own" in lines[5] and "nobody asked you to cover for me" in lines[6]
    assert lines[7].endswith("Nadine: Unbelievable") and lines[9].endswith("Nadine: Whatever")
    assert len(lines) == entry["utterances"] == 10
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (6, "defensiveness"),
        (7, "contempt"),
        (8, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Nadine", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfzc08_gentle_start_up_about_a_school_move() -> None:
    entry = BY_FILE["cfzc08.vtt"]
    cues = cues_of(FOLDER / "cfzc08.vtt")
    assert cues[0].startswith("<v Ali>") and "anxious about the school move" in cues[0]
    assert cues[4] == "<v Sara>You only do Tuesdays and Thursdays</v>"
    assert "scared of losing that" in cues[5] and cues[6].startswith("<v Sara>I didn't know")
    assert len(cues) == entry["utterances"] == 15
    assert entry["harsh_startup"] is False and entry["horsemen"] == [{"index": 4, "kind": "defensiveness"}]
    answers = [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert answers == [(0, "met", 1), (5, "met", 6)]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Ali", "Sara", "Tom"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"
