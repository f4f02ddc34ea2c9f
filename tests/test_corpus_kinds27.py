"""corpus/kinds27 (the twenty-seventh author's set: students and young adults): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds27/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds27"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hht06_the_longest_is_two_old_friends_catching_up() -> None:
    entry = BY_FILE["hht06.jsonl"]
    rows = rows_of(FOLDER / "hht06.jsonl")
    assert len(rows) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Row 11: Sunny's depression since November, met by Georgia's "I'm so sorry" (12); Georgia's jealousy (22) and
    # feeling stuck (26) met by Sunny; "I've missed you so much" (36) answered by Sunny's own fear of crying (37).
    assert "pretty depressed since about November" in rows[11]["text"] and "I'm so sorry" in rows[12]["text"]
    assert "properly jealous" in rows[22]["text"] and "really stuck" in rows[26]["text"]
    assert rows[36]["text"] == "I've missed you so much, Sun." and "scared that if I called" in rows[37]["text"]
    found = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert found == [
        (11, "Sunny", 3, "met", 12),
        (22, "Georgia", 3, "met", 23),
        (26, "Georgia", 3, "met", 27),
        (36, "Georgia", 2, "met", 37),
        (37, "Sunny", 3, "met", 38),
    ]
    assert entry["main_disclosure"] == 11 and entry["speakers"] == ["Georgia", "Sunny"]
    assert entry["format"] == "jsonl" and entry["split"] == "valid"


def test_unt08_parents_splitting_gets_only_a_mm() -> None:
    entry = BY_FILE["unt08.srt"]
    cues = cues_of(FOLDER / "unt08.srt")
    # Cue 2: Ash's parents are splitting up; Cam's "Mm." (3) is a bare token, then the event pass (5).
    assert "splitting up" in cues[2] and cues[3] == "Cam: Mm." and "event pass" in cues[5]
    assert len(cues) == entry["utterances"] == 8
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Ash", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "srt" and entry["split"] == "valid"


def test_fxt03_ghosted_joke_is_answered_with_steps() -> None:
    entry = BY_FILE["fxt03.txt"]
    lines = lines_of(FOLDER / "fxt03.txt")
    # Line 3 (index 2): "maybe i'm a limited time offer", half a joke, met by Priya's "step one" (3); index 11,
    # "i do kind of think it's me?", met by Jade's voice-note tip (12).
    assert "limited time offer" in lines[2] and "step one: archive his chat" in lines[3]
    assert "i do kind of think it's me?" in lines[11] and "slow down texting" in lines[12]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Maya", "advice", 3),
        (11, "Maya", "advice", 12),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Jade", "Maya", "Priya", "Zoe"]
    assert entry["format"] == "whatsapp_android_us" and entry["split"] == "dev"


def test_cft01_bills_harsh_start_and_shutdown() -> None:
    entry = BY_FILE["cft01.txt"]
    lines = lines_of(FOLDER / "cft01.txt")
    assert len(lines) == entry["utterances"] == 12
    assert "you NEVER pay on time" in lines[0] and "he has a DRAWER" in lines[4]
    assert "hours at the bar got cut" in lines[5] and "not really my problem" in lines[6]
    assert lines[11].endswith("Jade: i'm not doing this")
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (4, "contempt"),
        (6, "contempt"),
        (7, "contempt"),
        (9, "stonewalling"),
        (11, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Jade", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_vet02_candle_shift_token_after_one_and_mm_after_the_other() -> None:
    entry = BY_FILE["vet02.srt"]
    cues = cues_of(FOLDER / "vet02.srt")
    # Cue 8: "I feel like I've wasted everything", met by Nadia's "That's horrible" (9); cue 14, "I peaked at
    # graduation", gets only Ben's "Mm." (15).
    assert "wasted everything" in cues[8] and cues[9] == "Nadia: Oh Arlo. That's horrible."
    assert "peaked at graduation" in cues[14] and cues[15] == "Ben: Mm."
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (8, "met", 9),
        (14, "none", None),
    ]
    assert entry["main_disclosure"] == 8 and entry["speakers"] == ["Arlo", "Ben", "Nadia"]
    assert len(cues) == entry["utterances"] == 18


def test_cft06_a_gentle_start_up_first_answered_defensively() -> None:
    entry = BY_FILE["cft06.srt"]
    cues = cues_of(FOLDER / "cft06.srt")
    # Cue 2: Ellis feels small when shouted at; Jordan's "I wasn't shouting" (3) is defensive, so deflected; his own
    # disclosure (5) is met by Ellis (6).
    assert "feeling pretty small" in cues[2] and "I wasn't shouting" in cues[3]
    assert "only thing I feel good at" in cues[5] and "Is that the job stuff?" in cues[6]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [{"index": 3, "kind": "defensiveness"}]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Ellis", "deflected", 3),
        (5, "Jordan", "met", 6),
    ]
    assert entry["main_disclosure"] == 2 and entry["split"] == "valid"


def test_unt05_group_project_returns_to_business() -> None:
    entry = BY_FILE["unt05.vtt"]
    cues = cues_of(FOLDER / "unt05.vtt")
    assert "bad time with my mental health" in cues[1] and "section three by Sunday" in cues[2]
    assert "dragging everyone down" in cues[11] and cues[12].startswith("Owen: It's fine. Right, same time")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "deflected", 2),
        (11, "deflected", 12),
    ]
    assert entry["main_disclosure"] == 1 and entry["speakers"] == ["Harriet", "Lily", "Owen", "Sam"]
    assert entry["format"] == "zoom_vtt" and entry["split"] == "dev"


def test_let02_coach_talks_through_the_weak_link() -> None:
    entry = BY_FILE["let02.jsonl"]
    rows = rows_of(FOLDER / "let02.jsonl")
    assert len(rows) == entry["utterances"] == 11
    assert rows[5]["speaker"] == "Lina" and "weak link" in rows[5]["text"]
    assert rows[6]["speaker"] == "Coach Ryo" and rows[6]["text"].startswith("Which is why we drill clutches")
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Lina", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    assert entry["kind"] == "lecture" and entry["main_disclosure"] == 5 and entry["split"] == "dev"


def test_int07_scared_to_go_answered_with_the_plug_adaptor() -> None:
    entry = BY_FILE["int07.txt"]
    lines = lines_of(FOLDER / "int07.txt")
    assert len(lines) == entry["utterances"] == 17
    assert "I'm a bit scared to go" in lines[11] and lines[12] == "Mum: Have you got the plug adaptor?"
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Josh", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["format"] == "plain" and entry["split"] == "valid"


def test_pft06_no_return_offer_topped_and_stt08_passing_remark() -> None:
    pf = BY_FILE["pft06.txt"]
    lines = lines_of(FOLDER / "pft06.txt")
    assert "didn't get the return offer" in lines[4] and "i got mine in week 2" in lines[5]
    assert pf["disclosures"] == [
        {"index": 4, "speaker": "Brandon", "depth": 3, "response": "deflected", "response_index": 5}
    ]
    assert pf["main_disclosure"] == 4 and pf["format"] == "whatsapp_ios_us"
    st = BY_FILE["stt08.txt"]
    lines = lines_of(FOLDER / "stt08.txt")
    # A passing depth-2 remark in small talk is listed but is not a main disclosure.
    assert "enjoying this way more than my first year" in lines[5] and "Ah, nice, I get that" in lines[6]
    assert st["disclosures"] == [{"index": 5, "speaker": "Jade", "depth": 2, "response": "met", "response_index": 6}]
    assert st["main_disclosure"] is None and st["format"] == "plain_ts"
