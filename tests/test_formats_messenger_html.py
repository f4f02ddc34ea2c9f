"""Facebook Messenger and Instagram HTML downloads (message_1.html...), in the current layout and the one before 2022.

The fixture pages follow the markup public parsers of these downloads read (message blocks ``_a6-g`` with the sender
``_a6-h``, content ``_a6-p`` and time ``_a6-o``; before 2022 ``_2lej``, ``_2lel``, ``_2let``, ``_2lem``): a
participants' block without a time, reactions under a message, a photo, a group rename and an unsent message.
Every expected value below was read off the pages by hand.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read

FIX = Path(__file__).parent / "fixtures" / "chats" / "messenger_html"
CHAT = FIX / "inbox" / "maya_7731"
H2H = [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]


def rows(path: Path) -> list[tuple[str, str, datetime | None, bool]]:
    return [(u.speaker, u.text, u.time, u.media) for u in get_reader("messenger_html").parse(path)]


def test_current_layout_oldest_first_events_and_reactions_left_out() -> None:
    page = CHAT / "message_1.html"
    assert detect(page).name == "messenger_html"
    assert rows(page) == [
        ("Maya Lopez", "Can I tell you something?\nI've been scared about the scan.", datetime(2024, 3, 14, 20, 2, 11),
         False),
        ("Maya Lopez", "<unsent message>", datetime(2024, 3, 14, 20, 2, 30), True),
        ("Maya Lopez", "<photo>", datetime(2024, 3, 14, 20, 4, 12), True),  # the rename at 20:03 is left out
        ("Sam Ortiz", "I'm here. Whenever you're ready.", datetime(2024, 3, 14, 20, 5, 40), False),  # no reaction
    ]  # fmt: skip


def test_the_chats_folder_is_one_conversation() -> None:
    assert detect(CHAT).name == "messenger_html"
    (conv,) = read(CHAT)
    assert conv.id == "maya_7731#1" and [s.name for s in conv.speakers] == ["Maya Lopez", "Sam Ortiz"]


def test_layout_before_2022_keeps_the_order_within_a_minute() -> None:
    page = FIX / "old_2019.html"
    assert detect(page).name == "messenger_html"
    assert rows(page) == [
        ("Jonas Keller", "hey", datetime(2019, 6, 1, 22, 10), False),
        ("Jonas Keller", "you ok? you seem quiet", datetime(2019, 6, 1, 22, 10), False),
        ("Lea M", "a bit. rough week", datetime(2019, 6, 1, 22, 11), False),
    ]


def test_times_in_another_language_are_left_out_and_the_page_order_kept(tmp_path: Path) -> None:
    page = tmp_path / "message_1.html"
    block = ('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_2ph_ _a6-h _a6-i">{}</div>'
             '<div class="_2ph_ _a6-p"><div>{}</div></div><div class="_3-94 _a6-o">{}</div></div>')  # fmt: skip
    page.write_text(block.format("Ana", "tudo bem?", "mar 14, 2024 8:05 da tarde")
                    + block.format("Rui", "olá", "mar 14, 2024 8:04 da tarde"), encoding="utf-8")  # fmt: skip
    assert rows(page) == [("Rui", "olá", None, False), ("Ana", "tudo bem?", None, False)]


def test_blocks_wrapped_in_one_block(tmp_path: Path) -> None:
    # Instagram's pages may wrap the message blocks in one more "_a6-g": each innermost block is a message.
    page = tmp_path / "message_1.html"
    block = ('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">{}</h2>'
             '<div class="_3-95 _a6-p"><div><div></div><div>{}</div></div></div>'
             '<div class="_3-94 _a6-o">{}</div></div>')  # fmt: skip
    page.write_text('<main><div class="_a6-g">' + block.format("Elena", "fair, you win", "Jan 17, 2024 1:21 pm")
                    + block.format("Yusuf", "which is what I said", "Jan 17, 2024 1:19 pm") + "</div></main>",
                    encoding="utf-8")  # fmt: skip
    assert [(s, t) for s, t, _, _ in rows(page)] == [("Yusuf", "which is what I said"), ("Elena", "fair, you win")]


@pytest.mark.parametrize(
    ("html", "line", "what"),
    [
        ('<div class="_3-95 _a6-g"><div class="_2ph_ _a6-h">Participants: A and B</div></div>', None, "no messages"),
    ],
)
def test_malformed(tmp_path: Path, html: str, line: int | None, what: str) -> None:
    page = tmp_path / "message_1.html"
    page.write_text(html, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("messenger_html").parse(page))
    assert (err.value.line, what in err.value.message) == (line, True)


def test_cli_reads_the_chats_folder() -> None:
    out = subprocess.run([*H2H, "analyze", str(CHAT), "--json"], capture_output=True, text=True, check=True)
    assert '"speakers"' in out.stdout and "Sam Ortiz" in out.stdout


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20_000), st.binary(max_size=8)), max_size=6))
def test_damaged_pages_read_or_say_why(tmp_path: Path, edits: list[tuple[int, bytes]]) -> None:
    data = bytearray((CHAT / "message_1.html").read_bytes())
    for at, chunk in edits:
        at %= max(len(data), 1)
        data[at : at + len(chunk)] = chunk
    page = tmp_path / "message_1.html"
    page.write_bytes(bytes(data))
    try:
        utterances = list(get_reader("messenger_html").parse(page))
    except ParseError as exc:
        assert exc.path == str(page)
    else:
        assert all(u.speaker and u.text for u in utterances)
