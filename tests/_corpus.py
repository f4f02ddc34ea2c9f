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


def manifest(folder: Path) -> list[dict[str, Any]]:
    """The rows of ``folder/labels.jsonl``."""
    with (folder / "labels.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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
