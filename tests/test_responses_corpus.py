"""The replies-to-disclosures corpus (corpus/responses/pairs.jsonl) is well formed, in sync and balanced."""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DIR = ROOT / "corpus" / "responses"
PAIRS = DIR / "pairs.jsonl"
RESPONSES = ("met", "advice", "deflected", "none")
#: The stated balance of the corpus (share of items per response); each share may be off by 5 points.
TARGET = {"met": 0.35, "advice": 0.25, "deflected": 0.30, "none": 0.10}
FIELDS = {"id", "context", "disclosure", "discloser", "replies", "response", "response_at", "depth", "split"}


def _items() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


ITEMS = _items()


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("responses_build", DIR / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_line_is_an_object_with_exactly_the_fields() -> None:
    assert len(ITEMS) >= 1700
    for item in ITEMS:
        assert set(item) == FIELDS, item.get("id")


def test_ids_are_unique_sorted_and_numbered_from_one() -> None:
    ids = [item["id"] for item in ITEMS]
    assert ids == [f"r{n:04d}" for n in range(1, len(ITEMS) + 1)]


def test_values_are_allowed() -> None:
    for item in ITEMS:
        assert item["response"] in RESPONSES, item["id"]
        assert item["depth"] in (2, 3), item["id"]
        assert item["split"] in ("train", "dev"), item["id"]
        assert isinstance(item["disclosure"], str) and item["disclosure"].strip(), item["id"]
        assert isinstance(item["discloser"], str) and item["discloser"], item["id"]
        assert 0 <= len(item["context"]) <= 4, item["id"]
        assert 0 <= len(item["replies"]) <= 3, item["id"]
        assert all(isinstance(turn, str) and ": " in turn for turn in item["context"]), item["id"]
        for reply in item["replies"]:
            assert set(reply) == {"speaker", "text"} and reply["text"].strip(), item["id"]


def test_context_alternates_and_ends_with_the_other_speaker() -> None:
    for item in ITEMS:
        speakers = [turn.split(": ", 1)[0] for turn in item["context"]]
        assert all(a != b for a, b in itertools.pairwise(speakers)), item["id"]
        if speakers:
            assert speakers[-1] != item["discloser"], item["id"]


def test_response_at_points_at_another_speakers_reply() -> None:
    for item in ITEMS:
        at = item["response_at"]
        if at is None:
            assert item["response"] == "none" and not [
                r for r in item["replies"] if r["speaker"] != item["discloser"]
            ], item["id"]
            continue
        assert 0 <= at < len(item["replies"]), item["id"]
        assert item["replies"][at]["speaker"] != item["discloser"], item["id"]


def test_every_fifth_item_is_dev() -> None:
    for n, item in enumerate(ITEMS, 1):
        assert item["split"] == ("dev" if n % 5 == 0 else "train"), item["id"]


def test_counts_are_within_the_stated_balance() -> None:
    counts = Counter(item["response"] for item in ITEMS)
    for response, share in TARGET.items():
        assert abs(counts[response] / len(ITEMS) - share) <= 0.05, (response, counts[response], len(ITEMS))
    depths = Counter(item["depth"] for item in ITEMS)
    assert depths[2] >= 0.2 * len(ITEMS) and depths[3] >= 0.2 * len(ITEMS)


def test_build_is_in_sync_with_the_sources() -> None:
    builder = _builder()
    assert builder.render(builder.build()) == PAIRS.read_text(encoding="utf-8")


def test_builder_reads_a_block_and_rejects_a_bad_one(tmp_path: Path) -> None:
    builder = _builder()
    src = tmp_path / "x.txt"
    src.write_text(
        "# comment\nadvice 3\nB: hi\n> A: I feel awful\nA: like really\nB: take a walk\n\n"
        "met 2\n> A: I like being alone\n*A: hm\n",
        encoding="utf-8",
    )
    with pytest.raises(builder.SourceError, match="deciding reply"):
        builder.read_source(src)
    src.write_text("advice 3\nB: hi\n> A: I feel awful\nA: like really\nB: take a walk\n", encoding="utf-8")
    [item] = builder.read_source(src)
    assert item["context"] == ["B: hi"] and item["discloser"] == "A" and item["response_at"] == 1
    assert [r["speaker"] for r in item["replies"]] == ["A", "B"]
