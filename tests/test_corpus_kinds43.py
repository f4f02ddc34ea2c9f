"""corpus/kinds43 (the forty-third author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds43/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds43"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxf01_resit_met_by_reflection_and_a_lie_of_her_own() -> None:
    entry = BY_FILE["hhxf01.txt"]
    lines = lines_of(FOLDER / "hhxf01.txt")
    # Tom's third message (index 2), the frozen resit, met by Priya's reflection (3); her own driving-test lie (7)
    # is met by Tom's "wait really? you too?" (8).
    assert "froze on the second question" in lines[2] and "mind gone blank" in lines[3]
    assert "examiner was ill" in lines[7] and "you too?" in lines[8]
    assert len(lines) == entry["utterances"] == 18
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (2, "Tom", 3, "met", 3),
        (4, "Tom", 3, "met", 5),
        (7, "Priya", 2, "met", 8),
        (10, "Tom", 3, "met", 11),
        (13, "Tom", 3, "met", 14),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhxf07_panic_attacks_in_a_three_way_teams_call() -> None:
    entry = BY_FILE["hhxf07.vtt"]
    cues = cues_of(FOLDER / "hhxf07.vtt")
    # Fourth cue (index 3): Bilal's panic attack, met by Ruth (4); Ruth's resignation-email confession (8) and
    # Ngozi's "fourteen-year-old" (11) are the listeners' own disclosures, each met by Bilal.
    assert "panic attack in the toilets" in cues[3] and cues[4].startswith("<v Ruth>Oh Bilal.")
    assert "resignation email" in cues[8] and "fourteen-year-old" in cues[11]
    assert len(cues) == entry["utterances"] == 19
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Bilal", "met", 4),
        (7, "Bilal", "met", 8),
        (8, "Ruth", "met", 9),
        (11, "Ngozi", "met", 12),
        (14, "Bilal", "met", 15),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Bilal", "Ngozi", "Ruth"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_vexf02_night_shift_rant_gets_only_mm() -> None:
    entry = BY_FILE["vexf02.srt"]
    cues = cues_of(FOLDER / "vexf02.srt")
    # Tenth cue (index 9): "I don't know how much longer I can do this"; Gemma's next cue is a bare "Mm." -> none.
    assert "how much longer I can do this" in cues[9] and cues[10] == "Gemma: Mm."
    assert len(cues) == entry["utterances"] == 15
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Claire", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxxf03_loneliness_in_bristol_gets_two_friends_tips() -> None:
    entry = BY_FILE["fxxf03.txt"]
    lines = lines_of(FOLDER / "fxxf03.txt")
    # Hana's second message (index 1), answered first by Chloe's running club (2), then Aisha's app.
    assert "I feel really lonely" in lines[1] and "join a running club" in lines[2] and "Bumble BFF" in lines[3]
    assert len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Hana", "depth": 3, "response": "advice", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Aisha", "Chloe", "Hana"]
    assert entry["format"] == "whatsapp_android_us"


def test_inxf09_low_mood_answered_with_the_next_checklist_question() -> None:
    entry = BY_FILE["inxf09.srt"]
    cues = cues_of(FOLDER / "inxf09.srt")
    # Twelfth cue (index 11): Derek low since retiring; the nurse's next cue asks about his sleep hours.
    assert "pretty low since I retired" in cues[11] and "seven hours" in cues[12]
    assert len(cues) == entry["utterances"] == 17
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Derek", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["kind"] == "interrogation" and entry["split"] == "valid"


def test_unxf04_disclosure_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxf04.txt"]
    lines = lines_of(FOLDER / "unxf04.txt")
    # The last of six messages (index 5): Steph and Mark having a hard time; nothing follows it.
    assert "scared of being on my own" in lines[5] and "will do x" in lines[4]
    assert len(lines) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Steph", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxf09_body_image_dismissed_then_the_engagement_ring() -> None:
    entry = BY_FILE["unxf09.jsonl"]
    rows = rows_of(FOLDER / "unxf09.jsonl")
    # Row 0: avoiding mirrors, dismissed by "Don't be silly" (1); row 2 "I don't feel fine though", answered by the
    # engagement ring (3).
    assert "avoid mirrors" in rows[0]["text"] and rows[1]["text"].startswith("Don't be silly")
    assert rows[2]["text"] == "I don't feel fine though." and "engagement ring" in rows[3]["text"]
    assert len(rows) == entry["utterances"] == 8
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Naomi", "deflected", 1),
        (2, "Naomi", "deflected", 3),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl"


def test_cfxf01_dishes_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfxf01.txt"]
    lines = lines_of(FOLDER / "cfxf01.txt")
    assert "You never wash up" in lines[0] and "your majesty" in lines[2]
    assert "I'm your mum, not your flatmate" in lines[6] and "maybe move out" in lines[7]
    assert "Whatever. I'm going out." in lines[9]
    assert len(lines) == entry["utterances"] == 10
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "criticism"),
        (4, "criticism"),
        (7, "defensiveness"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Leanne", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "whatsapp_ios"


def test_cfxf10_christmas_row_ends_in_bed_and_sarcasm() -> None:
    entry = BY_FILE["cfxf10.txt"]
    lines = lines_of(FOLDER / "cfxf10.txt")
    assert lines[0].startswith("[00:00:01] Kate: We need to talk about Christmas.")
    assert "eating dinner alone" in lines[4] and "She could come to ours" in lines[5]
    assert "I'm going to bed" in lines[11] and lines[12].endswith("Kate: Of course you are.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4 and entry["format"] == "plain_ts"
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (8, "criticism"),
        (9, "criticism"),
        (11, "stonewalling"),
        (12, "contempt"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 5


def test_dixf07_the_longest_is_a_market_hall_panel() -> None:
    entry = BY_FILE["dixf07.txt"]
    lines = lines_of(FOLDER / "dixf07.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].startswith("[00:00:01] Chair: Thanks for coming on the panel.")
    assert lines[-1].endswith("Deepa: Keep what we can't rebuild, and be honest about what it costs.")
    assert entry["speakers"] == ["Chair", "Deepa", "Graham", "Rosa"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["split"] == "valid"
