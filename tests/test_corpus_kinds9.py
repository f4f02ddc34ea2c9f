"""corpus/kinds9 (the ninth author's set): entries counted by hand from the rendered files.

The generic checks every set passes (counts, splits, formats, reader agreement, sync with corpus/build.py) live in
tests/test_corpus_sets.py; here a few entries' disclosures, answers, main disclosure and horsemen are checked against
what was counted line by line in the rendered files, and the format rotation of the set is checked.
"""

from __future__ import annotations

from typing import Any

import pytest

from _corpus import CORPUS, lines_of, manifest

FOLDER = CORPUS / "kinds9"
BY_FILE: dict[str, dict[str, Any]] = {e["file"]: e for e in manifest(FOLDER)}


def cue_texts(name: str) -> list[str]:
    """The "Name: text" line of each cue of a Zoom VTT or SRT file, in order (cue numbers and timings dropped)."""
    return [
        ln
        for ln in lines_of(FOLDER / name)
        if ln.strip() and ln != "WEBVTT" and "-->" not in ln and not ln.strip().isdigit()
    ]


def test_hh901_shy_listener_checked_by_hand() -> None:
    """Night-shift nurses: Priya's three disclosures are met; quiet Tomasz's one (line 11) is met by Priya."""
    entry = BY_FILE["hh901.txt"]
    lines = lines_of(FOLDER / "hh901.txt")
    assert "cried in the sluice" in lines[4] and "That's you caring about her" in lines[5]
    assert "numb" in lines[8] and lines[9].startswith("Tomasz: Mm. The numb scares you")
    assert "Never told anybody" in lines[11] and "Tom. seriously?" in lines[12]
    assert entry["utterances"] == 18 == len(lines) and entry["speakers"] == ["Priya", "Tomasz"]
    assert entry["main_disclosure"] == 4
    got = [(d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]]
    assert got == [
        (4, "Priya", 3, "met", 5),
        (8, "Priya", 3, "met", 9),
        (11, "Tomasz", 3, "met", 12),
    ]
    assert entry["format"] == "plain" and entry["split"] == "dev" and entry["harsh_startup"] is None


def test_ve901_ugh_counts_as_met() -> None:
    """Every reply is "ugh"; the one after "I'm drowning" (line 8, "ugh. Dani." on line 9) is read as met."""
    entry = BY_FILE["ve901.txt"]
    lines = lines_of(FOLDER / "ve901.txt")
    assert "drowning" in lines[8] and lines[9].endswith("Kim: ugh. Dani.")
    assert entry["disclosures"] == [{"index": 8, "speaker": "Dani", "depth": 3, "response": "met", "response_index": 9}]
    assert entry["main_disclosure"] == 8 and entry["utterances"] == 16


def test_fx908_late_sympathy_keeps_advice() -> None:
    """The lump (2) and the aunt (9) both get practical steps first; "this must be really scary" comes at 11."""
    entry = BY_FILE["fx908.txt"]
    lines = lines_of(FOLDER / "fx908.txt")
    assert "I found a lump" in lines[2] and "ring the GP at 8am" in lines[3]
    assert "my aunt had breast cancer" in lines[9] and "family history matters" in lines[10]
    assert "this must be really scary" in lines[11]
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "advice", 3),
        (9, "advice", 10),
    ]
    assert entry["main_disclosure"] == 2 and entry["split"] == "valid"


def test_un906_group_chat_never_answers() -> None:
    """Callum's message (line 5) is talked over by the quiz plans: no reply to it at all."""
    entry = BY_FILE["un906.txt"]
    lines = lines_of(FOLDER / "un906.txt")
    assert "christmas is hard since mum" in lines[5] and "what time is the quiz?" in lines[6]
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Callum", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 5 and entry["utterances"] == 12
    assert entry["speakers"] == ["Callum", "Kirsty", "Megan", "Ross"]


def test_un910_breakout_room_moves_on_twice() -> None:
    """A Zoom breakout room: Ife's grief (cue 3) and "I just need a minute" (cue 7) are both answered by the task."""
    entry = BY_FILE["un910.vtt"]
    cues = cue_texts("un910.vtt")
    assert len(cues) == entry["utterances"] == 12
    assert "grandmother died on Saturday" in cues[2] and cues[3].startswith("Ben: Right. So, question three")
    assert "I just need a minute" in cues[6] and cues[7].startswith("Chloe: Definitely put the form")
    assert [(d["index"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "deflected", 3),
        (6, "deflected", 7),
    ]
    assert entry["format"] == "zoom_vtt" and entry["main_disclosure"] == 2


def test_cf904_harsh_start_that_repairs() -> None:
    """The longest conversation (45 messages): a harsh start-up, nine horsemen in the first nineteen messages, then
    Dean's fear (19) and Shelley's (22) are both met and the pick-up is renegotiated."""
    entry = BY_FILE["cf904.txt"]
    lines = lines_of(FOLDER / "cf904.txt")
    assert len(lines) == entry["utterances"] == 45
    assert "you ALWAYS do this" in lines[0] and "whatever. I'm 10 min away" in lines[11]
    assert "the dad who doesn't bother" in lines[19] and "that one's on me" in lines[20]
    assert "my dad never turning up" in lines[22] and "makes sense of a lot" in lines[23]
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 19
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (5, "contempt"),
        (7, "defensiveness"),
        (9, "defensiveness"),
        (10, "criticism"),
        (11, "stonewalling"),
        (18, "defensiveness"),
    ]
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (19, "Dean", "met", 20),
        (22, "Shelley", "met", 23),
    ]
    assert max(e["utterances"] for e in BY_FILE.values()) == 45


def test_cf910_disclosure_met_with_contempt() -> None:
    """SRT: Arjun's wish to nurse (cue 8, index 7) is answered by "What do I tell people?" (index 8)."""
    entry = BY_FILE["cf910.srt"]
    cues = cue_texts("cf910.srt")
    assert len(cues) == entry["utterances"] == 17
    assert "I want to be a nurse" in cues[7] and "What do I tell people?" in cues[8]
    assert entry["disclosures"] == [
        {"index": 7, "speaker": "Arjun", "depth": 3, "response": "deflected", "response_index": 8}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (3, "defensiveness"),
        (4, "contempt"),
        (6, "contempt"),
        (8, "contempt"),
        (9, "stonewalling"),
        (12, "stonewalling"),
        (15, "criticism"),
    ]
    assert entry["harsh_startup"] is True and entry["speakers"] == ["Arjun", "Father", "Mother"]


ORDER = [
    "plain",
    "plain_ts",
    "whatsapp_android",
    "whatsapp_android_us",
    "whatsapp_ios",
    "whatsapp_ios_us",
    "zoom_vtt",
    "teams_vtt",
    "srt",
    "jsonl",
]
PREFIXES = ["hh", "st", "di", "ve", "le", "fx", "in", "un", "pf", "cf"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_formats_rotate_by_kind(prefix: str) -> None:
    """Kind k's conversation n uses format (n - 1 + k) mod 10 of ORDER; 01-05 are dev, 06-10 valid."""
    k = PREFIXES.index(prefix)
    entries = sorted((e for e in BY_FILE.values() if e["file"].startswith(prefix)), key=lambda e: e["file"])
    assert len(entries) == 10
    for entry in entries:
        n = int(entry["file"][3:5])
        assert entry["format"] == ORDER[(n - 1 + k) % 10], entry["file"]
        assert entry["split"] == ("dev" if n <= 5 else "valid"), entry["file"]
