"""The main-disclosure chooser: its features, its model file, and its choice on whole conversations."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from heart2heart.annotate import annotate_conversation
from heart2heart.assess.disclosures import Disclosure, find_disclosures, main_disclosure
from heart2heart.assess.main_choice import (
    FEATURES,
    MODEL_PATH,
    RECIPROCITY,
    MainModel,
    candidate_features,
    choose_main,
    load_main_model,
    mark_listed,
)
from heart2heart.errors import ModelError
from heart2heart.model import Conversation

RANT = [
    ("Ffion", "Right I'm going to explode if I don't tell someone"),
    ("Mel", "go on, what happened"),
    (
        "Ffion",
        "So I've been organising the hen do for four months, deposits, the lot, and today the bridesmaids' chat "
        "decided to change everything without asking me. I feel like nobody even noticed how hard I worked.",
    ),
    ("Mel", "that sounds so hurtful after all that work. you felt invisible"),
    ("Ffion", "yes! exactly that"),
]


def _model(weights: dict[str, float], bias: float = 0.0, threshold: float = 0.5) -> MainModel:
    n = len(FEATURES)
    w = np.array([weights.get(f, 0.0) for f in FEATURES])
    return MainModel(FEATURES, np.zeros(n), np.ones(n), w, bias, threshold, 1.0)


def test_probability_is_the_logistic_of_the_standardised_sum() -> None:
    n = len(FEATURES)
    model = MainModel(FEATURES, np.full(n, 1.0), np.full(n, 2.0), np.zeros(n), 0.5, 0.5, 1.0)
    model.weights[FEATURES.index("words")] = 1.0
    values = dict.fromkeys(FEATURES, 0.0) | {"words": 5.0}
    # (5 - 1) / 2 * 1 + 0.5 = 2.5
    assert model.probability(values) == pytest.approx(1 / (1 + math.exp(-2.5)))


def test_features_of_a_rant_announcement_and_the_complaint_after_it() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    values = candidate_features(conv, found)
    by_index = {d.index: v for d, v in zip(found, values, strict=True)}
    assert set(by_index) >= {0, 2}
    announce, story = by_index[0], by_index[2]
    assert announce["rant"] == 1.0 and story["rant"] == 0.0
    assert announce["first"] == 1.0 and story["first"] == 0.0
    assert announce["words"] == pytest.approx(math.log1p(10))
    assert announce["short"] == 0.0  # ten words
    assert story["feeling"] == 1.0 and story["met"] == 1.0
    assert announce["position"] == 0.0 and story["position"] == pytest.approx(2 / 5)
    # "Right I'm going to explode if I don't tell someone": I'm, I = 2 of 10 words
    assert announce["me"] == pytest.approx(2 / 10)
    assert all(set(v) == set(FEATURES) for v in values)


def test_a_disclosure_answered_in_kind_and_the_one_given_in_return() -> None:
    texts = [("Ron", "Two years since she died. I still put two cups out some mornings.")]
    texts += [("Derek", f"filler {i}") for i in range(1, RECIPROCITY)]
    texts += [("Derek", "I know that quiet. Since Pat went into the home I've been rattling round.")]
    texts += [("Ron", f"more {i}") for i in range(RECIPROCITY + 1, 2 * RECIPROCITY + 2)]
    texts += [("Ron", "I cried in the car on Friday, I never do that.")]
    conv = Conversation.from_texts(texts)
    last = len(texts) - 1

    def said(index: int) -> Disclosure:
        u = conv.utterances[index]
        return Disclosure(index, u.speaker, 3, "met", None, None, u.text)

    ron, derek, ron_later = candidate_features(conv, [said(0), said(RECIPROCITY), said(last)])
    # Derek's comes RECIPROCITY utterances after Ron's: Ron was answered in kind, Derek's is one in return
    assert (ron["answered_in_kind"], ron["in_kind"]) == (1.0, 0.0)
    assert (derek["answered_in_kind"], derek["in_kind"]) == (0.0, 1.0)
    # Ron's later one is further than RECIPROCITY from Derek's, and his own earlier one does not count
    assert last - RECIPROCITY > RECIPROCITY
    assert (ron_later["answered_in_kind"], ron_later["in_kind"]) == (0.0, 0.0)


def test_the_shipped_model_skips_the_announcement_for_the_complaint() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    main = choose_main(conv, found)
    assert main is not None and main.index == 2 and main.response == "met"
    assert [d.index for d in found if d.main] == [2]


def test_without_a_model_the_rule_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    monkeypatch.setenv("H2H_MAIN_MODEL", str(tmp_path / "missing.json"))
    assert load_main_model() is None
    assert choose_main(conv, found) == main_disclosure(found)


def test_a_threshold_nobody_reaches_leaves_the_choice_to_the_rule() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    assert choose_main(conv, found, _model({}, threshold=1.5)) == main_disclosure(found)
    # a model that only likes rant announcements takes the first one found
    assert choose_main(conv, found, _model({"rant": 20.0}, bias=-10.0)) == found[0]


def test_nothing_disclosed_is_no_main_disclosure() -> None:
    conv = annotate_conversation(Conversation.from_texts([("A", "see you at 7"), ("B", "ok")]))
    assert choose_main(conv, [], _model({})) is None


def test_the_model_file_round_trips(tmp_path: Path) -> None:
    shipped = load_main_model(MODEL_PATH)
    assert shipped is not None and shipped.features == FEATURES and 0.0 < shipped.threshold < 1.0
    path = tmp_path / "m.json"
    path.write_text(json.dumps(shipped.to_dict()))
    again = load_main_model(path)
    assert again is not None
    values = dict.fromkeys(FEATURES, 0.5)
    assert again.probability(values) == pytest.approx(shipped.probability(values), abs=1e-5)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.pop("weights"), "not a main-disclosure model"),
        (lambda d: d.update(features=[*d["features"][:-1], "shoe_size"]), "shoe_size"),
        (lambda d: d.update(mean=d["mean"][:-1]), "do not fit"),
    ],
)
def test_a_broken_model_file_is_a_clear_error(tmp_path: Path, edit: object, message: str) -> None:
    shipped = load_main_model(MODEL_PATH)
    assert shipped is not None
    data = shipped.to_dict()
    edit(data)  # type: ignore[operator]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=message):
        load_main_model(path)


def test_an_unreadable_model_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json")
    with pytest.raises(ModelError, match="unreadable"):
        load_main_model(path)


def test_listed_are_those_the_model_is_sure_of_and_the_first_is_main() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    assert [d.index for d in found][:2] == [0, 2]
    # a model that likes feelings and dislikes rant announcements: p = logistic(4 * feeling - 4 * rant - 1)
    model = _model({"feeling": 4.0, "rant": -4.0}, bias=-1.0)
    marked = mark_listed(conv, found, model)
    values = candidate_features(conv, found)
    for d, v in zip(marked, values, strict=True):
        expected = 1 / (1 + math.exp(-(4 * v["feeling"] - 4 * v["rant"] - 1)))
        assert d.likely == pytest.approx(round(expected, 3))
        assert d.listed == (expected >= 0.5)
    assert [d.listed for d in marked][:2] == [False, True]
    assert [d.index for d in marked if d.main] == [next(d.index for d in marked if d.listed)] == [2]
    # answers, texts and order are those found
    assert [(d.index, d.response, d.text) for d in marked] == [(d.index, d.response, d.text) for d in found]


def test_when_nobody_reaches_the_threshold_the_rules_main_is_not_listed() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    found = find_disclosures(conv)
    marked = mark_listed(conv, found, _model({}, threshold=0.9))  # every p = 0.5
    assert not any(d.listed for d in marked)
    assert all(d.likely == 0.5 for d in marked)
    rule = main_disclosure(found)
    assert rule is not None and [d.index for d in marked if d.main] == [rule.index]


def test_without_a_model_every_disclosure_is_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    monkeypatch.setenv("H2H_MAIN_MODEL", str(tmp_path / "missing.json"))
    marked = find_disclosures(conv)
    assert marked and all(d.listed and d.likely is None for d in marked)
    assert sum(d.main for d in marked) == 1


def test_the_shipped_model_lists_the_complaint_not_the_announcement() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    by_index = {d.index: d for d in find_disclosures(conv)}
    assert by_index[2].listed and by_index[2].main
    assert not by_index[0].listed
    assert by_index[0].likely is not None and by_index[2].likely is not None
    assert by_index[0].likely < by_index[2].likely
    assert by_index[2].to_dict()["listed"] is True and by_index[0].to_dict()["likely"] == by_index[0].likely


def test_probabilities_agree_with_probability() -> None:
    conv = annotate_conversation(Conversation.from_texts(RANT))
    rows = candidate_features(conv, find_disclosures(conv))
    model = _model({"feeling": 1.5, "words": -0.7, "met": 2.0}, bias=0.3)
    assert model.probabilities(rows) == pytest.approx([model.probability(r) for r in rows])
    assert model.probabilities([]) == []


@given(
    st.lists(st.tuples(st.integers(1, 9), st.sampled_from("AB")), min_size=1, max_size=12),
)
def test_reciprocity_reads_only_the_neighbours_within_reach_and_agrees_with_every_pair(
    steps: list[tuple[int, str]],
) -> None:
    index, found = 0, []
    for gap, speaker in steps:  # disclosures in utterance order, as find_disclosures lists them
        index += gap
        found.append(Disclosure(index, speaker, 3, "met", None, None, "I feel lost"))
    conv = Conversation.from_texts([("A" if i % 2 else "B", "hello") for i in range(index + 1)])
    for d, values in zip(found, candidate_features(conv, found), strict=True):
        after = any(e.speaker != d.speaker and 0 < e.index - d.index <= RECIPROCITY for e in found)
        before = any(e.speaker != d.speaker and 0 < d.index - e.index <= RECIPROCITY for e in found)
        assert (values["answered_in_kind"], values["in_kind"]) == (float(after), float(before))
