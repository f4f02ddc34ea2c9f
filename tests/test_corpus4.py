"""The fourth author's labelled conversations (corpus/kinds4): the manifest agrees with its files and the readers.

The same checks as tests/test_corpus3.py runs on corpus/kinds3, for a set written by a fourth, independent author
(teens, students and retirees; work chats, family group chats, dating apps, peer support, sports teams, long-distance
friends and acquaintances; mostly the plain, typical version of each kind).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, HORSEMEN, KINDS, READER_OF, RESPONSES, builder, manifest

KINDS4 = CORPUS / "kinds4"

MANIFEST = manifest(KINDS4)
BY_FILE = {e["file"]: e for e in MANIFEST}


def _read(path: Path, reader: str) -> list[Any]:
    formats = pytest.importorskip("heart2heart.formats")
    conversations: list[Any] = formats.read(path, format=reader)
    return conversations


def test_every_file_exists_once_and_every_file_is_listed() -> None:
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))
    on_disk = {p.name for p in KINDS4.iterdir() if p.is_file() and p.name not in ("labels.jsonl", "README.md")}
    assert on_disk == set(files)


def test_ids_do_not_clash_with_the_other_sets() -> None:
    for other in ("kinds", "kinds2", "kinds3"):
        text = (CORPUS / other / "labels.jsonl").read_text(encoding="utf-8")
        files = {json.loads(line)["file"] for line in text.splitlines() if line}
        assert not files & set(BY_FILE), other


def test_ids_carry_a_four() -> None:
    for name in BY_FILE:
        assert name[2] == "4" and len(name.split(".")[0]) == 5, name


def test_kinds_are_split_half_and_half() -> None:
    counts = Counter((e["kind"], e["split"]) for e in MANIFEST)
    assert {e["kind"] for e in MANIFEST} == KINDS
    assert len(MANIFEST) == 100
    for kind in KINDS:
        assert counts[(kind, "dev")] == 5, kind
        assert counts[(kind, "valid")] == 5, kind


def test_formats_are_mixed_within_each_kind() -> None:
    assert {e["format"] for e in MANIFEST} == set(READER_OF)
    for kind in KINDS:
        fmts = {e["format"] for e in MANIFEST if e["kind"] == kind}
        assert len(fmts) >= 8, (kind, fmts)


def test_group_chats_and_lengths_vary() -> None:
    sizes = [e["utterances"] for e in MANIFEST]
    assert min(sizes) <= 8 and max(sizes) >= 45
    assert sum(1 for e in MANIFEST if len(e["speakers"]) >= 3) >= 10


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_entry_is_well_formed(entry: dict[str, Any]) -> None:
    n = entry["utterances"]
    assert 6 <= n <= 50
    indices = [d["index"] for d in entry["disclosures"]]
    assert indices == sorted(set(indices))
    for d in entry["disclosures"]:
        assert 0 <= d["index"] < n
        assert d["depth"] in (2, 3)
        assert d["response"] in RESPONSES
        assert d["speaker"] in entry["speakers"]
        if d["response"] == "none":
            assert d["response_index"] is None
        else:
            assert d["index"] < d["response_index"] < n
    assert entry["main_disclosure"] is None or entry["main_disclosure"] in indices
    for h in entry["horsemen"]:
        assert h["kind"] in HORSEMEN
        assert 0 <= h["index"] < n
    if entry["kind"] == "conflict":
        assert isinstance(entry["harsh_startup"], bool)
    if entry["kind"] in ("heart_to_heart", "fixing", "unmet_disclosure", "venting"):
        assert entry["main_disclosure"] is not None, entry["file"]
    if entry["kind"] in ("small_talk", "discussion"):
        assert entry["main_disclosure"] is None
    if entry["kind"] in ("fixing", "unmet_disclosure"):
        main = next(d for d in entry["disclosures"] if d["index"] == entry["main_disclosure"])
        expected = {"advice"} if entry["kind"] == "fixing" else {"deflected", "none"}
        assert main["response"] in expected, entry["file"]


def test_hand_checked_entries() -> None:
    """Entries counted by hand from the rendered files."""
    hh401 = BY_FILE["hh401.txt"]
    lines = (KINDS4 / "hh401.txt").read_text(encoding="utf-8").splitlines()
    # Niamh's second message, "i think im failing second year", answered by Priya's next message.
    assert "failing second year" in lines[2] and "how long have you been carrying" in lines[3]
    assert hh401["main_disclosure"] == 2
    assert hh401["disclosures"][0] == {
        "index": 2,
        "speaker": "Niamh",
        "depth": 3,
        "response": "met",
        "response_index": 3,
    }
    assert hh401["utterances"] == 15 and hh401["speakers"] == ["Niamh", "Priya"]
    assert hh401["format"] == "whatsapp_android" and hh401["harsh_startup"] is None
    # un410: Mrs Hartley's bare "Mm." (index 5) is not the answer; her change of subject to the oven (6) is.
    un410 = BY_FILE["un410.jsonl"]
    assert un410["disclosures"] == [
        {"index": 4, "speaker": "Gosia", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    # cf403: a gentle start-up (a feeling, a specific request) answered defensively; ends in "Fine." and a walk-out.
    cf403 = BY_FILE["cf403.txt"]
    assert cf403["harsh_startup"] is False and cf403["main_disclosure"] == 0
    assert [h["kind"] for h in cf403["horsemen"]] == [
        "defensiveness",
        "defensiveness",
        "defensiveness",
        "contempt",
        "stonewalling",
        "stonewalling",
    ]
    assert [h["index"] for h in cf403["horsemen"]] == [1, 3, 5, 5, 9, 11]


def test_rendered_files_are_in_sync_with_sources() -> None:
    built = builder().build(KINDS4)
    assert set(built) == set(BY_FILE) | {"labels.jsonl"}
    for name, content in built.items():
        assert (KINDS4 / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_readers_agree_with_manifest(entry: dict[str, Any]) -> None:
    conversations = _read(KINDS4 / entry["file"], READER_OF[entry["format"]])
    assert len(conversations) == 1
    conv = conversations[0]
    assert len(conv) == entry["utterances"]
    assert sorted({u.speaker for u in conv}) == entry["speakers"]
    assert not any(u.media for u in conv)
    for d in entry["disclosures"]:
        assert conv[d["index"]].speaker == d["speaker"]
        if d["response_index"] is not None:
            assert conv[d["response_index"]].speaker != d["speaker"]
    for h in entry["horsemen"]:
        assert 0 <= h["index"] < len(conv)


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_format_is_detected_and_reads_as_one_conversation(entry: dict[str, Any]) -> None:
    formats = pytest.importorskip("heart2heart.formats")
    path = KINDS4 / entry["file"]
    assert formats.detect(path).name == READER_OF[entry["format"]]
    (conv,) = formats.read(path)
    assert len(conv) == entry["utterances"]


def test_validate_kinds_scores_the_fourth_set() -> None:
    """validate_kinds finds corpus/kinds4 by name and scores every conversation of a split once."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    folder = validate.default_corpus("kinds4")
    assert folder == KINDS4
    result = validate.validate_kinds(folder, "valid")
    assert result.n == 50
    # Five valid conversations per kind: each gold row of the confusion matrix sums to five.
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, 5)
    assert result.response_n == sum(1 for e in MANIFEST if e["split"] == "valid" and e["main_disclosure"] is not None)
    assert 0.0 <= result.accuracy <= 1.0


def test_validate_conversations_reports_the_fourth_set() -> None:
    """validate_conversations (what ``h2h eval --conversations`` prints) has a kinds4 valid section."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    out = validate.validate_conversations(None)
    assert out["kinds4"]["split"] == "valid"
    assert out["kinds4"]["n"] == 50
