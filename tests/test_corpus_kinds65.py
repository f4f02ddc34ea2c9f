"""corpus/kinds65 (the sixty-fifth author's set: busy group chats): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds65/_src (a moved line, a missing annotation) shows up here. In these
chats threads cross: where the next message of another member talks past a disclosure, the answer is the later
message that takes it up, and a disclosure nobody takes up is ``none``.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds65"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def answers(entry: dict) -> list[tuple[int, str, str, int | None]]:
    """Each disclosure as (index, speaker, response, response_index)."""
    return [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]]


def test_hhyb06_the_longest_is_a_fortieth_birthday_chat_that_turns_on_ivf() -> None:
    entry = BY_FILE["hhyb06.jsonl"]
    rows = rows_of(FOLDER / "hhyb06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Row 7: Fi's third round of IVF; row 8, Jonno still on the food shop; row 9, Amir takes it up.
    assert rows[7]["speaker"] == "Fi" and "third round" in rows[7]["text"]
    assert rows[8]["speaker"] == "Jonno" and "food shop" in rows[8]["text"]
    assert rows[9]["speaker"] == "Amir" and "thank you for telling us" in rows[9]["text"]
    assert "two miscarriages" in rows[12]["text"] and "table nine" in rows[19]["text"]
    assert entry["main_disclosure"] == 7
    assert answers(entry) == [
        (7, "Fi", "met", 9),
        (10, "Fi", "met", 11),
        (12, "Amir", "met", 13),
        (17, "Amir", "met", 18),
        (18, "Fi", "met", 19),
        (19, "Lottie", "met", 20),
        (22, "Lottie", "met", 23),
        (34, "Fi", "met", 35),
    ]
    assert entry["speakers"] == ["Amir", "Fi", "Jonno", "Lottie"]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_hhyb02_the_feeling_is_answered_by_ola_not_bens_catch_up_question() -> None:
    entry = BY_FILE["hhyb02.vtt"]
    cues = cues_of(FOLDER / "hhyb02.vtt")
    assert len(cues) == entry["utterances"] == 15
    assert cues[5].startswith("Kasia: since Dad's heart thing") and cues[6].startswith("Ola: oh Kas")
    # Cue 7 ("I feel stupid"): Ben's next cue asks what happened; Ola's "it's not stupid" (11) is the answer.
    assert "I feel stupid" in cues[7] and cues[8].startswith("Ben: wait what happened")
    assert cues[11].startswith("Ola: it's not stupid")
    assert answers(entry) == [(5, "Kasia", "met", 6), (7, "Kasia", "met", 11), (11, "Ola", "met", 12)]
    assert entry["main_disclosure"] == 5 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_unyb04_grief_passed_over_for_chips_and_a_lighter_book() -> None:
    entry = BY_FILE["unyb04.txt"]
    lines = lines_of(FOLDER / "unyb04.txt")
    assert len(lines) == entry["utterances"] == 14
    # Line 3 (index 2): Dee since her mum died; Rob's cheap chips (3) talk past; Hana's lighter book (4) answers.
    assert "since Mum went in May" in lines[2] and "cheap chips" in lines[3]
    assert "Hana: ooh we should do a lighter one" in lines[4]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Dee", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_android"
    assert entry["speakers"] == ["Dee", "Hana", "Kavi", "Rob"]


def test_unyb06_struggling_volunteer_gets_no_reply_in_the_rota() -> None:
    entry = BY_FILE["unyb06.txt"]
    lines = lines_of(FOLDER / "unyb06.txt")
    assert len(lines) == entry["utterances"] == 14
    assert lines[4].startswith("Priti: also, bit random") and "struggling a lot" in lines[4]
    assert lines[5].startswith("Claire: Tom you're on Bramble")
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Priti", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "plain" and entry["split"] == "valid"
    assert entry["speakers"] == ["Claire", "Priti", "Tom"]


def test_unyb03_biopsy_fear_after_the_goodnights() -> None:
    entry = BY_FILE["unyb03.txt"]
    lines = lines_of(FOLDER / "unyb03.txt")
    assert len(lines) == entry["utterances"] == 7
    assert "Owen: night mate" in lines[5] and "biopsy results Thursday" in lines[6]
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Owen", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_veyb01_rant_with_a_bare_mm_after_the_second_feeling() -> None:
    entry = BY_FILE["veyb01.txt"]
    lines = lines_of(FOLDER / "veyb01.txt")
    assert len(lines) == entry["utterances"] == 16
    assert "not good at this job" in lines[5] and "Jo: that's horrible Ash" in lines[6]
    assert "I feel so small" in lines[12] and lines[13].endswith("Jo: mm")
    assert answers(entry) == [(5, "Asha", "met", 6), (12, "Asha", "none", None)]
    assert entry["main_disclosure"] == 5 and entry["format"] == "whatsapp_ios_us"
    assert entry["speakers"] == ["Asha", "Jo", "Priya"]


def test_fxyb02_four_volunteers_answer_burnout_with_a_rota() -> None:
    entry = BY_FILE["fxyb02.vtt"]
    cues = cues_of(FOLDER / "fxyb02.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert cues[0].startswith("<v Rachel>quick one") and "feel guilty" in cues[0]
    assert cues[1].startswith("<v Ahmed>we should set up a rota")
    assert "it all falls apart" in cues[3] and cues[4].startswith("<v Ahmed>then we write down")
    assert answers(entry) == [(0, "Rachel", "advice", 1), (3, "Rachel", "advice", 4)]
    assert entry["main_disclosure"] == 0 and entry["format"] == "teams_vtt" and entry["split"] == "dev"
    assert entry["speakers"] == ["Ahmed", "Greg", "Nell", "Rachel"]


def test_cfyb03_newsletter_row_harsh_start_and_stonewalling() -> None:
    entry = BY_FILE["cfyb03.vtt"]
    cues = cues_of(FOLDER / "cfyb03.vtt")
    assert len(cues) == entry["utterances"] == 14
    assert cues[0].startswith("Gail: we need to talk") and "you always put your name" in cues[0]
    assert "I feel invisible here" in cues[7] and cues[8] == "Trevor: well that's a bit dramatic"
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
        (6, "defensiveness"),
        (8, "contempt"),
        (10, "stonewalling"),
        (11, "stonewalling"),
        (13, "stonewalling"),
    ]
    assert answers(entry) == [(7, "Gail", "deflected", 8)]
    assert entry["format"] == "zoom_vtt" and entry["speakers"] == ["Fatima", "Gail", "Trevor"]


def test_cfyb06_gentle_start_about_noise_handled_well() -> None:
    entry = BY_FILE["cfyb06.srt"]
    cues = cues_of(FOLDER / "cfyb06.srt")
    assert len(cues) == entry["utterances"] == 12
    assert "struggling to sleep" in cues[0] and "quiet after 11" in cues[0]
    assert cues[1].startswith("Abby: oh, I didn't realise") and "your alarm goes off" in cues[2]
    assert "scared of failing again" in cues[7] and cues[8].startswith("Abby: I didn't know you'd failed")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(2, "defensiveness")]
    assert answers(entry) == [(0, "Tunde", "met", 1), (7, "Tunde", "met", 8)]
    assert entry["format"] == "srt" and entry["split"] == "valid"


def test_cfyb04_a_mild_feeling_met_defensively_then_the_deep_one_met() -> None:
    entry = BY_FILE["cfyb04.txt"]
    lines = lines_of(FOLDER / "cfyb04.txt")
    assert len(lines) == entry["utterances"] == 12
    assert lines[0].startswith("Ruth: Theo, can I talk") and lines[1].startswith("Theo: I did warn you")
    assert "my time didn't matter to you" in lines[6] and lines[7].startswith("Theo: oh. I didn't realise")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(1, "defensiveness"), (5, "defensiveness")]
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (6, 3, "met", 7),
    ]
    assert entry["format"] == "plain" and entry["speakers"] == ["Ruth", "Theo"]
