"""Loaders on the real shared/data (skipped when it is absent): counts, splits, and rows checked by hand."""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from pathlib import Path

import pytest

from heart2heart.train.datasets import SWDA_QUESTIONS, Example, dev_groups, load, load_sessions

DATA = Path(os.environ.get("H2H_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")

pytestmark = [
    pytest.mark.data,
    pytest.mark.skipif(not (DATA / "annomi").is_dir(), reason=f"no datasets at {DATA}"),
]


def find(examples: list[Example], group: str, start: str) -> Example:
    hits = [ex for ex in examples if ex.group == group and ex.text.startswith(start)]
    assert len(hits) == 1, (group, start, len(hits))
    return hits[0]


# --- ESConv ---------------------------------------------------------------------------------------------------


def test_esconv_counts_match_a_direct_count() -> None:
    dev = load("esconv", DATA, "dev")
    text = (DATA / "esconv" / "valid.jsonl").read_text(encoding="utf-8")
    chats = [json.loads(line) for line in text.splitlines()]
    strategies = Counter(t["strategy"] for c in chats for t in c["dialog"] if t["speaker"] == "sys")
    assert len({ex.group for ex in dev["question"]}) == 195
    assert len(dev["question"]) == 2722
    assert sum(ex.label == "question" for ex in dev["question"]) == strategies["Question"] == 549
    assert sum(ex.label is True for ex in dev["disclosure"]) == strategies["Self-disclosure"]
    assert sum(ex.label is True for ex in dev["advice"]) == strategies["Providing Suggestions"]
    refl = strategies["Reflection of feelings"] + strategies["Restatement or Paraphrasing"]
    assert sum(ex.label is True for ex in dev["reflection"]) == refl
    assert {ex.label for ex in dev["question"]} == {"question", None}
    train_groups = {ex.group for ex in load("esconv", DATA, "train")["question"]}
    assert len(train_groups) == 910 and not train_groups & {ex.group for ex in dev["question"]}


def test_esconv_rows_by_hand() -> None:
    dev = load("esconv", DATA, "dev")
    # valid.jsonl, first chat: "What sort of problems ..." is Restatement or Paraphrasing, after two seeker lines.
    ex = find(dev["reflection"], "valid-1", "What sort of problems were in your past")
    assert ex.label is True
    assert ex.context == (
        "Hi, what I can help you with today?",
        "Hi",
        "I had problems in the past and somehow right now",
    )
    assert ex.context_speakers == (True, False, False)
    assert find(dev["question"], "valid-1", "What sort of problems").label is None
    assert find(dev["question"], "valid-1", "Hi, what I can help").label == "question"
    assert find(dev["advice"], "valid-1", "I agree it is a lot of pressure").label is True


# --- SwDA -----------------------------------------------------------------------------------------------------


def test_swda_val_counts_match_a_direct_count() -> None:
    dev = load("swda", DATA, "dev")
    tags = Counter(
        line.split("|")[2]
        for path in sorted((DATA / "swda" / "swda_data" / "val").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    assert len(dev["question"]) == len(dev["backchannel"]) == 3272
    assert len({ex.group for ex in dev["question"]}) == 21
    train_tags = {
        line.split("|")[2]
        for path in (DATA / "swda" / "swda_data" / "train").glob("2*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert set(SWDA_QUESTIONS) <= train_tags
    got = Counter(ex.label for ex in dev["question"])
    assert got["open"] == tags["qw"] + tags["qo"] + tags["qw^d"]
    assert got["closed"] == tags["qy"] + tags["qrr"] + tags["qy^d"] + tags["^g"]
    assert got["open"] + got["closed"] == 97  # 34 open, 63 closed
    assert sum(ex.label for ex in dev["backchannel"]) == tags["b"]


def test_swda_labels_in_metadata() -> None:
    text = (DATA / "swda" / "swda_data" / "metadata" / "label_map.txt").read_text(encoding="utf-8")
    names = dict(line.split("|")[:2] for line in text.splitlines())
    assert names["Acknowledge (Backchannel)"] == "b"
    assert names["Open-Question"] == "qo" and names["Tag-Question"] == "^g" and names["Or-Clause"] == "qrr"


def test_swda_rows_by_hand() -> None:
    dev = load("swda", DATA, "dev")
    # val/2567.txt starts: A "So, what do you," qw; A "what's your opinion ..." qo; B "I don't think ..." sv
    assert find(dev["question"], "2567", "So, what do you,").label == "open"
    ex = find(dev["question"], "2567", "what's your opinion on the")
    assert ex.label == "open" and ex.context == ("So, what do you,",) and ex.context_speakers == (True,)
    assert find(dev["question"], "2567", "I don't think we have one.").label is None
    # val/2505.txt line 2: A "Yeah." b
    assert [ex.label for ex in dev["backchannel"] if ex.group == "2505"][:2] == [False, True]


# --- AnnoMI ---------------------------------------------------------------------------------------------------

DEV_TRANSCRIPTS = {"4", "12", "20", "26", "34", "51", "57", "82", "91", "92", "93", "95", "107", "110", "120",
                   "124", "125", "128", "131", "133"}  # fmt: skip


def test_annomi_split_is_by_transcript_stratified_and_fixed() -> None:
    train, dev = load("annomi", DATA, "train"), load("annomi", DATA, "dev")
    train_groups = {ex.group for ex in train["question"]}
    dev_ids = {ex.group for ex in dev["question"]}
    assert dev_ids == set(dev_groups("annomi", DATA)) == DEV_TRANSCRIPTS  # sha256 of the ids: same everywhere
    assert not train_groups & dev_ids and len(train_groups | dev_ids) == 104
    quality = {r["transcript_id"]: r["mi_quality"] for r in _simple()}
    assert Counter(quality[t] for t in dev_ids) == {"high": 17, "low": 3}  # round(0.2 * 87), round(0.2 * 17)
    therapist = sum(r["interlocutor"] == "therapist" for r in _simple())
    assert len(train["question"]) + len(dev["question"]) == therapist == 4039


def _simple() -> list[dict[str, str]]:
    with (DATA / "annomi" / "AnnoMI-simple.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_annomi_single_annotator_rows() -> None:
    train = load("annomi", DATA, "train")
    # transcript 3, utterance 1: question_exists True (open), reflection_exists True, no therapist input
    start = "Okay, and so what I'm hearing is that you don't feel like"
    assert find(train["question"], "3", start).label == "open"
    assert find(train["reflection"], "3", start).label is True
    ex = find(train["advice"], "3", start)
    assert ex.label is False and ex.context_speakers == (False,) and ex.context[0].startswith("Well see, my-my wife")


def test_annomi_majority_of_ten_annotators() -> None:
    train = load("annomi", DATA, "train")
    q, r = train["question"], train["reflection"]
    # transcript 7 was coded by 10 annotators (counts from AnnoMI-full.csv)
    assert find(q, "7", "So I know we've determined").label == "open"  # question 10/10, open 9, closed 1
    assert find(r, "7", "So I know we've determined").label is False  # reflection 1/10
    assert find(q, "7", "Okay, so at this point, you're not too").label == "closed"  # question 6/10: closed 5, open 1
    assert find(r, "7", "Okay, so at this point, you're not too").label is True  # reflection 9/10
    # question 5/10 (a tie): the simple file's main behaviour is reflection, so not a question
    assert find(q, "7", "Okay, so it's kind of a way to cope").label is None
    assert find(q, "7", "All right. Do you have any concerns").label == "closed"  # closed 7, open 3


def test_annomi_questions_agree_with_simple_file_behaviour() -> None:
    examples = [*load("annomi", DATA, "train")["question"], *load("annomi", DATA, "dev")["question"]]
    examples.sort(key=lambda ex: int(ex.group))  # stable: utterance order within each transcript is kept
    rows = sorted(
        (r for r in _simple() if r["interlocutor"] == "therapist"),
        key=lambda r: (int(r["transcript_id"]), int(r["utterance_id"])),
    )
    assert [(ex.group, ex.text) for ex in examples] == [(r["transcript_id"], r["utterance_text"]) for r in rows]
    # the simple file's main behaviour is the majority too: a "question" there is a question here
    said = [ex.label for ex, r in zip(examples, rows, strict=True) if r["main_therapist_behaviour"] == "question"]
    assert None not in said
    # utterances with one annotator carry that annotator's labels: compare with a direct count of AnnoMI-full.csv
    with (DATA / "annomi" / "AnnoMI-full.csv").open(encoding="utf-8", newline="") as fh:
        full = [r for r in csv.DictReader(fh) if r["interlocutor"] == "therapist"]
    coders = Counter((r["transcript_id"], r["utterance_id"]) for r in full)
    multi = {t for (t, _), n in coders.items() if n > 1}
    direct = Counter(r["question_subtype"] if r["question_exists"] == "True" else None for r in full
                     if r["transcript_id"] not in multi)  # fmt: skip
    assert Counter(ex.label for ex in examples if ex.group not in multi) == direct


# --- EPITOME --------------------------------------------------------------------------------------------------


def test_epitome_split_and_counts() -> None:
    train, dev = load("epitome", DATA, "train"), load("epitome", DATA, "dev")
    for task, counts in (("empathy_er", (1636, 720, 114)), ("empathy_ip", (1291, 96, 1083)),
                         ("empathy_ex", (2082, 85, 303))):  # fmt: skip
        both = Counter(ex.label for ex in [*train[task], *dev[task]])
        assert (both[0], both[1], both[2]) == counts
    tg, dg = {ex.group for ex in train["empathy_er"]}, {ex.group for ex in dev["empathy_er"]}
    assert not tg & dg and len(tg | dg) == 2388
    assert 0.15 < len(dg) / 2388 < 0.25
    first = find([*train["empathy_er"], *dev["empathy_er"]], "65m92s", "That's pretty vague")
    assert first.label == 0 and first.context == ("Help. Help me. I dunno what I'm doing anymore",)


# --- GoEmotions -----------------------------------------------------------------------------------------------


def test_goemotions_rows_by_hand() -> None:
    dev = load("goemotions", DATA, "dev")
    assert len(dev["emotion"]) == len(dev["valence"]) == 5426
    # dev.tsv: "27" -> neutral (0); "4,27" -> approval (+1), neutral (0): 0.5; "25" -> sadness (-1)
    assert [ex.label for ex in dev["emotion"][:3]] == [("neutral",), ("approval", "neutral"), ("sadness",)]
    assert [ex.label for ex in dev["valence"][:3]] == [0.0, 0.5, -1.0]
    assert dev["emotion"][0].group == "edgurhb"


# --- sessions -------------------------------------------------------------------------------------------------


def test_dev_sessions() -> None:
    sessions = load_sessions(DATA)
    annomi = [s for s in sessions if s.dataset == "annomi"]
    esconv = [s for s in sessions if s.dataset == "esconv"]
    assert len(annomi) == 20 and len(esconv) == 195
    assert Counter(s.mi_quality for s in annomi) == {"high": 17, "low": 3}
    assert {sp.role for s in annomi for sp in s.conversation.speakers} == {"therapist", "client"}
    assert sum(len(s.conversation) for s in esconv) == 5678
    first = esconv[0]
    assert (first.empathy, first.initial_intensity, first.final_intensity) == (4.0, 4.0, 2.0)
    assert first.conversation[0].speaker == "supporter" and first.conversation[1].role == "seeker"
    assert sum(s.final_intensity is None for s in esconv) == 21
