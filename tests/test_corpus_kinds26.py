"""corpus/kinds26 (the twenty-sixth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds26/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds26"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhs05_the_longest_is_a_bedside_visit() -> None:
    entry = BY_FILE["hhs05.srt"]
    cues = cues_of(FOLDER / "hhs05.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Tenth cue (index 9): Harold never told his son he was proud of him; Martin's "Dad." (10) answers it.
    assert "proud of him" in cues[9] and cues[10] == "Martin: Dad."
    # Index 22: Brenda sleeping in the chair by the phone, met by Harold's "Why didn't you say?" (23).
    assert "sleep in the chair" in cues[22] and "Why didn't you say?" in cues[23]
    assert entry["main_disclosure"] == 9 and entry["speakers"] == ["Brenda", "Harold", "Martin"]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (9, "Harold", 3, "met", 10),
        (14, "Martin", 3, "met", 15),
        (22, "Brenda", 3, "met", 23),
        (26, "Brenda", 3, "met", 27),
        (29, "Martin", 2, "met", 30),
    ]
    assert entry["format"] == "srt" and entry["split"] == "dev"


def test_uns05_grandmothers_loneliness_after_the_goodbyes_gets_no_reply() -> None:
    entry = BY_FILE["uns05.vtt"]
    cues = cues_of(FOLDER / "uns05.vtt")
    # The last cue (index 13), after Jenny's "love you" (12): nobody answers.
    assert cues[12].startswith("Jenny: Bye, Mum") and "ever so lonely" in cues[13]
    assert len(cues) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Edna", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 13 and entry["format"] == "zoom_vtt"
    assert entry["speakers"] == ["Edna", "Jack", "Jenny", "Poppy"]


def test_ins04_frightened_mother_gets_another_closed_question() -> None:
    entry = BY_FILE["ins04.txt"]
    lines = lines_of(FOLDER / "ins04.txt")
    # Line 12 (index 11): too frightened to ask the registrar; Helen's next message (12) asks about the leaflet.
    assert "too frightened to ask" in lines[11] and "the leaflet about the biopsy" in lines[12]
    assert len(lines) == entry["utterances"] == 21
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Mum", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_ves03_a_bare_mm_leaves_the_care_home_guilt_unanswered() -> None:
    entry = BY_FILE["ves03.jsonl"]
    rows = rows_of(FOLDER / "ves03.jsonl")
    assert "failed her" in rows[8]["text"] and rows[8]["speaker"] == "Sid"
    assert rows[9]["text"] == "Mm." and rows[9]["speaker"] == "Gary"
    assert len(rows) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Sid", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "jsonl"


def test_fxs07_two_fears_get_plans_and_the_sympathy_comes_late() -> None:
    entry = BY_FILE["fxs07.vtt"]
    cues = cues_of(FOLDER / "fxs07.vtt")
    assert "lost my wife" in cues[1] and "you need respite" in cues[2]
    assert "she won't come out" in cues[9] and "Respite is temporary" in cues[10]
    assert "That sounds so lonely" in cues[13]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (9, "advice", 10),
    ]
    assert entry["main_disclosure"] == 1 and entry["split"] == "valid" and entry["format"] == "zoom_vtt"


def test_cfs08_family_call_harsh_start_and_a_mother_nobody_answers() -> None:
    entry = BY_FILE["cfs08.vtt"]
    cues = cues_of(FOLDER / "cfs08.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "you've always favoured him" in cues[0] and "spreadsheet" in cues[6]
    assert "invisible in this family" in cues[7] and "Think it through" in cues[8]
    assert "She's left the call" in cues[10] and "the thing you two fight about" in cues[11]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "contempt"),
        (2, "defensiveness"),
        (4, "defensiveness"),
        (6, "contempt"),
        (8, "contempt"),
        (9, "stonewalling"),
        (9, "criticism"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "Claire", "deflected", 8),
        (11, "Mum", "none", None),
    ]
    assert entry["format"] == "teams_vtt" and entry["speakers"] == ["Claire", "Mark", "Mum"]


def test_cfs10_job_loss_answered_with_criticism() -> None:
    entry = BY_FILE["cfs10.txt"]
    lines = lines_of(FOLDER / "cfs10.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "You never visit" in lines[0] and "I lost my job in September" in lines[5]
    assert "I'd have told you how to get another one" in lines[6] and lines[9].endswith("Marcus: Forget it.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Marcus", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (6, "criticism"),
        (7, "defensiveness"),
        (8, "defensiveness"),
        (9, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_les09_a_widows_fear_answered_by_a_security_lecture() -> None:
    entry = BY_FILE["les09.txt"]
    lines = lines_of(FOLDER / "les09.txt")
    assert lines[0].startswith("Sheila:") and "very nervous at night" in lines[0]
    assert lines[1].startswith("Ron: Well, you've asked the right man")
    assert len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Sheila", "depth": 3, "response": "advice", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["kind"] == "lecture" and entry["format"] == "plain"


def test_sts08_a_passing_disclosure_in_small_talk_has_no_main() -> None:
    entry = BY_FILE["sts08.txt"]
    lines = lines_of(FOLDER / "sts08.txt")
    assert "evenings long without him" in lines[5] and "Oh, I bet." in lines[6]
    assert entry["disclosures"] == [{"index": 5, "speaker": "Ian", "depth": 2, "response": "met", "response_index": 6}]
    assert entry["main_disclosure"] is None and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_hhs10_harsh_start_that_repairs_stays_a_heart_to_heart() -> None:
    entry = BY_FILE["hhs10.txt"]
    lines = lines_of(FOLDER / "hhs10.txt")
    assert "You never tell me anything" in lines[0] and "I don't need your permission" in lines[1]
    assert "frightened of being on my own" in lines[3] and "I had no idea it was that bad" in lines[4]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 3
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, 2, "met", 3),
        (3, 3, "met", 4),
        (8, 3, "met", 9),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"
