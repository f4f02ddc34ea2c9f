"""Telegram Desktop HTML exports (messages.html, messages2.html, ... in the export folder).

The fixture pages follow Telegram Desktop's markup: user pictures, a date service line, a sender's follow-up marked
``joined``, a reply, a sticker without words, a forwarded message and a link; every expected value below was read
off the pages by hand.
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

FOLDER = Path(__file__).parent / "fixtures" / "chats" / "telegram_html"
H2H = [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]

FIRST_PAGE = [
    ("Maya Lopez", "hey, you home yet?", datetime(2024, 3, 14, 20, 2, 11), False),
    ("Maya Lopez", "how did it go today?", datetime(2024, 3, 14, 20, 2, 40), False),  # joined: no name of its own
    ("Sam Ortiz", "honestly? not great.\nI think I'm failing at this job & everyone can see it",
     datetime(2024, 3, 14, 20, 15, 3), False),
    ("Maya Lopez", "oh Sam. that sounds really heavy. what happened?", datetime(2024, 3, 14, 20, 16, 30), False),
    ("Sam Ortiz", "<media>", datetime(2024, 3, 14, 20, 18), True),  # a sticker
]  # fmt: skip


def rows(path: Path) -> list[tuple[str, str, datetime | None, bool]]:
    return [(u.speaker, u.text, u.time, u.media) for u in get_reader("telegram_html").parse(path)]


def test_one_page() -> None:
    page = FOLDER / "messages.html"
    assert detect(page).name == "telegram_html"
    assert rows(page) == FIRST_PAGE


def test_export_folder_reads_its_pages_in_order_as_one_chat() -> None:
    assert detect(FOLDER).name == "telegram_html"
    assert rows(FOLDER) == [
        *FIRST_PAGE,
        # a forwarded message counts as its sender's; the channel it came from is left out
        ("Sam Ortiz", "Reminder: reviews are due Friday.", datetime(2024, 3, 14, 20, 19, 10), False),
        ("Maya Lopez", "ugh. this again. do you want to talk it through?", datetime(2024, 3, 14, 20, 21, 45), False),
    ]
    (conv,) = read(FOLDER)
    assert conv.id == "telegram_html#1" and [s.name for s in conv.speakers] == ["Maya Lopez", "Sam Ortiz"]


@pytest.mark.parametrize(
    ("html", "line", "what"),
    [
        ('<div class="page_header"></div><div class="message service"><div class="body details">x</div></div>',
         None, "no messages"),
        ('<div class="page_header"></div>\n<div class="message default clearfix joined"><div class="body">'
         '<div class="text">hi</div></div></div>', 2, "no named sender"),
    ],
)  # fmt: skip
def test_malformed(tmp_path: Path, html: str, line: int | None, what: str) -> None:
    page = tmp_path / "messages.html"
    page.write_text(html, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("telegram_html").parse(page))
    assert (err.value.line, what in err.value.message) == (line, True)


def test_cli_reads_the_folder(tmp_path: Path) -> None:
    out = subprocess.run([*H2H, "analyze", str(FOLDER), "--json"], capture_output=True, text=True, check=True)
    assert '"speakers"' in out.stdout and "Maya Lopez" in out.stdout


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20_000), st.binary(max_size=8)), max_size=6))
def test_damaged_pages_read_or_say_why(tmp_path: Path, edits: list[tuple[int, bytes]]) -> None:
    data = bytearray((FOLDER / "messages.html").read_bytes())
    for at, chunk in edits:
        at %= max(len(data), 1)
        data[at : at + len(chunk)] = chunk
    page = tmp_path / "messages.html"
    page.write_bytes(bytes(data))
    try:
        utterances = list(get_reader("telegram_html").parse(page))
    except ParseError as exc:
        assert exc.path == str(page)
    else:
        assert all(u.speaker and u.text for u in utterances)
