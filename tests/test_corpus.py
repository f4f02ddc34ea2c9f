"""The project's own corpus: the kinds manifest agrees with its files, and the utterance labels are well formed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, KINDS, READER_OF, ROOT, builder, check_labels, check_read, manifest

KINDS_DIR = CORPUS / "kinds"
UTTERANCES = CORPUS / "utterances"
EXAMPLES = ROOT / "examples"

MANIFEST = manifest(KINDS_DIR)


def _read(path: Path, reader: str) -> list[Any]:
    """Read with the project's readers; skip when the reader for this format has not landed."""
    formats = pytest.importorskip("heart2heart.formats")
    try:
        formats.get_reader(reader)
    except ModuleNotFoundError:
        pytest.skip(f"reader {reader!r} not available yet")
    conversations: list[Any] = formats.read(path, format=reader)
    return conversations


# ------------------------------------------------------------------ kinds manifest


def test_every_file_exists_once_and_every_file_is_listed() -> None:
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))
    for name in files:
        assert (KINDS_DIR / name).is_file(), name
    on_disk = {p.name for p in KINDS_DIR.iterdir() if p.is_file() and p.name not in ("labels.jsonl", "README.md")}
    assert on_disk == set(files)


def test_each_kind_has_at_least_four_dev_and_four_valid() -> None:
    counts = Counter((e["kind"], e["split"]) for e in MANIFEST)
    assert {e["kind"] for e in MANIFEST} == KINDS
    assert {e["split"] for e in MANIFEST} == {"dev", "valid"}
    for kind in KINDS:
        assert counts[(kind, "dev")] >= 4, kind
        assert counts[(kind, "valid")] >= 4, kind


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_entry_is_well_formed(entry: dict[str, Any]) -> None:
    n = entry["utterances"]
    assert 8 <= n <= 40
    check_labels(entry)
    if entry["kind"] in ("fixing", "unmet_disclosure"):
        main = next(d for d in entry["disclosures"] if d["index"] == entry["main_disclosure"])
        assert main["response"] == ("advice" if entry["kind"] == "fixing" else main["response"])
        assert entry["kind"] == "fixing" or main["response"] in ("deflected", "none")


def test_hand_checked_entries() -> None:
    """Two entries counted by hand from the rendered files."""
    by_file = {e["file"]: e for e in MANIFEST}
    hh01 = by_file["hh01.txt"]
    # Maya's sixth message ("...cried for like 20 min") answered by Sam's first reply after it.
    assert hh01["main_disclosure"] == 5
    assert hh01["disclosures"][0] == {"index": 5, "speaker": "Maya", "depth": 3, "response": "met", "response_index": 6}
    lines = (KINDS_DIR / "hh01.txt").read_text(encoding="utf-8").splitlines()
    assert "cried for like 20 min" in lines[5]
    cf01 = by_file["cf01.txt"]
    assert cf01["harsh_startup"] is True
    assert [h["kind"] for h in cf01["horsemen"]] == [
        "criticism",
        "defensiveness",
        "criticism",
        "defensiveness",
        "contempt",
        "stonewalling",
    ]


