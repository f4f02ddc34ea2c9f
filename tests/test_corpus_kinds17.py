"""corpus/kinds17 (the seventeenth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds17/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds17"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhj02_the_longest_is_a_zoom_call_with_a_joke_that_dodges() -> None:
    entry = BY_FILE["hhj02.vtt"]
    cues = cues_of(FOLDER / "hhj02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 8 (index 7): the second round of treatment failed, met by Ruth (8). Index 12, "my fault", is joked off by
    # Dan (13), who apologises two cues later; Dan's own drinking (27) is met by Maz (28).
    assert "second round didn't work" in cues[7] and cues[8].startswith("Ruth: Oh Maz")
    assert "my fault" in cues[12] and "The trams alone" in cues[13]
    assert "hiding the bottles" in cues[27] and cues[28].startswith("Maz: Dan, thank you")
    assert entry["main_disclosure"] == 7
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "Maz", "met", 8),
        (9, "Maz", "met", 10),
        (12, "Maz", "deflected", 13),
        (20, "Maz", "met", 21),
        (27, "Dan", "met", 28),
        (34, "Maz", "met", 35),
        (36, "Ruth", "met", 37),
    ]
    assert entry["speakers"] == ["Dan", "Maz", "Ruth"] and entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_hhj09_guilt_swerved_by_the_mot_then_repaired() -> None:
    entry = BY_FILE["hhj09.txt"]
    lines = lines_of(FOLDER / "hhj09.txt")
    # Line 6 (index 5): no friends since the move, met by Kit's open question (6); line 13 (index 12): Kit's guilt,
    # answered by Rowan's question about the MOT (13), a question that changes the subject.
    assert "jealous of you and Maya" in lines[5] and "How long have you been feeling" in lines[6]
    assert "I feel guilty" in lines[12] and "book the MOT" in lines[13]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Rowan", "met", 6),
        (7, "Rowan", "met", 8),
        (12, "Kit", "deflected", 13),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_vej02_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["vej02.srt"]
    cues = cues_of(FOLDER / "vej02.srt")
    # Index 8 (scared to see the doctor) is met by "That's scary" (9); index 12 (humiliating) only gets "Mm." (13).
    assert "scared to go to the doctor" in cues[8] and "That's scary" in cues[9]
    assert "humiliating" in cues[12] and cues[13] == "Leah: Mm."
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Kai", "depth": 3, "response": "met", "response_index": 9},
        {"index": 12, "speaker": "Kai", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == len(cues) == 18


def test_fxj01_two_feelings_met_with_lists() -> None:
    entry = BY_FILE["fxj01.jsonl"]
    rows = rows_of(FOLDER / "fxj01.jsonl")
    # The first row is the disclosure; Nathan's bottle plan (1) answers it; "doing all of it wrong" (6) gets the
    # night nanny (7).
    assert "drowning" in rows[0]["text"] and "bottle" in rows[1]["text"]
    assert "doing all of it wrong" in rows[6]["text"] and "night nanny" in rows[7]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == len(rows) == 12
    assert entry["speakers"] == ["Hollie", "Nathan"] and entry["format"] == "jsonl"


def test_inj02_a_closed_question_changes_the_subject() -> None:
    entry = BY_FILE["inj02.txt"]
    lines = lines_of(FOLDER / "inj02.txt")
    # Brianna's seventeenth message (index 16) is answered by her mother's granola bars (17).
    assert "failing chem" in lines[16] and "granola bars" in lines[17]
    assert len(lines) == entry["utterances"] == 22
    assert entry["disclosures"] == [
        {"index": 16, "speaker": "Brianna", "depth": 3, "response": "deflected", "response_index": 17}
    ]
    assert entry["main_disclosure"] == 16 and entry["format"] == "whatsapp_android_us"


def test_unj07_a_warm_token_glued_to_a_change_of_subject() -> None:
    entry = BY_FILE["unj07.txt"]
    lines = lines_of(FOLDER / "unj07.txt")
    # Index 2: Erica's partner moved out; Dani's "aw sorry hon!!" and the driving rota are one message (3).
    assert "Josh moved out" in lines[2] and "aw sorry hon!! ok so who's driving" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Erica", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["speakers"] == ["Dani", "Erica", "Kristen"] and entry["format"] == "whatsapp_ios_us"
    assert entry["split"] == "valid" and entry["utterances"] == 10


def test_unj08_the_shortest_gets_only_mm() -> None:
    entry = BY_FILE["unj08.srt"]
    cues = cues_of(FOLDER / "unj08.srt")
    assert len(cues) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert "dropped from the apprenticeship" in cues[3] and cues[4] == "Stan: Mm."
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Joe", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "srt"


def test_lej09_the_lecture_carries_on_past_the_fear() -> None:
    entry = BY_FILE["lej09.txt"]
    lines = lines_of(FOLDER / "lej09.txt")
    assert "I'm scared about all of it" in lines[5] and lines[6].startswith("Roisin: Right, and the deposit.")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Clodagh", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["main_disclosure"] is None and entry["format"] == "plain" and entry["utterances"] == 9


def test_cfj01_harsh_start_and_two_shutdowns() -> None:
    entry = BY_FILE["cfj01.txt"]
    lines = lines_of(FOLDER / "cfj01.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "you never do anything" in lines[0] and "oh poor you" in lines[2] and lines[3].endswith("here we go")
    assert "starting to resent you" in lines[6] and "bad dad" in lines[7]
    assert lines[9].endswith("whatever. I'll do the bins") and lines[10].endswith("Megan: fine")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "contempt"),
        (5, "defensiveness"),
        (7, "defensiveness"),
        (9, "stonewalling"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"][0]["response"] == "deflected" and entry["disclosures"][0]["response_index"] == 7


def test_cfj10_one_reply_both_defends_and_sneers() -> None:
    entry = BY_FILE["cfj10.txt"]
    lines = lines_of(FOLDER / "cfj10.txt")
    assert "grandmother's ring" in lines[6] and "Nobody's interested in your stuff" in lines[7]
    assert "going back to bed" in lines[11]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "contempt"),
        (7, "defensiveness"),
        (7, "contempt"),
        (11, "stonewalling"),
    ]
    assert len(entry["speakers"]) == 4 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfj06_gentle_start_met_defensively_then_repaired() -> None:
    entry = BY_FILE["cfj06.srt"]
    cues = cues_of(FOLDER / "cfj06.srt")
    assert "I felt a bit hurt" in cues[0] and "I did the slides" in cues[1]
    assert "passed over twice" in cues[4] and "That's rough, Amira" in cues[5]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (4, "met", 5),
    ]
    assert entry["horsemen"] == [{"index": 1, "kind": "defensiveness"}]
