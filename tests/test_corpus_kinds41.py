"""corpus/kinds41 (dating and early relationships): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds41/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds41"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxd01_screenshot_heartbreak_met_and_returned() -> None:
    entry = BY_FILE["hhxd01.txt"]
    lines = lines_of(FOLDER / "hhxd01.txt")
    # Jonah's fourth message (index 5), the screenshot, met by Priya (6); Priya's deleted app (13) met by Jonah (14).
    assert "found out from a screenshot" in lines[5] and "thank you for telling me" in lines[6]
    assert "i deleted the app" in lines[13] and "that's not intense" in lines[14]
    assert len(lines) == entry["utterances"] == 18
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Jonah", "met", 6),
        (9, "Jonah", "met", 10),
        (13, "Priya", "met", 14),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxd10_breakup_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxd10.vtt"]
    cues = cues_of(FOLDER / "unxd10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert "Raf broke up with me" in cues[5] and "night loves" in cues[3]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Pri", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Hen", "Pri", "Sal"] and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfxd01_never_introduce_me_harsh_start_and_goodnight() -> None:
    entry = BY_FILE["cfxd01.txt"]
    lines = lines_of(FOLDER / "cfxd01.txt")
    assert "you NEVER introduce me" in lines[0] and "i feel like a secret" in lines[5]
    assert "i've been really busy" in lines[6] and "going to sleep" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "defensiveness"),
        (3, "criticism"),
        (4, "contempt"),
        (6, "defensiveness"),
        (8, "stonewalling"),
        (9, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Mia", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["utterances"] == 11


def test_fxxd05_group_chat_reads_the_heart_and_fixes() -> None:
    entry = BY_FILE["fxxd05.txt"]
    lines = lines_of(FOLDER / "fxxd05.txt")
    # The screenshot described in words (1); Noah's fear (3) is answered by Finn's "propose a specific day" (4).
    assert "screenshot: her message" in lines[1]
    assert "scared i'm reading way too much" in lines[3] and "propose a specific day" in lines[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Noah", "depth": 3, "response": "advice", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Callum", "Finn", "Noah"]
    assert entry["format"] == "whatsapp_ios" and entry["utterances"] == 12


def test_vexd05_breadcrumbing_rant_with_short_tokens() -> None:
    entry = BY_FILE["vexd05.txt"]
    lines = lines_of(FOLDER / "vexd05.txt")
    # The bare "mm" (1) answers no disclosure; "i feel pathetic" (6) is met by "you're not pathetic babe" (7).
    assert lines[1].endswith("Freya: mm")
    assert "i feel pathetic" in lines[6] and "you're not pathetic" in lines[7]
    assert entry["disclosures"] == [{"index": 6, "speaker": "Isla", "depth": 3, "response": "met", "response_index": 7}]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android_us"


def test_hhxd09_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxd09.txt"]
    lines = lines_of(FOLDER / "hhxd09.txt")
    assert "You always go quiet on me" in lines[0] and "That came out harsh" in lines[2]
    assert "My dad used to go silent" in lines[4] and "That sounds really frightening" in lines[5]
    assert "my brother would mock it" in lines[9]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Priya", "met", 5),
        (9, "Sam", "met", 10),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inxd09_checklist_before_a_date_with_one_disclosure() -> None:
    entry = BY_FILE["inxd09.srt"]
    cues = cues_of(FOLDER / "inxd09.srt")
    assert len(cues) == entry["utterances"] == 20
    assert "moved to Canada" in cues[15] and "thanks for being honest" in cues[16]
    assert entry["disclosures"] == [
        {"index": 15, "speaker": "Theo", "depth": 2, "response": "met", "response_index": 16}
    ]
    assert entry["main_disclosure"] == 15 and entry["format"] == "srt"


def test_cfxd07_gentle_start_about_replies() -> None:
    entry = BY_FILE["cfxd07.jsonl"]
    rows = rows_of(FOLDER / "cfxd07.jsonl")
    assert "I feel a bit forgotten" in rows[0]["text"] and rows[1]["speaker"] == "Ben"
    assert "I get anxious when texts pile up" in rows[5]["text"] and "That sounds stressful" in rows[6]["text"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(3, "defensiveness")]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (5, "met", 6),
    ]
    assert len(rows) == entry["utterances"] == 12


def test_unxd02_valentines_disclosure_lost_to_a_proposal() -> None:
    entry = BY_FILE["unxd02.txt"]
    lines = lines_of(FOLDER / "unxd02.txt")
    assert "nobody is ever going to pick me" in lines[2] and "Rob just proposed" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Amber", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["speakers"] == ["Amber", "Beth", "Jas"] and entry["format"] == "plain_ts"


def test_inxd02_the_longest_is_a_date_debrief() -> None:
    entry = BY_FILE["inxd02.txt"]
    lines = lines_of(FOLDER / "inxd02.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "debrief NOW" in lines[0] and lines[-1].endswith("Mei: night 😴")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "whatsapp_android_us" and entry["speakers"] == ["Mei", "Shreya", "Tess"]
