"""Detection's hints (``formats._HINTS``) only skip readers that would not have claimed the file.

A hint is a cheap substring test that lets detection leave a reader's module unimported; it must hold whenever the
reader's own ``sniff`` gives the file a score. Checked on every fixture and outside-evaluator file, on a sample of
the writers' corpus, and on random text built from the tokens the formats care about.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heart2heart.errors import ParseError
from heart2heart.formats import _HINTS, _MODULES, detect, get_reader
from heart2heart.formats._base import Probe

ROOT = Path(__file__).parent
CORPUS = ROOT.parent / "corpus"
FILES = sorted(
    p
    for p in [*(ROOT / "fixtures").rglob("*"), *CORPUS.glob("outside*/*"), *CORPUS.glob("kinds*/*[05].*")]
    if p.is_file() and p.name not in ("README.md", "PROMPT.md", "labels.jsonl") and p.suffix != ".py"
)
# the export folders among the fixtures, which are read whole
FOLDERS = sorted({p.parent for p in (ROOT / "fixtures").rglob("*") if p.is_file()} | {ROOT / "fixtures"})


def _unclaimed(probe: Probe) -> list[str]:
    """The hinted readers whose sniff gives the probe a score although their hint says it cannot."""
    return [name for name, hint in _HINTS.items() if not hint(probe) and get_reader(name).sniff(probe) > 0]


def test_every_hint_names_a_reader() -> None:
    assert set(_HINTS) <= set(_MODULES)


def _detected(path: Path) -> str | None:
    try:
        return detect(path).name
    except ParseError:
        return None


def test_the_files_checked_cover_every_format() -> None:
    assert len(FILES) > 1000
    assert {_detected(p) for p in [*FILES, *FOLDERS]} >= set(_HINTS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT.parent)))
def test_a_hint_never_hides_a_reader_that_would_claim_the_file(path: Path) -> None:
    assert _unclaimed(Probe.of(path)) == []


@pytest.mark.parametrize("path", FOLDERS, ids=lambda p: str(p.relative_to(ROOT.parent)))
def test_a_hint_never_hides_a_reader_that_would_claim_the_folder(path: Path) -> None:
    assert _unclaimed(Probe.of(path)) == []


TOKENS = [
    "\n", " ", ": ", " : ", "[", "] [", "]", "{", "}", '"messages": [', '"participants"', '"sender_name"', '"ts"',
    '"guild"', '"sender_full_name"', '"version"', '"type": "version"', '"msg"', '"username"', "<smses", "<sms ",
    '"Media Type"', '"Created"', '"IsSender"', "hChatLog", 'class="message"', "Conversation: ", "Type: incoming",
    "[2024-03-14 20:02:11] Sam: hi", "KakaoTalk Chats with Sam", "[Sam] [8:02 PM] hi", "Chat Session,Message Date,",
    "Type,Sender Name,Text", "14/03/2024,20:02:11,Sam,+4072155,hi", 'class="sender"', 'class="timestamp"',
    'class="received"', "WEBVTT", "[Script Info]", "[Events]", "\nDialogue:", "_a6-g", "_a6-h", "_2lej", "_2lel",
    'class="message default', 'class="from_name"', "PostMessage,UserUsername,PostCreateAt,ChannelName", "\ufeff",
    '"chats"', '"list"', '"about"', '"timestamp_ms"', '"text"', "Sam", "2024", "March 14, 2024, 8:02 PM, Sam : hi",
]  # fmt: skip


@settings(
    max_examples=int(os.environ.get("H2H_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=40), st.sampled_from(["txt", "json", "csv"]))
def test_a_hint_holds_on_random_text(parts: list[str], suffix: str) -> None:
    assert _unclaimed(Probe(Path(f"chat.{suffix}"), "".join(parts))) == []
