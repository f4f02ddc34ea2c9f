"""corpus/kinds95 (the ninety-fifth author's set: identity and family expectations): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds95/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds95"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzf06_the_longest_is_two_siblings_who_stopped_pretending() -> None:
    entry = BY_FILE["hhzf06.jsonl"]
    rows = rows_of(FOLDER / "hhzf06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Tobi's stage voice (10) met by Funmi's reflection (11); "can't eat before a show" (12) explored (13); Funmi's
    # thrown-away portfolio (22) and "whose is this?" (26), each met by Tobi's next row.
    assert "your father sold his car" in rows[10]["text"] and "so heavy to carry" in rows[11]["text"]
    assert "can't eat before a show" in rows[12]["text"] and rows[13]["text"] == "Lying how, to the audience?"
    assert "threw it away" in rows[22]["text"] and "whose is this?" in rows[26]["text"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "Tobi", "met", 11),
        (12, "Tobi", "met", 13),
        (22, "Funmi", "met", 23),
        (26, "Funmi", "met", 27),
    ]
    assert entry["main_disclosure"] == 10 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_hhzf02_three_cousins_on_a_zoom_call_each_disclose() -> None:
    entry = BY_FILE["hhzf02.vtt"]
    cues = cues_of(FOLDER / "hhzf02.vtt")
    assert len(cues) == entry["utterances"] == 19
    assert cues[5].startswith("Linh: Honestly? Terrified.") and cues[6].startswith("Bao: That's a lot of weight")
    assert "someone else's coat" in cues[9] and cues[10] == "Bao: Anh Minh, I never knew that."
    assert [(d["index"], d["speaker"], d["depth"], d["response"]) for d in entry["disclosures"]] == [
        (3, "Linh", 2, "met"),
        (5, "Linh", 3, "met"),
        (9, "Minh", 3, "met"),
        (13, "Bao", 2, "met"),
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Bao", "Linh", "Minh"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_unzf04_pharmacy_tears_answered_with_a_cousins_engagement() -> None:
    entry = BY_FILE["unzf04.txt"]
    lines = lines_of(FOLDER / "unzf04.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "I cry in the stockroom" in lines[3] and "Shalini's daughter got engaged" in lines[4]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Priya", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Dad", "Mum", "Priya"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unzf08_coming_out_after_goodnight_gets_no_reply() -> None:
    entry = BY_FILE["unzf08.srt"]
    cues = cues_of(FOLDER / "unzf08.srt")
    assert len(cues) == entry["utterances"] == 6
    assert cues[4].startswith("Leah: Mum, I think I'm gay.") and cues[5] == "Leah: Sorry. Ignore that. Night."
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Leah", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "srt" and entry["split"] == "valid"


def test_fxzf02_failed_medicine_met_with_an_appeal_plan_twice() -> None:
    entry = BY_FILE["fxzf02.vtt"]
    cues = cues_of(FOLDER / "fxzf02.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "kicking me off medicine" in cues[2] and "email the faculty" in cues[3]
    assert "such a failure" in cues[8] and "Just get the appeal email done" in cues[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (8, "advice", 9),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_cfzf01_father_and_son_harsh_start_over_caste() -> None:
    entry = BY_FILE["cfzf01.txt"]
    lines = lines_of(FOLDER / "cfzf01.txt")
    assert len(lines) == entry["utterances"] == 13
    assert "You never think about anyone but yourself" in lines[0] and "send the princess a card" in lines[2]
    assert "It makes me feel sick" in lines[7] and "Don't be dramatic" in lines[8]
    assert "I'm not discussing this" in lines[10] and lines[12].endswith("Do what you want. You always do.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (6, "contempt"),
        (8, "defensiveness"),
        (10, "stonewalling"),
        (12, "criticism"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Dev", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfzf09_four_sisters_and_a_sick_father_in_law() -> None:
    entry = BY_FILE["cfzf09.txt"]
    lines = lines_of(FOLDER / "cfzf09.txt")
    assert len(lines) == entry["utterances"] == 13
    assert "You always pick them over us" in lines[0] and "Hooyo cries at adverts" in lines[3]
    assert "Mo's dad is sick" in lines[7] and "Convenient." in lines[8] and "Whatever." in lines[11]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (4, "contempt"),
        (8, "contempt"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 8
    assert entry["speakers"] == ["Amal", "Farah", "Hodan", "Idil"] and entry["format"] == "whatsapp_android_us"


def test_cfzf10_gentle_start_about_a_surname_and_a_grandfather() -> None:
    entry = BY_FILE["cfzf10.txt"]
    lines = lines_of(FOLDER / "cfzf10.txt")
    assert len(lines) == entry["utterances"] == 13
    assert "I'm nervous about how you'll take it" in lines[0] and "You don't need to be nervous" in lines[1]
    assert "only thing I have from Yeye" in lines[6] and "I still haven't cried" in lines[8]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (0, "Mei", 2, "met", 1),
        (6, "Mei", 3, "met", 7),
        (8, "Dad", 3, "met", 9),
    ]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inzf07_a_question_list_brushes_off_the_one_real_answer() -> None:
    entry = BY_FILE["inzf07.txt"]
    lines = lines_of(FOLDER / "inzf07.txt")
    assert len(lines) == entry["utterances"] == 22
    assert "I was scared you'd react like this" in lines[15] and "I'm just asking questions" in lines[16]
    assert entry["disclosures"] == [
        {"index": 15, "speaker": "Ethan", "depth": 3, "response": "deflected", "response_index": 16}
    ]
    assert entry["horsemen"] == [{"index": 16, "kind": "defensiveness"}] and entry["harsh_startup"] is None
    assert entry["main_disclosure"] == 15 and entry["format"] == "plain" and entry["split"] == "valid"


def test_inzf09_the_other_longest_is_a_mothers_interview_drill() -> None:
    entry = BY_FILE["inzf09.srt"]
    cues = cues_of(FOLDER / "inzf09.srt")
    assert len(cues) == entry["utterances"] == 45
    assert cues[0] == "Mama: Did you hear from the bank?" and cues[-1] == "Mama: Good. Sleep early."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["speakers"] == ["Mama", "Wen"]
