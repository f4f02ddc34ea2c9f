"""KakaoTalk's "Export Chat History" text files, as the app writes them on a computer and on a phone, in English or
Korean.

- Windows and macOS: a header (``KakaoTalk Chats with Sam`` / ``Sam 님과 카카오톡 대화``, then the date saved), a
  line per day (``--------------- Thursday, March 14, 2024 ---------------``, ``2024년 3월 14일 목요일``) and
  ``[Sam] [8:02 PM] words`` (``[Sam] [오후 8:02] words``).
- Android and iPhone: ``March 14, 2024, 8:02 PM, Sam : words`` (``Mar 14, 2024 at 20:02, Sam : words``,
  ``2024년 3월 14일 오후 8:02, Sam : words``, ``2024. 3. 14. 오후 8:02, Sam : words``), each day or pause opened by
  a line of the date (and time) alone; or the time alone (``오후 8:02, Sam : words``) under a line of the day.

A message runs on over the lines that follow it. The owner's messages carry the name the export gives them
("you", "회원님"). Lines of a date and time with no ``Name :`` (joins, leaves, invitations) are no one's words, and
so are the events the computer's export writes on lines of their own ("Sam invited Jin.", "민아님이
들어왔습니다."). Times are the export's wall-clock times.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.model import Utterance

__all__ = ["READER", "KakaoTalkReader"]

_HALF = r"(?:오전|오후)"
_CLOCK = rf"(?:{_HALF} ?\d{{1,2}}:\d{{2}}|\d{{1,2}}:\d{{2}}(?: ?[AaPp]\.? ?[Mm]\.?)?)"
_EN_DATE = r"[A-Z][a-z]+ \d{1,2}, \d{4}"
_KO_DATE = r"\d{4}년 \d{1,2}월 \d{1,2}일"
_DOT_DATE = r"\d{4}\. ?\d{1,2}\. ?\d{1,2}\.?"
_STAMP = rf"(?:{_EN_DATE}(?:,| at) {_CLOCK}|{_KO_DATE} {_CLOCK}|{_DOT_DATE} {_CLOCK})"

_PC = rx.compile(rf"\[(?P<name>[^\[\]]+)\] \[(?P<clock>{_CLOCK})\] ?(?P<text>.*)")
_DAY = rx.compile(r"-{5,} (?P<day>.+?) -{5,}")
_MOBILE = rx.compile(rf"(?P<stamp>{_STAMP}), (?P<name>.+?) : (?P<text>.*)")
_STAMP_LINE = rx.compile(rf"{_STAMP}(?:[,:] .*)?")  # a date line, or an event ("..., Sam joined this chatroom.")
_HEADER = rx.compile(r"(?:KakaoTalk Chats with |Talk with |Chat with ).+|.+ with KakaoTalk Chats|.+ 님과 카카오톡 대화")
#: A day's line without the dashes ("Saturday, March 2, 2024", "2024년 3월 2일 토요일"), as phones write it.
_DAY_LINE = rx.compile(rf"(?:[A-Z][a-z]+, )?{_EN_DATE}|{_KO_DATE}(?: \S+요일)?")
#: A message under such a day line: the time of day alone ("21:14, Kevin : words", "오후 9:14, Kevin : words").
_CLOCK_ONLY = rx.compile(rf"(?P<clock>{_CLOCK}), (?P<name>.+?) : (?P<text>.*)")
#: The room's events, which the computer's export writes on lines of their own, in English and Korean.
_EVENT = rx.compile(
    r".+ (?:invited .+|left this chatroom|joined this chatroom|left the chatroom|has left the chatroom"
    r"|removed .+ from this chatroom|was removed from this chatroom)\.|.+님(?:이|을) .*(?:들어왔습니다|나갔습니다"
    r"|초대했습니다|초대하였습니다|내보냈습니다)\."
)
_SAVED = rx.compile(r"(?:Date Saved|Saved on|저장한 날짜) ?: .*")
_STAMP_PARTS = rx.compile(rf"(?P<day>{_EN_DATE}|{_KO_DATE}|{_DOT_DATE})(?:,| at)? (?P<clock>.+)")
_DIGITS = rx.compile(r"\d+")
_NOT_HALF = rx.compile(r"[^AaPp]")
_NOT_CLOCK = rx.compile(r"[^\d:]")
_EXAMPLE = "[Sam] [8:02 PM] hey, or March 14, 2024, 8:02 PM, Sam : hey"


def _clock(text: str) -> time | None:
    """A clock as the exports write it: "8:02 PM", "8:02 p.m.", "오후 8:02", "20:02"."""
    half = None
    if text.startswith(("오전", "오후")):
        half, text = ("pm" if text.startswith("오후") else "am"), text[2:].strip()
    else:
        letters = _NOT_HALF.sub("", text.split(":", 1)[1])
        if letters:
            half = "pm" if letters.lower() == "p" else "am"
        text = _NOT_CLOCK.sub("", text)
    hours, minutes = (int(x) for x in text.split(":"))
    if half is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half == "pm" else 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def _date(text: str) -> date | None:
    """A date as the exports write it: "Thursday, March 14, 2024", "March 14, 2024", "2024년 3월 14일 목요일",
    "2024. 3. 14."."""
    digits = [int(x) for x in _DIGITS.findall(text)]
    if text[:4].isdigit():
        try:
            return date(digits[0], digits[1], digits[2]) if len(digits) >= 3 else None
        except ValueError:
            return None
    words = " ".join((text.split(", ", 1)[-1] if text.count(",") >= 2 else text).split()[:3])
    for layout in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(words, layout).date()
        except ValueError:
            continue
    return None


def _stamp(text: str) -> datetime | None:
    m = _STAMP_PARTS.fullmatch(text)
    if m is None:
        return None
    day, clock = _date(m.group("day")), _clock(m.group("clock"))
    return datetime.combine(day, clock) if day is not None and clock is not None else None


class KakaoTalkReader:
    """Reader of KakaoTalk's exported chat text."""

    name: ClassVar[str] = "kakaotalk"
    summary: ClassVar[str] = "KakaoTalk chat export (computer: [Name] [8:02 PM] text; phone: date, time, Name : text)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        lines = [ln.strip() for ln in probe.head.lstrip("\ufeff").splitlines()[:60] if ln.strip()]
        if not lines:
            return 0.0
        messages = sum(1 for ln in lines if _PC.fullmatch(ln) or _MOBILE.fullmatch(ln) or _CLOCK_ONLY.fullmatch(ln))
        if _HEADER.fullmatch(lines[0]) and messages:
            return 0.97
        return 0.9 if messages >= 2 and messages >= len(lines) // 3 else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a KakaoTalk chat export (.txt), not a folder")
        day: date | None = None
        current: list[str] | None = None  # speaker, then the text's lines
        when: datetime | None = None
        count = 0
        worded = 0  # lines with words so far: the title and "Date Saved" open the file, blank lines aside
        for n, raw in iter_lines(path):
            line = raw.strip()
            worded += bool(line)
            if worded <= 3 and (_HEADER.fullmatch(line) or _SAVED.fullmatch(line)):
                continue
            found = _PC.fullmatch(line) or _MOBILE.fullmatch(line) or (day and _CLOCK_ONLY.fullmatch(line)) or None
            if found is None and ((marker := _DAY.fullmatch(line)) is not None or _DAY_LINE.fullmatch(line)):
                text = marker.group("day").strip() if marker is not None else line
                day = _date(text)
                if day is None:
                    raise ParseError(path, n, f"not a date: {text!r}")
            elif found is None and (_STAMP_LINE.fullmatch(line) or _EVENT.fullmatch(line)):
                pass  # a date line, or an event: no one's words
            elif found is None:
                if current is not None:
                    current.append(raw)
                elif line:
                    raise ParseError(path, n, f"expected a KakaoTalk message line such as {_EXAMPLE}")
                continue
            if current is not None:
                u = _utterance(current, when, path)
                if u is not None:
                    count += 1
                    yield u
                current = None
            if found is None:
                continue
            if "stamp" in found.groupdict():
                when = _stamp(found.group("stamp"))
            else:
                clock = _clock(found.group("clock"))
                when = datetime.combine(day, clock) if day is not None and clock is not None else None
            if when is None and "stamp" in found.groupdict():
                raise ParseError(path, n, f"not a date and time: {found.group('stamp')!r}")
            current = [found.group("name").strip(), found.group("text")]
        if current is not None:
            u = _utterance(current, when, path)
            if u is not None:
                count += 1
                yield u
        if count == 0:
            raise ParseError(path, None, f"no messages found (expected lines such as {_EXAMPLE})")


def _utterance(current: list[str], when: datetime | None, path: Path) -> Utterance | None:
    speaker, text = current[0], "\n".join(current[1:]).strip()
    if not speaker or not text:
        return None
    return Utterance(path.stem, 0, speaker, text, time=when)


READER = KakaoTalkReader()
