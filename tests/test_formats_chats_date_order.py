"""WhatsApp exports where no date has a field above 12: the day/month order is read from how the dates move.

Hand-worked cases: 7/2/24 then 7/3/24 is July 2 -> July 3 (one day) month-first, but Feb 7 -> Mar 7 (28 days, a
large jump) day-first, so month-first wins; the mirror file is day-first; a file with one date only ties and falls
back to month-first for AM/PM exports, day-first for 24-hour ones. The fast path of ``h2h convert`` asks the
reader for the order, so it writes the same bytes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from heart2heart.formats import iter_utterances, read
from heart2heart.formats import whatsapp as wa
from heart2heart.formats._whatsapp_fast import jsonl_rows
from heart2heart.rows import write_rows

FOUR_HOURS = timedelta(hours=4)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _times(path: Path) -> list[datetime | None]:
    return [u.time for conv in read(path, gap=None) for u in conv.utterances]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # month-first: Jul 2 -> Jul 3 (day-first would be Feb 7 -> Mar 7, a 28-day jump)
        (
            ["7/2/24, 10:00 - Maya: hi", "7/3/24, 09:30 - Sam: morning"],
            [datetime(2024, 7, 2, 10, 0), datetime(2024, 7, 3, 9, 30)],
        ),
        # day-first: 2 Jul -> 3 Jul
        (
            ["2/7/24, 10:00 - Maya: hi", "3/7/24, 09:30 - Sam: morning"],
            [datetime(2024, 7, 2, 10, 0), datetime(2024, 7, 3, 9, 30)],
        ),
        # day-first: 12 Jan -> 1 Feb (20 days, large) -> 2 Feb: 1 jump; month-first: Dec 1 -> Jan 2 (backwards)
        # -> Feb 2 (31 days, large): 2 jumps
        (
            ["12/1/24, 08:00 - Maya: a", "1/2/24, 08:00 - Sam: b", "2/2/24, 08:00 - Maya: c"],
            [datetime(2024, 1, 12, 8), datetime(2024, 2, 1, 8), datetime(2024, 2, 2, 8)],
        ),
        # a tie (one date): 24-hour exports are read day-first ...
        (
            ["5/6/24, 21:14 - Maya: hi", "5/6/24, 21:15 - Sam: hey"],
            [datetime(2024, 6, 5, 21, 14), datetime(2024, 6, 5, 21, 15)],
        ),
        # ... 12-hour (AM/PM) exports month-first
        (
            ["5/6/24, 9:14 PM - Maya: hi", "5/6/24, 9:15 PM - Sam: hey"],
            [datetime(2024, 5, 6, 21, 14), datetime(2024, 5, 6, 21, 15)],
        ),
        # a field above 12 still decides, whatever the jumps say
        (
            ["7/2/24, 10:00 - Maya: hi", "7/3/24, 09:30 - Sam: morning", "13/3/24, 09:30 - Sam: later"],
            [datetime(2024, 2, 7, 10, 0), datetime(2024, 3, 7, 9, 30), datetime(2024, 3, 13, 9, 30)],
        ),
    ],
)
def test_undecided_dates_read_from_their_jumps(tmp_path: Path, lines: list[str], expected: list[datetime]) -> None:
    assert _times(_write(tmp_path, lines)) == expected


def test_ios_am_pm_tie_is_month_first(tmp_path: Path) -> None:
    path = _write(tmp_path, ["[3/4/24, 9:14:05\u202fAM] Maya: hi", "[3/4/24, 9:15:00\u202fAM] Sam: hey"])
    assert _times(path) == [datetime(2024, 3, 4, 9, 14, 5), datetime(2024, 3, 4, 9, 15)]


@pytest.mark.parametrize(
    ("changes", "month_first", "jumps"),
    [
        ([(7, 2, 24), (7, 3, 24)], True, 0),
        ([(7, 2, 24), (7, 3, 24)], False, 1),  # Feb 7 -> Mar 7: 28 days ahead
        ([(3, 1, 24), (2, 1, 24), (9, 1, 24)], False, 1),  # 3 Jan -> 2 Jan back, -> 9 Jan 7 days (not large)
        ([(3, 1, 24), (2, 1, 24), (9, 1, 24)], True, 2),  # Mar 1 -> Feb 1 back, -> Sep 1 large
        ([(2, 30, 24)], True, 2),  # Feb 30 does not exist: the reading is ruled out (changes + 1)
    ],
)
def test_jumps_counted(changes: list[tuple[int, int, int]], month_first: bool, jumps: int) -> None:
    assert wa._jumps(changes, month_first=month_first) == jumps


def test_fast_path_writes_the_same_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path, ["7/2/24, 10:00 - Maya: hi", "7/3/24, 09:30 - Sam: morning", "7/3/24, 09:31 - Maya: ok"])
    out = tmp_path / "slow.jsonl"
    write_rows(iter_utterances(path, format="whatsapp", gap=FOUR_HOURS), out)
    fast = b"".join(bytes(b) for b in jsonl_rows(path, FOUR_HOURS))
    assert fast == out.read_bytes()
    assert b"2024-07-03T09:30:00" in fast
