"""The second author's labelled conversations (corpus/kinds2): the manifest agrees with its files and the readers.

The same checks as tests/test_corpus.py runs on corpus/kinds, for the set written independently to widen the
writers, relationships, registers and formats the kind classifier is validated on.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, HORSEMEN, KINDS, READER_OF, RESPONSES, builder, manifest

KINDS2 = CORPUS / "kinds2"

MANIFEST = manifest(KINDS2)
BY_FILE = {e["file"]: e for e in MANIFEST}


def _read(path: Path, reader: str) -> list[Any]:
    formats = pytest.importorskip("heart2heart.formats")
    conversations: list[Any] = formats.read(path, format=reader)
    return conversations


def test_every_file_exists_once_and_every_file_is_listed() -> None:
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))
    on_disk = {p.name for p in KINDS2.iterdir() if p.is_file() and p.name not in ("labels.jsonl", "README.md")}
    assert on_disk == set(files)


def test_ids_do_not_clash_with_the_first_set() -> None:
    text = (CORPUS / "kinds" / "labels.jsonl").read_text(encoding="utf-8")
    first = {json.loads(line)["file"] for line in text.splitlines() if line}
    assert not first & set(BY_FILE)


def test_kinds_are_split_half_and_half() -> None:
    counts = Counter((e["kind"], e["split"]) for e in MANIFEST)
    assert {e["kind"] for e in MANIFEST} == KINDS
    assert len(MANIFEST) >= 100
    for kind in KINDS:
        assert counts[(kind, "dev")] >= 5, kind
        assert counts[(kind, "dev")] == counts[(kind, "valid")], kind


def test_formats_are_mixed_within_each_kind() -> None:
    for kind in {e["kind"] for e in MANIFEST}:
        fmts = {e["format"] for e in MANIFEST if e["kind"] == kind}
        assert len(fmts) >= 6, (kind, fmts)


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
    hh201 = BY_FILE["hh201.txt"]
    lines = (KINDS2 / "hh201.txt").read_text(encoding="utf-8").splitlines()
    # Arjun's sixth message, "...i'm the failure one", answered by Riya's next message.
    assert "the failure one" in lines[5]
    assert hh201["main_disclosure"] == 5
    assert hh201["disclosures"][0] == {
        "index": 5,
        "speaker": "Arjun",
        "depth": 3,
        "response": "met",
        "response_index": 6,
    }
    assert hh201["utterances"] == 23 and hh201["speakers"] == ["Arjun", "Riya"]


def test_rendered_files_are_in_sync_with_sources() -> None:
    built = builder().build(KINDS2)
    assert set(built) == set(BY_FILE) | {"labels.jsonl"}
    for name, content in built.items():
        assert (KINDS2 / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_readers_agree_with_manifest(entry: dict[str, Any]) -> None:
    conversations = _read(KINDS2 / entry["file"], READER_OF[entry["format"]])
    assert len(conversations) == 1
    conv = conversations[0]
    assert len(conv) == entry["utterances"]
    assert sorted({u.speaker for u in conv}) == entry["speakers"]
    assert not any(u.media for u in conv)
    for d in entry["disclosures"]:
        assert conv[d["index"]].speaker == d["speaker"]
        if d["response_index"] is not None:
            assert conv[d["response_index"]].speaker != d["speaker"]


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_format_is_detected_and_reads_as_one_conversation(entry: dict[str, Any]) -> None:
    formats = pytest.importorskip("heart2heart.formats")
    path = KINDS2 / entry["file"]
    assert formats.detect(path).name == READER_OF[entry["format"]]
    (conv,) = formats.read(path)
    assert len(conv) == entry["utterances"]


def test_validate_kinds_scores_the_second_set() -> None:
    """validate_kinds finds corpus/kinds2 by name and scores every conversation of a split once."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    folder = validate.default_corpus("kinds2")
    assert folder == KINDS2
    result = validate.validate_kinds(folder, "dev")
    assert result.n == 50
    # Five dev conversations per kind: each gold row of the confusion matrix sums to five.
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, 5)
    # One main-response check per dev conversation with a main disclosure (24 of the 50).
    assert result.response_n == sum(1 for e in MANIFEST if e["split"] == "dev" and e["main_disclosure"] is not None)
    assert 0.0 <= result.accuracy <= 1.0
