"""corpus/kinds35 (the thirty-fifth author's set: big life events): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds35/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds35"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhb04_sisters_and_a_silver_lining() -> None:
    entry = BY_FILE["hhb04.txt"]
    lines = lines_of(FOLDER / "hhb04.txt")
    # Dana's fourth message (index 3), the lost baby, is met by Lou's "I'm so sorry" (4); her "numb mostly" (6) gets
    # Beth's "at least you know you can get pregnant" (7), a silver lining with no acknowledgement: deflected.
    assert "I lost the baby" in lines[3] and "I'm so sorry" in lines[4]
    assert "numb mostly" in lines[6] and "at least you know you can get pregnant" in lines[7]
    assert "stomach bug" in lines[14] and "I was ashamed" in lines[16] and "like I did something wrong" in lines[17]
    assert len(lines) == entry["utterances"] == 24
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (3, "Dana", "met", 4),
        (6, "Dana", "deflected", 7),
        (12, "Dana", "met", 13),
        (14, "Carmen", "met", 15),
        (16, "Carmen", "met", 17),
        (17, "Dana", "met", 18),
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Beth", "Carmen", "Dana", "Lou"]
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_unb02_lay_off_at_the_pub_quiz() -> None:
    entry = BY_FILE["unb02.txt"]
    lines = lines_of(FOLDER / "unb02.txt")
    # Gary's first line (index 1) is joked off by Mick (2); his "spare part" (10) gets only the next question (11).
    assert "I got laid off today" in lines[1] and "you jammy sod" in lines[2]
    assert "spare part" in lines[10] and "Who sang Ghost Town?" in lines[11]
    assert len(lines) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Gary", "depth": 3, "response": "deflected", "response_index": 2},
        {"index": 10, "speaker": "Gary", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Gary", "Mick", "Sue"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_fxb03_mother_in_law_answers_with_iron_and_folic_acid() -> None:
    entry = BY_FILE["fxb03.txt"]
    lines = lines_of(FOLDER / "fxb03.txt")
    assert "my body failed us" in lines[2] and "Iron. Red meat, spinach" in lines[3]
    assert "I'm scared it will happen again" in lines[7] and "Ask for the tests" in lines[8]
    assert len(lines) == entry["utterances"] == 11
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (2, "Nadia", 3, "advice", 3),
        (7, "Nadia", 3, "advice", 8),
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android_us"


def test_cfb03_the_longest_is_a_family_call_about_a_called_off_wedding() -> None:
    entry = BY_FILE["cfb03.vtt"]
    cues = cues_of(FOLDER / "cfb03.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Mum: Mira, we need to talk") and cues[-1].startswith("Dad: Stay with us")
    # Mira's fear of Vikram (8) is met with contempt (9); her father meets the phone-checking (24 -> 25).
    assert "frightened of him for a year" in cues[8] and "so now he's a monster" in cues[9]
    assert "He checks my phone" in cues[24] and "I'm so sorry I didn't see it" in cues[25]
    assert "I feel sick that I laughed" in cues[26] and "You didn't know" in cues[27]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "Mira", "deflected", 9),
        (24, "Mira", "met", 25),
        (26, "Arjun", "met", 27),
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (7, "defensiveness"),
        (9, "contempt"),
        (13, "defensiveness"),
        (17, "criticism"),
        (20, "defensiveness"),
        (32, "contempt"),
        (34, "stonewalling"),
        (37, "contempt"),
        (39, "stonewalling"),
    ]
    assert entry["speakers"] == ["Arjun", "Dad", "Mira", "Mum"] and entry["format"] == "zoom_vtt"


def test_inb06_a_closed_question_steps_past_a_fathers_fear() -> None:
    entry = BY_FILE["inb06.vtt"]
    cues = cues_of(FOLDER / "inb06.vtt")
    assert "It frightens me when that happens" in cues[15] and "Did you have your keys" in cues[16]
    assert len(cues) == entry["utterances"] == 27
    assert entry["disclosures"] == [
        {"index": 15, "speaker": "Eddie", "depth": 3, "response": "deflected", "response_index": 16}
    ]
    assert entry["main_disclosure"] == 15 and entry["speakers"] == ["Eddie", "Karen", "Stephen"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_unb10_redundancy_told_after_goodbye() -> None:
    entry = BY_FILE["unb10.vtt"]
    cues = cues_of(FOLDER / "unb10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert "I got promoted last month" in cues[1] and "Good chatting" in cues[3]
    assert "<v Tom>" in cues[5] and "I got made redundant on Friday" in cues[5]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Tom", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["format"] == "teams_vtt" and entry["split"] == "valid"


def test_veb03_redundancy_by_email_with_two_listeners() -> None:
    entry = BY_FILE["veb03.jsonl"]
    rows = rows_of(FOLDER / "veb03.jsonl")
    assert len(rows) == entry["utterances"] == 28
    assert rows[13]["speaker"] == "Jen" and "humiliated" in rows[13]["text"]
    assert rows[14]["speaker"] == "Sasha" and "horrible feeling" in rows[14]["text"]
    assert rows[21]["speaker"] == "Jen" and "I'm scared, honestly" in rows[21]["text"]
    assert rows[22]["speaker"] == "Keisha" and "it makes sense you're scared" in rows[22]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (13, "met", 14),
        (21, "met", 22),
    ]
    assert entry["main_disclosure"] == 13 and entry["speakers"] == ["Jen", "Keisha", "Sasha"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_hhb06_widower_and_daughter_both_ring_the_voicemail() -> None:
    entry = BY_FILE["hhb06.jsonl"]
    rows = rows_of(FOLDER / "hhb06.jsonl")
    assert len(rows) == entry["utterances"] == 28
    assert "I say goodnight to it" in rows[7]["text"] and "That's not daft at all" in rows[8]["text"]
    assert "I still ring her number" in rows[14]["text"] and "I've rung it myself, twice" in rows[17]["text"]
    assert [(d["index"], d["speaker"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, "Walter", 3, 8),
        (11, "Walter", 3, 12),
        (14, "Ruth", 3, 15),
        (17, "Walter", 2, 18),
        (20, "Ruth", 3, 21),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 7 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_cfb10_gentle_start_up_about_a_hidden_job_loss() -> None:
    entry = BY_FILE["cfb10.txt"]
    lines = lines_of(FOLDER / "cfb10.txt")
    assert len(lines) == entry["utterances"] == 16
    assert "I feel scared and shut out" in lines[0] and "You went through the recycling?" in lines[1]
    assert "Happy?" in lines[3] and "I'm not doing this right now" in lines[7]
    assert "too ashamed to tell you" in lines[9] and "My face isn't going to change" in lines[10]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "contempt"),
        (7, "stonewalling"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "Sam", "deflected", 1),
        (6, "Sam", "deflected", 7),
        (9, "Alex", "met", 10),
        (11, "Alex", "met", 12),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_lectures_and_performances_list_nothing() -> None:
    for name in ("leb01.srt", "leb08.vtt", "pfb08.jsonl", "pfb03.txt"):
        entry = BY_FILE[name]
        assert entry["disclosures"] == [] and entry["main_disclosure"] is None and entry["horsemen"] == [], name
    assert BY_FILE["pfb08.jsonl"]["speakers"] == ["Aunt Pat", "Grandma Hilda", "Grandpa Len", "Nana Rose"]
