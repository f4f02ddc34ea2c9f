"""corpus/kinds42 (the forty-second author's set: sport and fitness communities): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds42/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds42"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_unxe03_fathers_last_sportive_answered_with_a_strava_segment() -> None:
    entry = BY_FILE["unxe03.txt"]
    lines = lines_of(FOLDER / "unxe03.txt")
    # Stan's second message (index 2): sixty-eight and scared it is his last year; Jake's next (3) is his own segment.
    assert "that scared me" in lines[2] and "got a top-ten on the segment" in lines[3]
    assert len(lines) == entry["utterances"] == 9
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Stan", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "whatsapp_ios" and entry["split"] == "dev"


def test_cfxe01_club_run_harsh_start_and_whatever() -> None:
    entry = BY_FILE["cfxe01.txt"]
    lines = lines_of(FOLDER / "cfxe01.txt")
    assert len(lines) == entry["utterances"] == 9
    assert "You always do this" in lines[0] and "You're so selfish" in lines[2]
    assert "personal pacer" in lines[3] and "I feel humiliated" in lines[4] and "train more" in lines[5]
    assert "Whatever. I'm not arguing" in lines[7]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "contempt"),
        (5, "defensiveness"),
        (7, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Kirsty", "depth": 3, "response": "deflected", "response_index": 5}
    ]


def test_fxxe02_two_teammates_fix_the_old_winger() -> None:
    entry = BY_FILE["fxxe02.vtt"]
    cues = cues_of(FOLDER / "fxxe02.vtt")
    # Cue 3 (index 2): 35 and a liability, met by Tayo's "sit deeper" (3); index 5, the new lads laughing, met by
    # Lewis's creatine (6).
    assert "I feel like a liability" in cues[2] and "sit deeper" in cues[3]
    assert "laughing at me" in cues[5] and "creatine" in cues[6]
    assert len(cues) == entry["utterances"] == 10
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Jamal", "advice", 3),
        (5, "Jamal", "advice", 6),
    ]
    assert entry["main_disclosure"] == 2 and entry["speakers"] == ["Jamal", "Lewis", "Tayo"]
    assert entry["format"] == "teams_vtt" and entry["split"] == "dev"


def test_fxxe01_race_nerves_get_a_pacing_plan() -> None:
    entry = BY_FILE["fxxe01.jsonl"]
    rows = rows_of(FOLDER / "fxxe01.jsonl")
    assert len(rows) == entry["utterances"] == 8
    assert "honestly scared" in rows[0]["text"] and "pacing plan" in rows[1]["text"]
    assert "feel like a fraud" in rows[2]["text"] and "near the back" in rows[3]["text"]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (2, "advice", 3),
    ]
    assert entry["main_disclosure"] == 0 and entry["format"] == "jsonl"


def test_vexe02_relay_team_vent_with_two_listeners() -> None:
    entry = BY_FILE["vexe02.srt"]
    cues = cues_of(FOLDER / "vexe02.srt")
    # Cue 7 (index 6): "put out to grass", met by Ruth's "That really hurts" (7).
    assert "put out to grass" in cues[6] and cues[7] == "Ruth: That really hurts, I'm sorry."
    assert len(cues) == entry["utterances"] == 14
    assert entry["disclosures"] == [
        {"index": 6, "speaker": "Imogen", "depth": 3, "response": "met", "response_index": 7}
    ]
    assert entry["speakers"] == ["Imogen", "Ruth", "Siobhan"] and entry["format"] == "srt"


def test_unxe02_weigh_in_joked_off() -> None:
    entry = BY_FILE["unxe02.txt"]
    lines = lines_of(FOLDER / "unxe02.txt")
    assert lines[2].startswith("[00:00:") and "scared of how much I think about food" in lines[2]
    assert "more pies for the rest of us" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Danny", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert entry["main_disclosure"] == 2 and entry["format"] == "plain_ts" and len(lines) == entry["utterances"] == 10


def test_hhxe08_the_longest_is_a_walk_round_the_park() -> None:
    entry = BY_FILE["hhxe08.txt"]
    lines = lines_of(FOLDER / "hhxe08.txt")
    assert len(lines) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert "stopped loving it" in lines[6] and "I feel like I owe him a career" in lines[12]
    assert "We didn't talk about it for a year" in lines[15] and "an eating thing" in lines[27]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (6, "Naomi", "met", 7),
        (12, "Naomi", "met", 13),
        (15, "Grace", "met", 16),
        (27, "Grace", "met", 28),
    ]
    assert entry["main_disclosure"] == 6 and entry["format"] == "whatsapp_android_us" and entry["split"] == "valid"


def test_unxe10_late_night_fear_gets_no_reply() -> None:
    entry = BY_FILE["unxe10.vtt"]
    cues = cues_of(FOLDER / "unxe10.vtt")
    # The last cue (index 5), after the goodnights: nobody answers.
    assert len(cues) == entry["utterances"] == 6
    assert "gets cut in January" in cues[5] and cues[4] == "<v Adam>night</v>"
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Adam", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["speakers"] == ["Adam", "Joe", "Ross"] and entry["format"] == "teams_vtt"


def test_cfxe04_gentle_start_about_the_club_ride() -> None:
    entry = BY_FILE["cfxe04.txt"]
    lines = lines_of(FOLDER / "cfxe04.txt")
    assert len(lines) == entry["utterances"] == 11
    assert lines[0].startswith("Nina: Can I say something about the bike?")
    assert "you were dead" in lines[2] and "That must have been awful" in lines[3]
    assert "I'm nervous too" in lines[7] and "We can both be nervous" in lines[8]
    assert entry["harsh_startup"] is False and entry["horsemen"] == [] and entry["main_disclosure"] == 2
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Nina", "met", 3),
        (7, "Matt", "met", 8),
    ]


def test_inxe06_and_pfxe03_have_nothing_at_stake() -> None:
    clinic = BY_FILE["inxe06.vtt"]
    cues = cues_of(FOLDER / "inxe06.vtt")
    assert len(cues) == clinic["utterances"] == 18 and cues[-1] == "Sol: Four."
    assert clinic["disclosures"] == [] and clinic["main_disclosure"] is None and clinic["format"] == "zoom_vtt"
    strava = BY_FILE["pfxe03.txt"]
    lines = lines_of(FOLDER / "pfxe03.txt")
    assert "KOM on Box Hill" in lines[0] and len(lines) == strava["utterances"] == 10
    assert strava["disclosures"] == [] and strava["main_disclosure"] is None
