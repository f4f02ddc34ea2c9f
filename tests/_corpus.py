"""What the two corpus tests share: the label vocabularies, the reader for each authoring format, the manifest and
the corpus builder (corpus/build.py, loaded as a module)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

from heart2heart.assess.kind import Kind

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

KINDS = set(get_args(Kind))
RESPONSES = {"met", "advice", "deflected", "none"}
HORSEMEN = {"criticism", "contempt", "defensiveness", "stonewalling"}
# Reader used for each authoring format (passed explicitly, so one missing reader does not hide the others).
READER_OF = {
    "plain": "plain",
    "plain_ts": "plain",
    "whatsapp_android": "whatsapp",
    "whatsapp_android_us": "whatsapp",
    "whatsapp_ios": "whatsapp",
    "whatsapp_ios_us": "whatsapp",
    "zoom_vtt": "vtt",
    "teams_vtt": "vtt",
    "srt": "srt",
    "jsonl": "jsonl",
}

#: The formats in rotation (kinds15 on, and the outside sets' briefs): number n of the kind with index k
#: (heart_to_heart 0 .. conflict 9) has format ROTATION[(n - 1 + k) % 10], so every kind uses every format once.
ROTATION = (
    "whatsapp_android",
    "zoom_vtt",
    "plain",
    "whatsapp_ios_us",
    "srt",
    "jsonl",
    "teams_vtt",
    "whatsapp_android_us",
    "plain_ts",
    "whatsapp_ios",
)


def manifest(folder: Path) -> list[dict[str, Any]]:
    """The rows of ``folder/labels.jsonl``."""
    with (folder / "labels.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def lines_of(path: Path) -> list[str]:
    """A rendered file's lines (one utterance a line in the plain and WhatsApp formats)."""
    return path.read_text(encoding="utf-8").splitlines()


def cues_of(path: Path) -> list[str]:
    """The text line of each cue of a VTT or SRT file, in order (the line after each timing line)."""
    raw = lines_of(path)
    return [raw[i + 1] for i, line in enumerate(raw) if "-->" in line]


def rows_of(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSONL file."""
    return [json.loads(line) for line in lines_of(path)]


def builder() -> ModuleType:
    """corpus/build.py as a module (loaded once per test process)."""
    if "corpus_build" in sys.modules:
        return sys.modules["corpus_build"]
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_build"] = module
    spec.loader.exec_module(module)
    return module


def check_labels(entry: dict[str, Any]) -> None:
    """Assert that one manifest row's labels use the vocabularies and point inside its conversation: disclosures in
    order, each answered later (or not at all), the main disclosure one of them, horsemen in range, and a conflict's
    harsh start-up a bool."""
    n = entry["utterances"]
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


def check_read(conversations: list[Any], entry: dict[str, Any]) -> None:
    """Assert that what a reader made of one file agrees with its manifest row: one conversation of the listed length
    and speakers, no media, each disclosure by its speaker and answered by someone else."""
    assert len(conversations) == 1
    conv = conversations[0]
    assert len(conv) == entry["utterances"]
    assert sorted({u.speaker for u in conv}) == entry["speakers"]
    assert not any(u.media for u in conv)
    for d in entry["disclosures"]:
        assert conv[d["index"]].speaker == d["speaker"]
        if d["response_index"] is not None:
            assert conv[d["response_index"]].speaker != d["speaker"]
