"""corpus/kinds74 (the seventy-fourth author's set: people who met online or are near-strangers): entries counted by
hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds74/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds74"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhyk07_the_longest_is_an_ivf_group_call() -> None:
    entry = BY_FILE["hhyk07.vtt"]
    cues = cues_of(FOLDER / "hhyk07.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 3: the news in the supermarket queue; cue 4: "I don't know who I am if I stop"; Carys's cue 5 meets both.
    assert "supermarket queue" in cues[3] and "who I am if I stop" in cues[4] and "so cruel" in cues[5]
    assert cues[5].startswith("<v Carys>")
    assert entry["main_disclosure"] == 3
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (3, "Nadine", 3, "met", 5),
        (4, "Nadine", 3, "met", 5),
        (6, "Nadine", 2, "met", 7),
        (10, "Nadine", 3, "met", 11),
        (13, "Marek", 3, "met", 14),
        (20, "Yasmin", 3, "met", 21),
        (21, "Nadine", 3, "met", 22),
        (25, "Nadine", 2, "met", 26),
        (28, "Yasmin", 2, "met", 29),
        (29, "Marek", 3, "met", 30),
    ]
    assert entry["speakers"] == ["Carys", "Marek", "Nadine", "Yasmin"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid" and entry["harsh_startup"] is None


def test_hhyk10_harsh_start_that_repairs() -> None:
    entry = BY_FILE["hhyk10.txt"]
    lines = lines_of(FOLDER / "hhyk10.txt")
    assert len(lines) == entry["utterances"] == 16
    assert "you always do this" in lines[0] and "I had a reason" in lines[1] and "you always have a reason" in lines[2]
    # Sunil's fourth message (index 3), the panic attack on the bus, met by Mathilde's "I'm so sorry" (4).
    assert "panic attack on the bus" in lines[3] and "I'm so sorry" in lines[4]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 3
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Sunil", "met", 4),
        (5, "Sunil", "met", 6),
        (7, "Sunil", "met", 8),
        (8, "Mathilde", "met", 9),
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "valid"


def test_unyk02_a_bad_fortnight_lost_under_the_meetup_poll() -> None:
    entry = BY_FILE["unyk02.txt"]
    lines = lines_of(FOLDER / "unyk02.txt")
    assert len(lines) == entry["utterances"] == 11
    # Ruth's line (index 2) gets no reply: Lorna's next line is about a loo by the park.
    assert "Ruth: I don't know if I'll make it" in lines[2] and "scared it's starting again" in lines[2]
    assert "loo nearby" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Ruth", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Colm", "Lorna", "Ruth", "Wendy"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_unyk05_fired_then_the_bank_map() -> None:
    entry = BY_FILE["unyk05.vtt"]
    cues = cues_of(FOLDER / "unyk05.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert "I got let go today" in cues[1] and cues[2].startswith("Zeke: Oof, unlucky man. Anyway")
    assert "I feel sick. Nine years there." in cues[8] and "prep phase" in cues[9]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Rook", "deflected", 2),
        (8, "Rook", "none", None),
    ]
    assert entry["main_disclosure"] == 1 and len(entry["speakers"]) == 4 and entry["format"] == "zoom_vtt"


def test_unyk09_biopsy_joked_off_in_the_quiz_chat() -> None:
    entry = BY_FILE["unyk09.jsonl"]
    rows = rows_of(FOLDER / "unyk09.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert rows[4]["speaker"] == "Theo" and "biopsy" in rows[4]["text"]
    assert rows[5]["speaker"] == "Amos" and "Agatha Quiztie gets my vote" in rows[5]["text"]
    assert rows[8]["text"] == "I keep thinking about my kids" and "pens" in rows[9]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (4, "deflected", 5),
        (8, "none", None),
    ]
    assert entry["main_disclosure"] == 4 and entry["split"] == "valid" and entry["format"] == "jsonl"


def test_veyk02_the_visa_office_and_a_bare_mm() -> None:
    entry = BY_FILE["veyk02.srt"]
    cues = cues_of(FOLDER / "veyk02.srt")
    assert len(cues) == entry["utterances"] == 16
    assert "drowning slowly" in cues[6] and cues[7] == "Claire: That's horrible."
    assert "a man who cannot print" in cues[8] and cues[9] == "Claire: That's so unfair."
    # Index 12, lying to his mother, gets only "Mm." (13): none.
    assert "I lie to her every day now" in cues[12] and cues[13] == "Claire: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "met", 7),
        (8, "met", 9),
        (12, "none", None),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "srt" and entry["split"] == "dev"


def test_fxyk02_new_mum_gets_skin_to_skin_and_sleep_tips() -> None:
    entry = BY_FILE["fxyk02.vtt"]
    cues = cues_of(FOLDER / "fxyk02.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "I feel nothing" in cues[1] and cues[2].startswith("<v Aisha>Have you tried loads of skin to skin?")
    assert "not safe with her" in cues[7] and "write it down" in cues[8]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Chloe", "advice", 2),
        (7, "Chloe", "advice", 8),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Aisha", "Chloe", "Hollie"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_fxyk08_homesick_at_chuseok() -> None:
    entry = BY_FILE["fxyk08.txt"]
    lines = lines_of(FOLDER / "fxyk08.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "eating toast alone" in lines[0] and "Korean supermarket" in lines[1]
    assert "made a mistake coming here" in lines[4] and "video call your family" in lines[5]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "plain" and entry["split"] == "valid"


def test_cfyk02_the_silver_astra() -> None:
    entry = BY_FILE["cfyk02.txt"]
    lines = lines_of(FOLDER / "cfyk02.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "EVERY morning" in lines[0] and "Calm down" in lines[1]
    assert "barely holding it together" in lines[6] and "Not my problem" in lines[7]
    assert "I'm muting this group" in lines[9]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
        (5, "contempt"),
        (7, "contempt"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Kayleigh", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert entry["speakers"] == ["Bill", "Graham", "Kayleigh"] and entry["format"] == "whatsapp_android"


def test_cfyk03_gentle_start_up_with_a_language_partner() -> None:
    entry = BY_FILE["cfyk03.vtt"]
    cues = cues_of(FOLDER / "cfyk03.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert "I'm not important" in cues[2] and "cancel at least a day before" in cues[2]
    assert "you moved the time twice in January" in cues[7] and "embarrassed my Itali" in cues[9]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 2
    assert entry["horsemen"] == [{"index": 7, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Chiara", "met", 3),
        (9, "Ben", "met", 10),
    ]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_inyk07_buddy_check_has_no_disclosure_and_styk03_is_the_shortest() -> None:
    entry = BY_FILE["inyk07.txt"]
    lines = lines_of(FOLDER / "inyk07.txt")
    assert len(lines) == entry["utterances"] == 18
    assert lines[0] == "Suki: Morning buddy check. Did you sleep?" and lines[1] == "Lewis: A bit."
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["format"] == "plain"
    short = BY_FILE["styk03.txt"]
    assert short["utterances"] == len(lines_of(FOLDER / "styk03.txt")) == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert short["format"] == "whatsapp_ios_us" and short["disclosures"] == []
