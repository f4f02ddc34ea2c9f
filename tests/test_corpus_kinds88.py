"""corpus/kinds88 (the eighty-eighth author's set: couples at a turning point): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds88/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds88"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_inyy01_the_longest_is_forty_five_closed_questions_about_an_affair() -> None:
    entry = BY_FILE["inyy01.vtt"]
    cues = cues_of(FOLDER / "inyy01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0] == "<v Rachel>Who is Kat?</v>" and "That's enough for tonight" in cues[44]
    # Cue 34 (index 33): Owen's one feeling, answered by the next closed question about the new number.
    assert "hated myself" in cues[33] and "new number" in cues[34]
    assert entry["disclosures"] == [
        {"index": 33, "speaker": "Owen", "depth": 3, "response": "deflected", "response_index": 34}
    ]
    assert entry["main_disclosure"] == 33 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_unyy07_failed_round_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyy07.txt"]
    lines = lines_of(FOLDER / "unyy07.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "Goodnight everyone" in lines[0] and "can't stop crying" in lines[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Priya", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Anjali", "Mum", "Priya", "Tom"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_cfyy04_contempt_start_and_a_walk_out_as_the_answer() -> None:
    entry = BY_FILE["cfyy04.txt"]
    lines = lines_of(FOLDER / "cfyy04.txt")
    assert "How's Kat?" in lines[0] and lines[7] == "Owen: ..."
    # Line 11 (index 10): Rachel's fear; her own "Nothing." (11) is not a reply; Owen's walk-out (12) is.
    assert "terrified" in lines[10] and "Nothing. Right." in lines[11] and "going for a walk" in lines[12]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 10
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Rachel", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "contempt"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "criticism"),
        (5, "stonewalling"),
        (6, "criticism"),
        (7, "stonewalling"),
        (9, "defensiveness"),
        (12, "stonewalling"),
        (13, "contempt"),
    ]


def test_fxyy04_mother_and_husband_both_fix() -> None:
    entry = BY_FILE["fxyy04.txt"]
    lines = lines_of(FOLDER / "fxyy04.txt")
    assert "I cry almost every day" in lines[1] and "Italian women's club" in lines[2]
    assert "stopped existing" in lines[6] and "botanic gardens" in lines[7]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Sofia", "advice", 2),
        (6, "Sofia", "advice", 7),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Dan", "Lucia", "Sofia"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_veyy06_token_then_a_bare_mm() -> None:
    entry = BY_FILE["veyy06.txt"]
    lines = lines_of(FOLDER / "veyy06.txt")
    assert len(lines) == entry["utterances"] == 16
    # "That sounds horrible" (11) meets the container line (10); the bare "Mm." (13) leaves line 12 unanswered.
    assert "container" in lines[10] and "That sounds horrible" in lines[11]
    assert "for nothing" in lines[12] and lines[13].endswith("Anjali: Mm.")
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 11},
        {"index": 12, "speaker": "Priya", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 10 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_hhyy05_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhyy05.srt"]
    cues = cues_of(FOLDER / "hhyy05.srt")
    assert len(cues) == entry["utterances"] == 21
    assert "You never tell me the truth" in cues[0] and "That's not fair" in cues[1]
    assert "lonely in our marriage" in cues[5] and cues[6] == "Rachel: Lonely. In our house. With me in it."
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 5
    assert [(d["index"], d["speaker"], d["depth"], d["response"]) for d in entry["disclosures"]] == [
        (5, "Owen", 3, "met"),
        (8, "Owen", 2, "met"),
        (9, "Rachel", 3, "met"),
        (13, "Rachel", 3, "met"),
        (15, "Rachel", 3, "met"),
    ]


def test_unyy10_boss_moves_to_the_numbers() -> None:
    entry = BY_FILE["unyy10.vtt"]
    cues = cues_of(FOLDER / "unyy10.vtt")
    assert "I brought her here and broke something" in cues[2] and "Q3 numbers" in cues[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Dan", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["utterances"] == 11 and entry["speakers"] == ["Dan", "Grant", "Meera"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfyy07_gentle_start_up_with_one_defensive_line() -> None:
    entry = BY_FILE["cfyy07.jsonl"]
    rows = rows_of(FOLDER / "cfyy07.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert "the poor boy" in rows[0]["text"] and rows[1]["text"].startswith("Oh. I didn't realise")
    assert "doesn't mean anything by it" in rows[2]["text"] and "villain" in rows[6]["text"]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 2, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Luca", "met", 1),
        (6, "Jess", "met", 7),
    ]


def test_fxyy10_health_visitor_and_husband_fix() -> None:
    entry = BY_FILE["fxyy10.srt"]
    cues = cues_of(FOLDER / "fxyy10.srt")
    assert "I cry most afternoons" in cues[1] and "Edinburgh questionnaire" in cues[2]
    assert "better mum" in cues[5] and cues[6].startswith("Kofi: We could get Mum")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (5, "advice", 6),
    ]
    assert entry["speakers"] == ["Kofi", "Lorraine", "Nadia"] and entry["format"] == "srt"


def test_small_talk_discussion_lecture_and_performance_have_no_main() -> None:
    for entry in BY_FILE.values():
        if entry["kind"] in ("small_talk", "discussion", "lecture", "performance"):
            assert entry["main_disclosure"] is None and entry["disclosures"] == [], entry["file"]
