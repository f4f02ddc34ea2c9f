"""The HTML report: self-contained, phone-readable and printable, with the charts, figures and notes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from _assess_helpers import L, conv
from heart2heart.model import Conversation, Utterance
from heart2heart.report.html import render_html, talk_balance_series
from heart2heart.report.pipeline import analyse_conversation, write_html

FIXING = conv(
    [
        ("Beth", "hey, are you free tonight?", L(q="closed")),
        ("Carl", "yes, what's up?", L(q="open")),
        ("Beth", "I've been feeling really lonely since I moved here, I cry most evenings", L(d=3, v=-0.7)),
        ("Carl", "you should join a running club <b>seriously</b>, that's how I met people", L(a=True)),
        ("Beth", "yeah maybe", L()),
        ("Carl", "or try the meetup app", L(a=True)),
    ],
    minutes=[0, 1, 3, 4, 9, 10],
)


@pytest.fixture(scope="module")
def html() -> str:
    return render_html([analyse_conversation(FIXING, me="Carl")], me="Carl")


def test_self_contained(html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html)
    assert "<script" not in html and "@import" not in html and "url(" not in html
    assert "<link" not in html


def test_phone_and_print(html: str) -> None:
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media print" in html and "@media (max-width: 520px)" in html


def test_charts_figures_and_notes(html: str) -> None:
    assert html.count("<svg") >= 4  # gauge, talk balance, depth, bars
    assert "Talk balance over time" in html and "Depth of disclosure" in html
    assert "How each person listened" in html
    # The one disclosure, marked with its response and both quotes.
    assert "answered with advice" in html and "I cry most evenings" in html
    assert "<title>#2 Beth: answered with advice</title>" in html
    # Notes with quotes, written to Carl as "you".
    assert "you went straight to a solution" in html
    assert "Fixing" in html


def test_text_is_escaped(html: str) -> None:
    assert "<b>seriously</b>" not in html and "&lt;b&gt;seriously&lt;/b&gt;" in html


def test_talk_balance_series_of_a_short_chat() -> None:
    item = analyse_conversation(FIXING)
    names, series = talk_balance_series(item)
    assert names == ["Beth", "Carl"]
    # 6 utterances -> 2 stretches of 3; the first: Beth 5 + 13 words, Carl 3 words.
    assert len(series) == 2
    first = series[0][1]
    beth = 5 + 13
    carl = 3
    assert first == pytest.approx([beth / (beth + carl), carl / (beth + carl)])


def _long(n: int) -> Conversation:
    base = datetime(2024, 1, 1, 9)
    utts = []
    for i in range(n):
        sp = "Ana" if i % 2 == 0 else "Ben"
        lab = L(d=3) if i % 50 == 0 else L(q="open") if i % 7 == 0 else L(r=True) if i % 5 == 0 else L(d=1)
        text = f"message {i} about my work and the family, I feel tired sometimes but it is fine"
        utts.append(
            Utterance(
                "long", i, sp, text, start=i * 4.0, end=i * 4.0 + 3.5, time=base + timedelta(seconds=4 * i), labels=lab
            )
        )
    return Conversation("long", tuple(utts))


def test_a_thousand_turns_stays_small(tmp_path: Path) -> None:
    item = analyse_conversation(_long(1000))
    out = tmp_path / "r.html"
    write_html([item], out)
    size = out.stat().st_size
    assert size < 1_000_000
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_only_listed_disclosures_are_shown_and_counted() -> None:
    item = analyse_conversation(FIXING)
    assert [(d.index, d.listed) for d in item.assessment.disclosures] == [(2, True)]
    shown = render_html([item])
    assert "<title>#2 Beth: answered with advice</title>" in shown and '<ol class="disc">' in shown
    assert "#2 · Beth · depth 3 · the moment the talk turned on" in shown  # the main disclosure
    met = '<td class="n" data-label="Disclosures met"><span>{}</span></td>'
    assert met.format("0 of 1") in shown  # Carl answered Beth's one disclosure, not with "met"
    hidden = replace(
        item,
        assessment=replace(
            item.assessment, disclosures=[replace(d, listed=False) for d in item.assessment.disclosures]
        ),
    )
    html = render_html([hidden])
    assert "<title>#2 Beth" not in html and '<ol class="disc">' not in html
    assert met.format("0 of 1") not in html and met.format("0 of 0") in html


def test_several_conversations_get_a_contents_list_linking_each() -> None:
    """A report of a chat history opens with a list of its conversations (id, kind, size, score), each a link to
    its section; a report of one conversation has none."""
    items = [analyse_conversation(replace(FIXING, id=f"chat <{i}>")) for i in range(1, 4)]
    shown = render_html(items)
    assert '<nav class="toc" aria-label="Conversations">' in shown and "<h2>3 conversations</h2>" in shown
    nav = shown.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
    targets = re.findall(r'<a href="#([^"]+)">chat &lt;(\d)&gt;</a>', nav)
    assert [n for _, n in targets] == ["1", "2", "3"]
    for uid, _ in targets:
        assert f'<section class="conv" id="{uid}">' in shown
    assert nav.count("Fixing · 6 messages · heart-to-heart ") == 3
    assert '<nav class="toc"' not in render_html(items[:1])


def _replies(c: Conversation) -> list[str]:
    return re.findall(r'<span class="meta">([^<]*):</span>', render_html([analyse_conversation(c)]))


def test_reply_times_are_said_as_people_say_them() -> None:
    # FIXING is timed by a clock to the minute (a chat export): Carl's advice came the next minute.
    assert _replies(FIXING) == ["Carl, after 1 min"]
    same_minute = replace(FIXING, utterances=tuple(replace(u, time=FIXING.utterances[2].time) if u.index == 3 else u
                                                       for u in FIXING.utterances))  # fmt: skip
    assert _replies(same_minute) == ["Carl, within the minute"]  # not "after 0 s": the clock cannot say more
    with_seconds = replace(
        FIXING,
        utterances=tuple(replace(u, time=u.time + timedelta(seconds=7 * u.index)) if u.time else u
                         for u in FIXING.utterances),
    )  # fmt: skip
    assert _replies(with_seconds) == ["Carl, after 67 s"]
    two_hours = replace(FIXING, utterances=tuple(replace(u, time=u.time + timedelta(hours=2)) if u.index >= 3 and u.time
                                                 else u for u in FIXING.utterances))  # fmt: skip
    assert _replies(two_hours) == ["Carl, after 2 h 1 min"]
    spoken = replace(FIXING, utterances=tuple(replace(u, time=None, start=10.0 * u.index, end=10.0 * u.index + 8.5)
                                              for u in FIXING.utterances))  # fmt: skip
    assert _replies(spoken) == ["Carl, after 1.5 s"]
