"""The sixth author's labelled conversations (corpus/kinds6): the manifest agrees with its files and the readers.

The same checks as tests/test_corpus4.py runs on corpus/kinds4, for a set written by a sixth, independent author
(conversations as they run in real transcripts and exports: meetings and calls that ramble, bursts of short
messages, typos and voice-to-text, therapists, coaches, teachers and managers as well as friends and family).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, HORSEMEN, KINDS, READER_OF, RESPONSES, builder, manifest

KINDS6 = CORPUS / "kinds6"

MANIFEST = manifest(KINDS6)
BY_FILE = {e["file"]: e for e in MANIFEST}


def _read(path: Path, reader: str) -> list[Any]:
    formats = pytest.importorskip("heart2heart.formats")
    conversations: list[Any] = formats.read(path, format=reader)
    return conversations


def test_every_file_exists_once_and_every_file_is_listed() -> None:
    files = [e["file"] for e in MANIFEST]
    assert len(files) == len(set(files))
    on_disk = {p.name for p in KINDS6.iterdir() if p.is_file() and p.name not in ("labels.jsonl", "README.md")}
    assert on_disk == set(files)


def test_ids_do_not_clash_with_the_other_sets() -> None:
    for other in ("kinds", "kinds2", "kinds3", "kinds4", "kinds5"):
        path = CORPUS / other / "labels.jsonl"
        if not path.exists():  # a set still being written
            continue
        text = path.read_text(encoding="utf-8")
        files = {json.loads(line)["file"] for line in text.splitlines() if line}
        assert not files & set(BY_FILE), other


def test_ids_carry_a_six() -> None:
    for name in BY_FILE:
        assert name[2] == "6" and len(name.split(".")[0]) == 5, name


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
    un604 = BY_FILE["un604.jsonl"]
    rows = [json.loads(line) for line in (KINDS6 / "un604.jsonl").read_text(encoding="utf-8").splitlines()]
    # Amy's third message (the scan), answered by Rob's next one, which turns to his own day.
    assert "really scared" in rows[2]["text"] and "my day was a nightmare" in rows[3]["text"]
    assert un604["main_disclosure"] == 2
    assert un604["disclosures"] == [
        {"index": 2, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert un604["utterances"] == 10 and un604["speakers"] == ["Amy", "Rob"]
    assert un604["format"] == "jsonl" and un604["harsh_startup"] is None
    # ve606: the coach's "Mm, yeah." after "I feel stupid for hoping" is a bare token, so that disclosure is none.
    ve606 = BY_FILE["ve606.vtt"]
    assert [(d["index"], d["response"], d["response_index"]) for d in ve606["disclosures"]] == [
        (3, "met", 4),
        (5, "none", None),
    ]
    # cf610: "you always leave your crap", a sarcastic hotel jibe, "whatever", and a feeling met by "i'm going to bed".
    cf610 = BY_FILE["cf610.txt"]
    assert cf610["harsh_startup"] is True and cf610["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in cf610["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (4, "defensiveness"),
        (6, "stonewalling"),
        (9, "contempt"),
    ]
    assert cf610["disclosures"][0]["response"] == "deflected" and cf610["disclosures"][0]["response_index"] == 8
    # fx601: the manager's time-blocking tip is the first reply to Aisha's 4 a.m. panic.
    fx601 = BY_FILE["fx601.vtt"]
    assert fx601["main_disclosure"] == 3
    assert fx601["disclosures"][0]["response"] == "advice" and fx601["disclosures"][0]["response_index"] == 4
    assert fx601["format"] == "teams_vtt" and fx601["split"] == "dev"


def test_formats_follow_one_order_in_every_kind() -> None:
    """x01 Teams VTT, x02 WhatsApp iOS, ... x10 WhatsApp iOS US; odd numbers dev, even valid."""
    order = [
        "teams_vtt",
        "whatsapp_ios",
        "plain_ts",
        "jsonl",
        "whatsapp_android_us",
        "zoom_vtt",
        "srt",
        "whatsapp_android",
        "plain",
        "whatsapp_ios_us",
    ]
    for entry in MANIFEST:
        number = int(entry["file"][3:5])
        assert entry["format"] == order[number - 1], entry["file"]
        assert entry["split"] == ("dev" if number % 2 else "valid"), entry["file"]


def test_rendered_files_are_in_sync_with_sources() -> None:
    built = builder().build(KINDS6)
    assert set(built) == set(BY_FILE) | {"labels.jsonl"}
    for name, content in built.items():
        assert (KINDS6 / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_readers_agree_with_manifest(entry: dict[str, Any]) -> None:
    conversations = _read(KINDS6 / entry["file"], READER_OF[entry["format"]])
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
    path = KINDS6 / entry["file"]
    assert formats.detect(path).name == READER_OF[entry["format"]]
    (conv,) = formats.read(path)
    assert len(conv) == entry["utterances"]


def test_validate_kinds_scores_the_sixth_set() -> None:
    """validate_kinds finds corpus/kinds6 by name and scores every conversation of a split once."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    folder = validate.default_corpus("kinds6")
    assert folder == KINDS6
    result = validate.validate_kinds(folder, "valid")
    assert result.n == 50
    # Five valid conversations per kind: each gold row of the confusion matrix sums to five.
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, 5)
    assert result.response_n == sum(1 for e in MANIFEST if e["split"] == "valid" and e["main_disclosure"] is not None)
    assert 0.0 <= result.accuracy <= 1.0


def test_validate_conversations_reports_the_sixth_set() -> None:
    """validate_conversations (what ``h2h eval --conversations`` prints) has a kinds6 valid section."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    out = validate.validate_conversations(None)
    assert out["kinds6"]["split"] == "valid"
    assert out["kinds6"]["n"] == 50
