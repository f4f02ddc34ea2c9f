"""corpus/kinds76 (the seventy-sixth author's set): entries counted by hand from the rendered files.

Children of about 8 to 12 and the adults around them. The generic checks every set passes live in
tests/test_corpus_sets.py; these pin a few labels read off the rendered files line by line, so that a slip in
corpus/kinds76/_src (a moved line, a missing annotation) shows up here.
"""

from __future__ import annotations

from _corpus import CORPUS, cues_of, lines_of, manifest, rows_of

FOLDER = CORPUS / "kinds76"
BY_FILE = {e["file"]: e for e in manifest(FOLDER)}


def test_hhym01_left_out_at_a_sleepover_and_mums_own_den() -> None:
    entry = BY_FILE["hhym01.txt"]
    lines = lines_of(FOLDER / "hhym01.txt")
    # Fifth message (index 4): Lily alone in the living room; Mum's next message (5) meets it. Mum's own story of
    # the den (12) is met by Lily's "really??" (13).
    assert "don't really want me here" in lines[4] and "That sounds really lonely" in lines[5]
    assert "I cried in the toilets" in lines[12] and "really??" in lines[13]
    assert len(lines) == entry["utterances"] == 21
    assert entry["disclosures"] == [
        {"index": 4, "speaker": "Lily", "depth": 3, "response": "met", "response_index": 5},
        {"index": 7, "speaker": "Lily", "depth": 2, "response": "met", "response_index": 9},
        {"index": 10, "speaker": "Lily", "depth": 3, "response": "met", "response_index": 11},
        {"index": 12, "speaker": "Mum", "depth": 3, "response": "met", "response_index": 13},
    ]
    assert entry["main_disclosure"] == 4 and entry["format"] == "whatsapp_android" and entry["split"] == "dev"
    assert entry["speakers"] == ["Lily", "Mum"] and entry["harsh_startup"] is None


def test_hhym07_a_head_of_year_call_after_a_grandmothers_death() -> None:
    entry = BY_FILE["hhym07.vtt"]
    cues = cues_of(FOLDER / "hhym07.vtt")
    # The mother's factual "My mother passed away" (1) is depth 2; the conversation turns on Sami's (5).
    assert "My mother passed away" in cues[1] and "I'm so sorry" in cues[2]
    assert "thinking about her room" in cues[5] and "mind keeps going back home" in cues[6]
    assert "I cried in the kitchen" in cues[12] and "I heard you" in cues[13] and "always come in" in cues[14]
    assert len(cues) == entry["utterances"] == 27
    assert [(d["index"], d["speaker"], d["depth"], d["response_index"]) for d in entry["disclosures"]] == [
        (1, "Mrs Haddad", 2, 2),
        (5, "Sami", 3, 6),
        (7, "Sami", 2, 8),
        (9, "Sami", 3, 10),
        (12, "Mrs Haddad", 3, 13),
        (13, "Sami", 3, 14),
        (18, "Sami", 2, 19),
    ]
    assert {d["response"] for d in entry["disclosures"]} == {"met"}
    assert entry["main_disclosure"] == 5 and entry["format"] == "teams_vtt" and entry["split"] == "valid"
    assert entry["speakers"] == ["Mrs Dunmore", "Mrs Haddad", "Sami"]


def test_fxym01_monster_in_the_wardrobe_gets_a_night_light() -> None:
    entry = BY_FILE["fxym01.jsonl"]
    rows = rows_of(FOLDER / "fxym01.jsonl")
    assert "monster with long arms" in rows[2]["text"] and "dressing gown on the hook" in rows[3]["text"]
    assert "when you go downstairs" in rows[8]["text"] and rows[9]["text"].startswith("Monster spray")
    assert [(d["index"], d["speaker"], d["response"], d["response_index"]) for d in entry["disclosures"]] == [
        (2, "Ben", "advice", 3),
        (8, "Ben", "advice", 9),
    ]
    assert entry["main_disclosure"] == 2 and entry["utterances"] == len(rows) == 12
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_unym04_a_bad_dream_after_the_goodnights_gets_no_reply() -> None:
    entry = BY_FILE["unym04.txt"]
    lines = lines_of(FOLDER / "unym04.txt")
    # Ethan's second message (index 3); Dad answers only about the bins (4), Mum with a sleeping emoji (5).
    assert "car crash" in lines[3] and "Bins by 7" in lines[4]
    assert len(lines) == entry["utterances"] == 6
    assert entry["disclosures"] == [
        {"index": 3, "speaker": "Ethan", "depth": 3, "response": "none", "response_index": None}
    ]
    assert entry["main_disclosure"] == 3 and entry["speakers"] == ["Dad", "Ethan", "Mum"]
    assert entry["format"] == "whatsapp_android" and entry["split"] == "dev"


