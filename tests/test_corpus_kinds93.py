"""corpus/kinds93 (the ninety-third author's set, rural and small-town life): entries counted by hand from the rendered
files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds93/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds93"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzd02_son_abroad_and_father_afraid_on_a_zoom_call() -> None:
    entry = BY_FILE["hhzd02.vtt"]
    cues = cues_of(FOLDER / "hhzd02.vtt")
    # Seventh cue (index 6): Ryan feels a traitor; Dad's next cue reflects it. Dad's own fear (11) is met by Ryan (12).
    assert "I feel like a traitor" in cues[6] and "heavy word" in cues[7]
    assert "I hate myself for being relieved" in cues[9] and cues[10].startswith("Mam: Oh Ryan")
    assert "I'm frightened of it" in cues[11] and "I didn't know you felt that" in cues[12]
    assert len(cues) == entry["utterances"] == 18
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Ryan", "met", 7),
        (9, "Ryan", "met", 10),
        (11, "Dad", "met", 12),
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Dad", "Mam", "Ryan"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhzd09_the_garage_waiting_room_deepens() -> None:
    entry = BY_FILE["hhzd09.txt"]
    lines = lines_of(FOLDER / "hhzd09.txt")
    # Starts on brake pipes and tea; Lionel's wife not knowing him (index 5) is met by Gareth (6); the apprentice's
    # nan (12, depth 2) and Gareth's mother (14) are disclosures in return.
    assert "Brake pipes" in lines[0] and "didn't know me on Sunday" in lines[5] and "broken your heart" in lines[6]
    assert "Kai: My nan had it" in lines[12] and "Gareth: Well we're asking" in lines[14]
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (5, "Lionel", 3, "met", 6),
        (7, "Lionel", 3, "met", 8),
        (12, "Kai", 2, "met", 13),
        (14, "Gareth", 3, "met", 15),
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == len(lines) == 18
    assert entry["speakers"] == ["Gareth", "Kai", "Lionel"]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_vezd06_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["vezd06.txt"]
    lines = lines_of(FOLDER / "vezd06.txt")
    # The swallowed card (6) gets "Oh, Margaret, that's horrible" (7); "they'd like us all gone" (11) only "Mm." (12).
    assert "felt about ninety and stupid" in lines[6] and "that's horrible" in lines[7]
    assert "like us all gone" in lines[11] and lines[12].endswith("Pat: Mm.")
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Margaret", "depth": 3, "response": "met", "response_index": 7},
        {"index": 11, "speaker": "Margaret", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == 15 and entry["split"] == "valid"


def test_fxzd08_the_vet_answers_both_fears_with_cards_and_the_gp() -> None:
    entry = BY_FILE["fxzd08.txt"]
    lines = lines_of(FOLDER / "fxzd08.txt")
    assert "I'm scared of what he's turning into" in lines[3] and "DPJ Foundation" in lines[4]
    assert "betraying him" in lines[7] and "about his health" in lines[8]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Anwen", "advice", 4),
        (7, "Anwen", "advice", 8),
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == len(lines) == 11
    assert entry["format"] == "plain" and entry["split"] == "valid"


def test_inzd08_a_fathers_questions_run_over_his_daughters_tears() -> None:
    entry = BY_FILE["inzd08.txt"]
    lines = lines_of(FOLDER / "inzd08.txt")
    # Kylie's second message in a row (index 12) is answered by the next question, about the tank (13).
    assert lines[11].endswith("Kylie: chem and stats") and "I cry in my car" in lines[12]
    assert "Did you fill the tank" in lines[13]
    assert entry["disclosures"] == [
        {"index": 12, "speaker": "Kylie", "depth": 3, "response": "deflected", "response_index": 13}
    ]
    assert entry["main_disclosure"] == 12 and entry["utterances"] == len(lines) == 20
    assert entry["format"] == "whatsapp_ios_us" and entry["kind"] == "interrogation"


def test_unzd10_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unzd10.vtt"]
    cues = cues_of(FOLDER / "unzd10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert cues[4] == "<v Ewan>Night all.</v>" and "Marie Louise went down" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ewan", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Chair", "Ewan", "Tam"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_unzd09_the_bus_stop_joked_off_at_tea() -> None:
    entry = BY_FILE["unzd09.jsonl"]
    rows = rows_of(FOLDER / "unzd09.jsonl")
    assert "I feel like a freak" in rows[3]["text"] and rows[4]["speaker"] == "Dad"
    assert "you do hum a bit" in rows[4]["text"]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Harry", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == len(rows) == 11
    assert entry["speakers"] == ["Dad", "Harry", "Mum"] and entry["format"] == "jsonl"


def test_cfzd06_farmhouse_kitchen_harsh_start_and_a_walkout() -> None:
    entry = BY_FILE["cfzd06.srt"]
    cues = cues_of(FOLDER / "cfzd06.srt")
    assert "You never make them lift a finger" in cues[0] and "very hard for them on their phones" in cues[4]
    # Sara's exhaustion (7) is first answered by Nain's "Well nobody's stopping you" (8); Iestyn's late apology (12)
    # is not the answer.
    assert "close to walking out" in cues[7] and "nobody's stopping you" in cues[8]
    assert "I'll be in my room" in cues[10] and "I'm sorry" in cues[12]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (4, "contempt"),
        (8, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Sara", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["utterances"] == len(cues) == 13 and entry["format"] == "srt" and entry["split"] == "valid"


def test_cfzd09_a_gentle_start_up_on_a_ranch_is_met() -> None:
    entry = BY_FILE["cfzd09.txt"]
    lines = lines_of(FOLDER / "cfzd09.txt")
    # Mandy's first message (0) is answered by Jake's first (2), after her own second message (1).
    assert "I've been feeling lonely lately" in lines[0] and "Mandy: I'm not mad" in lines[1]
    assert "Jake: I hear you" in lines[2] and "Honestly it scares me" in lines[5]
    assert entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (0, "Mandy", 3, "met", 2),
        (3, "Jake", 2, "met", 4),
        (5, "Jake", 3, "met", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_android_us"


def test_dizd03_the_longest_is_a_village_meeting() -> None:
    entry = BY_FILE["dizd03.srt"]
    cues = cues_of(FOLDER / "dizd03.srt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert (
        cues[0].startswith("Chair: Right, the only item tonight")
        and cues[-1] == "Chair: Second Thursday. Thank you all."
    )
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Chair", "Donald", "Eileen", "Ross"] and entry["split"] == "dev"
