"""The main-disclosure ranker per kind: its features, its model file, and how the verdict uses it."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from heart2heart.annotate import annotate_conversation
from heart2heart.assess import assess
from heart2heart.assess.coherence import TURNS_ON_DISCLOSURE, agree_with_kind
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.main_choice import FEATURES, candidate_features, features_of, load_main_model
from heart2heart.assess.main_ranker import (
    MODEL_PATH,
    RANK_FEATURES,
    Ranker,
    load_ranker,
    rank_rows,
    ranked_main,
)
from heart2heart.errors import ModelError
from heart2heart.model import Conversation

VENT = [
    ("Sharon", "This week Mum rang me eleven times. Eleven. I'm so tired I could cry."),
    ("Stephen", "mm"),
    ("Sharon", "Then the carer didn't turn up, so I went over at six and did it all myself."),
    ("Stephen", "right"),
    (
        "Sharon",
        "And I'll be honest, because if I don't say it I'll burst: some days I resent her, and then I hate myself "
        "for it. I'm scared of who I'm turning into.",
    ),
    ("Stephen", "Shaz, that sounds unbearable. I'm so sorry you've been carrying that."),
    ("Sharon", "I don't need sorry. I need it out of me."),
]


def _ranker(weights: dict[str, float], kinds: tuple[str, ...] = ("venting",), threshold: float = 0.55) -> Ranker:
    w = np.array([weights.get(f, 0.0) for f in RANK_FEATURES])
    n = len(RANK_FEATURES)
    return Ranker({k: (np.zeros(n), np.ones(n), w, 0.0) for k in kinds}, threshold)


def _values(n: int) -> list[dict[str, float]]:
    return [dict.fromkeys(FEATURES, 0.0) for _ in range(n)]


def test_rank_rows_place_each_disclosure_among_the_chooser_s_probabilities() -> None:
    rows = rank_rows(_values(4), [0.2, 0.7, 0.9, 0.6], threshold=0.55)
    at = {name: RANK_FEATURES.index(name) for name in RANK_FEATURES}
    assert [r[at["first_listed"]] for r in rows] == [0.0, 1.0, 0.0, 0.0]
    assert [r[at["listed_before"]] for r in rows] == [0.0, 0.0, 1.0, 2.0]
    assert [r[at["likeliest"]] for r in rows] == [0.0, 0.0, 1.0, 0.0]
    assert [r[at["order"]] for r in rows] == [0.0, 1 / 3, 2 / 3, 1.0]
    assert [round(r[at["below_likeliest"]], 6) for r in rows] == [-0.7, -0.2, 0.0, -0.3]
    assert rows[0][at["logit"]] == pytest.approx(math.log(0.2 / 0.8))
    assert all(len(r) == len(RANK_FEATURES) for r in rows)


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=12))
def test_rank_rows_are_finite_for_any_probabilities(likely: list[float]) -> None:
    rows = rank_rows(_values(len(likely)), likely, threshold=0.55)
    assert np.isfinite(np.asarray(rows)).all()
    assert sum(r[RANK_FEATURES.index("first_listed")] for r in rows) == (1.0 if max(likely) >= 0.55 else 0.0)


def test_the_ranker_picks_the_highest_score_for_its_kind_only() -> None:
    conv = annotate_conversation(Conversation.from_texts(VENT))
    found = [replace(d, likely=p) for d, p in zip(find_disclosures(conv), (0.6, 0.9, 0.3, 0.8), strict=False)]
    assert len(found) >= 2
    found = found[:4]
    likeliest = max(found, key=lambda d: d.likely or 0.0)
    assert ranked_main("venting", conv, found, _ranker({"likely": 1.0})) == likeliest
    assert ranked_main("venting", conv, found, _ranker({"order": -1.0})) == found[0]  # the first one
    assert ranked_main("venting", conv, found, _ranker({})) == found[0]  # equal scores: the first of them
    # no weights for the kind, nothing found, or the chooser's probabilities missing: no choice
    assert ranked_main("fixing", conv, found, _ranker({"likely": 1.0})) is None
    assert ranked_main("venting", conv, [], _ranker({"likely": 1.0})) is None
    assert ranked_main("venting", conv, [replace(d, likely=None) for d in found], _ranker({"likely": 1.0})) is None


def test_a_ranker_reads_back_what_it_writes_and_refuses_a_broken_file(tmp_path: Path) -> None:
    ranker = _ranker({"likely": 1.5, "order": -0.25}, kinds=("venting", "conflict"))
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(ranker.to_dict()), encoding="utf-8")
    back = load_ranker(path)
    assert back is not None and set(back.kinds) == {"venting", "conflict"} and back.threshold == 0.55
    rows = rank_rows(_values(3), [0.1, 0.8, 0.5], 0.55)
    assert back.scores("conflict", rows) == pytest.approx(ranker.scores("conflict", rows))
    assert load_ranker(tmp_path / "missing.json") is None
    broken = ranker.to_dict()
    broken["kinds"]["venting"]["weights"] = [1.0, 2.0]
    (tmp_path / "short.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ModelError, match="do not fit"):
        load_ranker(tmp_path / "short.json")
    other = ranker.to_dict() | {"features": ["words"]}
    (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(ModelError, match="not a main-disclosure ranker"):
        load_ranker(tmp_path / "other.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="unreadable"):
        load_ranker(tmp_path / "bad.json")


def test_the_shipped_ranker_covers_the_kinds_that_turn_on_a_disclosure() -> None:
    assert MODEL_PATH.exists()
    ranker = load_ranker()
    chooser = load_main_model()
    assert ranker is not None and chooser is not None
    assert set(ranker.kinds) == set(TURNS_ON_DISCLOSURE)
    assert ranker.threshold == chooser.threshold  # the ranker's "listed" features read the chooser's threshold


def test_the_verdict_takes_the_ranker_s_main_disclosure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conv = annotate_conversation(Conversation.from_texts(VENT))
    first, second = find_disclosures(conv)[:2]
    found = [replace(first, main=True, likely=0.6), replace(second, main=False, likely=0.9)]
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(_ranker({"order": 1.0}).to_dict()), encoding="utf-8")  # the last one
    monkeypatch.setenv("H2H_MAIN_RANKER", str(path))
    out = agree_with_kind("venting", found, conv=conv)
    assert [d.main for d in out] == [False, True]
    # without the conversation (or for a kind the ranker does not cover) the kind's own rule decides
    assert [d.main for d in agree_with_kind("venting", found)] == [False, True]  # the likeliest
    assert [d.main for d in agree_with_kind("fixing", found, conv=conv)] == [True, False]


def test_without_the_ranker_file_the_assessment_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conv = annotate_conversation(Conversation.from_texts(VENT))
    with_ranker = assess(conv)
    monkeypatch.setenv("H2H_MAIN_RANKER", str(tmp_path / "missing.json"))
    without = assess(conv)
    assert without.kind == with_ranker.kind
    assert sum(d.main for d in without.disclosures) == sum(d.main for d in with_ranker.disclosures) == 1


def test_the_chooser_s_features_are_computed_once_per_conversation() -> None:
    conv = annotate_conversation(Conversation.from_texts(VENT))
    found = find_disclosures(conv)
    first = features_of(conv, found)
    assert features_of(conv, found) is first  # the ranker reads what the chooser computed
    assert features_of(conv, [replace(d, main=not d.main, likely=0.5) for d in found]) is first
    assert first == candidate_features(conv, found)
    # another answer, or another conversation with the same texts, is computed afresh
    changed = [replace(found[0], response="advice"), *found[1:]]
    assert features_of(conv, changed) is not first
    assert features_of(annotate_conversation(Conversation.from_texts(VENT)), found) is not first