def test_unym08_divorce_question_joked_off_in_the_kitchen() -> None:
    entry = BY_FILE["unym08.srt"]
    cues = cues_of(FOLDER / "unym08.srt")
    assert "getting a divorce" in cues[1] and "Big ears" in cues[2]
    assert "pillow over my head" in cues[4] and "when the football's on" in cues[5]
    assert len(cues) == entry["utterances"] == 10
    assert entry["disclosures"] == [
        {"index": 1, "speaker": "Izzy", "depth": 3, "response": "deflected", "response_index": 2},
        {"index": 4, "speaker": "Izzy", "depth": 3, "response": "deflected", "response_index": 5},
    ]
    assert entry["main_disclosure"] == 1 and entry["format"] == "srt" and entry["split"] == "valid"


def test_veym03_mums_vent_is_the_main_though_lucys_comes_first() -> None:
    entry = BY_FILE["veym03.jsonl"]
    rows = rows_of(FOLDER / "veym03.jsonl")
    assert rows[7]["text"] == "Dear me" and "because he shouts" in rows[8]["text"]
    assert "tired of being the one" in rows[10]["text"] and rows[11]["text"] == "You do too much, love"
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (6, "Mum", 2, "met", 7),
        (8, "Lucy", 3, "met", 9),
        (10, "Mum", 3, "met", 11),
    ]
    assert entry["main_disclosure"] == 10 and entry["speakers"] == ["Gran", "Lucy", "Mum"]
    assert entry["format"] == "jsonl" and entry["split"] == "dev"


def test_inym06_the_longest_is_a_grandads_quiz() -> None:
    entry = BY_FILE["inym06.vtt"]
    cues = cues_of(FOLDER / "inym06.vtt")
    assert len(cues) == entry["utterances"] == 45
    assert max(e["utterances"] for e in BY_FILE.values()) == 45
    assert cues[0].startswith("Grandad Pete: Is that Poppy?") and cues[-1] == "Poppy: Bye Grandad"
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "zoom_vtt" and entry["split"] == "valid"


def test_inym09_the_nurse_asks_past_the_rope() -> None:
    entry = BY_FILE["inym09.srt"]
    cues = cues_of(FOLDER / "inym09.srt")
    # Jade's hatred of PE (15) gets another closed question (16).
    assert "They laugh at me" in cues[15] and "Have you got a temperature?" in cues[16]
    assert entry["disclosures"] == [
        {"index": 15, "speaker": "Jade", "depth": 3, "response": "deflected", "response_index": 16}
    ]
    assert entry["main_disclosure"] == 15 and entry["utterances"] == len(cues) == 22


def test_cfym10_broken_headphones_harsh_start_and_walkout() -> None:
    entry = BY_FILE["cfym10.txt"]
    lines = lines_of(FOLDER / "cfym10.txt")
    assert "You're such a liar" in lines[0] and "You always blame me" in lines[1]
    assert "Nan gave me before she died" in lines[5] and "really special to you" in lines[6]
    assert "You never know anything" in lines[8] and "going to my room" in lines[11]
    assert len(lines) == entry["utterances"] == 14
    assert entry["harsh_startup"] is True and entry["main_disclosure"] == 5
    assert entry["disclosures"] == [
        {"index": 5, "speaker": "Sophie", "depth": 3, "response": "met", "response_index": 6}
    ]
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (1, "criticism"),
        (2, "contempt"),
        (3, "stonewalling"),
        (8, "criticism"),
        (10, "defensiveness"),
        (11, "stonewalling"),
        (13, "stonewalling"),
    ]
    assert entry["format"] == "plain_ts" and entry["split"] == "valid"


def test_cfym07_gentle_start_about_a_read_diary() -> None:
    entry = BY_FILE["cfym07.jsonl"]
    rows = rows_of(FOLDER / "cfym07.jsonl")
    assert "could you ask me first?" in rows[0]["text"] and "you never tell me anything" in rows[3]["text"]
    assert "I feel a bit useless" in rows[5]["text"] and rows[8]["text"] == "A month?"
    assert entry["harsh_startup"] is False and entry["main_disclosure"] == 0
    assert [(h["index"], h["kind"]) for h in entry["horsemen"]] == [(3, "criticism"), (4, "defensiveness")]
    assert [
        (d["index"], d["speaker"], d["depth"], d["response"], d["response_index"]) for d in entry["disclosures"]
    ] == [
        (0, "Ivy", 3, "met", 1),
        (5, "Grandma Lou", 3, "met", 6),
        (6, "Ivy", 2, "met", 7),
        (7, "Grandma Lou", 2, "met", 8),
    ]


def test_stym03_the_shortest_chat_is_pizza_night() -> None:
    entry = BY_FILE["stym03.txt"]
    lines = lines_of(FOLDER / "stym03.txt")
    assert len(lines) == entry["utterances"] == 6
    assert "pizza night" in lines[2] and lines[5].endswith("Tyler: 👍")
    assert entry["disclosures"] == [] and entry["main_disclosure"] is None
    assert entry["format"] == "whatsapp_ios_us" and entry["split"] == "dev"