def test_rendered_files_are_in_sync_with_sources() -> None:
    built = builder().build()
    for name, content in built.items():
        assert (KINDS_DIR / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


def test_a_set_given_by_a_relative_path_builds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    # A writer rendering only their own set from the repository root: build(Path("corpus/kinds2")).
    monkeypatch.chdir(ROOT)
    relative = Path("corpus") / "kinds2"
    assert builder().build(relative) == builder().build(ROOT / relative)


def test_utterance_files_are_in_sync_with_sources() -> None:
    for name, content in builder().build_utterances().items():
        assert (UTTERANCES / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


def test_utterance_source_format() -> None:
    build = builder()
    text = "##\nA: how are you? | qo\nB: bit rough | d3\n## each\nA: hi | d0\nA: I'm 40 | d1\n"
    dialogues = build.parse_utterances(text, "t")
    assert [[r["text"] for r in d] for d in dialogues] == [["how are you?", "bit rough"], ["hi"], ["I'm 40"]]
    assert dialogues[0][1]["context"] == ["how are you?"]
    assert dialogues[0][0]["labels"]["question"] == "open"
    assert dialogues[2][0]["context"] == []
    assert dialogues[2][0]["labels"]["disclosure"] == 1


def test_builder_counts_indices_and_default_responses() -> None:
    build = builder()
    text = (
        "### t1 | format=plain | split=dev\n"
        "A: hi\n"
        "B: I'm scared {D3 met main}\n"
        "B: really scared\n"
        "A: oh no {=}\n"
        "B: it's my job {D2 advice =j}\n"
        "A: hmm\n"
        "A: quit it {=j; H contempt}\n"
        "B: ok {D2 none}\n"
    )
    (src,) = build.parse_sources(text, "fixing", "t")
    labels = build.labels_of(src)
    assert labels["disclosures"] == [
        {"index": 1, "speaker": "B", "depth": 3, "response": "met", "response_index": 3},
        {"index": 4, "speaker": "B", "depth": 2, "response": "advice", "response_index": 6},
        {"index": 7, "speaker": "B", "depth": 2, "response": "none", "response_index": None},
    ]
    assert labels["main_disclosure"] == 1
    assert labels["horsemen"] == [{"index": 6, "kind": "contempt"}]
    assert build.render(src).splitlines()[1] == "B: I'm scared"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_readers_agree_with_manifest(entry: dict[str, Any]) -> None:
    conversations = _read(KINDS_DIR / entry["file"], READER_OF[entry["format"]])
    check_read(conversations, entry)


def test_formats_are_detected_from_content() -> None:
    formats = pytest.importorskip("heart2heart.formats")
    try:
        for name in formats.reader_names():
            formats.get_reader(name)
    except ModuleNotFoundError:
        pytest.skip("not every reader has landed yet")
    for entry in MANIFEST:
        assert formats.detect(KINDS_DIR / entry["file"]).name == READER_OF[entry["format"]], entry["file"]


# ------------------------------------------------------------------ examples


def test_demo_splits_into_two_evenings() -> None:
    conversations = _read(EXAMPLES / "demo_whatsapp.txt", "whatsapp")
    assert [c.id for c in conversations] == ["demo_whatsapp#1", "demo_whatsapp#2"]
    # 21 lines on the first evening minus the encryption notice; 24 on the second.
    assert [len(c) for c in conversations] == [20, 24]
    assert {u.speaker for c in conversations for u in c} == {"Sam", "Alex"}
    assert sum(u.media for u in conversations[0]) == 1
    assert conversations[0][0].text == "hey! you home yet?"


@pytest.mark.parametrize(
    ("name", "reader", "count", "speakers"),
    [
        ("coaching_call_zoom.vtt", "vtt", 21, {"Dana Whitfield", "Marcus Lee"}),
        ("team_checkin_teams.vtt", "vtt", 13, {"Sophie Martin", "Tom Bradley"}),
        ("kitchen_talk.txt", "plain", 17, {"Mum", "Ruby"}),
    ],
)
def test_other_examples_read(name: str, reader: str, count: int, speakers: set[str]) -> None:
    (conv,) = _read(EXAMPLES / name, reader)
    assert len(conv) == count
    assert {u.speaker for u in conv} == speakers


# ------------------------------------------------------------------ utterances

UTTERANCE_KEYS = {"question", "reflection", "advice", "disclosure", "empathy", "backchannel"}


def _utterances(split: str) -> list[dict[str, Any]]:
    with (UTTERANCES / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_utterance_rows_are_well_formed() -> None:
    for split in ("train", "dev"):
        for row in _utterances(split):
            assert isinstance(row["text"], str) and row["text"].strip()
            assert all(isinstance(t, str) and t for t in row["context"])
            labels = row["labels"]
            assert set(labels) == UTTERANCE_KEYS
            assert labels["question"] in (None, "open", "closed")
            assert labels["disclosure"] in (0, 1, 2, 3)
            assert isinstance(labels["reflection"], bool)
            assert isinstance(labels["advice"], bool)
            assert isinstance(labels["backchannel"], bool)
            emp = labels["empathy"]
            assert set(emp) == {"emotional_reaction", "interpretation", "exploration"}
            assert all(v in (0, 1, 2) for v in emp.values())
            if any(emp.values()) or labels["reflection"]:
                assert row["context"], row["text"]
            if labels["backchannel"]:
                assert len(row["text"].split()) <= 4 and labels["question"] is None


def test_utterances_are_many_balanced_and_split_80_20() -> None:
    train, dev = _utterances("train"), _utterances("dev")
    total = len(train) + len(dev)
    assert total >= 600
    assert 0.75 <= len(train) / total <= 0.85
    depth = Counter(r["labels"]["disclosure"] for r in train + dev)
    # Depths 1-3 near a quarter each; depth 0 (replies, questions, backchannels) a little more, about a third.
    for d in (1, 2, 3):
        assert 0.2 <= depth[d] / total <= 0.3, depth
    assert 0.25 <= depth[0] / total <= 0.36, depth
    for split in (train, dev):
        assert {r["labels"]["disclosure"] for r in split} == {0, 1, 2, 3}
        assert any(r["labels"]["backchannel"] for r in split)
        assert {r["labels"]["question"] for r in split} == {None, "open", "closed"}
        assert any(r["labels"]["advice"] for r in split)
        assert any(r["labels"]["reflection"] for r in split)
        assert any(r["labels"]["empathy"]["exploration"] == 2 for r in split)
    train_texts = {(r["text"], tuple(r["context"])) for r in train}
    assert not any((r["text"], tuple(r["context"])) in train_texts for r in dev)
