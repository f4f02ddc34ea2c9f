"""corpus/kinds45 (the forty-fifth author's set: creative and academic life): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds45/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds45"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxh01_chapter_comments_met_and_returned() -> None:
    entry = BY_FILE["hhxh01.txt"]
    lines = lines_of(FOLDER / "hhxh01.txt")
    # Sixth message (index 5): Priya on the bus; Tom reflects (6). Index 7, "nothing you've written", is met by his
    # "verdict on the whole of you" (8); his own crying after the upgrade viva (12) is met by Priya's "TOM" (13).
    assert "finally worked it out" in lines[5] and "horrible thing to sit with" in lines[6]
    assert "3.2 doesn't yet earn its conclusion" in lines[7] and "has ever earned anything" in lines[7]
    assert "verdict on the whole of you" in lines[8]
    assert "cried in the disabled loo" in lines[12] and "Priya: TOM. you never told me that" in lines[13]
    assert len(lines) == entry["utterances"] == 22 and entry["speakers"] == ["Priya", "Tom"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Priya", "met", 6),
        (7, "Priya", "met", 8),
        (12, "Tom", "met", 13),
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cfxh03_the_longest_is_a_band_call_about_credits() -> None:
    entry = BY_FILE["cfxh03.vtt"]
    cues = cues_of(FOLDER / "cfxh03.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Dom's harsh opening (0); Lena's "just the face" (14) met by Ike (15); Dom's "a bit convenient" is contempt (17);
    # "Whatever" (34), "not on a call" (36) and walking off (40) are stonewalling.
    assert cues[0].startswith("Dom: Right, before we talk about the tour") and "never even asked us" in cues[0]
    assert "just the face" in cues[14] and cues[15].startswith("Ike: Lena, I had no idea")
    assert "a bit convenient" in cues[17]
    assert cues[34].startswith("Dom: Whatever.") and cues[40].startswith("Dom: I'm going to go.")
    assert entry["disclosures"] == [
        {"index": 14, "speaker": "Lena", "depth": 3, "response": "met", "response_index": 15}
    ]
    assert entry["main_disclosure"] == 14 and entry["harsh_startup"] is True
    assert entry["speakers"] == ["Dom", "Ike", "Lena", "Tess"] and entry["format"] == "zoom_vtt"
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (7, "criticism"),
        (8, "defensiveness"),
        (9, "contempt"),
        (11, "contempt"),
        (17, "contempt"),
        (23, "defensiveness"),
        (30, "contempt"),
        (34, "stonewalling"),
        (36, "stonewalling"),
        (38, "defensiveness"),
        (40, "stonewalling"),
    ]


def test_unxh10_diagnosis_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unxh10.vtt"]
    cues = cues_of(FOLDER / "unxh10.vtt")
    # Six cues; the last (index 5) is Harper's, after everyone has said goodnight, and nobody answers it.
    assert len(cues) == entry["utterances"] == 6
    assert cues[5].startswith("<v Harper>") and "since the diagnosis" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Harper", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["speakers"] == ["Harper", "Paolo", "Vivian"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_fxxh01_drowning_answered_with_a_gantt_chart() -> None:
    entry = BY_FILE["fxxh01.jsonl"]
    rows = rows_of(FOLDER / "fxxh01.jsonl")
    # Leah's first row (index 1) and "I don't feel like I belong" (5) both get Dr Morris's tips first (2, 6).
    assert "drowning" in rows[1]["text"] and "Gantt chart" in rows[2]["text"]
    assert "don't feel like I belong" in rows[5]["text"] and "writing group" in rows[6]["text"]
    assert len(rows) == entry["utterances"] == 12
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Leah", "advice", 2),
        (5, "Leah", "advice", 6),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "dev"


def test_vexh06_a_bare_mm_then_a_brief_ugh() -> None:
    entry = BY_FILE["vexh06.txt"]
    lines = lines_of(FOLDER / "vexh06.txt")
    # "not cut out for freelancing" (7) gets only "Mm." (8): none; the rent fear (9) gets "that's horrible" (10).
    assert "not cut out for freelancing" in lines[7] and lines[8].endswith("Sam: Mm.")
    assert "borrow it off my dad" in lines[9] and "that's horrible" in lines[10]
    assert len(lines) == entry["utterances"] == 14
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, 2, "none", None),
        (9, 3, "met", 10),
    ]
    assert entry["main_disclosure"] == 9 and entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_inxh10_roll_call_passes_over_rhys() -> None:
    entry = BY_FILE["inxh10.jsonl"]
    rows = rows_of(FOLDER / "inxh10.jsonl")
    # Rhys's answer (index 11) says he may leave the band; Mags's next question (12) is about the date.
    assert rows[11]["speaker"] == "Rhys" and "still be in the band" in rows[11]["text"]
    assert rows[12]["text"] == "Is that a yes or a no for the twelfth?"
    assert len(rows) == entry["utterances"] == 19
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Rhys", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["speakers"] == ["Aled", "Cerys", "Mags", "Rhys"]


def test_hhxh08_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhxh08.txt"]
    lines = lines_of(FOLDER / "hhxh08.txt")
    # Four lines of criticism and defensiveness, an apology (4), then the tendonitis (5), met by Marco (6).
    assert "you clearly don't care" in lines[0] and "you never tell anyone anything" in lines[2]
    assert "I'm sorry. what's going on?" in lines[4]
    assert "tendonitis" in lines[5] and "Leon. I'm so sorry" in lines[6]
    assert len(lines) == entry["utterances"] == 18
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (5, "Leon", "met"),
        (7, "Leon", "met"),
        (8, "Marco", "met"),
        (10, "Marco", "met"),
    ]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_unxh08_visa_fear_turned_to_the_freezer_inventory() -> None:
    entry = BY_FILE["unxh08.srt"]
    cues = cues_of(FOLDER / "unxh08.srt")
    assert "sixty days to leave the country" in cues[1] and cues[2].startswith("Joanna: Hm. Anyway")
    assert len(cues) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Tae-yang", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "srt" and entry["split"] == "valid"


def test_cfxh06_gentle_start_between_co_directors() -> None:
    entry = BY_FILE["cfxh06.srt"]
    cues = cues_of(FOLDER / "cfxh06.srt")
    # Jamal's "a guest in this production" (5) met by Hattie (6); her fear it will flop (8) met by Jamal (9).
    assert cues[0].startswith("Hattie: Can we talk about today's rehearsal?") and "I felt undermined" in cues[0]
    assert "a guest in this production" in cues[5] and cues[6].startswith("Hattie: Oh Jamal")
    assert "frightened it'll flop" in cues[8] and cues[9].startswith("Jamal: That's a lot of weight")
    assert len(cues) == entry["utterances"] == 14
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 5
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "Jamal", "met", 6),
        (8, "Hattie", "met", 9),
    ]


def test_kinds45_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 39
    assert min(e["utterances"] for e in entries) == 6
