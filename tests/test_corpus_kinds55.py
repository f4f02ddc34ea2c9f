"""corpus/kinds55 (the fifty-fifth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds55/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds55"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxr01_a_short_late_night_heart_to_heart() -> None:
    entry = BY_FILE["hhxr01.txt"]
    lines = lines_of(FOLDER / "hhxr01.txt")
    # Leila's second message (index 2): she should have noticed; Nadia's next (3) shares the same blind spot.
    assert "I should have noticed mum" in lines[2] and "I was there too" in lines[3]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Leila", "depth": 3, "response": "met", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Leila", "Nadia"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhxr09_three_met_disclosures_between_brothers() -> None:
    entry = BY_FILE["hhxr09.txt"]
    lines = lines_of(FOLDER / "hhxr09.txt")
    # Sam's drinking (1), his shame (5), and Luke's own fear of their father (6), each met by the next line.
    assert "drinking more than I should" in lines[1] and "That can't have been easy" in lines[2]
    assert "wake up ashamed" in lines[5] and "how scared of him I was" in lines[6]
    assert "partly why it frightens me" in lines[7]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Sam", "met", 2),
        (5, "Sam", "met", 6),
        (6, "Luke", "met", 7),
    ]
    assert entry["main_disclosure"] == 1 and entry["utterances"] == 11
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_unxr06_the_longest_is_a_party_plan_that_skips_ellie() -> None:
    entry = BY_FILE["unxr06.txt"]
    lines = lines_of(FOLDER / "unxr06.txt")
    # Line 17 (index 16): five weeks of missed lectures; Ruth (17) jokes and turns to her own skipped stats.
    assert "terrified my parents are going to find out" in lines[16] and "join the club" in lines[17]
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert entry["disclosures"] == [
        {"index": 16, "speaker": "Ellie", "depth": 3, "response": "deflected", "response_index": 17}
    ]
    assert entry["main_disclosure"] == 16 and entry["speakers"] == ["Ellie", "Jack", "Ruth"]
    assert entry["format"] == "plain" and entry["split"] == "valid"


def test_unxr04_resits_after_the_goodnights_get_no_reply() -> None:
    entry = BY_FILE["unxr04.txt"]
    lines = lines_of(FOLDER / "unxr04.txt")
    # Mo's message after both goodnights (index 6); only Mo writes after it.
    assert "failed my resits" in lines[6]
    assert all(" - Mo: " in line for line in lines[6:])
    assert len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Mo", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxr08_two_disclosures_talked_past_on_a_call() -> None:
    entry = BY_FILE["unxr08.srt"]
    cues = cues_of(FOLDER / "unxr08.srt")
    # Cue 10 (index 9): Lisa has moved out, answered by the fantasy league (10); cue 20 (19): sitting in the car,
    # answered by "I'll tell her you're coming" (20).
    assert "Lisa's moved out" in cues[9] and "fantasy league" in cues[10]
    assert "sit in the car" in cues[19] and "I'll tell her you're coming" in cues[20]
    assert len(cues) == entry["utterances"] == 22
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Craig", "deflected", 10),
        (19, "Craig", "deflected", 20),
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "srt" and entry["speakers"] == ["Craig", "Ian"]


def test_vexr03_the_token_after_the_practice_round_and_a_bare_mm() -> None:
    entry = BY_FILE["vexr03.jsonl"]
    rows = rows_of(FOLDER / "vexr03.jsonl")
    # Row 13: "the practice round", met by Lou's "god meg. that's brutal" (14); row 25: scared it's over, answered
    # only by "mm" (26), which counts as none.
    assert "practice round" in rows[13]["text"] and "brutal" in rows[14]["text"]
    assert "actually over" in rows[25]["text"] and rows[26]["text"] == "mm"
    assert len(rows) == entry["utterances"] == 34
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Meg", "depth": 3, "response": "met", "response_index": 14},
        {"index": 25, "speaker": "Meg", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 13 and entry["speakers"] == ["Dani", "Lou", "Meg"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_fxxr07_a_new_mother_gets_slings_and_apps() -> None:
    entry = BY_FILE["fxxr07.vtt"]
    cues = cues_of(FOLDER / "fxxr07.vtt")
    # Cue 2 (index 1): crying every afternoon, answered by the sling (2); cue 11 (10): feeling nothing, answered by
    # the six-week check (11).
    assert "I cry every afternoon" in cues[1] and cues[2].startswith("Claire: Have you tried a sling")
    assert "feel nothing" in cues[10] and "six-week check" in cues[11]
    assert len(cues) == entry["utterances"] == 30
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (10, "advice", 11),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"
    assert entry["speakers"] == ["Becky", "Claire", "Jess"]


def test_cfxr01_harsh_start_over_a_pan() -> None:
    entry = BY_FILE["cfxr01.txt"]
    lines = lines_of(FOLDER / "cfxr01.txt")
    assert "you literally never do the washing up" in lines[0] and "saint Lucy" in lines[3]
    assert "your housekeeper" in lines[5] and "so dramatic" in lines[6]
    assert lines[10].endswith("Matt: whatever") and "going to bed" in lines[12]
    assert len(lines) == entry["utterances"] == 14
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (6, "contempt"),
        (8, "defensiveness"),
        (10, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Lucy", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxr08_gentle_start_that_meets_a_wall() -> None:
    entry = BY_FILE["cfxr08.vtt"]
    cues = cues_of(FOLDER / "cfxr08.vtt")
    # A feeling and a request (0) answered by a migraine and a counter-question (1); Leo shuts it down at 12.
    assert cues[0].startswith("<v Hana>Hey, can I say something?") and "migraine" in cues[1]
    assert "keeping count" in cues[4] and "You always make me feel guilty" in cues[6]
    assert "I miss you" in cues[9] and "You don't know half of it" in cues[10]
    assert "I can't do this now" in cues[12]
    assert len(cues) == entry["utterances"] == 16
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (4, "contempt"),
        (6, "criticism"),
        (8, "defensiveness"),
        (10, "defensiveness"),
        (12, "stonewalling"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (9, "deflected", 10),
    ]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfxr07_flatmates_and_the_bins() -> None:
    entry = BY_FILE["cfxr07.jsonl"]
    rows = rows_of(FOLDER / "cfxr07.jsonl")
    # Amy's double shifts (8) are answered by Rachel's "Everyone's busy" (9), itself contempt.
    assert "double shifts" in rows[8]["text"] and rows[9]["text"].startswith("Everyone's busy")
    assert rows[17]["text"] == "Whatever." and rows[23]["text"] == "Of course you have."
    assert len(rows) == entry["utterances"] == 26 and entry["speakers"] == ["Amy", "Dev", "Rachel"]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "criticism"),
        (5, "contempt"),
        (9, "contempt"),
        (11, "defensiveness"),
        (12, "criticism"),
        (13, "criticism"),
        (16, "defensiveness"),
        (17, "stonewalling"),
        (22, "stonewalling"),
        (23, "contempt"),
    ]


def test_inxr10_a_date_debrief_of_closed_questions() -> None:
    entry = BY_FILE["inxr10.jsonl"]
    rows = rows_of(FOLDER / "inxr10.jsonl")
    assert len(rows) == entry["utterances"] == 32
    assert rows[2]["text"] == "Did you go on the date?" and rows[-1]["text"] == "Amber."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_set_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 40
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert len(responses) == 84
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 47,
        "advice": 19,
        "deflected": 15,
        "none": 3,
    }
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 49
    short = [e for e in entries if e["kind"] == "heart_to_heart" and e["utterances"] <= 12]
    long_unmet = [e for e in entries if e["kind"] == "unmet_disclosure" and e["utterances"] >= 20]
    assert len(short) == 5 and len(long_unmet) == 5
