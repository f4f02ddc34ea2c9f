"""corpus/kinds57 (the fifty-seventh author's set: teenagers and people in their early twenties texting): entries
counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds57/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds57"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxt01_joke_then_real_answer() -> None:
    entry = BY_FILE["hhxt01.txt"]
    lines = lines_of(FOLDER / "hhxt01.txt")
    # jaz's breakup (index 4) met by Mei's "im so sorry" (5); the freezer (8) gets a laugh (9) and then the answer
    # Mei's "fr tho that sounds awful" (10), which is marked as the response.
    assert "dan ended it" in lines[4] and "im so sorry" in lines[5]
    assert "walk in freezer" in lines[8] and "ok thats tragic" in lines[9] and "fr tho that sounds awful" in lines[10]
    assert "feel so stupid" in lines[11] and "ur not stupid for hoping" in lines[12]
    assert "when me and ren ended" in lines[15] and "weirdly comforting" in lines[17]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (4, "jaz", 3, "met", 5),
        (8, "jaz", 3, "met", 10),
        (11, "jaz", 3, "met", 12),
        (15, "Mei", 2, "met", 17),
    ]
    assert len(lines) == entry["utterances"] == 24 and entry["speakers"] == ["Mei", "jaz"]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_hhxt07_the_longest_is_a_midnight_call() -> None:
    entry = BY_FILE["hhxt07.vtt"]
    cues = cues_of(FOLDER / "hhxt07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Tenth cue (index 9): the eating disorder coming back, met by Ruby's "oh noor" (10); Ruby's own secret (24).
    assert "its coming back" in cues[9] and "oh noor" in cues[10]
    assert "pulling my hair out" in cues[24] and "i remember the headbands" in cues[25]
    assert entry["main_disclosure"] == 9 and entry["disclosures"][0]["response_index"] == 10
    assert all(d["response"] == "met" for d in entry["disclosures"])
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid" and entry["speakers"] == ["Noor", "Ruby"]


def test_vext02_bare_yeah_is_not_the_answer() -> None:
    entry = BY_FILE["vext02.srt"]
    cues = cues_of(FOLDER / "vext02.srt")
    # Index 9 "anything thats mine": Sam's bare "yeah" (10) is passed over for "that sounds suffocating" (11).
    assert "anything thats mine" in cues[9] and cues[10] == "Sam: yeah" and "suffocating" in cues[11]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "met", 6),
        (9, "met", 11),
        (15, "met", 16),
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 17 and entry["format"] == "srt"


def test_fxxt08_late_sympathy_still_fixing() -> None:
    entry = BY_FILE["fxxt08.txt"]
    lines = lines_of(FOLDER / "fxxt08.txt")
    assert "such a failure" in lines[0] and "cv checked by careers" in lines[1]
    assert "kind of ashamed" in lines[7] and "do a masters" in lines[8]
    assert "that sounds like a lot of pressure" in lines[10]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (7, "advice", 8),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unxt02_damn_then_fifa() -> None:
    entry = BY_FILE["unxt02.txt"]
    lines = lines_of(FOLDER / "unxt02.txt")
    # Josh's dad lost his job (0); Rhys's "damn" (1) runs straight into "anyway ... fifa" (2), marked as the answer.
    assert "dads lost his job" in lines[0] and lines[1].endswith("Rhys: damn") and "fifa" in lines[2]
    assert "messing with my head" in lines[5] and "already messed" in lines[6]
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Josh", "depth": 3, "response": "deflected", "response_index": 2},
        {"index": 5, "speaker": "Josh", "depth": 3, "response": "deflected", "response_index": 6},
    ]
    assert entry["speakers"] == ["Callum", "Josh", "Rhys"] and entry["format"] == "plain_ts"


def test_unxt04_after_the_goodnights_nobody_answers() -> None:
    entry = BY_FILE["unxt04.txt"]
    lines = lines_of(FOLDER / "unxt04.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "nobody would actually notice" in lines[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Kai", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and len(entry["speakers"]) == 3


def test_unxt09_the_dog_wins() -> None:
    entry = BY_FILE["unxt09.jsonl"]
    rows = rows_of(FOLDER / "unxt09.jsonl")
    assert "go back on my meds" in rows[0]["text"] and "GETTING A DOG" in rows[1]["text"]
    assert rows[9] == {**rows[9], "speaker": "Mei", "text": "cute"}
    assert entry["disclosures"] == [
        {"index": 0, "speaker": "Mei", "depth": 3, "response": "deflected", "response_index": 1}
    ]
    assert entry["speakers"] == ["Ade", "Mei", "Noor", "Ruby"] and entry["split"] == "valid"


def test_unxt10_a_bare_mm_is_none() -> None:
    entry = BY_FILE["unxt10.vtt"]
    cues = cues_of(FOLDER / "unxt10.vtt")
    assert "really struggling" in cues[4] and cues[5] == "<v Callum>mm</v>" and "see u guys monday" in cues[6]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Izzy", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["format"] == "teams_vtt" and entry["utterances"] == 8


def test_cfxt03_harsh_group_trip() -> None:
    entry = BY_FILE["cfxt03.vtt"]
    cues = cues_of(FOLDER / "cfxt03.vtt")
    assert "useless at planning" in cues[0] and "martyr speech" in cues[6]
    assert "only one who wants this trip" in cues[7] and "so stressful" in cues[8] and "im out" in cues[12]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Tomás", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (3, "defensiveness"),
        (4, "defensiveness"),
        (5, "criticism"),
        (6, "contempt"),
        (8, "criticism"),
        (10, "contempt"),
        (12, "stonewalling"),
        (14, "contempt"),
    ]
    assert entry["speakers"] == ["Amara", "Imani", "Kai", "Tomás"] and entry["format"] == "zoom_vtt"


def test_cfxt05_gentle_start_defensive_first_then_repair() -> None:
    entry = BY_FILE["cfxt05.txt"]
    lines = lines_of(FOLDER / "cfxt05.txt")
    # Sofia's feeling (2) and request (3); Ravi's first reply (4) defends, so the main is deflected; the later
    # "standing by the fridge" (8) and Ravi's own nerves (10) are met.
    assert "felt kinda left out" in lines[2] and "i did check in tho?" in lines[4]
    assert "standing by the fridge" in lines[8] and "sounds rubbish" in lines[9]
    assert "i get nervous" in lines[10] and "u seem so chill" in lines[11]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Sofia", "deflected", 4),
        (8, "Sofia", "met", 9),
        (10, "Ravi", "met", 11),
    ]
    assert entry["horsemen"] == [{"index": 4, "kind": "defensiveness"}] and entry["format"] == "whatsapp_ios_us"
