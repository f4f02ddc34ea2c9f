"""corpus/kinds86 (the eighty-sixth author's set: money and precarity): entries counted by hand from the rendered
files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds86/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds86"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyw03_cafe_closure_met_in_the_pub() -> None:
    entry = BY_FILE["hhyw03.txt"]
    lines = lines_of(FOLDER / "hhyw03.txt")
    # Line 6 (index 5): the café has shut and eleven grand is owed; Gareth's next line (6) asks how she really is.
    # The hint about buying a round (index 3) is not listed: nothing is said yet.
    assert "The café's shut" in lines[5] and "How are you actually doing?" in lines[6]
    assert "print works" in lines[8] and "I never knew that" in lines[9]
    assert len(lines) == entry["utterances"] == 20
    assert entry["main_disclosure"] == 5 and entry["format"] == "plain" and entry["split"] == "dev"
    listed = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert listed == [
        (5, "Ines", 3, "met", 6),
        (7, "Ines", 3, "met", 8),
        (8, "Gareth", 3, "met", 9),
        (10, "Gareth", 2, "met", 11),
        (11, "Ines", 2, "met", 12),
        (13, "Ines", 3, "met", 14),
        (15, "Ines", 2, "met", 16),
    ]
    assert entry["speakers"] == ["Gareth", "Ines"] and entry["horsemen"] == [] and entry["harsh_startup"] is None


def test_hhyw10_harsh_start_over_a_loan_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhyw10.txt"]
    lines = lines_of(FOLDER / "hhyw10.txt")
    # "you always do this" (0), "I'm not a criminal" (1), the brunch jibe (2); line 3 both excuses the brunch and
    # discloses the council tax arrears, met by Lauren's apology (4); Lauren's own fear (8) is met by Hayley (9).
    assert "you always do this" in lines[0] and "busy posting brunch pics" in lines[2]
    assert "too ashamed to tell anyone" in lines[3] and "I shouldn't have gone in like that" in lines[4]
    assert "I'm scared about money too" in lines[8]
    assert len(lines) == entry["utterances"] == 15
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 3
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Hayley", 4),
        (5, "Hayley", 6),
        (7, "Hayley", 8),
        (8, "Lauren", 9),
        (9, "Hayley", 10),
    ]
    assert all(d["response"] == "met" for d in entry["disclosures"])
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_styw09_skint_till_payday_is_not_a_disclosure() -> None:
    entry = BY_FILE["styw09.txt"]
    lines = lines_of(FOLDER / "styw09.txt")
    assert "Skint till payday" in lines[1]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Auntie Grace", "Shanice"] and entry["format"] == "whatsapp_ios"


def test_veyw08_sanction_vent_with_a_bare_mm() -> None:
    entry = BY_FILE["veyw08.txt"]
    lines = lines_of(FOLDER / "veyw08.txt")
    # Ninth message (index 8): lying on the kitchen floor; Niall's only reply is "mm" (9), so it is none.
    assert "lay on the floor of the kitchen" in lines[8] and lines[9].endswith("Niall: mm")
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Aoife", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_fxyw10_gambling_debt_gets_steps_from_both_parents() -> None:
    entry = BY_FILE["fxyw10.srt"]
    cues = cues_of(FOLDER / "fxyw10.srt")
    # Cue 2 (index 1): the gambling debt, answered by Dad's "delete the apps" (2); cue 7 (index 6): "ruined
    # everything", answered by Mum's StepChange (7).
    assert "gambling on the apps" in cues[1] and cues[2].startswith("Dad: Right. First, delete the apps")
    assert "ruined everything" in cues[6] and "StepChange" in cues[7]
    assert len(cues) == entry["utterances"] == 12
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Kieran", "advice", 2),
        (6, "Kieran", "advice", 7),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Dad", "Kieran", "Mum"]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_inyw01_the_longest_is_a_debt_advice_intake() -> None:
    entry = BY_FILE["inyw01.vtt"]
    cues = cues_of(FOLDER / "inyw01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("<v Sunita>Hi Gary") and cues[-1].startswith("<v Sunita>Thanks, Gary")
    # "About six hundred behind" (13) is a fact, not a disclosure.
    assert "About six hundred behind" in cues[13]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev" and entry["speakers"] == ["Gary", "Sunita"]


def test_unyw07_after_the_goodnights_no_reply() -> None:
    entry = BY_FILE["unyw07.txt"]
    lines = lines_of(FOLDER / "unyw07.txt")
    # Fourth message (index 3): the maxed-out card; only Renee writes after it.
    assert "maxed out my last card" in lines[3] and lines[5].endswith("Renee: ignore me")
    assert len(lines) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Renee", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyw09_train_fares_answered_with_the_agenda() -> None:
    entry = BY_FILE["unyw09.jsonl"]
    rows = rows_of(FOLDER / "unyw09.jsonl")
    assert rows[2]["speaker"] == "Amy" and "honestly panicking" in rows[2]["text"]
    assert rows[3]["speaker"] == "Hollie" and rows[3]["text"].startswith("So, the quarterly targets")
    assert len(rows) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Amy", "Hollie", "Sandeep"]


def test_cfyw01_internet_cut_off_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cfyw01.txt"]
    lines = lines_of(FOLDER / "cfyw01.txt")
    assert "you NEVER pay your half" in lines[0] and "the magic friday" in lines[4]
    assert "too embarrassed to tell you" in lines[5] and "money for nails" in lines[6]
    assert lines[9].endswith("Chantelle: fine")
    assert len(lines) == entry["utterances"] == 11
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (6, "contempt"),
        (7, "defensiveness"),
        (8, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Chantelle", "depth": 3, "response": "deflected", "response_index": 6}
    ]


def test_cfyw06_gentle_rent_split_met_by_a_defensive_first_reply() -> None:
    entry = BY_FILE["cfyw06.srt"]
    cues = cues_of(FOLDER / "cfyw06.srt")
    # Cue 1: a feeling and a specific request; Jamie's first reply (1) is defensive, so it is deflected; his own
    # fears (3, 5) are met by Ella (4, 6).
    assert "feeling resentful" in cues[0] and "we agreed half each" in cues[1]
    assert "scared of turning into him" in cues[5] and cues[6].startswith("Ella: You're not him")
    assert len(cues) == entry["utterances"] == 13
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Ella", "deflected", 1),
        (3, "Jamie", "met", 4),
        (5, "Jamie", "met", 6),
    ]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_pfyw07_hardship_trading_is_performance() -> None:
    entry = BY_FILE["pfyw07.srt"]
    cues = cues_of(FOLDER / "pfyw07.srt")
    assert "twenty quid a week" in cues[0] and "seventy pence" in cues[2]
    assert len(cues) == entry["utterances"] == 11
    assert entry["kind"] == "performance" and entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Greg", "Saira", "Tom"]
