"""corpus/kinds8 (the eighth author's set): entries counted by hand from the rendered files, and the set's format order.

The generic checks every set passes (files, ids, splits, readers, sync with corpus/build.py, validate_kinds) live in
tests/test_corpus_sets.py; this file holds what is particular to kinds8.
"""

from __future__ import annotations

import json
from typing import Any

from _corpus import CORPUS, lines_of, manifest

FOLDER = CORPUS / "kinds8"
BY_FILE: dict[str, dict[str, Any]] = {e["file"]: e for e in manifest(FOLDER)}


def _pairs(entry: dict[str, Any]) -> list[tuple[int, str, int | None]]:
    return [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]]


def test_un801_returns_to_the_list() -> None:
    """Karen's guilt about Dad (line 4) and finding him on the floor (line 8) are each answered by Steve's next line,
    which goes back to the clearance list (the Welsh dresser) or jokes (Leeds United)."""
    entry = BY_FILE["un801.txt"]
    lines = lines_of(FOLDER / "un801.txt")
    assert "should have had him come and live with us" in lines[4] and "Welsh dresser" in lines[5]
    assert "found him on the kitchen floor" in lines[8] and "Leeds United" in lines[9]
    assert _pairs(entry) == [(4, "deflected", 5), (8, "deflected", 9)]
    assert entry["main_disclosure"] == 4 and entry["utterances"] == 14 and entry["speakers"] == ["Karen", "Steve"]
    assert entry["format"] == "plain_ts" and entry["split"] == "dev"


def test_fx805_one_line_of_sympathy_then_a_tip_is_advice() -> None:
    """zoe's crying (2) gets lex's "omg babe 😭 ok step one you're muting his story" (3); her second disclosure (7)
    comes after her own "I muted it" (6) and is answered by maya's pilates (8). Four speakers, sixteen messages."""
    entry = BY_FILE["fx805.txt"]
    lines = lines_of(FOLDER / "fx805.txt")
    assert "cried every night" in lines[2] and "step one" in lines[3] and "I muted it" in lines[6]
    assert "who I was" in lines[7] and "pilates" in lines[8]
    assert _pairs(entry) == [(2, "advice", 3), (7, "advice", 8)]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == 16
    assert entry["speakers"] == ["lex", "maya", "tia", "zoe"]


def test_cf802_harsh_startup_and_its_horsemen() -> None:
    """A harsh start-up: "Some people on this site clearly think the rules don't apply" (0). Dev's "I feel like I'm
    not wanted" (9) is deflected by Margaret's defensive "Nobody said that" (10); "Going offline now" (15)
    stonewalls."""
    entry = BY_FILE["cf802.txt"]
    lines = lines_of(FOLDER / "cf802.txt")
    assert "rules don't apply" in lines[0] and "not wanted on the site" in lines[9]
    assert "Nobody said that" in lines[10] and "Going offline now" in lines[15]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 9
    assert _pairs(entry) == [(9, "deflected", 10)]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "contempt"),
        (5, "criticism"),
        (6, "defensiveness"),
        (7, "contempt"),
        (10, "defensiveness"),
        (15, "stonewalling"),
    ]


def test_ve801_bare_mm_is_none() -> None:
    """Gaz's eleven years of nights (6) is met by "That's grim, Gaz." (7); "I feel like a mug" (10) gets only
    "Mm." (11)."""
    entry = BY_FILE["ve801.txt"]
    lines = lines_of(FOLDER / "ve801.txt")
    assert "Eleven years" in lines[6] and "That's grim" in lines[7]
    assert "proper mug" in lines[10] and lines[11].endswith("Shelley: Mm.")
    assert _pairs(entry) == [(6, "met", 7), (10, "none", None)]
    assert entry["main_disclosure"] == 6


def test_in804_jsonl_rows_of_a_three_way_history() -> None:
    """in804 (JSONL): a paramedic history with three speakers, no disclosure; rows are numbered from 0."""
    entry = BY_FILE["in804.jsonl"]
    rows = [json.loads(line) for line in lines_of(FOLDER / "in804.jsonl")]
    assert [r["index"] for r in rows] == list(range(22))
    assert rows[12]["speaker"] == "Eileen" and "soaked" in rows[12]["text"]
    assert entry["utterances"] == 22 and entry["speakers"] == ["Bernard", "Ciara", "Eileen", "Mo"]
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None


