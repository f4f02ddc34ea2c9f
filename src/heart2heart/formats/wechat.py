"""WeChat chats exported by MemoTrace (WeChatMsg, 留痕), as text or CSV.

- **Text** (``exporter_txt``): each message a block, ``2024-06-18 23:02:44 Xiaoyu`` (time, then the sender's name)
  and its words on the lines under it, then a blank line. An image, voice message, video, sticker, file or shared
  music is a placeholder in brackets (``[图片]``, ``[语音]``, ``[视频]``, ``[表情包]``, ``[文件]``,
  ``[音乐分享]``), read as ``media``, as is a shared link (``[链接]:title:...``); a reply's quoted message
  (``引用:Name:words``, its last line) is not the sender's words; a system message (a recall, a pat: the time and
  the notice on one line, nothing under it) is no one's.
- **CSV** (``exporter_csv``): ``localId, TalkerId, Type, SubType, IsSender, CreateTime, Status, StrContent, StrTime,
  Remark, NickName, Sender``; the speaker is the ``Remark`` (the name the phone's owner gave them), else the
  ``NickName``, else the WeChat id. ``Type`` 1 is text; 3, 34, 43, 47 and 49 (an image, voice message, video,
  sticker, file or link) are placeholders; 10000 is a system message.

``StrTime``, the phone's wall-clock time, is the message's time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats.canonical_csv import records
from heart2heart.model import Utterance

__all__ = ["READER", "WeChatReader"]

_EXAMPLE = "2024-06-18 23:02:44 Xiaoyu / are you awake (MemoTrace text), or its CSV (localId,TalkerId,Type,...)"
_HEADER = rx.compile(r"(?P<when>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?P<name>\S.{0,79})")
_PLACEHOLDER = rx.compile(r"\[(?:图片|语音|视频|表情包|文件|音乐分享|动画表情)\]|\[链接\]:[\s\S]*")
_QUOTE = "引用:"
_CSV_COLUMNS = ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status", "StrContent", "StrTime",
                "Remark", "NickName", "Sender"]  # fmt: skip
_CSV_MEDIA = {3: "[图片]", 34: "[语音]", 43: "[视频]", 47: "[表情包]", 49: "[文件]"}


def _is_csv_header(line: str) -> bool:
    return [c.strip() for c in line.split(",")] == _CSV_COLUMNS


def _time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _text_blocks(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line of the header, the block's lines) of each blank-line-separated block."""
    block: list[str] = []
    start = 0
    for n, line in iter_lines(path):
        if line.strip():
            if not block:
                start = n
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


class WeChatReader:
    """Reader of WeChat chats exported by MemoTrace (WeChatMsg) as text or CSV."""

    name: ClassVar[str] = "wechat"
    summary: ClassVar[str] = "WeChat chats exported by MemoTrace/WeChatMsg, as text ('2024-06-18 23:02:44 Name') or CSV"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff")
        first = head.split("\n", 1)[0].rstrip("\r")
        if _is_csv_header(first):
            return 0.97
        lines = head.replace("\r\n", "\n").split("\n")[:400]
        headed = sum(
            1
            for i, line in enumerate(lines[:-1])
            if (i == 0 or not lines[i - 1].strip()) and _HEADER.fullmatch(line) and lines[i + 1].strip()
        )
        blocks = sum(1 for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip()))
        return 0.9 if headed >= 2 and headed >= blocks - 1 - blocks // 10 else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a WeChat chat exported by MemoTrace (.txt or .csv), not a folder")
        first = Probe.of(path).head.split("\n", 1)[0].rstrip("\r")  # blank lines and a BOM before it let pass
        found = self._csv(path) if _is_csv_header(first) else self._text(path)
        count = 0
        for u in found:
            count += 1
            yield u
        if count == 0:
            raise ParseError(path, None, f"no messages from people found (expected {_EXAMPLE})")

    @staticmethod
    def _text(path: Path) -> Iterator[Utterance]:
        for n, block in _text_blocks(path):
            header = _HEADER.fullmatch(block[0].strip())
            if header is None:
                raise ParseError(path, n, f"expected a message's time and sender, such as {_EXAMPLE}")
            lines = [line.strip() for line in block[1:]]
            if not lines:
                continue  # a system message: the notice is on the time's line
            if len(lines) > 1 and lines[-1].startswith(_QUOTE):
                lines = lines[:-1]  # the message a reply quotes
            text = "\n".join(lines).strip()
            try:
                when = _time(header.group("when"))
            except ValueError:
                raise ParseError(path, n, f"not a date and time: {header.group('when')!r}") from None
            media = _PLACEHOLDER.fullmatch(text) is not None
            yield Utterance(path.stem, 0, header.group("name").strip(), text, time=when, media=media)

    @staticmethod
    def _csv(path: Path) -> Iterator[Utterance]:
        at = {name: i for i, name in enumerate(_CSV_COLUMNS)}
        header = False
        for n, fields in records(path):
            if not any(f.strip() for f in fields):
                continue
            if not header:  # the column names
                header = True
                continue
            if len(fields) < len(_CSV_COLUMNS):
                raise ParseError(path, n, f"expected {len(_CSV_COLUMNS)} fields, found {len(fields)}")
            try:
                kind = int(fields[at["Type"]])
                when = _time(fields[at["StrTime"]].strip())
            except ValueError:
                raise ParseError(
                    path, n, "expected a message type number and a time such as 2024-06-18 23:02:44"
                ) from None
            if kind == 10000:
                continue  # a system message
            speaker = next(
                (fields[at[k]].strip() for k in ("Remark", "NickName", "Sender") if fields[at[k]].strip()), ""
            )
            if not speaker:
                raise ParseError(path, n, "a message without Remark, NickName or Sender")
            if kind == 1:
                text, media = fields[at["StrContent"]].strip(), False
            else:
                text, media = _CSV_MEDIA.get(kind, "[消息]"), True
            if text:
                yield Utterance(path.stem, 0, speaker, text, time=when, media=media)


READER = WeChatReader()
