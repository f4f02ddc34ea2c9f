"""corpus/kinds100 (the hundredth author's set: creative people and their work): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds100/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds100"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzk09_the_longest_is_a_band_van_after_a_festival() -> None:
    entry = BY_FILE["hhzk09.txt"]
    lines = lines_of(FOLDER / "hhzk09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Ruth's pregnancy (index 11) met by Kit (12); Benny's near-quitting (20) met by Ruth (21); Kit's fear of being
    # left alone in the rehearsal room (28) met by Benny (29).
    assert "I'm pregnant" in lines[11] and "Thank you for telling us" in lines[12]
    assert "almost quit" in lines[20] and "I didn't know that" in lines[21]
    assert "forty in a rehearsal room" in lines[28] and "Kit, mate" in lines[29]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (11, "Ruth", "met", 12),
        (18, "Ruth", "met", 19),
        (20, "Benny", "met", 21),
        (26, "Benny", "met", 27),
        (28, "Kit", "met", 29),
    ]
    assert entry["main_disclosure"] == 11 and entry["speakers"] == ["Benny", "Kit", "Ruth"]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_hhzk02_envy_confessed_after_the_critique() -> None:
    entry = BY_FILE["hhzk02.vtt"]
    cues = cues_of(FOLDER / "hhzk02.vtt")
    assert "thirtieth agent rejection" in cues[4] and "horrible three weeks" in cues[5]
    assert "I felt it about you too" in cues[7] and "I'm relieved" in cues[8]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Marcus", 5),
        (6, "Marcus", 7),
        (7, "Odile", 8),
        (8, "Priya", 9),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 4 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_vezk02_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["vezk02.srt"]
    cues = cues_of(FOLDER / "vezk02.srt")
    # "hating someone I actually love" (6) gets "That's rough" (7); "Twelve years of almost" (9) only "Mm." (10).
    assert "hating someone I actually love" in cues[6] and "That's rough" in cues[7]
    assert "Twelve years of almost" in cues[9] and cues[10] == "Sol: Mm."
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Nell", "depth": 3, "response": "met", "response_index": 7},
        {"index": 9, "speaker": "Nell", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == 15


def test_fxzk06_tips_first_and_sympathy_only_at_the_end() -> None:
    entry = BY_FILE["fxzk06.txt"]
    lines = lines_of(FOLDER / "fxzk06.txt")
    assert "I've lost it" in lines[2] and "brief in writing" in lines[3]
    assert "feel sick" in lines[6] and "Turn off notifications" in lines[7]
    assert "that sounds horrible" in lines[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_unzk08_after_the_goodnights_no_one_answers() -> None:
    entry = BY_FILE["unzk08.srt"]
    cues = cues_of(FOLDER / "unzk08.srt")
    assert len(cues) == entry["utterances"] == 6
    assert cues[4] == "Ruth: night x" and "too nice to ask me to leave" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ruth", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Benny", "Kit", "Ruth"]


def test_unzk10_a_defensive_answer_is_a_deflection() -> None:
    entry = BY_FILE["unzk10.vtt"]
    cues = cues_of(FOLDER / "unzk10.vtt")
    assert "it really hurt" in cues[2] and "a bit much to make my good news about you" in cues[3]
    assert "festival on the 12th" in cues[5]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Priya", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert entry["format"] == "teams_vtt" and entry["harsh_startup"] is None


def test_cfzk02_gentle_critique_complaint_handled_well() -> None:
    entry = BY_FILE["cfzk02.txt"]
    lines = lines_of(FOLDER / "cfzk02.txt")
    assert "I felt humiliated" in lines[0] and "I can see how it landed" in lines[1]
    assert "In fairness, I'm blunt" in lines[3]
    assert "makes me feel exposed" in lines[5] and "That makes sense" in lines[6]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (5, "met", 6),
    ]
    assert entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]


def test_cfzk06_plagiarism_row_in_the_writers_group() -> None:
    entry = BY_FILE["cfzk06.srt"]
    cues = cues_of(FOLDER / "cfzk06.srt")
    assert "too arrogant" in cues[0] and "Nobody owns lighthouses, Ivo" in cues[1]
    assert "about my brother" in cues[7] and "Don't make it a tragedy" in cues[8]
    assert "I'm leaving the group" in cues[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "contempt"),
        (4, "defensiveness"),
        (6, "criticism"),
        (8, "contempt"),
        (10, "stonewalling"),
        (11, "contempt"),
    ]
    assert entry["speakers"] == ["Ivo", "Marcus", "Odile"]


def test_cfzk10_we_need_to_talk_and_a_thumbs_up() -> None:
    entry = BY_FILE["cfzk10.txt"]
    lines = lines_of(FOLDER / "cfzk10.txt")
    assert "we need to talk" in lines[0] and "you're so selfish" in lines[4]
    assert "all I've got" in lines[8] and "give you a personality" in lines[9]
    assert lines[12].endswith("Ash: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "criticism"),
        (5, "contempt"),
        (9, "contempt"),
        (11, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_pfzk08_a_flat_third_voice_does_not_stop_the_brag_trading() -> None:
    entry = BY_FILE["pfzk08.jsonl"]
    rows = rows_of(FOLDER / "pfzk08.jsonl")
    assert len(rows) == entry["utterances"] == 10
    assert rows[1]["speaker"] == "Ivo" and "tea" in rows[1]["text"]
    assert "New Yorker" in rows[0]["text"] and "auction" in rows[2]["text"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Dev", "Ivo", "Marcus"] and entry["kind"] == "performance"