def _cue(name: str, number: int) -> str:
    """The text line of cue ``number`` (1-based) of an SRT or VTT file: the line after its timing line."""
    lines = lines_of(FOLDER / name)
    at = lines.index(str(number))
    return lines[at + 2]


def test_in806_the_interpreters_relay_is_not_the_answer() -> None:
    """Cue 16 (index 15): Mr Ahmadi's fear since the boat. Cue 17 is Farid relaying it; the answer is the solicitor's
    next closed question, cue 18 (index 17), "What date did the boat land?"."""
    entry = BY_FILE["in806.srt"]
    assert "I am afraid all the time" in _cue("in806.srt", 16) and _cue("in806.srt", 16).startswith("Mr Ahmadi:")
    assert _cue("in806.srt", 17).startswith("Farid: He says his brother")
    assert "What date did the boat land" in _cue("in806.srt", 18)
    assert _pairs(entry) == [(15, "deflected", 17)]
    assert entry["main_disclosure"] == 15 and entry["utterances"] == 23
    assert entry["speakers"] == ["Farid", "Mr Ahmadi", "Ms Haddad"] and entry["split"] == "valid"


def test_un808_a_bare_hm_then_the_marmalade() -> None:
    """Ann's unhappiness (line 3) gets Geoffrey's bare "Hm." (4); his next message, the marmalade (5), is the answer."""
    entry = BY_FILE["un808.txt"]
    lines = lines_of(FOLDER / "un808.txt")
    assert "happy for a long time" in lines[3] and lines[4] == "Geoffrey: Hm." and "marmalade" in lines[5]
    assert _pairs(entry) == [(3, "deflected", 5)]
    assert entry["main_disclosure"] == 3 and entry["utterances"] == 12


def test_un810_the_last_message_gets_no_reply() -> None:
    """After the goodnights, Leah's eighth message (index 7, the last) is her disclosure; nobody answers it."""
    entry = BY_FILE["un810.txt"]
    lines = lines_of(FOLDER / "un810.txt")
    assert len(lines) == 8 and "since my divorce" in lines[7]
    assert _pairs(entry) == [(7, "none", None)] and entry["main_disclosure"] == 7
    assert entry["format"] == "whatsapp_ios_us"


def test_cf809_the_longest_conversation() -> None:
    """45 cues. A harsh start-up ("We need to talk about the author list. Again.", cue 1) and its horsemen; Anan's
    fear for her career (cue 23, index 22) is met by the professor's apology (cue 24); Lucy, who joins at cue 28,
    discloses at cue 32 (index 31), met by Anan."""
    entry = BY_FILE["cf809.vtt"]
    assert "We need to talk about the author list" in _cue("cf809.vtt", 1)
    assert "I'm frightened" in _cue("cf809.vtt", 23) and "I'm sorry I made that decision" in _cue("cf809.vtt", 24)
    assert _cue("cf809.vtt", 28).startswith("Lucy:") and "stealing it" in _cue("cf809.vtt", 32)
    assert entry["utterances"] == 45 and entry["harsh_startup"] is True and entry["main_disclosure"] == 22
    assert _pairs(entry) == [(22, "met", 23), (31, "met", 32)]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (7, "defensiveness"),
        (8, "criticism"),
        (9, "defensiveness"),
        (11, "defensiveness"),
        (13, "stonewalling"),
        (14, "contempt"),
    ]
    assert max(e["utterances"] for e in BY_FILE.values()) == 45


ORDER = [
    "plain_ts",
    "whatsapp_ios",
    "teams_vtt",
    "jsonl",
    "whatsapp_android_us",
    "srt",
    "whatsapp_android",
    "plain",
    "zoom_vtt",
    "whatsapp_ios_us",
]


def test_formats_follow_one_order_in_every_kind() -> None:
    """x01 plain with timestamps, x02 WhatsApp iOS, x03 Teams VTT, x04 JSONL, x05 WhatsApp Android US (dev); x06 SRT,
    x07 WhatsApp Android, x08 plain, x09 Zoom VTT, x10 WhatsApp iOS US (valid)."""
    for name, entry in BY_FILE.items():
        number = int(name[3:5])
        assert entry["format"] == ORDER[number - 1], name
        assert entry["split"] == ("dev" if number <= 5 else "valid"), name
