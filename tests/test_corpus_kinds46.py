"""corpus/kinds46 (the forty-sixth author's set: money and housing stress): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds46/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds46"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxi03_gambled_deposit_met_and_answered_in_kind() -> None:
    entry = BY_FILE["hhxi03.txt"]
    lines = lines_of(FOLDER / "hhxi03.txt")
    # Line 8 (index 7): the betting app and the shame, met by Leanne's "I'm not going anywhere" (8).
    assert "It's the betting app" in lines[7] and "I'm so ashamed" in lines[7]
    assert "I'm not going anywhere" in lines[8]
    # Index 17: Leanne's relief, met by Craig's "It's not mad" (18).
    assert "part of me is relieved" in lines[17] and lines[18].startswith("Craig: It's not mad")
    assert len(lines) == entry["utterances"] == 26
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (7, "Craig", 3, "met", 8),
        (9, "Craig", 3, "met", 10),
        (11, "Craig", 3, "met", 12),
        (15, "Leanne", 3, "met", 16),
        (17, "Leanne", 2, "met", 18),
        (20, "Craig", 3, "met", 21),
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "plain" and entry["split"] == "dev"


def test_hhxi10_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxi10.txt"]
    lines = lines_of(FOLDER / "hhxi10.txt")
    assert "Grace: you never pay the bills on time" in lines[0] and "federal case" in lines[1]
    assert "Ellis: my agency hours got cut" in lines[4] and "Grace: oh Ellis. I had no idea" in lines[5]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert entry["main_disclosure"] == 4
    assert entry["disclosures"][1] == {
        "index": 4,
        "speaker": "Ellis",
        "depth": 3,
        "response": "met",
        "response_index": 5,
    }
    assert all(d["response"] == "met" for d in entry["disclosures"]) and len(entry["disclosures"]) == 8
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid" and entry["utterances"] == 18


def test_vexi04_bare_yeah_after_the_spreadsheet_is_none() -> None:
    entry = BY_FILE["vexi04.vtt"]
    cues = cues_of(FOLDER / "vexi04.vtt")
    # Cue 7 (index 6): a parent instead of a partner, met by "That sounds really lonely" (7); index 9, the
    # eleven o'clock spreadsheet, gets only Chris's bare "Yeah." (10).
    assert "parent with a teenager" in cues[6] and "That sounds really lonely" in cues[7]
    assert "eleven at night" in cues[9] and cues[10] == "<v Chris>Yeah.</v>"
    assert len(cues) == entry["utterances"] == 12
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Nadia", "depth": 3, "response": "met", "response_index": 7},
        {"index": 9, "speaker": "Nadia", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "teams_vtt" and entry["speakers"] == ["Chris", "Nadia"]


def test_fxxi08_holiday_shame_answered_with_savings_plans() -> None:
    entry = BY_FILE["fxxi08.txt"]
    lines = lines_of(FOLDER / "fxxi08.txt")
    assert "ashamed of how bad it's got" in lines[2] and "thirty quid a week" in lines[3]
    assert "paying back my sister" in lines[5] and "bar job" in lines[6]
    assert "the poor one in this house" in lines[8] and "Let's do a spreadsheet" in lines[9]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, 3, "advice", 3),
        (5, 2, "advice", 6),
        (8, 3, "advice", 9),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Charlotte", "Imogen", "Lily"]
    assert entry["format"] == "plain" and entry["split"] == "valid" and len(lines) == entry["utterances"] == 12


def test_unxi07_mothers_arrears_turned_to_the_sons_car() -> None:
    entry = BY_FILE["unxi07.txt"]
    lines = lines_of(FOLDER / "unxi07.txt")
    assert "Mom: I don't want to worry you, but I'm two months behind" in lines[2]
    assert "Jason: ugh mom I literally can't deal" in lines[3] and "Mom: Oh no. I'm sorry, honey." in lines[4]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Mom", "depth": 3, "response": "deflected", "response_index": 3},
        {"index": 3, "speaker": "Jason", "depth": 2, "response": "met", "response_index": 4},
        {"index": 5, "speaker": "Jason", "depth": 2, "response": "met", "response_index": 6},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios_us" and entry["utterances"] == 10


def test_unxi08_the_ring_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxi08.srt"]
    cues = cues_of(FOLDER / "unxi08.srt")
    # The last cue (index 6): Dad has sold Mum's ring; nobody answers.
    assert len(cues) == entry["utterances"] == 7
    assert cues[5] == "Dad: Night, son." and "sell your mum's ring" in cues[6]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Dad", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Claire", "Dad", "Owen"] and entry["format"] == "srt" and entry["split"] == "valid"


def test_unxi09_food_bank_joked_off() -> None:
    entry = BY_FILE["unxi09.jsonl"]
    rows = rows_of(FOLDER / "unxi09.jsonl")
    assert "food bank" in rows[2]["text"] and rows[3]["text"].startswith("Ha, at least it's free food!")
    assert rows[2]["speaker"] == "Bex" and rows[3]["speaker"] == "Hayley"
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Bex", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "jsonl" and len(rows) == entry["utterances"] == 10


def test_inxi07_statement_questions_roll_over_the_stress() -> None:
    entry = BY_FILE["inxi07.txt"]
    lines = lines_of(FOLDER / "inxi07.txt")
    assert "really stressed about it" in lines[13] and lines[14] == "Dad: Is the direct debit set up now?"
    assert entry["kind"] == "interrogation" and entry["main_disclosure"] == 13
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Freya", "depth": 3, "response": "deflected", "response_index": 14}
    ]
    assert len(lines) == entry["utterances"] == 21 and entry["format"] == "plain"


def test_cfxi04_gentle_start_met_by_a_defensive_landlord() -> None:
    entry = BY_FILE["cfxi04.txt"]
    lines = lines_of(FOLDER / "cfxi04.txt")
    assert "I'm worried about it" in lines[0] and "It's the market rate" in lines[1]
    assert "lying awake" in lines[4] and "my own costs too" in lines[5]
    assert "cheaper places out of town" in lines[7] and "I'll see myself out" in lines[11]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 4
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (4, 3, "deflected", 5),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "defensiveness"),
        (7, "contempt"),
        (11, "stonewalling"),
    ]


def test_cfxi08_deposit_row_on_teams() -> None:
    entry = BY_FILE["cfxi08.vtt"]
    cues = cues_of(FOLDER / "cfxi08.vtt")
    assert cues[0].startswith("<v Josie>We need to talk about the deposit")
    assert "a saint on the call" in cues[4] and "Your parents will just send it" in cues[6]
    assert "behind on my new rent" in cues[8] and cues[9] == "<v Kieran>Well, that's not our problem.</v>"
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Josie", "depth": 3, "response": "deflected", "response_index": 9}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "criticism"),
        (4, "contempt"),
        (6, "contempt"),
        (7, "defensiveness"),
        (9, "contempt"),
        (13, "stonewalling"),
    ]
    assert entry["speakers"] == ["Aisha", "Harry", "Josie", "Kieran"] and entry["split"] == "valid"


def test_dixi03_the_longest_is_a_tenants_meeting() -> None:
    entry = BY_FILE["dixi03.srt"]
    cues = cues_of(FOLDER / "dixi03.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Rosa: Okay, let's start.") and cues[-1].startswith("Rosa: Great. Let's call that")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "srt"
    assert len(entry["speakers"]) == 4 and entry["split"] == "dev"
