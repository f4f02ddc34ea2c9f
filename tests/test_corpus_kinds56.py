"""corpus/kinds56 (the fifty-sixth author's set, work life): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds56/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds56"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxs02_the_longest_is_a_retro_that_turns_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxs02.vtt"]
    cues = cues_of(FOLDER / "hhxs02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Sixth cue (index 5): Kwame awake at four over the payment bug; Marcus's next cue asks how long.
    assert cues[5].startswith("Kwame:") and "waking up at four" in cues[5]
    assert "How long has that been going on" in cues[6]
    # The lead's own disclosures (23, 25) are met by Kwame (24) and Aisling (26).
    assert "failing you all" in cues[23] and "big thing to say" in cues[24]
    assert entry["main_disclosure"] == 5
    assert entry["disclosures"][0] == {
        "index": 5,
        "speaker": "Kwame",
        "depth": 3,
        "response": "met",
        "response_index": 6,
    }
    assert [(d["index"], d["speaker"]) for d in entry["disclosures"][-2:]] == [(23, "Marcus"), (25, "Marcus")]
    assert all(d["response"] == "met" for d in entry["disclosures"]) and len(entry["disclosures"]) == 10
    assert entry["speakers"] == ["Aisling", "Kwame", "Marcus", "Sofia"] and entry["format"] == "zoom_vtt"
    assert entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhxs05_two_managers_after_delivering_redundancies() -> None:
    entry = BY_FILE["hhxs05.srt"]
    cues = cues_of(FOLDER / "hhxs05.srt")
    # Index 3: Nadia shaking in the loo, met by Owen (4); index 8: Owen's daughter, met by Nadia's question (9).
    assert "sat in the disabled loo and shook" in cues[3] and "right reaction to a wrong day" in cues[4]
    assert "couldn't answer her" in cues[8] and cues[9] == "Nadia: God. What did you say?"
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Nadia", "met", 4),
        (5, "Nadia", "met", 6),
        (8, "Owen", "met", 9),
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == 14 and entry["format"] == "srt"


def test_vexs01_credit_taking_rant_with_a_bare_mm() -> None:
    entry = BY_FILE["vexs01.txt"]
    lines = lines_of(FOLDER / "vexs01.txt")
    assert len(lines) == entry["utterances"] == 16
    # Index 7 (small and stupid) met by "that's horrible" (8); index 12 (wondering whether to stay) gets only "mm".
    assert "so small and stupid" in lines[7] and "that's horrible" in lines[8]
    assert "even want to stay here" in lines[12] and lines[13].endswith("Sam: mm")
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Leah", "depth": 3, "response": "met", "response_index": 8},
        {"index": 9, "speaker": "Leah", "depth": 3, "response": "met", "response_index": 10},
        {"index": 12, "speaker": "Leah", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_inxs05_a_struggle_answered_by_the_next_closed_question() -> None:
    entry = BY_FILE["inxs05.txt"]
    lines = lines_of(FOLDER / "inxs05.txt")
    assert len(lines) == entry["utterances"] == 15
    assert "struggling a bit since the team changes" in lines[9] and "get it done by Friday?" in lines[10]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Ellie", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["kind"] == "interrogation"
    assert entry["format"] == "whatsapp_android" and entry["speakers"] == ["Ahmed", "Ellie"]


def test_unxs03_at_risk_letter_turned_to_his_own_story_then_no_reply() -> None:
    entry = BY_FILE["unxs03.txt"]
    lines = lines_of(FOLDER / "unxs03.txt")
    assert len(lines) == entry["utterances"] == 9
    # Index 2: the at-risk letter; Marcus's next message (3) is his own redundancy at Barlows. The last message
    # (8), scared about the mortgage, gets no reply at all.
    assert "at-risk letter" in lines[2] and "happened to me at Barlows" in lines[3]
    assert "scared about the mortgage" in lines[8]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Fern", "depth": 3, "response": "deflected", "response_index": 3},
        {"index": 8, "speaker": "Fern", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios"


def test_unxs09_apology_after_the_goodbyes() -> None:
    entry = BY_FILE["unxs09.jsonl"]
    rows = rows_of(FOLDER / "unxs09.jsonl")
    assert len(rows) == entry["utterances"] == 13
    assert rows[4]["speaker"] == "Dev" and "cost me my job" in rows[4]["text"]
    assert rows[5]["text"].startswith("Let's not get into that now")
    assert rows[12]["speaker"] == "Dev" and "don't care" in rows[12]["text"]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, 3, "deflected", 5),
        (12, 2, "none", None),
    ]
    assert entry["speakers"] == ["Alison", "Carys", "Dev", "Ravi"] and entry["split"] == "valid"


def test_fxxs07_three_feelings_three_tips() -> None:
    entry = BY_FILE["fxxs07.vtt"]
    cues = cues_of(FOLDER / "fxxs07.vtt")
    assert len(cues) == entry["utterances"] == 18
    assert "nervous about the move" in cues[1] and "one-page summary" in cues[2]
    assert "made them cry" in cues[5] and "get ahead of it" in cues[6]
    assert "a bit abandoned" in cues[13] and "ninety-day plan" in cues[14]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (5, "advice", 6),
        (13, "advice", 14),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_cfxs08_gentle_start_answered_defensively() -> None:
    entry = BY_FILE["cfxs08.vtt"]
    cues = cues_of(FOLDER / "cfxs08.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert cues[0].startswith("<v Fiona>") and "I was frustrated" in cues[0]
    assert "came from finance" in cues[1] and "Forget it." in cues[9] and cues[11] == "<v Jack>Fine.</v>"
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Fiona", "deflected", 1),
        (7, "Jack", "met", 8),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (9, "stonewalling"),
        (11, "stonewalling"),
    ]
    assert entry["format"] == "teams_vtt"


def test_cfxs10_retro_row_about_credit() -> None:
    entry = BY_FILE["cfxs10.txt"]
    lines = lines_of(FOLDER / "cfxs10.txt")
    assert len(lines) == entry["utterances"] == 28
    assert "Every retro, Daniel gets thanked" in lines[0]
    assert "I'm hurt" in lines[7] and "Welcome to corporate life" in lines[8]
    assert "feeling a bit stupid" in lines[13] and "You're not stupid" in lines[14]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, 2, "deflected", 6),
        (7, 3, "deflected", 8),
        (13, 3, "met", 14),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (6, "defensiveness"),
        (8, "contempt"),
        (10, "defensiveness"),
        (12, "defensiveness"),
        (15, "stonewalling"),
        (21, "contempt"),
        (23, "stonewalling"),
    ]
    assert entry["speakers"] == ["Daniel", "Lauren", "Priya", "Tom"] and entry["format"] == "plain_ts"


def test_set_totals() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert min(e["utterances"] for e in entries) == 7
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 39
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 52
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 85,
        "advice": 21,
        "deflected": 20,
        "none": 5,
    }
