"""Viber's chat history sent by e-mail from the phone (Settings > Calls and Messages > Email message history): a CSV
without a header, one message per row: ``date, time, name, phone number, text`` (``16/04/2024,20:11:07,Ana,
+40721555061,So I guess...``). The owner's messages are "Me", as the export writes them.

Dates are read day first, as Viber writes them outside the United States, unless a day above 12 in the second place
says the file is month first. Each file is one chat, one conversation named by the file. Times are the phone's
wall-clock times.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats.canonical_csv import records
from heart2heart.model import Utterance

__all__ = ["READER", "ViberReader"]

_DATE = rx.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})")
_TIME = rx.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?")
_PHONE = rx.compile(r"\+?[\d ()-]{6,}")
_EXAMPLE = "16/04/2024,20:11:07,Ana,+40721555061,So I guess I'm doing Mom's appointments alone again"


def _row(fields: list[str]) -> bool:
    """Whether a CSV record looks like one of Viber's rows."""
    return (
        len(fields) >= 5
        and _DATE.fullmatch(fields[0].strip()) is not None
        and _TIME.fullmatch(fields[1].strip()) is not None
        and bool(fields[2].strip())
        and (not fields[3].strip() or _PHONE.fullmatch(fields[3].strip()) is not None)
    )


def _split_csv(line: str) -> list[str]:
    return next(csv.reader([line]), [])


class ViberReader:
    """Reader of Viber's e-mailed chat history (CSV without a header)."""

    name: ClassVar[str] = "viber"
    summary: ClassVar[str] = "Viber chat history e-mailed from the phone (CSV rows: date, time, name, phone, text)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.lstrip("\ufeff").splitlines()[:20] if ln.strip()]
        rows = sum(1 for ln in lines if _row(_split_csv(ln)))
        return 0.9 if lines and _row(_split_csv(lines[0])) and rows >= min(2, len(lines)) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Viber chat history .csv file, not a folder")
        rows = list(records(path))
        month_first = any(int(m.group(2)) > 12 for _, f in rows if (m := _DATE.fullmatch(f[0].strip())))
        count = 0
        for n, fields in rows:
            if not _row(fields):
                raise ParseError(path, n, f"expected a Viber row: date, time, name, phone, text ({_EXAMPLE})")
            m = _DATE.fullmatch(fields[0].strip())
            assert m is not None
            first, second, year = (int(g) for g in m.groups())
            day, month = (second, first) if month_first else (first, second)
            clock = fields[1].strip().upper().replace(" ", "")
            layout = "%I:%M:%S%p" if clock.endswith("M") and clock.count(":") == 2 else "%I:%M%p"
            if not clock.endswith("M"):
                layout = "%H:%M:%S" if clock.count(":") == 2 else "%H:%M"
            try:
                when = datetime.combine(
                    datetime(year + 2000 if year < 100 else year, month, day).date(),
                    datetime.strptime(clock, layout).time(),
                )
            except ValueError:
                raise ParseError(path, n, f"not a date and time: {fields[0]!r}, {fields[1]!r}") from None
            text = ",".join(fields[4:]).strip()
            if not text:
                continue
            count += 1
            yield Utterance(path.stem, 0, fields[2].strip(), text, time=when)
        if count == 0:
            raise ParseError(path, None, f"no messages found (expected rows such as {_EXAMPLE})")


READER = ViberReader()
