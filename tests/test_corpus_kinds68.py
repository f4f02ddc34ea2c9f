"""corpus/kinds68 (the sixty-eighth author's set: families across generations): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds68/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds68"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhye07_the_longest_is_a_siblings_call_with_dad() -> None:
    entry = BY_FILE["hhye07.vtt"]
    cues = cues_of(FOLDER / "hhye07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 16 (index 15): Dad changes the subject to the snow; index 21, "not coping", is met by Becca (22).
    assert "snow they had in Scotland" in cues[15]
    assert "I'm not coping as well as I let on" in cues[21] and cues[22].startswith("<v Becca>Oh, Dad.")
    assert "I make agendas" in cues[30] and "roundabout" in cues[33]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (21, "Dad", "met", 22),
        (25, "Dad", "met", 26),
        (30, "Owen", "met", 31),
        (33, "Becca", "met", 34),
    ]
    assert entry["main_disclosure"] == 21 and entry["speakers"] == ["Becca", "Dad", "Nadia", "Owen"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid" and entry["harsh_startup"] is None


def test_hhye10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhye10.txt"]
    lines = lines_of(FOLDER / "hhye10.txt")
    assert len(lines) == entry["utterances"] == 17
    assert "You always leave me to deal with Mum" in lines[0] and "Sorry. That came out wrong" in lines[2]
    assert "She didn't know who I was" in lines[4] and "That's heartbreaking" in lines[5]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "Jo", "met", 5),
        (6, "Jo", "met", 7),
        (8, "Sam", "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios"


def test_unye03_easter_chat_talks_past_ryan() -> None:
    entry = BY_FILE["unye03.txt"]
    lines = lines_of(FOLDER / "unye03.txt")
    # Fifth message (index 4): Ryan has not told anyone how bad it is; the chat goes on about ice and a cushion.
    assert "Ryan: not gonna lie" in lines[4] and "Bags of ice" in lines[5]
    assert len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Ryan", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Auntie Sue", "Grandma", "Ryan", "Uncle Phil"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_fxye02_two_fixers_on_a_teams_call() -> None:
    entry = BY_FILE["fxye02.vtt"]
    cues = cues_of(FOLDER / "fxye02.vtt")
    assert "cried" in cues[0] and "carer in the mornings" in cues[1]
    assert "someone I don't like" in cues[6] and "That's why we need to get the carer in" in cues[7]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Lauren", "advice", 1),
        (6, "Lauren", "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(cues) == 13
    assert entry["speakers"] == ["Lauren", "Matt", "Priyanka"] and entry["format"] == "teams_vtt"


def test_veye05_second_feeling_gets_no_reply() -> None:
    entry = BY_FILE["veye05.txt"]
    lines = lines_of(FOLDER / "veye05.txt")
    # Index 8 (scared he'll kill someone) is met by Brianna (9); index 11 (become his parent) gets nothing: Amber
    # carries on (12) and Brianna's "good" (13) answers the mailbox.
    assert "scared he's going to kill someone" in lines[8] and "that's really scary" in lines[9]
    assert "become his parent" in lines[11] and lines[12].startswith("8/21/24, 6:02\u202fPM - Amber: anyway")
    assert lines[13].endswith("Brianna: good")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "met", 9),
        (11, "none", None),
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_android_us"


def test_inye05_gran_asks_on_past_lonely() -> None:
    entry = BY_FILE["inye05.txt"]
    lines = lines_of(FOLDER / "inye05.txt")
    assert len(lines) == entry["utterances"] == 26
    assert "Is it lonely though?" in lines[20] and "bit lonely at night" in lines[21]
    assert "big coat" in lines[22]
    assert entry["disclosures"] == [
        {"index": 21, "speaker": "Liam", "depth": 3, "response": "deflected", "response_index": 22}
    ]
    assert entry["main_disclosure"] == 21 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cfye10_will_argument_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfye10.txt"]
    lines = lines_of(FOLDER / "cfye10.txt")
    assert len(lines) == entry["utterances"] == 14
    assert "always were his favourite" in lines[0] and "Funny that" in lines[2]
    assert "didn't love me as much" in lines[9] and "Nobody's interested in your childhood" in lines[10]
    assert "I'm leaving" in lines[11]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "criticism"),
        (6, "criticism"),
        (6, "defensiveness"),
        (7, "contempt"),
        (10, "contempt"),
        (11, "stonewalling"),
        (13, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Gail", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["speakers"] == ["Gail", "Martin", "Mum"] and entry["format"] == "plain_ts"


def test_cfye07_gentle_start_with_met_disclosures() -> None:
    entry = BY_FILE["cfye07.jsonl"]
    rows = rows_of(FOLDER / "cfye07.jsonl")
    assert len(rows) == entry["utterances"] == 14
    assert "felt really embarrassed" in rows[0]["text"] and rows[1]["speaker"] == "Nana Maureen"
    assert "legs like a farmer's wife" in rows[6]["text"] and "Did it bother you?" in rows[7]["text"]
    assert "for thirty years" in rows[8]["text"] and rows[9]["text"] == "I never knew that."
    assert entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 3, "met", 1),
        (6, 2, "met", 7),
        (8, 3, "met", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["split"] == "valid"


def test_unye09_dinner_table_talks_on_about_house_prices() -> None:
    entry = BY_FILE["unye09.jsonl"]
    rows = rows_of(FOLDER / "unye09.jsonl")
    assert rows[6]["speaker"] == "Ella" and "I'm not really okay" in rows[6]["text"]
    assert rows[7]["speaker"] == "Dad" and "Four hundred for the Kellys'" in rows[7]["text"]
    assert len(rows) == entry["utterances"] == 15
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Ella", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Dad", "Ella", "Mum", "Nana Bet"] and entry["format"] == "jsonl"


def test_pfye09_a_quiet_admission_topped_by_a_brag() -> None:
    entry = BY_FILE["pfye09.vtt"]
    cues = cues_of(FOLDER / "pfye09.vtt")
    assert "finding it really hard" in cues[4] and "When I started at Sony" in cues[5]
    assert entry["kind"] == "performance" and entry["main_disclosure"] == 4
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Jade", "depth": 2, "response": "deflected", "response_index": 5}
    ]
    assert entry["utterances"] == len(cues) == 13 and len(entry["speakers"]) == 4


def test_stye08_the_shortest_is_a_landing_call() -> None:
    entry = BY_FILE["stye08.txt"]
    lines = lines_of(FOLDER / "stye08.txt")
    assert len(lines) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert lines[0].startswith("[00:00:02] Tariq: Hi Abba")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "plain_ts"
