"""corpus/kinds71 (volunteers, neighbours and community settings): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds71/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds71"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyh01_first_voice_since_thursday_met_and_returned() -> None:
    entry = BY_FILE["hhyh01.txt"]
    lines = lines_of(FOLDER / "hhyh01.txt")
    # Pauline's third message (index 4), met by Dev's reply (5); the radio (8) is met by Dev's own telly (9), which
    # Pauline meets in turn (10).
    assert "first time I'd spoken to anyone since Thursday" in lines[4] and "that's not silly at all" in lines[5]
    assert "radio on just to hear a voice" in lines[8] and "Since Priya and I split" in lines[9]
    assert "I had no idea" in lines[10]
    assert len(lines) == entry["utterances"] == 15
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Pauline", "depth": 3, "response": "met", "response_index": 5},
        {"index": 8, "speaker": "Pauline", "depth": 3, "response": "met", "response_index": 9},
        {"index": 9, "speaker": "Dev", "depth": 3, "response": "met", "response_index": 10},
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhyh10_harsh_start_about_chairs_repairs_into_a_diagnosis() -> None:
    entry = BY_FILE["hhyh10.txt"]
    lines = lines_of(FOLDER / "hhyh10.txt")
    assert "you never put the chairs back" in lines[0] and "That's not fair" in lines[1]
    assert "It's breast cancer" in lines[5] and "Forget the chairs" in lines[6]
    assert "I had a lumpectomy in 2019" in lines[11]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(0, "criticism"), (1, "defensiveness")]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Lynn", "met", 6),
        (7, "Lynn", "met", 8),
        (11, "Ann-Marie", "met", 12),
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Ann-Marie", "Lynn", "Pete"]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_veyh03_shelter_volunteer_vents_and_the_listeners_give_tokens() -> None:
    entry = BY_FILE["veyh03.jsonl"]
    rows = rows_of(FOLDER / "veyh03.jsonl")
    # Phil's "Mm." (9) and "Yeah." (13) are tokens; Jas's fear of letting everyone down (10) is met by Hannah (11).
    assert rows[9]["text"] == "Mm." and rows[13]["text"] == "Yeah."
    assert "scared I'm not cut out for this" in rows[10]["text"] and rows[11]["speaker"] == "Hannah"
    assert len(rows) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 10, "speaker": "Jas", "depth": 3, "response": "met", "response_index": 11}
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Hannah", "Jas", "Phil"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_fxyh02_jungle_plot_and_a_dead_mother_both_get_advice() -> None:
    entry = BY_FILE["fxyh02.vtt"]
    cues = cues_of(FOLDER / "fxyh02.vtt")
    # Yvonne's embarrassment (0) gets Reg's weed membrane (1); her mum's death (5) gets Nisha's one-job list (6);
    # the sympathy comes only at the end (12).
    assert "embarrassed" in cues[0] and "weed membrane" in cues[1]
    assert "She died in March" in cues[5] and "one job each visit" in cues[6]
    assert "sorry about your mum" in cues[12]
    assert len(cues) == entry["utterances"] == 14
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (5, "advice", 6),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_unyh03_miscarriage_lost_in_the_tomato_chat() -> None:
    entry = BY_FILE["unyh03.txt"]
    lines = lines_of(FOLDER / "unyh03.txt")
    # Ola's message (index 5) is followed by Mei asking about Sungold (6): the subject changed, so deflected.
    assert "After the miscarriage in May" in lines[5] and "Has anyone tried the Sungold" in lines[6]
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ola", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["speakers"] == ["Bridget", "Mei", "Ola", "Sam"] and entry["format"] == "whatsapp_ios"


def test_unyh07_and_unyh10_disclosures_after_the_goodbyes_get_no_reply() -> None:
    un07 = BY_FILE["unyh07.txt"]
    lines = lines_of(FOLDER / "unyh07.txt")
    # After the goodnights, Renee's depression (4) is followed only by her own three messages.
    assert "really depressed since the divorce" in lines[4]
    assert all("] Renee:" in line for line in lines[4:])
    assert un07["utterances"] == 8 and un07["format"] == "whatsapp_ios_us" and un07["split"] == "valid"
    assert un07["disclosures"] == [
        {"index": 4, "speaker": "Renee", "depth": 3, "response": "none", "response_index": None}
    ]
    un10 = BY_FILE["unyh10.vtt"]
    cues = cues_of(FOLDER / "unyh10.vtt")
    # The scan is the last cue of a Teams call (index 7), after Gordon has left.
    assert "found something on my scan" in cues[7] and len(cues) == un10["utterances"] == 8
    assert un10["disclosures"] == [
        {"index": 7, "speaker": "Fatima", "depth": 3, "response": "none", "response_index": None}
    ]
    assert un10["main_disclosure"] == 7 and un10["format"] == "teams_vtt"


def test_cfyh01_paint_row_first_reply_is_a_stonewall() -> None:
    entry = BY_FILE["cfyh01.txt"]
    lines = lines_of(FOLDER / "cfyh01.txt")
    # Moira's hurt (7) is answered first by Graham's "The paint's been bought" (8); Hilary's sympathy (9) comes after.
    assert "decided everything without asking" in lines[0] and "Poor Moira" in lines[6]
    assert "I don't count any more" in lines[7] and "The paint's been bought" in lines[8]
    assert "I'm sorry" in lines[9] and "leaving this chat" in lines[12]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Moira", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (6, "contempt"),
        (8, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["speakers"] == ["Graham", "Hilary", "Moira"] and entry["format"] == "whatsapp_ios"


def test_cfyh04_gentle_tool_shed_start_turns_on_taken_for_granted() -> None:
    entry = BY_FILE["cfyh04.txt"]
    lines = lines_of(FOLDER / "cfyh04.txt")
    # A feeling and a specific request (0) met defensively (1); the deeper "taken for granted" (8) is met (9).
    assert lines[0].startswith("Tess: ") and "I feel a bit frustrated" in lines[0]
    assert "taken for granted" in lines[8] and "Fair enough" in lines[9]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 8
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Tess", "depth": 2, "response": "deflected", "response_index": 1},
        {"index": 8, "speaker": "Tess", "depth": 3, "response": "met", "response_index": 9},
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "defensiveness"),
    ]
    assert entry["format"] == "plain" and entry["utterances"] == 12


def test_cfyh07_polite_plot_inspection_row_with_two_met_disclosures() -> None:
    entry = BY_FILE["cfyh07.jsonl"]
    rows = rows_of(FOLDER / "cfyh07.jsonl")
    assert "I felt hurt" in rows[0]["text"] and rows[1]["speaker"] == "Nigel"
    assert "I dread it every month" in rows[8]["text"] and rows[9]["speaker"] == "Beth"
    assert entry["kind"] == "conflict" and entry["harsh_startup"] is False and entry["horsemen"] == []
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Beth", "met", 1),
        (8, "Nigel", "met", 9),
    ]
    assert entry["main_disclosure"] == 0 and entry["split"] == "valid" and len(entry["speakers"]) == 3


def test_diyh01_the_longest_is_a_committee_item_on_a_market() -> None:
    entry = BY_FILE["diyh01.txt"]
    lines = lines_of(FOLDER / "diyh01.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert lines[0].startswith("Margaret: Right, item four") and lines[-1] == "Margaret: Right. Item five, the hedge."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Alan", "Fiona", "Margaret", "Tom"] and entry["format"] == "plain"
