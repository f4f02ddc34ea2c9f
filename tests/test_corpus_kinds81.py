"""corpus/kinds81 (the eighty-first author's set: people in recovery, their sponsors, sober friends and partners):
entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds81/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds81"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyr05_flat_at_two_years_after_a_meeting() -> None:
    entry = BY_FILE["hhyr05.srt"]
    cues = cues_of(FOLDER / "hhyr05.srt")
    # Fifth cue (index 4): Femi's "it's grey", explored by Claire (5); Rob's own eighteen months (7) meets Femi's
    # next line (6) and is met in turn by Femi (8); "where Danny lives" (11) is met by Claire (12).
    assert "it's grey" in cues[4] and cues[5].startswith("Claire: Grey.")
    assert cues[7].startswith("Rob: Mate, I had exactly that") and "most cheerful bloke" in cues[8]
    assert "where Danny lives" in cues[11] and "Thank you for saying that one" in cues[12]
    assert len(cues) == entry["utterances"] == 17
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Femi", "met", 5),
        (6, "Femi", "met", 7),
        (7, "Rob", "met", 8),
        (11, "Femi", "met", 12),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Claire", "Femi", "Rob"]
    assert entry["format"] == "srt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhyr08_a_fathers_apology_by_text() -> None:
    entry = BY_FILE["hhyr08.txt"]
    lines = lines_of(FOLDER / "hhyr08.txt")
    # Line 5 (index 4): Dad's lie about the school play, met by Ellie's "I knew" (5); her own hurt (6) is met by
    # Dad (7); her depth-2 thought (8) by Dad (9); "I don't deserve the card" (11) by Ellie (12).
    assert "missed your school play" in lines[4] and "I always knew" in lines[5]
    assert "it really hurt" in lines[6] and "I'd rather hear it" in lines[7]
    assert "don't deserve the card" in lines[11] and "you do." in lines[12]
    assert len(lines) == entry["utterances"] == 18
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Dad", "depth": 3, "response": "met", "response_index": 5},
        {"index": 6, "speaker": "Ellie", "depth": 3, "response": "met", "response_index": 7},
        {"index": 8, "speaker": "Ellie", "depth": 2, "response": "met", "response_index": 9},
        {"index": 11, "speaker": "Dad", "depth": 3, "response": "met", "response_index": 12},
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_veyr03_the_craving_at_work_drinks_gets_a_bare_mm() -> None:
    entry = BY_FILE["veyr03.jsonl"]
    rows = rows_of(FOLDER / "veyr03.jsonl")
    # Row 8: "I could just have one and be normal", answered only by "Mm." (9), so none; row 12 is met (13).
    assert "just have one and be normal" in rows[8]["text"] and rows[9]["text"] == "Mm."
    assert "stuck up" in rows[12]["text"] and rows[13]["text"] == "That's a horrible spot to be in."
    assert len(rows) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Liam", "depth": 3, "response": "none", "response_index": None},
        {"index": 12, "speaker": "Liam", "depth": 3, "response": "met", "response_index": 13},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_leyr05_missed_meetings_answered_by_a_sponsors_lecture() -> None:
    entry = BY_FILE["leyr05.txt"]
    lines = lines_of(FOLDER / "leyr05.txt")
    # The first line (index 0), "feeling really low", gets Vic's long "Low is exactly when you go" (1).
    assert "feeling really low" in lines[0] and "Low is exactly when you go" in lines[1]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Adam", "depth": 3, "response": "advice", "response_index": 1}
    ]
    assert entry["kind"] == "lecture" and entry["main_disclosure"] == 0 and entry["format"] == "plain_ts"


def test_fxyr02_christmas_party_dread_gets_two_friends_tips() -> None:
    entry = BY_FILE["fxyr02.vtt"]
    cues = cues_of(FOLDER / "fxyr02.vtt")
    # Cue 1 (index 0): Zara's dread, answered by Phil's "Bring your own drinks" (1); "I feel sick" (3) by his line (4).
    assert "genuinely dreading it" in cues[0] and "Bring your own drinks" in cues[1]
    assert "I feel sick" in cues[3] and "Have a line ready" in cues[4]
    assert len(cues) == entry["utterances"] == 11
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (3, "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Amber", "Phil", "Zara"]
    assert entry["format"] == "teams_vtt"


def test_unyr03_fear_of_relapse_joked_off() -> None:
    entry = BY_FILE["unyr03.txt"]
    lines = lines_of(FOLDER / "unyr03.txt")
    # Line 3 (index 2): Anna's fear he will drink when his father dies; Mark's joke (3), then dinner (4).
    assert "I'm scared that when he goes you'll drink" in lines[2] and "more likely to hit the bottle" in lines[3]
    assert "what's for dinner" in lines[4]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Anna", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_unyr10_relapse_told_after_everyone_has_left() -> None:
    entry = BY_FILE["unyr10.vtt"]
    cues = cues_of(FOLDER / "unyr10.vtt")
    # The goodbyes come first (2, 3); Abi's relapse (4) gets no reply, only her own "You've both left" (5).
    assert "Bye all" in cues[2] and "picked up on Sunday" in cues[4] and "You've both left" in cues[5]
    assert len(cues) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Abi", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Abi", "Jules", "Nat"] and entry["format"] == "teams_vtt"
    assert entry["main_disclosure"] == 4 and entry["split"] == "valid"


def test_cfyr04_stag_do_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cfyr04.txt"]
    lines = lines_of(FOLDER / "cfyr04.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "We need to talk" in lines[0] and "on water at your brother's fortieth?" in lines[4]
    assert "I'm frightened" in lines[6] and "You're being dramatic" in lines[7]
    assert "I'm not talking about this anymore" in lines[9] and lines[10] == "Ciara: Great."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "contempt"),
        (5, "criticism"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
        (10, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Ciara", "depth": 3, "response": "deflected", "response_index": 7}
    ]


def test_cfyr07_gentle_start_met_defensively_then_repaired() -> None:
    entry = BY_FILE["cfyr07.jsonl"]
    rows = rows_of(FOLDER / "cfyr07.jsonl")
    # Row 0: a feeling ("I feel shut out") and a specific request; Pete's "Eleven's not that late" (1) defends.
    assert "I feel shut out" in rows[0]["text"] and rows[1]["text"].startswith("Eleven's not that late")
    assert "I miss you" in rows[4]["text"] and "I'm scared of losing it" in rows[7]["text"]
    assert len(rows) == entry["utterances"] == 12
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Joanne", "deflected", 1),
        (4, "Joanne", "met", 5),
        (7, "Pete", "met", 8),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(1, "defensiveness"), (3, "defensiveness")]


def test_inyr06_the_longest_is_a_parents_zoom_check_in() -> None:
    entry = BY_FILE["inyr06.vtt"]
    cues = cues_of(FOLDER / "inyr06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[5] == "Alan: So. How many days now?" and cues[6] == "Jack: Twenty-three."
    assert cues[-1] == "Jack: Yeah. Bye."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Alan", "Jack", "Pauline"] and entry["format"] == "zoom_vtt"
