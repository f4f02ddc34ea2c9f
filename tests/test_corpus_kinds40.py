"""corpus/kinds40 (the fortieth author's set: new parents and young families): entries counted by hand.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds40/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds40"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxc02_new_dad_not_bonded_met_by_brother_and_sister_in_law() -> None:
    entry = BY_FILE["hhxc02.vtt"]
    cues = cues_of(FOLDER / "hhxc02.vtt")
    # Tenth cue (index 9): Tom doesn't feel what he's supposed to; Will's next cue asks about the scared bit.
    assert "I don't think I feel what I'm supposed to feel" in cues[9] and "What's the scared bit like" in cues[10]
    assert "I felt exactly that with Alfie" in cues[12] and "cried in the car park" in cues[15]
    assert len(cues) == entry["utterances"] == 22
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (9, "Tom", "met", 10),
        (11, "Tom", "met", 12),
        (12, "Keira", "met", 13),
        (15, "Will", "met", 16),
    ]
    assert entry["main_disclosure"] == 9 and entry["speakers"] == ["Keira", "Tom", "Will"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_hhxc09_co_parents_calendar_turns_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhxc09.txt"]
    lines = lines_of(FOLDER / "hhxc09.txt")
    # Ben's second message in a row (index 6); Nadia's first answer (7) thanks him.
    assert "I'm scared he'll grow up thinking I'm the one who left" in lines[6]
    assert "Thank you for saying it" in lines[7]
    assert "I'm scared I'll get it wrong on my own" in lines[10] and "Can we look at it together" in lines[11]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Ben", "depth": 3, "response": "met", "response_index": 7},
        {"index": 10, "speaker": "Nadia", "depth": 3, "response": "met", "response_index": 11},
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == 15
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_vexc03_handover_rant_with_short_tokens() -> None:
    entry = BY_FILE["vexc03.jsonl"]
    rows = rows_of(FOLDER / "vexc03.jsonl")
    # Index 4 (depth 2, the handovers on her timetable) and 8 (depth 3, losing bits of her), each met by a token.
    assert "on her timetable" in rows[4]["text"] and rows[5]["text"] == "Yeah, that's not fair."
    assert "I feel like I'm losing bits of them" in rows[8]["text"] and rows[9]["text"] == "Course you do, mate."
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, 2, "met", 5),
        (8, 3, "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["speakers"] == ["Gareth", "Rhys"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev" and len(rows) == entry["utterances"] == 12


def test_fxxc06_bottle_refusal_sympathy_only_at_the_end() -> None:
    entry = BY_FILE["fxxc06.txt"]
    lines = lines_of(FOLDER / "fxxc06.txt")
    # First message (index 0) answered by Gill's teat tip (1); "so stupid" (6) by "paced feeding!" (7); the word of
    # sympathy is the last line (10).
    assert "I feel like I've done something wrong" in lines[0] and "try a different teat" in lines[1]
    assert "so stupid" in lines[6] and "paced feeding" in lines[7]
    assert "sorry you're stressed hun" in lines[10] and len(lines) == entry["utterances"] == 11
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Tash", "advice", 1),
        (6, "Tash", "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Gill", "Sal", "Tash"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_inxc09_postnatal_check_steps_past_the_mood_answer() -> None:
    entry = BY_FILE["inxc09.srt"]
    cues = cues_of(FOLDER / "inxc09.srt")
    # The only open door (index 16, the mood scale) gets "I cry a lot" (17) and the next box on the form (18).
    assert "How's your mood" in cues[16] and "I cry a lot" in cues[17] and "calf pain" in cues[18]
    assert len(cues) == entry["utterances"] == 21
    assert entry["disclosures"] == [
        {"index": 17, "speaker": "Zainab", "depth": 3, "response": "deflected", "response_index": 18}
    ]
    assert entry["main_disclosure"] == 17 and entry["kind"] == "interrogation" and entry["format"] == "srt"


def test_unxc04_dads_chat_tops_the_struggle_then_talks_football() -> None:
    entry = BY_FILE["unxc04.txt"]
    lines = lines_of(FOLDER / "unxc04.txt")
    assert "I hate who I'm turning into" in lines[3] and "you think that's bad" in lines[4]
    assert "match Saturday" in lines[7] and len(lines) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Lewis", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Daz", "Kieran", "Lewis"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unxc10_message_after_the_goodnights_gets_nothing() -> None:
    entry = BY_FILE["unxc10.vtt"]
    cues = cues_of(FOLDER / "unxc10.vtt")
    # The last cue (index 7), after three goodnights, has no reply at all.
    assert "Night" in cues[6] and "coming to this group is the only time I feel like a person" in cues[7]
    assert len(cues) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Marta", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Dina", "Grace", "Marta", "Paul"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_cfxc10_steriliser_row_with_a_late_apology() -> None:
    entry = BY_FILE["cfxc10.txt"]
    lines = lines_of(FOLDER / "cfxc10.txt")
    assert "Do you ever put anything back" in lines[0] and "Oh, poor you" in lines[3]
    assert "going for a drive" in lines[6] and "Run away" in lines[7]
    assert "I feel like I'm failing at everything" in lines[8] and "Me too" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (0, "contempt"),
        (1, "defensiveness"),
        (2, "defensiveness"),
        (3, "contempt"),
        (6, "stonewalling"),
        (7, "contempt"),
    ]
    assert entry["disclosures"] == [{"index": 8, "speaker": "Tom", "depth": 3, "response": "met", "response_index": 9}]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid" and entry["utterances"] == 12


def test_cfxc08_mediated_handover_is_a_gentle_start() -> None:
    entry = BY_FILE["cfxc08.vtt"]
    cues = cues_of(FOLDER / "cfxc08.vtt")
    assert "I end up anxious all afternoon" in cues[1] and "I hear that" in cues[2]
    assert "I feel shut out of nursery stuff" in cues[8] and "That's fair. I'm sorry" in cues[9]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 1
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Amy", "met", 2),
        (8, "Daniel", "met", 9),
    ]
    assert entry["speakers"] == ["Amy", "Daniel", "Mediator"] and entry["format"] == "teams_vtt"


def test_stxc01_the_longest_is_a_call_with_the_grandparents() -> None:
    entry = BY_FILE["stxc01.vtt"]
    cues = cues_of(FOLDER / "stxc01.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Grandad Pete: Is it on?") and cues[-1] == "Ben: Side entrance. Bye!"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Amy", "Ben", "Grandad Pete", "Grandma Jean"] and entry["split"] == "dev"
