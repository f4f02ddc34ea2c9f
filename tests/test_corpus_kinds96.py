"""corpus/kinds96 (the ninety-sixth author's set, boundary cases): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds96/_src (a moved line, a missing annotation) shows up here. Each
conversation sits next to the kind it is most often confused with (see corpus/kinds96/README.md).
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds96"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzg01_harsh_opening_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhzg01.txt"]
    lines = lines_of(FOLDER / "hhzg01.txt")
    # Two criticisms from Niamh (0, 1) and Aoife's defensive "press release" (2); Aoife's repair and disclosure (4)
    # is met by Niamh's apology and question (5).
    assert "you never tell me anything" in lines[1] and "press release" in lines[2]
    assert "didn't want to say it out loud" in lines[4] and "what happened?" in lines[5]
    assert len(lines) == entry["utterances"] == 21
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "criticism"),
        (2, "defensiveness"),
    ]
    assert entry["main_disclosure"] == 4
    assert entry["disclosures"][0] == {
        "index": 4,
        "speaker": "Aoife",
        "depth": 3,
        "response": "met",
        "response_index": 5,
    }
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhzg09_the_longest_is_an_anniversary_call() -> None:
    entry = BY_FILE["hhzg09.txt"]
    lines = lines_of(FOLDER / "hhzg09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Line 8 (index 7): the first morning again; Callum's reflection (8). Callum's own secret (22) met by Imogen (23).
    assert "felt like the first morning again" in lines[7] and "the year just folded up" in lines[8]
    assert "he'd ruined Christmas" in lines[22] and "I didn't know" in lines[23]
    assert entry["main_disclosure"] == 7 and entry["speakers"] == ["Callum", "Imogen"]
    assert len(entry["disclosures"]) == 15 and {d["response"] for d in entry["disclosures"]} == {"met"}
    assert {"index": 22, "speaker": "Callum", "depth": 3, "response": "met", "response_index": 23} in entry[
        "disclosures"
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid" and entry["harsh_startup"] is None


def test_vezg02_a_bare_mm_hm_is_no_answer() -> None:
    entry = BY_FILE["vezg02.srt"]
    cues = cues_of(FOLDER / "vezg02.srt")
    # Cue 8 (index 7): the chain on the door, met by "God, that's horrible" (8); index 9, stuck with the landlord,
    # gets only "Mm-hm." (10).
    assert "put the chain on" in cues[7] and "that's horrible" in cues[8]
    assert "I'm stuck with a man" in cues[9] and cues[10] == "Jonas: Mm-hm."
    assert len(cues) == entry["utterances"] == 17
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Lena", "depth": 3, "response": "met", "response_index": 8},
        {"index": 9, "speaker": "Lena", "depth": 2, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxzg08_the_dog_met_then_the_grief_fixed() -> None:
    entry = BY_FILE["fxzg08.txt"]
    lines = lines_of(FOLDER / "fxzg08.txt")
    # "Oh no" meets the news (0 -> 1); the quiet house (2) and the guilt (6) each get a plan first (3, 7).
    assert "put down this morning" in lines[0] and lines[1].startswith("Ros: Oh no.")
    assert "listening for her nails" in lines[2] and "think about a rescue" in lines[3]
    assert "I feel so guilty" in lines[6] and "Ask the vet for the notes" in lines[7]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "met", 1),
        (2, 3, "advice", 3),
        (6, 3, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["kind"] == "fixing"
    assert entry["utterances"] == 11 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unzg10_mm_then_the_next_agenda_item() -> None:
    entry = BY_FILE["unzg10.vtt"]
    cues = cues_of(FOLDER / "unzg10.vtt")
    # Kai's second cue (index 1); Fiona's bare "Mm." (2) is not the answer, her turn to the grant (3) is.
    assert "since the miscarriage" in cues[1] and cues[2] == "<v Fiona>Mm.</v>"
    assert "grant application" in cues[3]
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Kai", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Bryony", "Fiona", "Kai"]
    assert len(cues) == entry["utterances"] == 9 and entry["format"] == "teams_vtt"


def test_unzg07_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unzg07.txt"]
    lines = lines_of(FOLDER / "unzg07.txt")
    # The last two messages are Sienna's own: the disclosure (6) and "ignore me" (7); nobody else writes again.
    assert "feeling really down lately" in lines[6] and "ignore me" in lines[7]
    assert len(lines) == entry["utterances"] == 8 and entry["speakers"] == ["Ama", "Jules", "Sienna"]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Sienna", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "valid"


def test_unzg09_listener_takes_the_floor() -> None:
    entry = BY_FILE["unzg09.jsonl"]
    rows = rows_of(FOLDER / "unzg09.jsonl")
    # Tess's mother in hospital (2) turns into Gina's father's hip (3); the fear for her mother's future (6) into
    # sheltered housing and bingo (7).
    assert "I'm terrified" in rows[2]["text"] and "When Dad had his hip done" in rows[3]["text"]
    assert "live on her own" in rows[6]["text"] and "bingo night" in rows[7]["text"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Tess", "deflected", 3),
        (6, "Tess", "deflected", 7),
    ]
    assert entry["main_disclosure"] == 2 and len(rows) == entry["utterances"] == 11 and entry["format"] == "jsonl"


def test_cfzg04_fence_harsh_start_and_a_widow_brushed_off() -> None:
    entry = BY_FILE["cfzg04.txt"]
    lines = lines_of(FOLDER / "cfzg04.txt")
    assert "no respect" in lines[0] and "Typical." in lines[4]
    assert "Len put that fence up" in lines[7] and "I'm not standing here" in lines[8]
    assert "Don't bother." in lines[11] and len(lines) == entry["utterances"] == 12
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Doreen", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
        (4, "defensiveness"),
        (4, "contempt"),
        (6, "criticism"),
        (8, "stonewalling"),
        (9, "contempt"),
        (11, "stonewalling"),
    ]


def test_cfzg10_gentle_start_up_answered_by_the_television() -> None:
    entry = BY_FILE["cfzg10.txt"]
    lines = lines_of(FOLDER / "cfzg10.txt")
    # Iris's request (0); Paul's bare "Mm." (1) is not the answer, "I'm watching this." (2) is.
    assert "I feel really shut out" in lines[0] and lines[1].endswith("Paul: Mm.")
    assert lines[2].endswith("Paul: I'm watching this.") and lines[12].endswith("Paul: Fine.")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 2),
        (5, "deflected", 6),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (2, "stonewalling"),
        (4, "stonewalling"),
        (6, "defensiveness"),
        (8, "stonewalling"),
        (10, "stonewalling"),
        (12, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inzg09_caring_but_closed_questions_list_nothing() -> None:
    entry = BY_FILE["inzg09.srt"]
    cues = cues_of(FOLDER / "inzg09.srt")
    # Every one of Mum's ten cues is a closed question or a close; Beth's answers are facts, "I'm fine" included.
    assert cues[0] == "Mum: Have you eaten today?" and cues[15] == "Beth: No. I'm fine."
    assert len(cues) == entry["utterances"] == 20
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["horsemen"] == []
    assert entry["kind"] == "interrogation" and entry["format"] == "srt" and entry["split"] == "valid"


def test_pfzg03_busy_complaints_are_boasts() -> None:
    entry = BY_FILE["pfzg03.txt"]
    lines = lines_of(FOLDER / "pfzg03.txt")
    assert "back to back with the CEO" in lines[0] and "worked Christmas Day" in lines[3]
    assert len(lines) == entry["utterances"] == 12
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["kind"] == "performance" and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_counts_of_the_set() -> None:
    entries = list(BY_FILE.values())
    disclosures = [d for e in entries for d in e["disclosures"]]
    assert len(entries) == 100 and len(disclosures) == 148
    assert sum(1 for d in disclosures if d["response"] == "met") == 99
    assert sum(1 for d in disclosures if d["response"] == "advice") == 21
    assert sum(1 for d in disclosures if d["response"] == "deflected") == 24
    assert sum(1 for d in disclosures if d["response"] == "none") == 4
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 50
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 37
