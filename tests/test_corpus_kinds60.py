"""corpus/kinds60 (the sixtieth author's set): entries counted by hand from the rendered files.

The set is written as an evaluator's test of neighbouring kinds: each conversation is its own kind by the rules but
looks like its nearest neighbour on the surface. The generic checks every set passes live in
tests/test_corpus_sets.py; these pin a few labels read off the rendered files line by line, so that a slip in
corpus/kinds60/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds60"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhxw09_the_longest_is_a_drive_home_with_advice_only_at_the_end() -> None:
    entry = BY_FILE["hhxw09.txt"]
    lines = lines_of(FOLDER / "hhxw09.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Kofi's seventh line (index 6), leaving medicine, met by Ebo's "Thank you for telling me" (7); Ebo's own
    # story of Kumasi (21) and his promise (25) are met by Kofi (22, 26).
    assert "I don't want to do medicine any more" in lines[6] and "Thank you for telling me" in lines[7]
    assert "When I left Kumasi" in lines[21] and "I didn't know that" in lines[22]
    assert "afraid of his face" in lines[25] and "Thank you for telling me that" in lines[26]
    # The one suggestion (talk to the professor) comes long after the feelings were met.
    assert any("Talk to the professor" in line for line in lines[35:])
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Kofi", "met", 7),
        (11, "Kofi", "met", 12),
        (21, "Ebo", "met", 22),
        (25, "Ebo", "met", 26),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "plain_ts" and entry["split"] == "valid"
    assert entry["speakers"] == ["Ebo", "Kofi"]


def test_vexw01_one_question_and_a_bare_mm() -> None:
    entry = BY_FILE["vexw01.txt"]
    lines = lines_of(FOLDER / "vexw01.txt")
    assert len(lines) == entry["utterances"] == 17
    # Index 4: "a guest in my own apartment", met by Mo's "ugh that's awful" (5); index 10: "maybe I'm the problem",
    # answered only by "mm" (11), so none. Mo's single question is index 8.
    assert "a guest in my own apartment" in lines[4] and "ugh that's awful" in lines[5]
    assert "maybe I'm the problem" in lines[10] and lines[11].endswith("Mo: mm")
    assert "did you tell her about the boyfriend thing?" in lines[8]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Kayla", "depth": 3, "response": "met", "response_index": 5},
        {"index": 10, "speaker": "Kayla", "depth": 3, "response": "none", "response_index": None},
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"


def test_fxxw02_sympathy_opens_then_two_feelings_get_tasks() -> None:
    entry = BY_FILE["fxxw02.vtt"]
    cues = cues_of(FOLDER / "fxxw02.vtt")
    assert len(cues) == entry["utterances"] == 10
    # Victor's opening sympathy (0) comes before anything is disclosed; Lena's "I'm drowning" (1) gets the task
    # list (2), and "the weak link" (6) gets Omar's Pomodoro tip (7).
    assert "tough month" in cues[0] and "I'm drowning" in cues[1] and "task list" in cues[2]
    assert "weak link" in cues[6] and "Pomodoro" in cues[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "advice", 2),
        (6, "advice", 7),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Lena", "Omar", "Victor"]
    assert entry["format"] == "teams_vtt"


def test_unxw04_family_chat_warm_but_about_mum() -> None:
    entry = BY_FILE["unxw04.txt"]
    lines = lines_of(FOLDER / "unxw04.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "I'm so ashamed" in lines[1] and "I know that feeling so well" in lines[2]
    assert "nursing finals" in lines[2] and lines[-1].endswith("Niamh: ok")
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Niamh", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Conor", "Dad", "Mum", "Niamh"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_cfxw07_we_need_to_talk_said_calmly_is_still_harsh() -> None:
    entry = BY_FILE["cfxw07.jsonl"]
    rows = rows_of(FOLDER / "cfxw07.jsonl")
    assert len(rows) == entry["utterances"] == 12
    assert rows[0]["text"].startswith("We need to talk about money") and "you never tell me" in rows[0]["text"]
    assert "My dad lost our house" in rows[8]["text"] and rows[9]["text"].startswith("I'm not your dad")
    assert rows[11]["speaker"] == "Dan" and "going for a drive" in rows[11]["text"]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 8
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (5, "defensiveness"),
        (7, "contempt"),
        (9, "defensiveness"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 8, "speaker": "Claire", "depth": 3, "response": "deflected", "response_index": 9}
    ]


def test_cfxw01_gentle_startup_that_still_becomes_a_fight() -> None:
    entry = BY_FILE["cfxw01.txt"]
    lines = lines_of(FOLDER / "cfxw01.txt")
    assert len(lines) == entry["utterances"] == 11
    assert "I felt a bit hurt" in lines[0] and "could we check with each other" in lines[0]
    assert "you always do this" in lines[5] and "poor Ben" in lines[6]
    assert "I come last with you" in lines[8] and "not doing this over text" in lines[9]
    assert lines[10].endswith("Anna: fine")
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "criticism"),
        (6, "contempt"),
        (9, "stonewalling"),
        (10, "stonewalling"),
    ]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (8, "deflected", 9),
    ]


def test_inxw09_checklist_runs_over_the_one_disclosure() -> None:
    entry = BY_FILE["inxw09.srt"]
    cues = cues_of(FOLDER / "inxw09.srt")
    assert len(cues) == entry["utterances"] == 19
    # Twelfth cue (index 11): low since his dad died; the doctor's next cue (12) is "Any allergies?".
    assert "really low since my dad died" in cues[11] and cues[12] == "Dr Moss: Any allergies?"
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Greg", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["kind"] == "interrogation" and entry["split"] == "valid"


def test_unxw09_warm_same_then_a_numb_line_nobody_answers() -> None:
    entry = BY_FILE["unxw09.jsonl"]
    rows = rows_of(FOLDER / "unxw09.jsonl")
    assert len(rows) == entry["utterances"] == 8
    assert "since my mum's diagnosis" in rows[0]["text"] and "My nan had a scare" in rows[1]["text"]
    assert rows[5]["text"] == "Maybe. Honestly I just feel numb most of the time."
    assert rows[6]["speaker"] == "Ben" and rows[7]["text"] == "Nice one."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "deflected", 1),
        (5, "none", None),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl"


def test_stxw10_and_pfxw04_personal_news_and_humble_brags_list_nothing() -> None:
    st = BY_FILE["stxw10.txt"]
    lines = lines_of(FOLDER / "stxw10.txt")
    assert "I'm pregnant" in lines[2] and "Congratulations Priya" in lines[3]
    assert st["disclosures"] == [] and st["main_disclosure"] is None
    assert st["speakers"] == ["Coach Liz", "Omar", "Priya", "Sean"] and st["utterances"] == len(lines) == 11
    pf = BY_FILE["pfxw04.vtt"]
    cues = cues_of(FOLDER / "pfxw04.vtt")
    assert "which is terrifying, honestly" in cues[1] and "first star" in cues[3]
    assert pf["disclosures"] == [] and pf["main_disclosure"] is None and pf["format"] == "zoom_vtt"
    assert pf["speakers"] == ["Greta", "Hassan", "Lydia"] and pf["utterances"] == len(cues) == 10
