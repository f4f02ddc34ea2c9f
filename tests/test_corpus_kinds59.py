"""corpus/kinds59 (the fifty-ninth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds59/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds59"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def _row(d: dict[str, object]) -> tuple[object, ...]:
    """A disclosure as (index, speaker, depth, response, response_index)."""
    return (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"])


def test_hhxv02_the_longest_is_a_zoom_meetup_of_newcomers() -> None:
    entry = BY_FILE["hhxv02.vtt"]
    cues = cues_of(FOLDER / "hhxv02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Ben's divorce (13) is thanked by Priya (14); Tomasz's "not had a real conversation" (15) is the main one,
    # met by Adaeze (16); Adaeze's launderette (26) is met by Tomasz (27).
    assert "after a divorce" in cues[13] and cues[14].startswith("Priya: Thanks for sharing")
    assert "since October" in cues[15] and cues[16].startswith("Adaeze: Oh Tomasz")
    assert "cry in the launderette" in cues[26] and cues[27].startswith("Tomasz: The dryers")
    assert entry["main_disclosure"] == 15
    assert [_row(d) for d in entry["disclosures"]] == [
        (13, "Ben", 2, "met", 14),
        (15, "Tomasz", 3, "met", 16),
        (19, "Tomasz", 3, "met", 20),
        (20, "Ben", 3, "met", 21),
        (23, "Ben", 3, "met", 24),
        (26, "Adaeze", 3, "met", 27),
        (31, "Priya", 3, "met", 32),
        (34, "Tomasz", 2, "met", 35),
    ]
    assert entry["speakers"] == ["Adaeze", "Ben", "Priya", "Tomasz"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_hhxv06_grandmother_on_the_train() -> None:
    entry = BY_FILE["hhxv06.jsonl"]
    rows = rows_of(FOLDER / "hhxv06.jsonl")
    assert len(rows) == entry["utterances"] == 19
    # Kwame's guilt about not visiting (5); Margaret's own fury after her husband died (10), met by Kwame (11).
    assert "always had a reason not to go" in rows[5]["text"] and rows[6]["speaker"] == "Margaret"
    assert "furious for a month" in rows[10]["text"] and rows[11]["text"].startswith("I'm sorry. How long ago?")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Kwame", "met", 6),
        (7, "Kwame", "met", 8),
        (9, "Kwame", "met", 10),
        (10, "Margaret", "met", 11),
    ]
    assert entry["main_disclosure"] == 5 and entry["split"] == "valid" and entry["format"] == "jsonl"


def test_vexv02_taxi_vent_with_a_bare_mm() -> None:
    entry = BY_FILE["vexv02.srt"]
    cues = cues_of(FOLDER / "vexv02.srt")
    assert len(cues) == entry["utterances"] == 13
    # "all I'll ever be" (7) gets "Oh, that's hard" (8); "I'm invisible" (9) gets only "Mm" (10): none.
    assert "all I'll ever be" in cues[7] and cues[8] == "Driver: Oh, that's hard"
    assert "I'm invisible" in cues[9] and cues[10] == "Driver: Mm"
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Maeve", "depth": 3, "response": "met", "response_index": 8},
        {"index": 9, "speaker": "Maeve", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxxv02_loneliness_answered_with_apps_and_a_cat() -> None:
    entry = BY_FILE["fxxv02.vtt"]
    cues = cues_of(FOLDER / "fxxv02.vtt")
    assert len(cues) == entry["utterances"] == 13
    # Ji-woo's "lonely" (1) gets Dom's Meetup app (2); "nobody would notice" (7) gets Marcus's "Get a pet" (8).
    assert "lonely" in cues[1] and "Meetup app" in cues[2] and cues[2].startswith("<v Organiser Dom>")
    assert "nobody would notice" in cues[7] and cues[8].startswith("<v Marcus>Get a pet")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Ji-woo", "advice", 2),
        (7, "Ji-woo", "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "teams_vtt"
    assert entry["speakers"] == ["Ji-woo", "Marcus", "Organiser Dom", "Sanne"]


def test_inxv03_driver_asks_which_airline() -> None:
    entry = BY_FILE["inxv03.txt"]
    lines = lines_of(FOLDER / "inxv03.txt")
    assert len(lines) == entry["utterances"] == 16
    assert lines[9].endswith("Tom: Divorced. Last year. I don't see my daughter as much as I should")
    assert lines[10].endswith("Driver: Which airline?")
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Tom", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_unxv03_class_chat_moves_on_to_packed_lunches() -> None:
    entry = BY_FILE["unxv03.txt"]
    lines = lines_of(FOLDER / "unxv03.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "since the divorce" in lines[2] and "Pooja: Does anyone know if they need a packed lunch" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Aisling", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["speakers"] == ["Aisling", "Class Rep Jenny", "Mark", "Pooja"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_unxv10_cancer_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxv10.vtt"]
    cues = cues_of(FOLDER / "unxv10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert cues[5].startswith("<v Bernie>Sorry, one thing before we go") and "cancer's back" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Bernie", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfxv01_blocked_drive_harsh_start_and_a_sob_story() -> None:
    entry = BY_FILE["cfxv01.txt"]
    lines = lines_of(FOLDER / "cfxv01.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "You never think about anyone but yourself" in lines[0]
    assert "wheelchair" in lines[5] and "Everyone's got a sob story" in lines[6]
    assert lines[7].endswith("Shona: Right. I'm done talking to you")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "contempt"),
        (6, "contempt"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Shona", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxv05_deposit_dispute_with_a_gentle_start() -> None:
    entry = BY_FILE["cfxv05.txt"]
    lines = lines_of(FOLDER / "cfxv05.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "I'm a bit upset" in lines[0] and "anxious about money" in lines[4] and "Found it" in lines[5]
    assert entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [_row(d) for d in entry["disclosures"]] == [
        (4, "Lena", 3, "met", 5),
        (8, "Paul", 2, "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios_us"


def test_stxv02_airport_run_is_seven_lines_of_logistics() -> None:
    entry = BY_FILE["stxv02.txt"]
    lines = lines_of(FOLDER / "stxv02.txt")
    assert len(lines) == entry["utterances"] == 7 and min(e["utterances"] for e in BY_FILE.values()) == 6
    assert lines[0] == "Driver: Morning. Terminal two, is it?" and lines[-1].startswith("Driver: Card's fine")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "plain" and entry["split"] == "dev"
