"""Loaders on a tiny hand-written copy of the data layout (runs without shared/data); expected values by hand."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from _tiny_data import make_data
from heart2heart.errors import H2HError, UsageError
from heart2heart.train.datasets import Example, dev_groups, load, load_sessions


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data(tmp_path_factory.mktemp("data"))


def labels(examples: list[Example]) -> list[object]:
    return [ex.label for ex in examples]


def test_annomi_majority_and_ties(tiny: Path) -> None:
    train = load("annomi", tiny, "train")
    # One transcript per mi_quality stratum: round(0.2 * 1) = 0 go to dev.
    assert load("annomi", tiny, "dev") == {"question": [], "reflection": [], "advice": []}
    # therapist utterances in order: t1 u1, u3, u4, u5, u6; t2 u0
    assert labels(train["question"]) == ["open", None, None, "closed", None, None]
    assert labels(train["reflection"]) == [False, True, False, False, True, False]
    assert labels(train["advice"]) == [False, False, True, False, False, False]
    assert [ex.group for ex in train["question"]] == ["1"] * 5 + ["2"]
    assert {ex.dataset for ex in train["advice"]} == {"annomi"}


def test_annomi_context(tiny: Path) -> None:
    q = load("annomi", tiny, "train")["question"]
    assert q[0].text == "What worries you about it?"
    assert q[0].context == ("I drink a bit too much.",)
    assert q[0].context_speakers == (False,)
    assert q[3].text == "Do you drink every day?"
    assert q[3].context == (
        "What worries you about it?",
        "My wife complains.",
        "So your wife is worried.",
        "You should cut down.",
    )
    assert q[3].context_speakers == (True, False, True, True)
    assert q[5].context == () and q[5].context_speakers == ()


def test_esconv_mapping(tiny: Path) -> None:
    train = load("esconv", tiny, "train")
    assert labels(train["question"]) == ["question", None, None, None]
    assert labels(train["reflection"]) == [False, True, False, False]
    assert labels(train["disclosure"]) == [False, False, True, False]
    assert labels(train["advice"]) == [False, False, False, True]
    last = train["advice"][3]
    assert last.context == (
        "Worried about my exams.",
        "Exams are stressing you.",
        "I was nervous before my exams too.",
        "Yes.",
    )
    assert last.context_speakers == (False, True, True, False)
    dev = load("esconv", tiny, "dev")
    assert labels(dev["question"]) == ["question", None, None]
    assert labels(dev["reflection"]) == [False, True, False]
    assert [ex.group for ex in dev["question"]] == ["valid-1", "valid-1", "valid-2"]


def test_swda_mapping(tiny: Path) -> None:
    train = load("swda", tiny, "train")
    assert labels(train["question"]) == ["closed", None, None, "open", None]
    assert labels(train["backchannel"]) == [False, False, True, False, False]
    dev = load("swda", tiny, "dev")
    # qo open, ^g closed, bh ("Really?") is not one of the question tags
    assert labels(dev["question"]) == [None, "open", None, "closed", None, None]
    assert labels(dev["backchannel"]) == [True, False, False, False, False, True]
    assert {ex.group for ex in dev["question"]} == {"2000"}


def test_epitome_split_by_seeker_post(tiny: Path) -> None:
    train = load("epitome", tiny, "train")
    dev = load("epitome", tiny, "dev")
    assert labels(train["empathy_er"]) == [2, 0, 1, 0]
    assert labels(train["empathy_ip"]) == [0, 0, 2, 0]
    assert labels(train["empathy_ex"]) == [0, 2, 0, 0]
    assert labels(dev["empathy_er"]) == [1] and labels(dev["empathy_ip"]) == [2] and labels(dev["empathy_ex"]) == [1]
    assert dev["empathy_er"][0].context == ("My mom is sick.",)
    assert dev["empathy_er"][0].text == "That must be scary. How is she?"
    for sp_id in ("s1", "s2", "s3", "s15"):
        unit = int(hashlib.sha256(f"epitome:{sp_id}".encode()).hexdigest()[:12], 16) / 2**48
        assert (sp_id in dev_groups("epitome", tiny)) == (unit < 0.2)
    assert dev_groups("epitome", tiny) == frozenset({"s15"})


def test_goemotions_emotion_and_valence(tiny: Path) -> None:
    dev = load("goemotions", tiny, "dev")
    assert labels(dev["emotion"]) == [("love", "gratitude"), ("curiosity", "annoyance"), ("sadness",), ("neutral",)]
    assert labels(dev["valence"]) == [1.0, -0.5, -1.0, 0.0]
    assert [ex.group for ex in dev["emotion"]] == ["d1", "d2", "d3", "d4"]
    assert dev["emotion"][0].context == ()


def test_sessions(tiny: Path) -> None:
    train = load_sessions(tiny, "train")
    assert [s.dataset for s in train] == ["annomi", "annomi", "esconv"]
    t1 = train[0]
    assert t1.mi_quality == "high" and len(t1.conversation) == 7
    assert t1.conversation[6].start == 62.0 and t1.conversation[6].role == "therapist"
    assert {sp.name for sp in t1.conversation.speakers} == {"client", "therapist"}
    es = train[2]
    assert (es.empathy, es.initial_intensity, es.final_intensity, es.intensity_drop) == (5.0, 4.0, 2.0, 2.0)
    assert [u.speaker for u in es.conversation][:2] == ["supporter", "seeker"]
    dev = load_sessions(tiny)
    assert [s.dataset for s in dev] == ["esconv", "esconv"]  # no AnnoMI transcript falls in the tiny dev split
    assert dev[0].final_intensity is None and dev[0].intensity_drop is None
    assert dev[1].intensity_drop == 0.0


def test_load_returns_fresh_lists(tiny: Path) -> None:
    first = load("swda", tiny, "dev")
    first["question"].clear()
    assert len(load("swda", tiny, "dev")["question"]) == 6


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(H2HError, match=r"AnnoMI-simple\.csv"):
        load("annomi", tmp_path, "train")
    with pytest.raises(H2HError, match=r"valid\.jsonl"):
        load("esconv", tmp_path, "dev")
    with pytest.raises(H2HError, match=r"swda_data/val"):
        load("swda", tmp_path, "dev")
    with pytest.raises(H2HError, match=r"emotions\.txt"):
        load("goemotions", tmp_path, "dev")


def test_bad_names(tiny: Path) -> None:
    with pytest.raises(UsageError, match="unknown dataset"):
        load("dailydialog", tiny, "train")
    with pytest.raises(UsageError, match="held out"):
        load("swda", tiny, "test")  # type: ignore[arg-type]
