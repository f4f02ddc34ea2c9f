"""The whole chain on conversations no one would write: whatever a reader can produce, annotating, measuring,
assessing and the three reports finish, and their figures stay in range.

Conversations are generated with odd speakers (one, many, names that are emoji or look like roles), odd words
(empty, emoji only, a 5,000-character word, other scripts, placeholders), and odd times (none, all equal, going
backwards, spans that end before they start).
"""

from __future__ import annotations

import io
import json
import os
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from heart2heart.assess.kind import KINDS
from heart2heart.model import Conversation, Utterance
from heart2heart.report.html import render_html
from heart2heart.report.pipeline import analyse_conversation
from heart2heart.report.terminal import render

# H2H_FUZZ_EXAMPLES=500 for a deeper run than the default.
FUZZ = settings(
    max_examples=int(os.environ.get("H2H_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NAMES = ["Ana", "Ben", "Therapist", "Client", "Me", "🙂", "Dr. O'Neill-Smith", "Speaker 1", "+44 7700 900123", "李雷"]
WORDS = [
    "",
    "   ",
    "I feel so alone since mum died",
    "you should just quit",
    "How was work?",
    "what was the hardest part?",
    "It sounds like you're exhausted.",
    "you never listen to me!",
    "lol",
    "😂😂😂",
    "<Media omitted>",
    "?",
    "...",
    "Ich bin so traurig.",
    "я очень устал",
    "x" * 5000,
    "We need to talk.",
    "mm-hm",
    "I'm scared I'll fail, honestly. Do you ever feel like that?",
]
BASE = datetime(2024, 3, 14, 20, 0)


@st.composite
def conversations(draw: st.DrawFn) -> Conversation:
    speakers = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True))
    n = draw(st.integers(1, 30))
    clock = draw(st.sampled_from(["none", "chat", "transcript"]))
    utterances = []
    for i in range(n):
        text = " ".join(draw(st.lists(st.sampled_from(WORDS) | st.text(max_size=20), min_size=1, max_size=3)))
        offset = draw(st.integers(-120, 600))  # seconds from the one before: backwards too
        start = end = when = None
        if clock == "transcript":
            start = max(0.0, i * 5.0 + offset / 100)
            end = start + draw(st.floats(-2.0, 20.0, allow_nan=False))  # an end before its start too
        elif clock == "chat":
            when = BASE + timedelta(seconds=i * 60 + offset)
        utterances.append(
            Utterance(
                "fuzz",
                i,
                draw(st.sampled_from(speakers)),
                text,
                start=start,
                end=end,
                time=when,
                role=draw(st.sampled_from([None, None, "listener", "sharer"])),
                media=text == "<Media omitted>",
            )
        )
    return Conversation("fuzz", tuple(utterances))


@FUZZ
@given(conversations(), st.booleans())
def test_any_conversation_is_analysed_and_reported(conv: Conversation, as_me: bool) -> None:
    me = conv.utterances[0].speaker if as_me else None
    item = analyse_conversation(conv, me)
    a = item.assessment
    assert a is not None and a.kind in KINDS
    assert 0 <= a.scores.heart_to_heart <= 100
    assert all(0.0 <= x <= 1.0 for x in (a.scores.reciprocity, a.scores.attunement, a.scores.depth / 3))
    assert all(0.0 <= v <= 1.0 for v in a.attunement.values())
    indices = {u.index for u in conv.utterances}
    assert all(d.index in indices and (d.response_index is None or d.response_index in indices) for d in a.disclosures)
    assert len(a.notes) <= 5 and all(note.index in indices for note in a.notes)
    assert sum(d.main for d in a.disclosures) <= 1
    json.dumps(item.analysis.to_json())  # the --json output
    page = render_html([item], me=me)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    out = io.StringIO()
    render([item.analysis], console=Console(file=out, width=100))
    assert "fuzz" in out.getvalue()
