"""corpus/kinds47 (the forty-seventh author's set: therapy-fluent friends, couples, housemates and a support group):
entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds47/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds47"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unxj03_i_hear_you_then_the_electricity_bill() -> None:
    entry = BY_FILE["unxj03.txt"]
    lines = lines_of(FOLDER / "unxj03.txt")
    # Sam's first message (index 0) is the disclosure; Rae's scripted "I hear you" (1) is followed at once by the
    # bill (2): read as one deflecting reply, answered at Rae's first message.
    assert "really disconnected from you" in lines[0]
    assert "I hear you" in lines[1] and "electricity bill" in lines[2]
    assert len(lines) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Sam", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_unxj07_fear_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxj07.txt"]
    lines = lines_of(FOLDER / "unxj07.txt")
    # Six messages; the last (index 5), after "night night x", is Eli's and nobody answers it.
    assert "night night" in lines[4] and "dad's test results" in lines[5]
    assert len(lines) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Eli", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_cfxj01_boundary_and_gaslighting_as_weapons() -> None:
    entry = BY_FILE["cfxj01.txt"]
    lines = lines_of(FOLDER / "cfxj01.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "You always do this" in lines[0] and "gaslight me" in lines[1]
    assert "I'm setting a boundary" in lines[5] and "I felt humiliated" in lines[6]
    assert "I felt attacked" in lines[7] and "Very secure attachment" in lines[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (4, "criticism"),
        (5, "stonewalling"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "stonewalling"),
        (10, "contempt"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Eli", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxj08_co_facilitators_and_a_walkout() -> None:
    entry = BY_FILE["cfxj08.vtt"]
    cues = cues_of(FOLDER / "cfxj08.vtt")
    assert len(cues) == entry["utterances"] == 11
    assert cues[0].startswith("<v Carla>Ruth, I need to say this. You always shut me down")
    assert "feels like gaslighting" in cues[6] and "failing all of them" in cues[7]
    assert "not my responsibility" in cues[8] and "step back from co-facilitating" in cues[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "defensiveness"),
        (6, "defensiveness"),
        (8, "defensiveness"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Ruth", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_hhxj07_the_longest_is_a_three_friend_call() -> None:
    entry = BY_FILE["hhxj07.vtt"]
    cues = cues_of(FOLDER / "hhxj07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Hana's new job (5) opens it; Chidi's therapy (18, depth 2) and Jo's drinking (33) come later.
    assert "crying most Sunday nights" in cues[5] and "Oh, Hana." in cues[6]
    assert "going to a therapist every week" in cues[18] and "A bottle most nights" in cues[33]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Chidi", "Hana", "Jo"]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (5, "Hana", 3, "met", 6),
        (7, "Hana", 3, "met", 8),
        (9, "Hana", 3, "met", 10),
        (11, "Jo", 3, "met", 12),
        (13, "Jo", 3, "met", 14),
        (18, "Chidi", 2, "met", 19),
        (20, "Chidi", 3, "met", 21),
        (25, "Hana", 3, "met", 26),
        (33, "Jo", 3, "met", 34),
    ]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_vexj03_the_listening_face_and_a_bare_mm() -> None:
    entry = BY_FILE["vexj03.jsonl"]
    rows = rows_of(FOLDER / "vexj03.jsonl")
    # Shaking in the toilets (8) is met by Felix (9); the Sunday-night dread (11) gets only "Mm." (12): none.
    assert "my hands were shaking" in rows[8]["text"] and rows[9]["speaker"] == "Felix"
    assert "feel sick on Sunday nights" in rows[11]["text"] and rows[12]["text"] == "Mm."
    assert len(rows) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Oren", "depth": 3, "response": "met", "response_index": 9},
        {"index": 11, "speaker": "Oren", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_fxxj10_both_feelings_get_tips() -> None:
    entry = BY_FILE["fxxj10.srt"]
    cues = cues_of(FOLDER / "fxxj10.srt")
    assert "feel so stupid" in cues[0] and "ask them for feedback" in cues[1]
    assert "running out of time" in cues[3] and "mindset thing" in cues[4]
    assert len(cues) == entry["utterances"] == 8 and entry["speakers"] == ["Bree", "Kai"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (3, "advice", 4),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "srt" and entry["split"] == "valid"


def test_unxj02_support_group_member_turns_to_her_own_story() -> None:
    entry = BY_FILE["unxj02.txt"]
    lines = lines_of(FOLDER / "unxj02.txt")
    # Plain with timestamps: Dev's two mugs (1) answered by Carla's cereal and candle (2); his return to it (8) by
    # the facilitator's closing round (9).
    assert lines[1].startswith("[") and "two mugs" in lines[1] and "I so relate" in lines[2]
    assert "the mug thing" in lines[8] and "closing round" in lines[9]
    assert len(lines) == entry["utterances"] == 13
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Dev", "depth": 3, "response": "deflected", "response_index": 2},
        {"index": 8, "speaker": "Dev", "depth": 3, "response": "deflected", "response_index": 9},
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Carla", "Dev", "Gail", "Ruth"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_hhxj06_harsh_start_repairs_into_mutual_disclosure() -> None:
    entry = BY_FILE["hhxj06.jsonl"]
    rows = rows_of(FOLDER / "hhxj06.jsonl")
    assert len(rows) == entry["utterances"] == 22
    assert "You never actually listen" in rows[0]["text"] and "Can I try again?" in rows[3]["text"]
    assert "scared of what you're going to say" in rows[5]["text"] and rows[6]["text"] == "Scared of what?"
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Eli", "met", 6),
        (7, "Eli", "met", 8),
        (10, "Noor", "met", 11),
        (12, "Noor", "met", 13),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_inxj06_closed_questions_and_a_grounding_check() -> None:
    entry = BY_FILE["inxj06.vtt"]
    cues = cues_of(FOLDER / "inxj06.vtt")
    # Zoom: the one feeling (13) is answered with "Did you use the grounding thing?" (14): advice.
    assert cues[12] == "Theo: Were you triggered by the argument? Yes or no."
    assert "I felt really small" in cues[13] and "grounding thing" in cues[14]
    assert len(cues) == entry["utterances"] == 20
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Mel", "depth": 3, "response": "advice", "response_index": 14}
    ]
    assert entry["main_disclosure"] == 13 and entry["format"] == "zoom_vtt" and entry["split"] == "valid"
