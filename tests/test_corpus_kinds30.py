"""corpus/kinds30 (the thirtieth author's set: strangers and online communities): entries counted by hand from the
rendered files.

The generic checks every set passes live in tests/test_corpus_sets.py; these pin a few labels read off the rendered
files line by line, so that a slip in corpus/kinds30/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds30"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhw02_the_longest_is_a_45_cue_support_circle() -> None:
    entry = BY_FILE["hhw02.vtt"]
    cues = cues_of(FOLDER / "hhw02.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    # Cue 6 (index 5): Dev's first Diwali abroad, "felt like a ghost"; Margit answers in the next cue.
    assert "felt like a ghost" in cues[5] and cues[6].startswith("Margit: Oh, Dev.")
    # Index 22: Tobi untouched since March; index 32: the host's own barista story, met by devraj (33).
    assert "touched by another human since March" in cues[22] and "barista" in cues[32]
    assert cues[33].startswith("devraj: that's so sad")
    assert [(d["index"], d["speaker"], d["response_index"]) for d in entry["disclosures"]] == [
        (5, "devraj", 6),
        (7, "devraj", 8),
        (10, "devraj", 11),
        (13, "Margit", 14),
        (15, "Margit", 16),
        (22, "Tobi A", 23),
        (25, "Tobi A", 26),
        (28, "devraj", 29),
        (30, "Margit", 31),
        (32, "Ines Carvalho", 33),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 5 and entry["format"] == "zoom_vtt" and entry["split"] == "dev"
    assert entry["speakers"] == ["Ines Carvalho", "Margit", "Tobi A", "devraj"]


def test_vew05_the_brother_line_gets_only_mm() -> None:
    entry = BY_FILE["vew05.txt"]
    lines = lines_of(FOLDER / "vew05.txt")
    # Eighth message (index 7): "I feel like I lost him to her"; SockMonster's next message is a bare "mm".
    assert "I lost him to her" in lines[7] and lines[8].endswith("SockMonster: mm")
    assert len(lines) == entry["utterances"] == 12
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "purlgirl_nadia", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["format"] == "whatsapp_android_us"


def test_fxw05_four_runners_answer_the_panic_with_tips() -> None:
    entry = BY_FILE["fxw05.txt"]
    lines = lines_of(FOLDER / "fxw05.txt")
    # Index 0: Jess's pre-race panic, answered by Ollie's box breathing (1); index 4: scared of being last, answered
    # by Ollie's "turn off the pace alerts" (5). Marisol's sympathy comes only at index 9.
    assert "proper panicky" in lines[0] and "box breathing" in lines[1]
    assert "I'll be last" in lines[4] and "pace alerts" in lines[5]
    assert "you're not stupid" in lines[9]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, "advice", 1),
        (4, "advice", 5),
    ]
    assert entry["main_disclosure"] == 0 and entry["utterances"] == 11 and entry["format"] == "whatsapp_ios"
    assert entry["speakers"] == ["Dmitri", "Jess_runs", "Marisol", "Ollie"]


def test_unw04_a_painter_confides_after_the_goodnights() -> None:
    entry = BY_FILE["unw04.txt"]
    lines = lines_of(FOLDER / "unw04.txt")
    assert len(lines) == entry["utterances"] == 8
    assert "Night night" in lines[6] and "a burden to everyone" in lines[7]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Corrie_paints", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 7 and entry["split"] == "dev" and entry["format"] == "whatsapp_android"


def test_cfw03_voice_chat_row_after_a_loss() -> None:
    entry = BY_FILE["cfw03.vtt"]
    cues = cues_of(FOLDER / "cfw03.vtt")
    assert len(cues) == entry["utterances"] == 13
    assert "You never call rotations" in cues[0] and "tactical genius" in cues[2]
    assert "My hands shake." in cues[5] and cues[6].startswith("Rhea: Oh my god, it's a video game.")
    assert "therapy hour" in cues[8] and cues[9] == "tankboi: Cool. I'm out."
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (4, "criticism"),
        (6, "contempt"),
        (8, "stonewalling"),
        (9, "stonewalling"),
    ]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "tankboi", "depth": 3, "response": "deflected", "response_index": 6}
    ]


def test_inw07_a_nosy_seat_neighbour_moves_on() -> None:
    entry = BY_FILE["inw07.txt"]
    lines = lines_of(FOLDER / "inw07.txt")
    # Twelfth line (index 11): "We tried for years"; Brenda's next line asks where they are staying.
    assert lines[11].startswith("Tom: We tried for years.") and lines[12] == "Brenda: Oh. Where are you staying?"
    assert len(lines) == entry["utterances"] == 16
    assert entry["disclosures"] == [
        {"index": 11, "speaker": "Tom", "depth": 3, "response": "deflected", "response_index": 12}
    ]
    assert entry["main_disclosure"] == 11 and entry["format"] == "plain" and entry["split"] == "valid"


def test_unw09_a_listener_who_talks_about_her_own_mother() -> None:
    entry = BY_FILE["unw09.jsonl"]
    rows = rows_of(FOLDER / "unw09.jsonl")
    assert len(rows) == entry["utterances"] == 10
    assert rows[1]["speaker"] == "bluefin42" and "I feel like a monster" in rows[1]["text"]
    assert rows[2]["speaker"] == "listener_Jade" and "My mum was a nightmare" in rows[2]["text"]
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "bluefin42", "depth": 3, "response": "deflected", "response_index": 2}
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "jsonl" and entry["split"] == "valid"


def test_unw10_two_burnout_lines_both_turned_back_to_the_release() -> None:
    entry = BY_FILE["unw10.vtt"]
    cues = cues_of(FOLDER / "unw10.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "I think I'm burning out" in cues[1] and "PR up by Friday" in cues[2]
    assert "keep doing this unpaid" in cues[6] and "We're all unpaid" in cues[7]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "deflected", 2),
        (6, "deflected", 7),
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "teams_vtt"
    assert entry["speakers"] == ["Mariam Haddad", "Oren Galili", "Sven Lindqvist"]


def test_cfw10_a_gentle_request_on_the_night_bus() -> None:
    entry = BY_FILE["cfw10.txt"]
    lines = lines_of(FOLDER / "cfw10.txt")
    assert len(lines) == entry["utterances"] == 10
    assert "Would you mind using headphones" in lines[0] and "not a library" in lines[1]
    assert "so precious" in lines[5] and "close to crying" in lines[6] and "That sounds rough" in lines[7]
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(d["index"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (0, 2, "deflected", 1),
        (6, 3, "met", 7),
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (1, "defensiveness"),
        (3, "defensiveness"),
        (5, "contempt"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_stw10_the_shortest_small_talk_keeps_no_main() -> None:
    entry = BY_FILE["stw10.txt"]
    lines = lines_of(FOLDER / "stw10.txt")
    assert len(lines) == entry["utterances"] == 6
    assert min(e["utterances"] for e in BY_FILE.values()) == 6
    assert "miss my grandmother's house" in lines[2] and "nostalgic" in lines[3]
    assert entry["disclosures"] == [
        {"index": 2, "speaker": "Kaito_lang", "depth": 2, "response": "met", "response_index": 3}
    ]
    assert entry["main_disclosure"] is None and entry["format"] == "whatsapp_android"


def test_set_counts() -> None:
    entries = list(BY_FILE.values())
    assert len(entries) == 100
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) == 37
    assert sum(1 for e in entries if e["disclosures"]) == 60
    assert sum(1 for e in entries if e["main_disclosure"] is not None) == 55
    responses = [d["response"] for e in entries for d in e["disclosures"]]
    assert len(responses) == 116
    assert {r: responses.count(r) for r in ("met", "advice", "deflected", "none")} == {
        "met": 72,
        "advice": 19,
        "deflected": 23,
        "none": 2,
    }
