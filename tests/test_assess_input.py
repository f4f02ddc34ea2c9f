"""The counsellor-input model: its training rows, the shipped file, a listener's input share and the attunement term."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from _assess_helpers import L, speaker_listening
from _tiny_data import make_data
from heart2heart.assess.input_model import fit, folds_of, input_share, load_model
from heart2heart.assess.listening import SpeakerListening, listening
from heart2heart.assess.scores import PENALTIES, attunement, attunement_terms
from heart2heart.assess.text_model import bag, weighted
from heart2heart.model import Conversation, Utterance
from heart2heart.train.datasets import CounsellorInput, annomi_counsellor_input

INFORMATION = [
    "Drinking at this level raises your blood pressure and damages the liver over time.",
    "You should cut down to two nights a week and keep a diary of it.",
    "The guidelines say no more than fourteen units a week for anyone.",
    "I'd recommend you see your doctor about the medication first.",
]
LISTENING = [
    "What worries you most about it?",
    "So you feel torn between wanting a break and not letting your wife down.",
    "Mm-hmm.",
    "It sounds like you've been carrying this on your own.",
]


def test_training_rows_from_annomi(tmp_path: Path) -> None:
    data = make_data(tmp_path)
    rows = annomi_counsellor_input(data, "train")
    # Counsellor utterances in file order. Only "You should cut down." has most coders marking input; utterance 6
    # has two of four marking advice, a tie, so it is not input.
    assert [(r.transcript, r.text, r.is_input, r.quality) for r in rows] == [
        ("1", "What worries you about it?", False, "high"),
        ("1", "So your wife is worried.", False, "high"),
        ("1", "You should cut down.", True, "high"),
        ("1", "Do you drink every day?", False, "high"),
        ("1", "You are torn about it.", False, "high"),
        ("2", "Hello.", False, "low"),
    ]
    assert annomi_counsellor_input(data, "dev") == []  # one transcript per quality: none goes to dev


def test_folds_deal_each_quality_out_in_turn() -> None:
    quality = {str(t): "high" if t < 8 else "low" for t in range(12)}
    fold = folds_of(quality, 4)
    assert fold == folds_of(dict(reversed(quality.items())), 4)  # the order given does not matter
    assert sorted(fold.values()) == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert sorted(fold[t] for t in quality if quality[t] == "high") == [0, 0, 1, 1, 2, 2, 3, 3]


def test_the_shipped_model_reads_input_from_listening() -> None:
    model = load_model()
    assert model is not None and model.classes == ("input", "other")
    told = [model.probabilities([t])["input"] for t in INFORMATION]
    heard = [model.probabilities([t])["input"] for t in LISTENING]
    assert min(told) > max(heard)
    share = input_share(INFORMATION, model)
    assert share is not None and share == pytest.approx(sum(told) / len(told))
    assert input_share([], model) is None and input_share(INFORMATION, None) is None


def _session(role: tuple[str | None, str | None]) -> Conversation:
    rows = [
        ("A", "I had a drink every night this week.", L(d=2)),
        ("B", INFORMATION[0], L()),
        ("A", "I know, I know.", L()),
        ("B", LISTENING[1], L(r=True)),
    ]
    roles = {"A": role[0], "B": role[1]}
    return Conversation(
        "c", tuple(Utterance("c", i, s, t, role=roles[s], labels=lab) for i, (s, t, lab) in enumerate(rows))
    )


def test_input_share_is_read_for_listeners_only() -> None:
    model = fit(["You should stop.", "How was it?", "Cut down now.", "So it was hard."], [True, False, True, False])
    with_roles = {sl.name: sl for sl in listening(_session(("client", "counsellor")), [], model)}
    assert with_roles["B"].role == "listener"
    expected = input_share([INFORMATION[0], LISTENING[1]], model)
    assert with_roles["B"].input_share == expected and expected is not None
    assert with_roles["A"].input_share is None  # the client is not a listener
    mutual = {sl.name: sl for sl in listening(_session((None, None)), [], model)}
    assert all(sl.role == "mutual" and sl.input_share is None for sl in mutual.values())
    no_model = {sl.name: sl for sl in listening(_session(("client", "counsellor")), [], None)}
    assert no_model["B"].input_share is None


def _listener(share: float | None, role: str = "listener") -> SpeakerListening:
    return speaker_listening(name="B", input_share=share, role=role)


def test_input_restraint_runs_from_good_to_poor_counselling() -> None:
    # 0.095 (good counsellors' median) -> 1; 0.1725 (halfway) -> 0.5; 0.25 (poor counsellors' median) -> 0
    assert attunement_terms(_listener(0.05))["input_restraint"] == 1.0
    assert attunement_terms(_listener(0.1725))["input_restraint"] == pytest.approx(0.5)
    assert attunement_terms(_listener(0.40))["input_restraint"] == 0.0
    assert "input_restraint" not in attunement_terms(_listener(None))
    assert "input_restraint" not in attunement_terms(_listener(0.40, role="mutual"))


def test_input_scales_the_listeners_score_down() -> None:
    # The calm listener of test_assess_pressing: base 0.142857, and no statements (telling restraint 1). Input share
    # halfway (term 0.5): factor 1 - 0.2 * 0.5 = 0.9 -> 0.1286; at the poor median (term 0): 0.8 -> 0.1143.
    assert PENALTIES["input_restraint"] == 0.2
    calm = _listener(0.05)
    assert attunement(calm) == pytest.approx(0.143)
    assert attunement(dataclasses.replace(calm, input_share=0.1725)) == pytest.approx(0.129)
    assert attunement(dataclasses.replace(calm, input_share=0.40)) == pytest.approx(0.114)


def test_counsellor_input_is_a_named_tuple() -> None:
    row = CounsellorInput("7", "You need to stop.", True, "low")
    assert row.transcript == "7" and row.is_input and row.quality == "low"


def test_probability_rows_match_one_document_at_a_time() -> None:
    model = load_model()
    assert model is not None
    documents = [[t] for t in INFORMATION + LISTENING] + [[""], ["a b", "c d e"], []]
    rows = model.probability_rows(documents)
    assert rows.shape == (len(documents), 2)
    for row, texts in zip(rows, documents, strict=True):
        keys, values = weighted(bag(texts), model.idf)  # the definition the model was fitted on
        s = model.weights[:, keys].astype(np.float64) @ values + model.bias
        expected = np.exp(s - s.max()) / np.exp(s - s.max()).sum()
        assert row.tolist() == pytest.approx(expected.tolist(), abs=1e-6)
    assert model.probability_rows([]).shape == (0, 2)
