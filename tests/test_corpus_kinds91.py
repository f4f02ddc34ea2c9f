"""corpus/kinds91 (the ninety-first author's set: gaming and fandom communities): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds91/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds91"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhzb01_quiet_raider_met_after_the_raid() -> None:
    entry = BY_FILE["hhzb01.txt"]
    lines = lines_of(FOLDER / "hhzb01.txt")
    # Rook's two messages in a row (indices 5 and 6) are both answered by Juno's next message (7).
    assert "not been ok for a few weeks" in lines[5] and "just me in bed" in lines[6]
    assert "thank you for telling me" in lines[7]
    # Juno's own disclosure (11, hiding dropping out) is met by Rook's "wait really?" (12).
    assert "hid it from my mum" in lines[11] and "wait really?" in lines[12]
    assert len(lines) == entry["utterances"] == 19
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Rook", "met", 7),
        (6, "Rook", "met", 7),
        (8, "Rook", "met", 9),
        (10, "Rook", "met", 11),
        (11, "Juno", "met", 12),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unzb02_not_eating_joked_off_then_talked_over() -> None:
    entry = BY_FILE["unzb02.txt"]
    lines = lines_of(FOLDER / "unzb02.txt")
    # Wren's fourth line (index 3) gets Tam's cereal joke (4); her second try (10) only gets talk about lag (11).
    assert "haven't really been eating" in lines[3] and "cereal for dinner" in lines[4]
    assert "scaring me a bit" in lines[10] and "map lagging" in lines[11]
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Wren", "depth": 3, "response": "deflected", "response_index": 4},
        {"index": 10, "speaker": "Wren", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 3 and entry["format"] == "plain_ts"
    assert entry["speakers"] == ["Kestrel", "Mossy", "Tam", "Wren"] and len(lines) == 13


def test_cfzb03_fire_in_the_raid_harsh_start() -> None:
    entry = BY_FILE["cfzb03.vtt"]
    cues = cues_of(FOLDER / "cfzb03.vtt")
    assert len(cues) == entry["utterances"] == 16
    assert cues[0].startswith("Tam: Wren, you stood in the fire again")
    assert "dread logging on" in cues[7] and "the victim speech" in cues[8]
    assert cues[10] == "Tam: whatever. I'm going afk"
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "defensiveness"),
        (5, "criticism"),
        (8, "contempt"),
        (10, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Wren", "depth": 3, "response": "deflected", "response_index": 8}
    ]


def test_fxzb01_interview_nerves_get_interview_tips() -> None:
    entry = BY_FILE["fxzb01.jsonl"]
    rows = rows_of(FOLDER / "fxzb01.jsonl")
    assert "terrified" in rows[2]["text"] and "write down three stories" in rows[3]["text"]
    assert "not good enough" in rows[6]["text"] and "practise out loud" in rows[7]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == len(rows) == 12
    assert entry["speakers"] == ["Tam", "Wren"] and entry["format"] == "jsonl"


def test_unzb08_after_the_goodnights_no_reply() -> None:
    entry = BY_FILE["unzb08.srt"]
    cues = cues_of(FOLDER / "unzb08.srt")
    # Zed says night (5), then the last cue (6) is his disclosure, which nobody answers.
    assert cues[5] == "Zed: night" and "I don't think I'm okay" in cues[6]
    assert len(cues) == entry["utterances"] == 7
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Zed", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["split"] == "valid" and entry["format"] == "srt"


def test_inzb06_the_longest_is_an_admin_hearing() -> None:
    entry = BY_FILE["inzb06.vtt"]
    cues = cues_of(FOLDER / "inzb06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[1] == "Boo: yes" and cues[-1].startswith("Lumen: okay. thanks, Boo.")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Boo", "Gale", "Lumen"] and entry["format"] == "zoom_vtt"


def test_vezb06_landlord_rant_tokens_count_as_met() -> None:
    entry = BY_FILE["vezb06.txt"]
    lines = lines_of(FOLDER / "vezb06.txt")
    assert "sleeping on the sofa" in lines[6] and "that's grim" in lines[7]
    assert "overstayed in my own flat" in lines[8] and "that's so wrong" in lines[9]
    assert "hate how polite I am" in lines[10] and "horrible spot" in lines[11]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, 2, "met", 7),
        (8, 3, "met", 9),
        (10, 3, "met", 11),
    ]
    # The main disclosure is the first deep one (8), not the earlier depth-2 complaint (6).
    assert entry["main_disclosure"] == 8 and entry["format"] == "plain_ts" and len(lines) == 16


def test_cfzb07_housemates_gentle_start_with_defensiveness() -> None:
    entry = BY_FILE["cfzb07.jsonl"]
    rows = rows_of(FOLDER / "cfzb07.jsonl")
    assert rows[0]["speaker"] == "Uma" and "I'd really like it if you kept it down" in rows[0]["text"]
    assert rows[6]["speaker"] == "Fennec" and "always the problem" in rows[6]["text"]
    assert rows[7]["text"].startswith("you're not always the problem")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(2, "defensiveness"), (4, "defensiveness")]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "met", 1),
        (6, "met", 7),
    ]
    assert entry["speakers"] == ["Ash", "Fennec", "Uma"] and entry["utterances"] == 14


def test_unzb10_mod_load_answered_defensively() -> None:
    entry = BY_FILE["unzb10.vtt"]
    cues = cues_of(FOLDER / "unzb10.vtt")
    # Teams cues carry the speaker in a voice tag.
    assert cues[1].startswith("<v Ivy>") and "panic attacks" in cues[1]
    assert cues[2].startswith("<v Nori>well, we all do the same load")
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Ivy", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["horsemen"] == [{"index": 2, "kind": "defensiveness"}] and entry["harsh_startup"] is None
    assert entry["format"] == "teams_vtt" and entry["utterances"] == len(cues) == 8


def test_inzb07_closed_questions_around_one_met_disclosure() -> None:
    entry = BY_FILE["inzb07.txt"]
    lines = lines_of(FOLDER / "inzb07.txt")
    assert lines[12] == "Nadia: are you okay?"
    assert "don't want tomorrow to start" in lines[13] and "thank you for telling me" in lines[14]
    assert lines[15] == "Nadia: are you going in today?"
    assert entry["disclosures"] == [
        {"index": 13, "speaker": "Zed", "depth": 3, "response": "met", "response_index": 14}
    ]
    assert entry["main_disclosure"] == 13 and entry["kind"] == "interrogation" and len(lines) == 21


def test_pfzb08_travel_brags_list_no_disclosures() -> None:
    entry = BY_FILE["pfzb08.jsonl"]
    rows = rows_of(FOLDER / "pfzb08.jsonl")
    assert "three Michelin stars" in rows[4]["text"] and "status on two airlines" in rows[11]["text"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["speakers"] == ["Dusk", "Koda", "Mossy", "Vex"] and entry["utterances"] == len(rows) == 13


def test_counts_of_the_set() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 38
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert len(responses) == 119
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 80,
        "advice": 20,
        "deflected": 17,
        "none": 2,
    }
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 51
