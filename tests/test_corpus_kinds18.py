"""corpus/kinds18 (the eighteenth author's set): entries counted by hand from the rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds18/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds18"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhk02_the_longest_is_a_call_about_a_fathers_stroke() -> None:
    entry = BY_FILE["hhk02.vtt"]
    cues = cues_of(FOLDER / "hhk02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 7: the stroke (depth 2); cue 10: the guilt of being in Berlin (the main one), met by Lena's reflection.
    assert "had a stroke on Sunday" in cues[7] and "I should have been there" in cues[10]
    assert cues[11].startswith("Lena Vogel: That's such a heavy thing to carry")
    assert entry["main_disclosure"] == 10 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (7, 2, "met", 8),
        (10, 3, "met", 11),
        (14, 3, "met", 15),
        (20, 3, "met", 21),
        (25, 2, "met", 26),
        (34, 3, "met", 35),
    ]
    assert "he didn't call" in cues[34] and "That silence must have been awful" in cues[35]


def test_unk04_reunion_chat_leaves_gaz_unanswered() -> None:
    entry = BY_FILE["unk04.txt"]
    lines = lines_of(FOLDER / "unk04.txt")
    # Gaz's seventh-line message (index 6) about his dad gets no reply; his own "anyway. night lads" (7) ends it.
    assert len(lines) == entry["utterances"] == 8
    assert "since dad died in march" in lines[6] and lines[7].endswith("Gaz: anyway. night lads")
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Gaz", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 6 and entry["speakers"] == ["Gaz", "Liam", "Ryan"]
    assert entry["format"] == "whatsapp_android"


def test_cfk01_harsh_start_up_and_horsemen() -> None:
    entry = BY_FILE["cfk01.txt"]
    lines = lines_of(FOLDER / "cfk01.txt")
    assert len(lines) == entry["utterances"] == 12
    assert "You never reply" in lines[0] and "didn't realise typing was so hard" in lines[4]
    assert "I feel like an afterthought" in lines[6] and "That's not fair and you know it" in lines[7]
    assert lines[8].endswith("Chloe: Whatever Ryan") and lines[11].endswith("Ryan: 👍")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 6
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Chloe", "depth": 3, "response": "deflected", "response_index": 7}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (7, "defensiveness"),
        (8, "stonewalling"),
        (9, "stonewalling"),
        (10, "contempt"),
        (11, "stonewalling"),
    ]


def test_fxk01_grandmother_answers_both_feelings_with_tips() -> None:
    entry = BY_FILE["fxk01.jsonl"]
    rows = rows_of(FOLDER / "fxk01.jsonl")
    # Row 2: "I feel like I'm failing her", answered by the rugby hold (3); row 11: "this one thing right",
    # answered by the breastfeeding café (12).
    assert "failing her already" in rows[2]["text"] and "rugby hold" in rows[3]["text"]
    assert "this one thing right" in rows[11]["text"] and "breastfeeding café" in rows[12]["text"]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Sophie", "advice", 3),
        (11, "Sophie", "advice", 12),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Dan", "Linda", "Sophie"]
    assert len(rows) == entry["utterances"] == 16 and entry["format"] == "jsonl"


def test_vek02_a_bare_mm_is_no_answer() -> None:
    entry = BY_FILE["vek02.srt"]
    cues = cues_of(FOLDER / "vek02.srt")
    # Cue 10 (the fraud feeling) is met by "That sounds horrible, love." (11); cue 14 (not wanting to finish) only
    # gets "Mm." (15), so it is none.
    assert "a fraud who snuck in" in cues[10] and cues[11] == "Theo: That sounds horrible, love."
    assert "want to finish anymore" in cues[14] and cues[15] == "Theo: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (10, "met", 11),
        (14, "none", None),
    ]
    assert entry["main_disclosure"] == 10 and entry["utterances"] == 22 and entry["format"] == "srt"


def test_ink06_parents_change_the_subject_to_a_coat() -> None:
    entry = BY_FILE["ink06.vtt"]
    cues = cues_of(FOLDER / "ink06.vtt")
    assert len(cues) == entry["utterances"] == 33
    assert "I'm really lonely here" in cues[23] and cues[24].startswith("Dad: Did you buy the winter coat?")
    assert entry["disclosures"] == [
        {"index": 23, "speaker": "Jiwoo", "depth": 3, "response": "deflected", "response_index": 24}
    ]
    assert entry["main_disclosure"] == 23 and entry["speakers"] == ["Dad", "Jiwoo", "Mum"]
    assert entry["split"] == "valid" and entry["format"] == "zoom_vtt"


def test_unk10_disclosure_after_everyone_has_left() -> None:
    entry = BY_FILE["unk10.vtt"]
    cues = cues_of(FOLDER / "unk10.vtt")
    assert len(cues) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert "really scared since they announced the restructure" in cues[4]
    assert cues[5] == "<v Laura Pike>Hello? Oh. You've both gone.</v>"
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Laura Pike", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["format"] == "teams_vtt" and len(entry["speakers"]) == 3


def test_hhk07_harsh_start_repairs_into_a_heart_to_heart() -> None:
    entry = BY_FILE["hhk07.vtt"]
    cues = cues_of(FOLDER / "hhk07.vtt")
    assert len(cues) == entry["utterances"] == 32
    assert "You never call Mum" in cues[0] and "I've been drinking a lot" in cues[5]
    assert "How long has it been like that?" in cues[6]
    assert entry["kind"] == "heart_to_heart" and entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (3, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"], d["response"]) for d in entry["disclosures"]] == [
        (5, "Daniel Shaw", "met"),
        (9, "Daniel Shaw", "met"),
        (12, "Rebecca Shaw", "met"),
        (21, "Daniel Shaw", "met"),
    ]


def test_cfk07_band_practice_with_four_speakers() -> None:
    entry = BY_FILE["cfk07.jsonl"]
    rows = rows_of(FOLDER / "cfk07.jsonl")
    assert len(rows) == entry["utterances"] == 13 and entry["speakers"] == ["Gaz", "Mel", "Sam", "Ty"]
    assert "working two jobs" in rows[5]["text"] and rows[6]["text"].startswith("Oh, boo hoo")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Ty", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (6, "contempt"),
        (7, "contempt"),
        (8, "defensiveness"),
        (11, "stonewalling"),
        (12, "stonewalling"),
    ]


def test_peripheral_disclosures_have_no_main() -> None:
    """A disclosure inside small talk, a performance or a lecture is listed with its answer; the talk does not turn
    on it, so main_disclosure stays null."""
    stk08 = BY_FILE["stk08.txt"]
    lines = lines_of(FOLDER / "stk08.txt")
    assert "just after my divorce" in lines[8] and "They do that, don't they" in lines[9]
    assert stk08["disclosures"] == [{"index": 8, "speaker": "Kofi", "depth": 2, "response": "met", "response_index": 9}]
    pfk05 = BY_FILE["pfk05.txt"]
    lines = lines_of(FOLDER / "pfk05.txt")
    assert "I went over the side in '87" in lines[4] and lines[5].startswith("Jack: I went over twice")
    assert pfk05["disclosures"] == [
        {"index": 4, "speaker": "Alfie", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    lek07 = BY_FILE["lek07.txt"]
    lines = lines_of(FOLDER / "lek07.txt")
    assert "struggling to keep up since my hip op" in lines[5] and "apply for a half plot" in lines[6]
    assert lek07["disclosures"] == [
        {"index": 5, "speaker": "Sunita", "depth": 2, "response": "advice", "response_index": 6}
    ]
    for entry in (stk08, pfk05, lek07):
        assert entry["main_disclosure"] is None
