"""corpus/kinds84 (the eighty-fourth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds84/_src (a moved line, a missing annotation) shows up here. The set
is written as messy exports (double texts, deleted and edited messages, calls that cut out), so several checks pin
that those lines are counted as utterances and never labelled.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds84"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyu01_double_texted_scan_news_with_a_deleted_message() -> None:
    entry = BY_FILE["hhyu01.txt"]
    lines = lines_of(FOLDER / "hhyu01.txt")
    # Line 3 is a deleted message (an utterance, unlabelled); Dani's two texts (6, 7) share Cass's reply (8).
    assert lines[3].endswith("Dani: This message was deleted")
    assert "they're saying its spread" in lines[6] and "crying in the car park" in lines[7]
    assert "that's so much to hold" in lines[8]
    # Cass's own secret (13) is met by Dani's "omg I do that" (14), whose edit note stays in the file.
    assert "rehearse the phone call" in lines[13] and "<This message was edited>" in lines[14]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Dani", "met", 8),
        (7, "Dani", "met", 8),
        (11, "Dani", "met", 12),
        (13, "Cass", "met", 14),
    ]
    assert entry["main_disclosure"] == 6 and entry["utterances"] == len(lines) == 20
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev" and entry["speakers"] == ["Cass", "Dani"]


def test_hhyu05_aunt_on_speakerphone() -> None:
    entry = BY_FILE["hhyu05.srt"]
    cues = cues_of(FOLDER / "hhyu05.srt")
    # Cue 5: days without a word since the uncle died, met by Priya's reflection (6); Priya's own photo habit (10) is
    # a disclosure in return that both answers cue 9 and is answered by cue 11.
    assert "don't talk to anyone for days" in cues[5] and "That sounds so lonely" in cues[6]
    assert "talk to his photo" in cues[9] and "I talk to Nani's photo" in cues[10] and cues[11].endswith("You do?")
    assert "The house is too quiet" in cues[16] and "Of course it is" in cues[17]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Aunty Lata", "depth": 3, "response": "met", "response_index": 6},
        {"index": 9, "speaker": "Aunty Lata", "depth": 3, "response": "met", "response_index": 10},
        {"index": 10, "speaker": "Priya", "depth": 3, "response": "met", "response_index": 11},
        {"index": 16, "speaker": "Aunty Lata", "depth": 3, "response": "met", "response_index": 17},
    ]
    assert entry["main_disclosure"] == 5 and len(cues) == entry["utterances"] == 19 and entry["format"] == "srt"


def test_veyu05_the_longest_is_a_rant_in_short_texts() -> None:
    entry = BY_FILE["veyu05.txt"]
    lines = lines_of(FOLDER / "veyu05.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "comes out wrong" in lines[14] and "that sounds so lonely" in lines[15]
    assert "crying in the bathroom at work" in lines[24] and lines[25].endswith("Kit: oh Hana")
    assert "married into a family" in lines[30] and "horrible thing to be scared of" in lines[31]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (14, "met", 15),
        (24, "met", 25),
        (30, "met", 31),
    ]
    assert entry["main_disclosure"] == 14 and entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_fxyu07_late_sympathy_after_a_list_of_services() -> None:
    entry = BY_FILE["fxyu07.vtt"]
    cues = cues_of(FOLDER / "fxyu07.vtt")
    # Cue 2 (mother did not recognise her) gets a care assessment (3); cue 7 (guilt) gets the Admiral nurses (8);
    # Harriet's "That must have been awful" comes only at cue 13.
    assert "didn't recognise me" in cues[2] and "care assessment" in cues[3]
    assert "I feel so guilty" in cues[7] and "Admiral nurses" in cues[8]
    assert "That must have been awful" in cues[13]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Nina", "advice", 3),
        (7, "Nina", "advice", 8),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Harriet", "Jas", "Nina"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid" and len(cues) == entry["utterances"] == 15


def test_inyu07_fathers_closed_questions_with_one_disclosure() -> None:
    entry = BY_FILE["inyu07.txt"]
    lines = lines_of(FOLDER / "inyu07.txt")
    assert lines[8] == "Dad: are you sleeping ok?" and "really down since Liam" in lines[9]
    assert "that's two months, love" in lines[10]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Freya", "depth": 3, "response": "met", "response_index": 10}
    ]
    assert entry["main_disclosure"] == 9 and entry["utterances"] == len(lines) == 21 and entry["format"] == "plain"


def test_unyu07_message_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unyu07.txt"]
    lines = lines_of(FOLDER / "unyu07.txt")
    assert lines[9].endswith("Abby: night") and "redundancy's official in Feb" in lines[10]
    assert len(lines) == entry["utterances"] == 11
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Abby", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Abby", "Chris", "Jen"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unyu09_diagnosis_joked_off_in_a_group_chat() -> None:
    entry = BY_FILE["unyu09.jsonl"]
    rows = rows_of(FOLDER / "unyu09.jsonl")
    assert "endometriosis" in rows[1]["text"] and rows[2]["text"].startswith("lol same energy")
    assert rows[10]["text"] == "This message was deleted" and rows[10]["speaker"] == "Rachel"
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Dina", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["utterances"] == len(rows) == 13 and entry["format"] == "jsonl"


def test_cfyu01_harsh_start_late_night_and_a_deleted_message() -> None:
    entry = BY_FILE["cfyu01.txt"]
    lines = lines_of(FOLDER / "cfyu01.txt")
    assert "you ALWAYS do this" in lines[0] and "anyone but yourself" in lines[2]
    assert lines[4].endswith("Ellie: the train. sure") and lines[8].endswith("Ellie: of course it did")
    assert "refreshing your location" in lines[9] and "that's a bit much" in lines[10]
    assert lines[12].endswith("This message was deleted") and lines[13].endswith("Ellie: whatever")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (2, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "defensiveness"),
        (8, "contempt"),
        (10, "contempt"),
        (13, "stonewalling"),
        (15, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 9, "speaker": "Ellie", "depth": 3, "response": "deflected", "response_index": 10}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["utterances"] == len(lines) == 16


def test_cfyu08_stand_up_row_in_teams() -> None:
    entry = BY_FILE["cfyu08.vtt"]
    cues = cues_of(FOLDER / "cfyu08.vtt")
    assert cues[0].startswith("<v Nick Dale>I'll be honest, I'm sick of this.")
    assert cues[8] == "<v Nick Dale>Whatever. I've got another call.</v>"
    assert "tired of feeling like I have to defend my team" in cues[9] and "maybe deliver on time" in cues[10]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "stonewalling"),
        (8, "stonewalling"),
        (10, "contempt"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 10
    assert entry["format"] == "teams_vtt" and entry["speakers"] == ["Alice Wong", "Mo Farah", "Nick Dale"]


def test_styu07_unsaved_contact_is_a_speaker_and_small_talk_has_no_disclosure() -> None:
    entry = BY_FILE["styu07.txt"]
    lines = lines_of(FOLDER / "styu07.txt")
    assert "+44 7700 900431: hi it's Sarah" in lines[3]
    assert entry["speakers"] == ["+44 7700 900431", "Dawn", "Lisa"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["harsh_startup"] is None
    assert entry["utterances"] == len(lines) == 15 and entry["format"] == "whatsapp_android_us"
