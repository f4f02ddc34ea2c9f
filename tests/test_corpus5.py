"""The fifth author's labelled conversations (corpus/kinds5): the manifest agrees with its files and the readers.

The same checks as tests/test_corpus4.py runs on corpus/kinds4, for a set written by a fifth, independent author
(the clear, typical version of each kind, in everyday settings: work, family, money, health, moving, exams,
breakups, friends, hobbies, pets and neighbours).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, HORSEMEN, KINDS, READER_OF, RESPONSES, builder, manifest

KINDS5 = CORPUS / "kinds5"

MANIFEST = manifest(KINDS5)
BY_FILE = {e["file"]: e for e in MANIFEST}


def _read(path: Path, reader: str) -> list[Any]:
    formats = pytest.importorskip("heart2heart.formats")
    conversations: list[Any] = formats.read(path, format=reader)
    return conversations


def test_every_file_exists_once_and_every_file_is_listed() -> None:
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))
    on_disk = {p.name for p in KINDS5.iterdir() if p.is_file() and p.name not in ("labels.jsonl", "README.md")}
    assert on_disk == set(files)


def test_ids_do_not_clash_with_the_other_sets() -> None:
    for other in ("kinds", "kinds2", "kinds3", "kinds4"):
        text = (CORPUS / other / "labels.jsonl").read_text(encoding="utf-8")
        files = {json.loads(line)["file"] for line in text.splitlines() if line}
        assert not files & set(BY_FILE), other


def test_ids_carry_a_five() -> None:
    for name in BY_FILE:
        assert name[2] == "5" and len(name.split(".")[0]) == 5, name


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
    assert min(sizes) <= 8 and max(sizes) >= 29
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
    hh501 = BY_FILE["hh501.txt"]
    lines = (KINDS5 / "hh501.txt").read_text(encoding="utf-8").splitlines()
    # Line 3: Lena's scan result she has told no one about, answered by Dom's next line.
    assert "haven't told anyone yet" in lines[3] and "sitting on that on your own" in lines[4]
    assert hh501["main_disclosure"] == 3
    assert hh501["disclosures"][0] == {
        "index": 3,
        "speaker": "Lena",
        "depth": 3,
        "response": "met",
        "response_index": 4,
    }
    assert hh501["utterances"] == 17 and hh501["speakers"] == ["Dom", "Lena"]
    assert hh501["format"] == "plain" and hh501["harsh_startup"] is None
    # un510: a group chat says goodnight; Gethin's disclosure (7) gets no reply, only his own "Ignore me" (8).
    un510 = BY_FILE["un510.txt"]
    assert un510["disclosures"] == [
        {"index": 7, "speaker": "Gethin", "depth": 3, "response": "none", "response_index": None}
    ]
    assert un510["utterances"] == 9 and len(un510["speakers"]) == 3
    # cf508: a harsh start-up ("Why is it ALWAYS me"); line 3 is both defensive and contemptuous.
    cf508 = BY_FILE["cf508.txt"]
    assert cf508["harsh_startup"] is True and cf508["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in cf508["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (7, "stonewalling"),
    ]
    # fx510 (valid): the word of sympathy comes only in the last line; both feelings were met with advice first.
    fx510 = BY_FILE["fx510.jsonl"]
    assert fx510["split"] == "valid" and fx510["main_disclosure"] == 1
    assert [(d["index"], d["response"], d["response_index"]) for d in fx510["disclosures"]] == [
        (1, "advice", 2),
        (5, "advice", 6),
    ]


def test_rendered_files_are_in_sync_with_sources() -> None:
    built = builder().build(KINDS5)
    assert set(built) == set(BY_FILE) | {"labels.jsonl"}
    for name, content in built.items():
        assert (KINDS5 / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_readers_agree_with_manifest(entry: dict[str, Any]) -> None:
    conversations = _read(KINDS5 / entry["file"], READER_OF[entry["format"]])
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
    path = KINDS5 / entry["file"]
    assert formats.detect(path).name == READER_OF[entry["format"]]
    (conv,) = formats.read(path)
    assert len(conv) == entry["utterances"]


def test_validate_kinds_scores_the_fifth_set() -> None:
    """validate_kinds finds corpus/kinds5 by name and scores every conversation of a split once."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    folder = validate.default_corpus("kinds5")
    assert folder == KINDS5
    result = validate.validate_kinds(folder, "valid")
    assert result.n == 50
    # Five valid conversations per kind: each gold row of the confusion matrix sums to five.
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, 5)
    assert result.response_n == sum(1 for e in MANIFEST if e["split"] == "valid" and e["main_disclosure"] is not None)
    assert 0.0 <= result.accuracy <= 1.0


def test_validate_conversations_reports_the_fifth_set() -> None:
    """validate_conversations (what ``h2h eval --conversations`` prints) has a kinds5 valid section."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    out = validate.validate_conversations(None)
    assert out["kinds5"]["split"] == "valid"
    assert out["kinds5"]["n"] == 50
