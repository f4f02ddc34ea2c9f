"""corpus/kinds19 (the nineteenth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds19/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds19"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhl05_the_longest_is_a_grandmother_recorded_on_the_phone() -> None:
    entry = BY_FILE["hhl05.srt"]
    cues = cues_of(FOLDER / "hhl05.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 12 (index 11): Asha has left the PhD; Kamala's next cue asks what happened.
    assert "I've left the PhD" in cues[11] and cues[12].startswith("Kamala: October.")
    # Index 20: Kamala's own college place, the first of her disclosures in return; 35: "Explaining things."
    assert "a place at the college" in cues[20] and "Explaining things" in cues[35]
    assert entry["main_disclosure"] == 11 and entry["speakers"] == ["Asha", "Kamala"]
    assert [(d["index"], d["speaker"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (11, "Asha", 3, 12),
        (13, "Asha", 3, 14),
        (15, "Asha", 3, 16),
        (20, "Kamala", 2, 21),
        (22, "Kamala", 3, 23),
        (24, "Kamala", 3, 25),
        (33, "Asha", 3, 34),
        (35, "Asha", 2, 36),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["format"] == "srt" and entry["split"] == "dev"


def test_hhl10_four_friends_and_a_disclosure_in_return() -> None:
    entry = BY_FILE["hhl10.txt"]
    lines = lines_of(FOLDER / "hhl10.txt")
    assert len(lines) == entry["utterances"] == 20
    assert "my drinking has got out of hand" in lines[4] and "Thank you for telling us" in lines[5]
    # Declan's second message (index 10): his own seven months sober, met by Aoife's "Seriously?" (11).
    assert "seven months off it" in lines[10] and "Seriously?" in lines[11]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Aoife", "met", 5),
        (7, "Aoife", "met", 8),
        (10, "Declan", "met", 11),
        (14, "Aoife", "met", 15),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Aoife", "Cian", "Declan", "Sorcha"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_unl10_a_bare_mm_then_the_q4_review() -> None:
    entry = BY_FILE["unl10.vtt"]
    cues = cues_of(FOLDER / "unl10.vtt")
    # Priya's first cue (index 1), her father's death; Helen's "Mm." (2) is not the answer, the Q4 review (3) is.
    assert "my father died in August" in cues[1] and cues[2] == "<v Helen>Mm.</v>" and "Q4 review" in cues[3]
    assert len(cues) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Priya", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "teams_vtt"


def test_unl09_after_the_goodnights_nobody_is_left() -> None:
    entry = BY_FILE["unl09.jsonl"]
    rows = rows_of(FOLDER / "unl09.jsonl")
    assert len(rows) == entry["utterances"] == 11
    assert rows[9]["speaker"] == "Leo" and "going back to uni" in rows[9]["text"]
    assert (rows[10]["speaker"], rows[10]["text"]) == ("Leo", "anyway. night")
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Leo", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 9 and entry["speakers"] == ["Leo", "Priya", "Tommo", "Zed"]


def test_fxl08_sympathy_and_the_doorbell_in_one_breath() -> None:
    entry = BY_FILE["fxl08.txt"]
    lines = lines_of(FOLDER / "fxl08.txt")
    # Line 3 (index 2): frightened in her own house; Stephen's next line says "that's horrible" and orders a doorbell.
    assert "frightened in my own house" in lines[2] and "video doorbell" in lines[3]
    assert "Since your dad went" in lines[6] and "personal alarm" in lines[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == 12 and entry["format"] == "plain"


def test_vel09_a_token_then_a_bare_mm() -> None:
    entry = BY_FILE["vel09.vtt"]
    cues = cues_of(FOLDER / "vel09.vtt")
    assert len(cues) == entry["utterances"] == 22
    assert "cried for five minutes" in cues[11] and cues[12].startswith("Deborah: Oh Pat.")
    assert "I should just leave" in cues[17] and cues[18] == "Grace: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (11, "met", 12),
        (17, "none", None),
    ]
    assert entry["speakers"] == ["Deborah", "Grace", "Patricia"] and entry["format"] == "zoom_vtt"


def test_inl08_homesickness_gets_another_closed_question() -> None:
    entry = BY_FILE["inl08.txt"]
    lines = lines_of(FOLDER / "inl08.txt")
    assert len(lines) == entry["utterances"] == 16
    assert "I cry most nights" in lines[11] and "club fair" in lines[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Lily", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 11
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_pfl05_a_lost_job_topped_by_a_tasting_menu() -> None:
    entry = BY_FILE["pfl05.txt"]
    lines = lines_of(FOLDER / "pfl05.txt")
    assert "Since I lost my job" in lines[5] and lines[6].startswith("Hugo: Oh, you'd love the new place")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Dan", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["kind"] == "performance" and entry["main_disclosure"] == 5
    assert entry["utterances"] == 14 and entry["speakers"] == ["Dan", "Fiona", "Giles", "Hugo"]


def test_lel02_an_aside_in_a_lecture_is_no_main_disclosure() -> None:
    entry = BY_FILE["lel02.jsonl"]
    rows = rows_of(FOLDER / "lel02.jsonl")
    assert "the winter the pit closed" in rows[6]["text"] and rows[7]["speaker"] == "Jess"
    assert entry["disclosures"] == [{"index": 6, "speaker": "Alf", "depth": 2, "response": "met", "response_index": 7}]
    assert entry["main_disclosure"] is None and entry["utterances"] == 10


def test_cfl02_gentle_start_up_with_one_counter_attack() -> None:
    entry = BY_FILE["cfl02.txt"]
    lines = lines_of(FOLDER / "cfl02.txt")
    assert len(lines) == entry["utterances"] == 15
    assert "Could we agree quiet after 11" in lines[0] and "not exactly silent at 6am" in lines[4]
    assert "nearly made a drug error" in lines[10] and "that's frightening" in lines[11]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert entry["horsemen"] == [{"index": 4, "kind": "defensiveness"}]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (10, 3, "met", 11),
    ]


def test_cfl10_christmas_eve_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfl10.txt"]
    lines = lines_of(FOLDER / "cfl10.txt")
    assert len(lines) == entry["utterances"] == 16
    assert "You've never once turned up" in lines[0] and "When you can be bothered" in lines[6]
    assert "I feel like I'm twelve" in lines[7] and "Don't start with the therapy talk" in lines[8]
    assert "help Mum with the potatoes" in lines[11] and lines[13].endswith("Adam: Forget it.")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "defensiveness"),
        (6, "contempt"),
        (8, "defensiveness"),
        (10, "contempt"),
        (11, "stonewalling"),
        (13, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Adam", "depth": 3, "response": "deflected", "response_index": 8}
    ]
