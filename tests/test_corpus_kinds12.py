"""corpus/kinds12 (the twelfth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds12/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds12"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def texts_of(name: str) -> list[str]:
    """The text of each row of a JSONL file."""
    return [row["text"] for row in rows_of(FOLDER / name)]


def test_hhc02_the_nurse_who_froze() -> None:
    # Line 6 of the plain file (index 5): Priya froze at the crash call; Theo's next line (6) meets it. His own
    # first arrest (line 11, index 10) is a disclosure back, met by Priya's "You? Seriously?".
    lines = lines_of(FOLDER / "hhc02.txt")
    assert "I froze, Theo" in lines[5] and "feels like a week" in lines[6]
    assert "cried in the sluice room" in lines[10] and "You? Seriously?" in lines[11]
    entry = BY_FILE["hhc02.txt"]
    assert entry["main_disclosure"] == 5
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (5, "Priya", 3, "met", 6),
        (7, "Priya", 3, "met", 8),
        (10, "Theo", 3, "met", 11),
    ]
    assert entry["utterances"] == 21 and entry["speakers"] == ["Priya", "Theo"] and entry["harsh_startup"] is None


def test_cfc01_the_pans() -> None:
    # Thirteen messages; a "you NEVER" start-up; Femi's dread of coming home (index 9) is answered defensively (10).
    lines = lines_of(FOLDER / "cfc01.txt")
    assert len(lines) == 13
    assert "you NEVER wash up" in lines[0] and "dread coming home" in lines[9] and "did your share" in lines[10]
    entry = BY_FILE["cfc01.txt"]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Femi", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "criticism"),
        (5, "defensiveness"),
        (6, "contempt"),
        (7, "stonewalling"),
        (10, "defensiveness"),
        (11, "stonewalling"),
    ]


def test_unc05_a_bare_mm_is_no_answer() -> None:
    # Row 5 (index 4): forty years since he married Grace; the carer's "Mm." (4 -> none); the pepper soup (6) is
    # answered by the water glass (7): deflected.
    texts = texts_of("unc05.jsonl")
    assert "forty years today" in texts[4] and texts[5] == "Mm." and "pepper soup" in texts[6]
    assert "have you had your water" in texts[7]
    entry = BY_FILE["unc05.jsonl"]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Mr Okafor", "depth": 3, "response": "none", "response_index": None},
        {"index": 6, "speaker": "Mr Okafor", "depth": 2, "response": "deflected", "response_index": 7},
    ]


def test_fxc03_the_manager_reaches_for_a_matrix() -> None:
    # Teams cues: Jessica's overwhelm (cue 3, index 2) gets the Eisenhower matrix (3); her "not sure I can keep
    # going" (index 8) gets the backfill plan (9).
    cues = cues_of(FOLDER / "fxc03.vtt")
    assert len(cues) == 13
    assert "really overwhelmed" in cues[2] and "Eisenhower matrix" in cues[3]
    assert "keep going at this pace" in cues[8] and "backfill" in cues[9]
    entry = BY_FILE["fxc03.vtt"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev" and entry["main_disclosure"] == 2
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (8, "advice", 9),
    ]


def test_unc10_goodnights_then_no_reply() -> None:
    # Eight messages, three people: six goodnights, then Mo's disclosure (line 7, index 6) that nobody answers; the
    # last line is Mo's own "never mind", which is no reply by someone else.
    lines = lines_of(FOLDER / "unc10.txt")
    assert len(lines) == 8 and "sit in my car at lunch" in lines[6] and "never mind" in lines[7]
    entry = BY_FILE["unc10.txt"]
    assert entry["split"] == "valid" and entry["format"] == "whatsapp_android_us"
    assert entry["speakers"] == ["Gabe", "Mo", "Ruth"] and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mo", "depth": 3, "response": "none", "response_index": None}
    ]


def test_pfc07_a_slip_topped_in_a_performance() -> None:
    # Becca's "Some days I'm not coping" (line 6, index 5) is topped by Kate's gym and jeans (6): deflected, and the
    # conversation stays a performance.
    lines = lines_of(FOLDER / "pfc07.txt")
    assert "I'm not coping" in lines[5] and "pre-pregnancy jeans" in lines[6]
    entry = BY_FILE["pfc07.txt"]
    assert entry["kind"] == "performance" and entry["main_disclosure"] == 5 and entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Becca", "depth": 3, "response": "deflected", "response_index": 6}
    ]


def test_cfc06_the_hedge_repairs() -> None:
    # SRT cues: "You people never cut anything" (0), the invoice (1), the sarcastic framing (2), the fox-proofing
    # counter-attack (5) and "completely different" (6); Mrs Patel's widowhood (7) is met by Mr Hughes (8).
    cues = cues_of(FOLDER / "cfc06.srt")
    assert len(cues) == 15
    assert "never cut anything" in cues[0] and "frame the invoice" in cues[2] and "since Anil passed" in cues[7]
    assert "I didn't know about Anil" in cues[8]
    entry = BY_FILE["cfc06.srt"]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "criticism"),
        (6, "defensiveness"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Mrs Patel", "depth": 3, "response": "met", "response_index": 8}
    ]


def test_hhc09_the_longest_conversation() -> None:
    # 45 Zoom cues, three siblings; Rosa's diagnosis news (index 7) is met by Inés (8); five disclosures, all met.
    cues = cues_of(FOLDER / "hhc09.vtt")
    assert len(cues) == 45 and max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "I'm scared" in cues[7] and "four days on your own" in cues[8]
    entry = BY_FILE["hhc09.vtt"]
    assert entry["main_disclosure"] == 7 and len(entry["speakers"]) == 3
    assert [(d["index"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, 3, 8),
        (14, 3, 15),
        (16, 3, 17),
        (27, 3, 28),
        (29, 2, 30),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}


def test_set_totals_counted_from_the_manifest() -> None:
    # 100 files, 50 dev and 50 valid; every kind's x01..x05 dev and x06..x10 valid, one format per number.
    order = ["whatsapp_android", "plain", "teams_vtt", "whatsapp_ios_us", "jsonl"]
    order += ["srt", "whatsapp_ios", "plain_ts", "zoom_vtt", "whatsapp_android_us"]
    assert len(BY_FILE) == 100
    for name, entry in BY_FILE.items():
        number = int(name[3:5])
        assert entry["format"] == order[number - 1], name
        assert entry["split"] == ("dev" if number <= 5 else "valid"), name
