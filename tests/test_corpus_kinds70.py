"""corpus/kinds70 (the seventieth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds70/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds70"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unyg05_the_longest_is_a_ranked_night_that_talks_over_kestrel() -> None:
    entry = BY_FILE["unyg05.vtt"]
    cues = cues_of(FOLDER / "unyg05.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 19 (index 18): the fertility clinic, joked off by Rook (19); cue 28 (index 27): "really struggling", after
    # which the round's callouts run on ("one down") and nobody answers it.
    assert "fertility clinic" in cues[18] and cues[19].startswith("Rook: ha, at least the clinic")
    assert "really struggling" in cues[27] and cues[28] == "Bubbles: one down"
    assert entry["disclosures"] == [
        {"index": 18, "speaker": "Kestrel", "depth": 3, "response": "deflected", "response_index": 19},
        {"index": 27, "speaker": "Kestrel", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 18 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"
    assert entry["speakers"] == ["Bubbles", "Kestrel", "Rook", "Vex"]


def test_unyg07_choir_raffle_talks_past_toms_news() -> None:
    entry = BY_FILE["unyg07.txt"]
    lines = lines_of(FOLDER / "unyg07.txt")
    # Line 4 (index 3): Jean's cancer is back, answered by Ruth's request for ticket sellers (4); Tom's last message
    # (index 9, after the thank-yous) gets no reply at all.
    assert "cancer has come back" in lines[3] and "do the tickets" in lines[4]
    assert "can't really face people" in lines[9] and len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Tom", "depth": 3, "response": "deflected", "response_index": 4},
        {"index": 9, "speaker": "Tom", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_cfyg01_subs_row_harsh_start_and_thumbs_up() -> None:
    entry = BY_FILE["cfyg01.txt"]
    lines = lines_of(FOLDER / "cfyg01.txt")
    assert "you NEVER pay your subs" in lines[0] and "embarrassing asking my missus" in lines[5]
    assert "can't budget" in lines[6] and lines[11].endswith("Baz: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "contempt"),
        (6, "contempt"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Kofi", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["speakers"] == ["Baz", "Dev", "Kofi", "Sean"]


def test_cfyg04_gentle_start_met_first_by_an_excuse() -> None:
    entry = BY_FILE["cfyg04.txt"]
    lines = lines_of(FOLDER / "cfyg04.txt")
    # Jess's gentle start-up (0) is answered defensively (1), her second try (2) is met (3).
    assert "I felt really unsafe" in lines[0] and "I just checked one message" in lines[1]
    assert "It really scared me" in lines[2] and "That's fair" in lines[3]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (2, "met", 3),
    ]
    assert entry["format"] == "plain" and entry["utterances"] == len(lines) == 9


def test_fxyg08_panic_attacks_get_breathing_tips() -> None:
    entry = BY_FILE["fxyg08.txt"]
    lines = lines_of(FOLDER / "fxyg08.txt")
    assert "panic attacks" in lines[0] and "Box breathing" in lines[1]
    assert "scared of letting you all down" in lines[3] and "play outfield" in lines[4]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Liam", "advice", 1),
        (3, "Liam", "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["split"] == "valid" and entry["speakers"] == ["Dev", "Kofi", "Liam"]


def test_veyg10_bare_mm_after_self_blame_is_none() -> None:
    entry = BY_FILE["veyg10.txt"]
    lines = lines_of(FOLDER / "veyg10.txt")
    assert "scared of that happening again" in lines[4] and "real fear" in lines[5]
    assert "my own fault" in lines[8] and lines[9] == "Fi: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "met", 5),
        (6, "met", 7),
        (8, "none", None),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain" and entry["utterances"] == 11


def test_hhyg08_team_meets_kofis_loss() -> None:
    entry = BY_FILE["hhyg08.txt"]
    lines = lines_of(FOLDER / "hhyg08.txt")
    # A flooded pitch, then Kofi's father (index 3), met by Dev (4); Dev's own grandad (11) answered by Kofi (12).
    assert "my dad passed away" in lines[3] and "I'm so sorry mate" in lines[4]
    assert "my grandad went the same way" in lines[11] and "thanks lads" in lines[12]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Kofi", "met", 4),
        (6, "Kofi", "met", 7),
        (9, "Kofi", "met", 10),
        (11, "Dev", "met", 12),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_android_us"
    assert entry["utterances"] == len(lines) == 16 and entry["speakers"] == ["Dev", "Kofi", "Sean"]


def test_inyg09_coach_keeps_asking_closed_questions() -> None:
    entry = BY_FILE["inyg09.srt"]
    cues = cues_of(FOLDER / "inyg09.srt")
    assert len(cues) == entry["utterances"] == 16
    assert "like I'm good enough for the boat" in cues[9] and "Tuesday and Thursday" in cues[10]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Izzy", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "srt" and entry["split"] == "valid"


def test_hhyg06_late_voice_chat_about_moving_out() -> None:
    entry = BY_FILE["hhyg06.jsonl"]
    rows = rows_of(FOLDER / "hhyg06.jsonl")
    assert len(rows) == entry["utterances"] == 18
    assert "kind of terrified" in rows[4]["text"] and rows[5]["speaker"] == "Kestrel"
    assert "pretended it was about the boiler" in rows[9]["text"] and rows[10]["text"] == "ha. the boiler"
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Vex", "met", 5),
        (6, "Vex", "met", 7),
        (9, "Kestrel", "met", 10),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "jsonl" and entry["speakers"] == ["Kestrel", "Vex"]
