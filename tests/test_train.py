"""`h2h train` on a tiny data folder built here: deterministic output, licence tiers, metrics by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _tiny_data import make_data
from heart2heart.annotate import Pipeline
from heart2heart.cli.main import main
from heart2heart.models.linear import LinearModel
from heart2heart.train.models import build, load_corpus, metrics

CORPUS = [
    {"text": "mm-hm", "context": ["I moved out last week."], "labels": {"backchannel": True, "disclosure": 0}},
    {"text": "yeah", "context": ["It was hard."], "labels": {"backchannel": True, "disclosure": 0}},
    {"text": "I'm scared I'm failing everyone.", "context": [], "labels": {"disclosure": 3, "question": None}},
    {"text": "I think the plan is good.", "context": ["What do you think?", "Hm."],
     "labels": {"disclosure": 2, "question": None}},
    {"text": "Is it raining?", "context": [], "labels": {"disclosure": 0, "question": "closed"}},
    {"text": "What do you miss most?", "context": [], "labels": {"disclosure": 0, "question": "open"}},
]  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return make_data(tmp_path / "data")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = "".join(json.dumps(r) + "\n" for r in CORPUS)
    (folder / "train.jsonl").write_text(text, encoding="utf-8")
    (folder / "dev.jsonl").write_text(text, encoding="utf-8")
    return folder


def test_load_corpus_maps_labels_and_context(corpus: Path) -> None:
    tasks = load_corpus(corpus, "train")
    assert [e.label for e in tasks["backchannel"]] == [True, True, False, False, False, False]
    assert [e.label for e in tasks["disclosure"]] == [False, False, True, True, False, False]
    assert [e.label for e in tasks["question"]] == [None, None, None, None, "closed", "open"]
    fourth = tasks["question"][3]
    assert fourth.context == ("What do you think?", "Hm.") and fourth.context_speakers == (True, False)


def test_default_build_is_deterministic_and_uses_only_shippable_data(data: Path, corpus: Path, tmp_path: Path) -> None:
    logs: list[str] = []
    a = build(data, tmp_path / "a", corpus_dir=corpus, log=logs.append)
    build(data, tmp_path / "b", corpus_dir=corpus, log=logs.append)
    for name in ("model.json", "weights.npz"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert a.meta["tier"] == "default"
    assert a.meta["data"] == ["annomi", "corpus", "goemotions"]
    assert set(a.heads) == {"question", "question_open", "reflection", "advice", "disclosure", "emotion"}
    assert not any(src.startswith(("esconv", "swda", "epitome")) for h in a.meta["training"].values()
                   for src in h["sources"])  # fmt: skip
    loaded = LinearModel.load(tmp_path / "a")
    (labels,) = Pipeline(model=loaded).run(["Thanks so much!"], [""]).labels()
    assert labels.emotion == "gratitude"  # a training example of the tiny GoEmotions


def test_research_build_adds_the_non_commercial_heads(data: Path, tmp_path: Path) -> None:
    model = build(data, tmp_path / "r", research=True, corpus_dir=None, log=lambda m: None)
    assert model.meta["tier"] == "research"
    assert {"backchannel", "disclosure", "empathy_er", "empathy_ip", "empathy_ex"} <= set(model.heads)
    assert {"epitome", "esconv", "swda"} <= set(model.meta["data"])


def test_train_command_writes_model_and_report(
    data: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["train", "--data", str(data), "-o", str(tmp_path / "m"), "--corpus", str(corpus)])
    assert done.value.code in (0, None)
    out = capsys.readouterr().out
    assert "goemotions" in out and "emotion" in out
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    assert {(r["dataset"], r["task"]) for r in meta["dev"]} >= {("goemotions", "emotion"), ("swda", "question")}


def test_metrics_by_hand() -> None:
    m = metrics("reflection", [True, True, False, False], [True, False, False, True])
    # tp=1 fp=1 fn=1 -> F1 0.5; accuracy 0.5; kappa: po 0.5, pe 0.5 -> 0
    assert m["f1"] == pytest.approx(0.5) and m["accuracy"] == 0.5 and m["kappa"] == pytest.approx(0.0)
    q = metrics("question", ["open", "closed", None, "open"], ["open", "open", None, None])
    # detection: gold yes yes no yes, pred yes yes no no -> tp 2, fn 1 -> F1 0.8
    assert q["detect_f1"] == pytest.approx(0.8)
    # open/closed on the 2 both call questions: (open, open), (closed, open) -> accuracy 0.5
    assert q["open_closed_accuracy"] == 0.5 and q["open_closed_n"] == 2
    e = metrics("emotion", [("joy", "love"), ("anger",), ("neutral",)], ["love", "joy", "neutral"])
    assert e["in_gold_accuracy"] == pytest.approx(2 / 3)
