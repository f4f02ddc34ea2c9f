"""corpus/kinds98 (holidays and family gatherings): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds98/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds98"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzi01_sisters_in_the_bunk_beds() -> None:
    entry = BY_FILE["hhzi01.txt"]
    lines = lines_of(FOLDER / "hhzi01.txt")
    # Third message (index 2): Adaeze cried over their father's heart news; Ngozi's next message asks about it.
    assert "had to go to the bathroom and cry" in lines[2] and "what went through your head" in lines[3]
    assert "terrified too" in lines[6]
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Adaeze", "depth": 3, "response": "met", "response_index": 3},
        {"index": 4, "speaker": "Adaeze", "depth": 3, "response": "met", "response_index": 5},
        {"index": 6, "speaker": "Ngozi", "depth": 3, "response": "met", "response_index": 7},
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhzi09_harsh_opening_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhzi09.txt"]
    lines = lines_of(FOLDER / "hhzi09.txt")
    assert "You always do this" in lines[0] and "I'm allowed a walk" in lines[1]
    assert "call from the clinic" in lines[3] and "What did they say?" in lines[4]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Dafydd", "met", 4),
        (5, "Dafydd", "met", 6),
        (9, "Dafydd", "met", 10),
        (10, "Ceri", "met", 11),
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_vezi02_short_tokens_after_eid_with_the_in_laws() -> None:
    entry = BY_FILE["vezi02.srt"]
    cues = cues_of(FOLDER / "vezi02.srt")
    # Fifth cue (index 4): "I felt so small in my own house", met by Mariam's "That's really hurtful." (5).
    assert "so small in my own house" in cues[4] and "really hurtful" in cues[5]
    assert "auditioning" in cues[8] and "exhausting" in cues[9]
    assert len(cues) == entry["utterances"] == 13 and entry["speakers"] == ["Ayesha", "Mariam"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "met", 5),
        (8, "met", 9),
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "srt"


def test_fxzi06_family_chat_answers_low_mood_with_lamps_and_clubs() -> None:
    entry = BY_FILE["fxzi06.txt"]
    lines = lines_of(FOLDER / "fxzi06.txt")
    assert "feeling really low since Christmas" in lines[0] and "walk every morning" in lines[1]
    assert "behind everyone" in lines[5] and "running club" in lines[6]
    # Sid's "sounds rough Els, sorry" comes only in the last line: fixing still dominates.
    assert "sounds rough" in lines[-1]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (5, "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["speakers"] == ["Dad", "Ella", "Mum", "Sid"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "valid"


def test_inzi08_loneliness_answered_by_the_next_closed_question() -> None:
    entry = BY_FILE["inzi08.txt"]
    lines = lines_of(FOLDER / "inzi08.txt")
    assert "really lonely out here" in lines[11] and "pick you up" in lines[12]
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Maddie", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["utterances"] == 16 and entry["format"] == "whatsapp_ios_us"


def test_unmet_disclosures_after_the_goodnights_get_no_reply() -> None:
    unzi01 = BY_FILE["unzi01.txt"]
    lines = lines_of(FOLDER / "unzi01.txt")
    assert "Dan and I are separating" in lines[7] and len(lines) == unzi01["utterances"] == 8
    assert unzi01["disclosures"] == [
        {"index": 7, "speaker": "Kate", "depth": 3, "response": "none", "response_index": None}
    ]
    assert unzi01["format"] == "whatsapp_android_us" and len(unzi01["speakers"]) == 4
    unzi10 = BY_FILE["unzi10.vtt"]
    cues = cues_of(FOLDER / "unzi10.vtt")
    assert "Goodnight my darlings" in cues[4] and "panic attacks" in cues[5] and len(cues) == 6
    assert unzi10["disclosures"] == [
        {"index": 5, "speaker": "Yusra", "depth": 3, "response": "none", "response_index": None}
    ]
    assert unzi10["main_disclosure"] == 5 and unzi10["format"] == "teams_vtt" and unzi10["split"] == "valid"


def test_cfzi01_boxing_day_siblings() -> None:
    entry = BY_FILE["cfzi01.txt"]
    lines = lines_of(FOLDER / "cfzi01.txt")
    assert "You never lift a finger" in lines[0] and "I'm scared she won't be here" in lines[6]
    assert "Don't make this about Mum" in lines[7] and "I'm not doing this" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (4, "criticism"),
        (5, "criticism"),
        (7, "defensiveness"),
        (8, "contempt"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Helen", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfzi07_gentle_start_about_whose_family_for_christmas() -> None:
    entry = BY_FILE["cfzi07.jsonl"]
    rows = rows_of(FOLDER / "cfzi07.jsonl")
    assert "I'd really like us to go to mine" in rows[0]["text"] and "Thanks for raising it" in rows[1]["text"]
    assert "her last one" in rows[3]["text"] and rows[4]["speaker"] == "Jack"
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (3, "met", 4),
    ]
    assert len(rows) == entry["utterances"] == 12 and entry["split"] == "valid"


def test_stzi10_the_longest_is_the_christmas_planning_thread() -> None:
    entry = BY_FILE["stzi10.txt"]
    lines = lines_of(FOLDER / "stzi10.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "Christmas planning thread" in lines[0] and "see you on the 23rd" in lines[-1]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Beth", "Dad", "Mum", "Olly"] and entry["format"] == "whatsapp_android"
